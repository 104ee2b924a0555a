-- The audit log as a hash chain: each entry's place and hash, given when it is sealed; and the database itself refuses
-- to remove an entry, or to change one except to seal it once. The application's own role should not be able to try:
-- see docs/postgres-roles.sql for its grants.
ALTER TABLE "AuditEntries" ADD "Seq" bigint;

ALTER TABLE "AuditEntries" ADD "Hash" character varying(64);

CREATE UNIQUE INDEX "IX_AuditEntries_Seq" ON "AuditEntries" ("Seq");

CREATE INDEX "IX_AuditEntries_StaffId" ON "AuditEntries" ("StaffId");

CREATE FUNCTION frontdoor_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'Audit entries are never removed';
    END IF;
    IF OLD."Seq" IS NOT NULL OR NEW."Seq" IS NULL OR NEW."Hash" IS NULL
        OR (NEW."Id", NEW."At", NEW."StaffId", NEW."ApiClientId", NEW."StaffName", NEW."Action", NEW."CaseId", NEW."CustomerId", NEW."IpAddress", NEW."Changes")
           IS DISTINCT FROM (OLD."Id", OLD."At", OLD."StaffId", OLD."ApiClientId", OLD."StaffName", OLD."Action", OLD."CaseId", OLD."CustomerId", OLD."IpAddress", OLD."Changes") THEN
        RAISE EXCEPTION 'Audit entries are never changed, only sealed once';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION frontdoor_audit_append_only();

CREATE TRIGGER "AuditEntries_NeverTruncated" BEFORE TRUNCATE ON "AuditEntries"
    FOR EACH STATEMENT EXECUTE FUNCTION frontdoor_audit_append_only();
