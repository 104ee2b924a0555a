-- A connected system's id for a report names one case (Features/Cases/Case.ExternalIds): a report sent again while
-- its first try is still being made gets the first's case rather than a second. A pair such a race made before this
-- keeps the link on its first case; the later ones lose theirs.
UPDATE "Cases" SET "ExternalId" = NULL
WHERE "ExternalId" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "Cases" AS "First"
    WHERE "First"."ApiClientId" = "Cases"."ApiClientId" AND "First"."ExternalId" = "Cases"."ExternalId" AND "First"."Id" < "Cases"."Id");
DROP INDEX "IX_Cases_ApiClientId_ExternalId";
CREATE UNIQUE INDEX "IX_Cases_ApiClientId_ExternalId" ON "Cases" ("ApiClientId", "ExternalId") WHERE "ExternalId" IS NOT NULL;
