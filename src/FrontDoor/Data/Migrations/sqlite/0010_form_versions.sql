-- Forms change through a designer: edits are a draft until published, and each published version is kept so a
-- case shows its answers with the questions it was asked.
CREATE TABLE "FormVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FormVersions" PRIMARY KEY AUTOINCREMENT,
    "ServiceId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "FormJson" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    CONSTRAINT "FK_FormVersions_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_FormVersions_ServiceId_Number" ON "FormVersions" ("ServiceId", "Number");
ALTER TABLE "Services" ADD "FormVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Services" ADD "DraftFormJson" TEXT NULL;
ALTER TABLE "Cases" ADD "FormVersion" INTEGER NOT NULL DEFAULT 1;
