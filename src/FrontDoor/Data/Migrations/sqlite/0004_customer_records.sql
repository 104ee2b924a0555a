ALTER TABLE "Customers" ADD "PhoneKey" TEXT NULL;

ALTER TABLE "Customers" ADD "Uprn" INTEGER NULL REFERENCES "Properties" ("Uprn") ON DELETE RESTRICT;

ALTER TABLE "Customers" ADD "Address" TEXT NULL;

ALTER TABLE "Customers" ADD "PostcodeKey" TEXT NULL;

ALTER TABLE "Customers" ADD "UpdatedAt" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';

ALTER TABLE "Customers" ADD "ContactBy" TEXT NOT NULL DEFAULT 'Email';

ALTER TABLE "Customers" ADD "Paperless" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Customers" ADD "Language" TEXT NULL;

ALTER TABLE "Customers" ADD "AccountCreatedAt" TEXT NULL;

ALTER TABLE "Customers" ADD "MergedIntoId" INTEGER NULL;

ALTER TABLE "Customers" ADD "NameKey" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Customers" ADD "SurnameCode" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Customers" ADD "ForenameCode" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Customers" ADD "Initial" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Properties" ADD "Classification" TEXT NULL;

ALTER TABLE "Properties" ADD "StreetKey" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Properties" ADD "AddressKey" TEXT NOT NULL DEFAULT '';

ALTER TABLE "OutboxMessages" ADD "CustomerId" INTEGER NULL;

CREATE TABLE "ContactPoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactPoints" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "VerifiedAt" TEXT NULL,
    CONSTRAINT "FK_ContactPoints_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PossibleDuplicates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PossibleDuplicates" PRIMARY KEY AUTOINCREMENT,
    "FirstId" INTEGER NOT NULL,
    "SecondId" INTEGER NOT NULL,
    "Evidence" TEXT NOT NULL,
    "FoundAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedByStaffId" INTEGER NULL,
    "DecidedAt" TEXT NULL,
    CONSTRAINT "FK_PossibleDuplicates_Customers_FirstId" FOREIGN KEY ("FirstId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PossibleDuplicates_Customers_SecondId" FOREIGN KEY ("SecondId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CustomerMerges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CustomerMerges" PRIMARY KEY AUTOINCREMENT,
    "SurvivorId" INTEGER NOT NULL,
    "MergedId" INTEGER NOT NULL,
    "StaffId" INTEGER NULL,
    "Reason" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "MovedJson" TEXT NOT NULL,
    "UndoneAt" TEXT NULL,
    "UndoneByStaffId" INTEGER NULL,
    CONSTRAINT "FK_CustomerMerges_Customers_MergedId" FOREIGN KEY ("MergedId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CustomerAlerts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CustomerAlerts" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "VisibleTo" TEXT NOT NULL,
    "CreatedByStaffId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RemovedAt" TEXT NULL
);

CREATE TABLE "OneTimeCodes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OneTimeCodes" PRIMARY KEY,
    "Purpose" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "TargetValue" TEXT NOT NULL,
    "CustomerId" INTEGER NULL,
    "CodeHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "FailedAttempts" INTEGER NOT NULL,
    "UsedAt" TEXT NULL
);

CREATE TABLE "OutboxEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxEvents" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "PayloadJson" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DeliveredAt" TEXT NULL
);

CREATE INDEX "IX_ContactPoints_CustomerId" ON "ContactPoints" ("CustomerId");

CREATE INDEX "IX_ContactPoints_Kind_Key" ON "ContactPoints" ("Kind", "Key");

CREATE UNIQUE INDEX "IX_ContactPoints_Verified" ON "ContactPoints" ("Kind", "Key") WHERE "VerifiedAt" IS NOT NULL;

CREATE INDEX "IX_CustomerAlerts_CustomerId" ON "CustomerAlerts" ("CustomerId");

CREATE INDEX "IX_CustomerMerges_MergedId" ON "CustomerMerges" ("MergedId");

CREATE INDEX "IX_CustomerMerges_SurvivorId" ON "CustomerMerges" ("SurvivorId");

CREATE INDEX "IX_Customers_PhoneKey" ON "Customers" ("PhoneKey");

CREATE INDEX "IX_Customers_PostcodeKey" ON "Customers" ("PostcodeKey");

CREATE INDEX "IX_Customers_SurnameCode_Initial" ON "Customers" ("SurnameCode", "Initial");

CREATE INDEX "IX_Customers_Uprn" ON "Customers" ("Uprn");

CREATE INDEX "IX_OneTimeCodes_Target_CreatedAt" ON "OneTimeCodes" ("Target", "CreatedAt");

CREATE INDEX "IX_OutboxEvents_DeliveredAt" ON "OutboxEvents" ("DeliveredAt");

CREATE INDEX "IX_OutboxMessages_CustomerId" ON "OutboxMessages" ("CustomerId");

CREATE UNIQUE INDEX "IX_PossibleDuplicates_FirstId_SecondId" ON "PossibleDuplicates" ("FirstId", "SecondId");

CREATE INDEX "IX_PossibleDuplicates_SecondId" ON "PossibleDuplicates" ("SecondId");

CREATE INDEX "IX_PossibleDuplicates_Status_FoundAt" ON "PossibleDuplicates" ("Status", "FoundAt");

CREATE INDEX "IX_Properties_AddressKey" ON "Properties" ("AddressKey");

CREATE INDEX "IX_Properties_StreetKey" ON "Properties" ("StreetKey");
