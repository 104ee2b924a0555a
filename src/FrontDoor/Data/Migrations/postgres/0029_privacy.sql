-- Privacy: erasure and legal hold on customers, anonymised cases, and each service's retention.
ALTER TABLE "Customers" ADD "ErasedAt" timestamp with time zone;

ALTER TABLE "Customers" ADD "LegalHoldReason" text;

ALTER TABLE "Cases" ADD "AnonymisedAt" timestamp with time zone;

ALTER TABLE "Services" ADD "RetentionYears" integer;

CREATE INDEX "IX_Cases_AnonymisedAt_ResolvedAt" ON "Cases" ("AnonymisedAt", "ResolvedAt");
