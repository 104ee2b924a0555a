-- The audit log as a hash chain: each entry's place and hash, given when it is sealed; and the database itself refuses
-- to remove an entry, or to change one except to seal it once.
ALTER TABLE "AuditEntries" ADD COLUMN "Seq" INTEGER NULL;

ALTER TABLE "AuditEntries" ADD COLUMN "Hash" TEXT NULL;

CREATE UNIQUE INDEX "IX_AuditEntries_Seq" ON "AuditEntries" ("Seq");

CREATE INDEX "IX_AuditEntries_StaffId" ON "AuditEntries" ("StaffId");

CREATE TRIGGER "AuditEntries_NeverRemoved" BEFORE DELETE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'Audit entries are never removed');
END;

CREATE TRIGGER "AuditEntries_OnlySealed" BEFORE UPDATE ON "AuditEntries"
WHEN OLD."Seq" IS NOT NULL OR NEW."Seq" IS NULL OR NEW."Hash" IS NULL
    OR NEW."Id" IS NOT OLD."Id" OR NEW."At" IS NOT OLD."At" OR NEW."StaffId" IS NOT OLD."StaffId"
    OR NEW."ApiClientId" IS NOT OLD."ApiClientId" OR NEW."StaffName" IS NOT OLD."StaffName" OR NEW."Action" IS NOT OLD."Action"
    OR NEW."CaseId" IS NOT OLD."CaseId" OR NEW."CustomerId" IS NOT OLD."CustomerId" OR NEW."IpAddress" IS NOT OLD."IpAddress"
    OR NEW."Changes" IS NOT OLD."Changes"
BEGIN
    SELECT RAISE(ABORT, 'Audit entries are never changed, only sealed once');
END;
