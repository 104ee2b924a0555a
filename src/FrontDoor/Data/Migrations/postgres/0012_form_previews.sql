-- Staff try a service's draft questions in the residents' own pages; such a draft is never sent.
ALTER TABLE "Drafts" ADD "Preview" boolean NOT NULL DEFAULT FALSE;
