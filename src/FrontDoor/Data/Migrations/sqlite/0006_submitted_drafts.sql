ALTER TABLE "Drafts" ADD "SubmittedReference" TEXT NULL;
