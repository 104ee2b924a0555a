CREATE TABLE "StaffMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffMembers" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "EmailNormalised" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Team" TEXT NULL,
    "PasswordHash" TEXT NOT NULL,
    "TotpSecretProtected" TEXT NULL,
    "TotpLastStep" INTEGER NOT NULL,
    "RecoveryCodeHashes" TEXT NOT NULL,
    "FailedSignIns" INTEGER NOT NULL,
    "LockedOutUntil" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "StaffId" INTEGER NOT NULL,
    "StaffName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "CaseId" INTEGER NULL,
    "CustomerId" INTEGER NULL,
    "IpAddress" TEXT NULL
);

CREATE TABLE "ResponseTemplates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ResponseTemplates" PRIMARY KEY AUTOINCREMENT,
    "Team" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL
);

CREATE TABLE "Escalations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Escalations" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "Threshold" TEXT NOT NULL,
    "At" TEXT NOT NULL
);

ALTER TABLE "Cases" ADD "AssigneeId" INTEGER NULL REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT;

ALTER TABLE "Cases" ADD "Kind" TEXT NOT NULL DEFAULT 'Request';

ALTER TABLE "Cases" ADD "RaisedByStaffId" INTEGER NULL;

ALTER TABLE "Cases" ADD "OnBehalfOf" TEXT NULL;

ALTER TABLE "Cases" ADD "Ward" TEXT NULL;

ALTER TABLE "Cases" ADD "PausedAt" TEXT NULL;

ALTER TABLE "Cases" ADD "ResolvedAt" TEXT NULL;

ALTER TABLE "Cases" ADD "Outcome" TEXT NULL;

ALTER TABLE "Cases" ADD "ResolvedAtFirstContact" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Cases" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Contacts" ADD "StaffId" INTEGER NULL;

ALTER TABLE "Contacts" ADD "Summary" TEXT NULL;

ALTER TABLE "Drafts" ADD "AssistedByStaffId" INTEGER NULL;

ALTER TABLE "Drafts" ADD "Channel" TEXT NOT NULL DEFAULT 'Web';

-- Resolved cases before this migration: any closing status counts as resolved at its last update.

UPDATE "Cases" SET "ResolvedAt" = "UpdatedAt" WHERE "Status" IN ('Fixed', 'ClosedWithoutFix', 'Duplicate', 'NotCouncilsResponsibility', 'NoFurtherAction', 'Cancelled');

UPDATE "Cases" SET "Ward" = (SELECT p."Ward" FROM "Properties" p WHERE p."Uprn" = "Cases"."Uprn") WHERE "Uprn" IS NOT NULL;

CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");

CREATE INDEX "IX_AuditEntries_CaseId" ON "AuditEntries" ("CaseId");

CREATE INDEX "IX_AuditEntries_CustomerId" ON "AuditEntries" ("CustomerId");

CREATE INDEX "IX_Cases_RaisedByStaffId" ON "Cases" ("RaisedByStaffId");

CREATE UNIQUE INDEX "IX_Escalations_CaseId_Threshold" ON "Escalations" ("CaseId", "Threshold");

CREATE UNIQUE INDEX "IX_StaffMembers_EmailNormalised" ON "StaffMembers" ("EmailNormalised");

-- Open cases are indexed apart: see FrontDoorDb. The first migration's status index is replaced by an open-only one.
DROP INDEX "IX_Cases_Team_Status_DueAt";

CREATE INDEX "IX_Cases_AssigneeId" ON "Cases" ("AssigneeId");

CREATE INDEX "IX_Cases_OpenByTeamAssignee" ON "Cases" ("Team", "AssigneeId", "DueAt", "Id") WHERE "ResolvedAt" IS NULL;

CREATE INDEX "IX_Cases_OpenByTeamStatus" ON "Cases" ("Team", "Status", "DueAt", "Id") WHERE "ResolvedAt" IS NULL;

CREATE INDEX "IX_Cases_OpenByTeam" ON "Cases" ("Team", "DueAt", "Id") WHERE "ResolvedAt" IS NULL;

CREATE INDEX "IX_Cases_RunningClocks" ON "Cases" ("DueAt") WHERE "ResolvedAt" IS NULL AND "PausedAt" IS NULL;

CREATE INDEX "IX_Cases_Team_ResolvedAt_Id" ON "Cases" ("Team", "ResolvedAt", "Id");
