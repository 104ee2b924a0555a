-- The council's own privacy notice, accessibility statement, cookies and contact pages, in Markdown.
CREATE TABLE "ContentPages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentPages" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_ContentPages_Slug" ON "ContentPages" ("Slug");
