-- A form's one file may be a photo or a document: the draft holds whichever it is.
ALTER TABLE "Drafts" RENAME COLUMN "PhotoFileName" TO "UploadFileName";
ALTER TABLE "Drafts" RENAME COLUMN "PhotoContentType" TO "UploadContentType";
ALTER TABLE "Drafts" RENAME COLUMN "Photo" TO "Upload";
