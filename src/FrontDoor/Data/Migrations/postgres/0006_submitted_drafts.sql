ALTER TABLE "Drafts" ADD "SubmittedReference" text;
