ALTER TABLE "Customers" ADD "AssistanceNeeds" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Customers" ADD "InterpreterLanguage" TEXT NULL;

ALTER TABLE "Drafts" ADD "AssistanceNeeds" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Drafts" ADD "InterpreterLanguage" TEXT NULL;
