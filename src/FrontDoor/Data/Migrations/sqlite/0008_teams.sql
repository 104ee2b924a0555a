-- Teams become records: services, staff, cases and response templates point at them by id, so a rename moves nothing.
CREATE TABLE "Teams" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Teams" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Email" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_Teams_Name" ON "Teams" ("Name");

INSERT INTO "Teams" ("Name", "CreatedAt", "Version")
SELECT "Team", strftime('%Y-%m-%d %H:%M:%S', 'now'), 0 FROM (
    SELECT "Team" FROM "Services"
    UNION SELECT "Team" FROM "StaffMembers" WHERE "Team" IS NOT NULL
    UNION SELECT "Team" FROM "Cases"
    UNION SELECT "Team" FROM "ResponseTemplates" WHERE "Team" IS NOT NULL);

-- SQLite cannot add a NOT NULL column with a foreign key to a table with rows: the two required ones rely on
-- FrontDoor setting them (PostgreSQL, the production database, enforces them).
ALTER TABLE "Services" ADD "TeamId" INTEGER NOT NULL DEFAULT 0;
UPDATE "Services" SET "TeamId" = (SELECT "Id" FROM "Teams" WHERE "Name" = "Services"."Team");
ALTER TABLE "Services" DROP COLUMN "Team";
CREATE INDEX "IX_Services_TeamId" ON "Services" ("TeamId");

ALTER TABLE "StaffMembers" ADD "TeamId" INTEGER NULL REFERENCES "Teams" ("Id") ON DELETE RESTRICT;
UPDATE "StaffMembers" SET "TeamId" = (SELECT "Id" FROM "Teams" WHERE "Name" = "StaffMembers"."Team");
ALTER TABLE "StaffMembers" DROP COLUMN "Team";
CREATE INDEX "IX_StaffMembers_TeamId" ON "StaffMembers" ("TeamId");

ALTER TABLE "ResponseTemplates" ADD "TeamId" INTEGER NULL REFERENCES "Teams" ("Id");
UPDATE "ResponseTemplates" SET "TeamId" = (SELECT "Id" FROM "Teams" WHERE "Name" = "ResponseTemplates"."Team");
ALTER TABLE "ResponseTemplates" DROP COLUMN "Team";
CREATE INDEX "IX_ResponseTemplates_TeamId" ON "ResponseTemplates" ("TeamId");

DROP INDEX "IX_Cases_OpenByTeam";
DROP INDEX "IX_Cases_OpenByTeamAssignee";
DROP INDEX "IX_Cases_OpenByTeamStatus";
DROP INDEX "IX_Cases_Team_ResolvedAt_Id";
ALTER TABLE "Cases" ADD "TeamId" INTEGER NOT NULL DEFAULT 0;
UPDATE "Cases" SET "TeamId" = (SELECT "Id" FROM "Teams" WHERE "Name" = "Cases"."Team");
ALTER TABLE "Cases" DROP COLUMN "Team";
CREATE INDEX "IX_Cases_OpenByTeam" ON "Cases" ("TeamId", "DueAt", "Id") WHERE "ResolvedAt" IS NULL;
CREATE INDEX "IX_Cases_OpenByTeamAssignee" ON "Cases" ("TeamId", "AssigneeId", "DueAt", "Id") WHERE "ResolvedAt" IS NULL;
CREATE INDEX "IX_Cases_OpenByTeamStatus" ON "Cases" ("TeamId", "Status", "DueAt", "Id") WHERE "ResolvedAt" IS NULL;
CREATE INDEX "IX_Cases_TeamId_ResolvedAt_Id" ON "Cases" ("TeamId", "ResolvedAt", "Id");

-- Changes to the council's set-up are audited with what each field was before and after.
ALTER TABLE "AuditEntries" ADD "Changes" TEXT NULL;
