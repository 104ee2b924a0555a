-- What visitors say of pages ("Is this page useful?", "Report a problem") and of online forms once sent: no personal data.
CREATE TABLE "PageFeedback" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PageFeedback" PRIMARY KEY AUTOINCREMENT,
    "Page" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Doing" TEXT NULL,
    "WentWrong" TEXT NULL,
    "At" TEXT NOT NULL
);
CREATE TABLE "ServiceFeedback" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ServiceFeedback" PRIMARY KEY AUTOINCREMENT,
    "ServiceId" INTEGER NOT NULL,
    "Score" INTEGER NOT NULL,
    "Improve" TEXT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_ServiceFeedback_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_PageFeedback_At" ON "PageFeedback" ("At");
CREATE INDEX "IX_ServiceFeedback_At" ON "ServiceFeedback" ("At");
CREATE INDEX "IX_ServiceFeedback_ServiceId" ON "ServiceFeedback" ("ServiceId");
