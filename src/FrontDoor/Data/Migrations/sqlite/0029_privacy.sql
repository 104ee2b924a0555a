-- Privacy: erasure and legal hold on customers, anonymised cases, and each service's retention.
ALTER TABLE "Customers" ADD COLUMN "ErasedAt" TEXT NULL;

ALTER TABLE "Customers" ADD COLUMN "LegalHoldReason" TEXT NULL;

ALTER TABLE "Cases" ADD COLUMN "AnonymisedAt" TEXT NULL;

ALTER TABLE "Services" ADD COLUMN "RetentionYears" INTEGER NULL;

CREATE INDEX "IX_Cases_AnonymisedAt_ResolvedAt" ON "Cases" ("AnonymisedAt", "ResolvedAt");
