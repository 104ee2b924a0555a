-- A council's own wording of the messages FrontDoor sends, per channel and language (FrontDoor's standard wording where it has
-- none); response templates are edited in pages now, so they carry a version like the rest of the set-up.
CREATE TABLE "MessageTemplates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MessageTemplates" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Subject" TEXT NULL,
    "Body" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_MessageTemplates_Key_Channel_Language" ON "MessageTemplates" ("Key", "Channel", "Language");
ALTER TABLE "ResponseTemplates" ADD "Version" INTEGER NOT NULL DEFAULT 0;
