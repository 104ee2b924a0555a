-- Bank holidays as data in GOV.UK's divisions (loaded from the copy FrontDoor ships when empty), and the council's own
-- settings over its configuration: its division now, its branding next.
CREATE TABLE "BankHolidays" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BankHolidays" PRIMARY KEY AUTOINCREMENT,
    "Division" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Title" TEXT NOT NULL
);
CREATE TABLE "CouncilSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CouncilSettings" PRIMARY KEY,
    "Name" TEXT NULL,
    "BrandColour" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "Address" TEXT NULL,
    "OpeningHours" TEXT NULL,
    "LogoContentType" TEXT NULL,
    "Logo" BLOB NULL,
    "Division" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_BankHolidays_Division_Date" ON "BankHolidays" ("Division", "Date");
