-- The customer's answer to the one satisfaction question about a resolved case: one a case, changeable.
CREATE TABLE "SatisfactionResponses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SatisfactionResponses" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "Score" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "AnsweredAt" TEXT NOT NULL,
    CONSTRAINT "FK_SatisfactionResponses_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_SatisfactionResponses_CaseId" ON "SatisfactionResponses" ("CaseId");
