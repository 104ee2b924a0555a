-- The performance figures: daily and monthly rows worked out from cases, contacts and forms, never typed in.
CREATE TABLE "CaseFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseFigures" PRIMARY KEY AUTOINCREMENT,
    "Span" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "ServiceId" INTEGER NOT NULL,
    "TeamId" INTEGER NOT NULL,
    "Ward" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Received" INTEGER NOT NULL,
    "Resolved" INTEGER NOT NULL,
    "ResolvedWithinStandard" INTEGER NOT NULL,
    "ResolvedAtFirstContact" INTEGER NOT NULL,
    "Reopened" INTEGER NOT NULL,
    "Transfers" INTEGER NOT NULL,
    "SatisfactionAnswers" INTEGER NOT NULL,
    "SatisfactionScore" INTEGER NOT NULL,
    "Satisfied" INTEGER NOT NULL
);
CREATE TABLE "ContactFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactFigures" PRIMARY KEY AUTOINCREMENT,
    "Span" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "ServiceId" INTEGER NULL,
    "TeamId" INTEGER NULL,
    "Ward" TEXT NULL,
    "Contacts" INTEGER NOT NULL
);
CREATE TABLE "FormFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FormFigures" PRIMARY KEY AUTOINCREMENT,
    "Span" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "ServiceId" INTEGER NOT NULL,
    "Started" INTEGER NOT NULL,
    "Submitted" INTEGER NOT NULL
);
CREATE TABLE "TakeUpFigures" (
    "Day" TEXT NOT NULL CONSTRAINT "PK_TakeUpFigures" PRIMARY KEY,
    "Customers" INTEGER NOT NULL,
    "Accounts" INTEGER NOT NULL,
    "Paperless" INTEGER NOT NULL
);
CREATE TABLE "FigureRollupStates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FigureRollupStates" PRIMARY KEY,
    "ChangesSince" TEXT NOT NULL
);
CREATE INDEX "IX_CaseFigures_Span_Start" ON "CaseFigures" ("Span", "Start");
CREATE INDEX "IX_ContactFigures_Span_Start" ON "ContactFigures" ("Span", "Start");
CREATE INDEX "IX_FormFigures_Span_Start" ON "FormFigures" ("Span", "Start");

-- What the figures count that the cases did not record: moves between teams and reopening.
ALTER TABLE "Cases" ADD "Transfers" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Cases" ADD "Reopens" INTEGER NOT NULL DEFAULT 0;

-- When each online form was begun: a form left unfinished is kept (emptied) so it counts as started.
ALTER TABLE "Drafts" ADD "StartedAt" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';
UPDATE "Drafts" SET "StartedAt" = "UpdatedAt";
CREATE INDEX "IX_Drafts_StartedAt" ON "Drafts" ("StartedAt");
CREATE INDEX "IX_Contacts_At" ON "Contacts" ("At");
CREATE INDEX "IX_SatisfactionResponses_AnsweredAt" ON "SatisfactionResponses" ("AnsweredAt");
