ALTER TABLE "Customers" ADD "AssistanceNeeds" text NOT NULL DEFAULT '';

ALTER TABLE "Customers" ADD "InterpreterLanguage" text;

ALTER TABLE "Drafts" ADD "AssistanceNeeds" text NOT NULL DEFAULT '';

ALTER TABLE "Drafts" ADD "InterpreterLanguage" text;
