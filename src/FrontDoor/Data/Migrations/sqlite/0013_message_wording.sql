-- A council's own wording of the messages FrontDoor sends, per channel and language; FrontDoor's standard wording is used where it has none.
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
