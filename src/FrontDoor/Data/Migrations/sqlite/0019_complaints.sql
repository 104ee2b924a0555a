-- Complaints: each stage of a complaint case and its clocks under the Ombudsmen's codes; a complaint names the request it is about.
CREATE TABLE "ComplaintStages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComplaintStages" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "AcknowledgeBy" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL,
    "RespondBy" TEXT NULL,
    "ExtendedTo" TEXT NULL,
    "ExtensionReason" TEXT NULL,
    "RespondedAt" TEXT NULL,
    "Outcome" TEXT NULL,
    "EscalationReason" TEXT NULL,
    CONSTRAINT "FK_ComplaintStages_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_ComplaintStages_CaseId_Number" ON "ComplaintStages" ("CaseId", "Number");
CREATE INDEX "IX_ComplaintStages_ReceivedAt" ON "ComplaintStages" ("ReceivedAt");
ALTER TABLE "Cases" ADD "RelatesToCaseId" INTEGER NULL REFERENCES "Cases" ("Id") ON DELETE RESTRICT;
CREATE INDEX "IX_Cases_RelatesToCaseId" ON "Cases" ("RelatesToCaseId");
