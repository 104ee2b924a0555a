CREATE TABLE "Customers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY AUTOINCREMENT,
    "FullName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "EmailNormalised" TEXT NULL,
    "Phone" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "Drafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Drafts" PRIMARY KEY,
    "ServiceId" INTEGER NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "Uprn" INTEGER NULL,
    "Postcode" TEXT NULL,
    "LocationDescription" TEXT NULL,
    "PhotoFileName" TEXT NULL,
    "PhotoContentType" TEXT NULL,
    "Photo" BLOB NULL,
    "FullName" TEXT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "Properties" (
    "Uprn" INTEGER NOT NULL CONSTRAINT "PK_Properties" PRIMARY KEY,
    "AddressLine1" TEXT NOT NULL,
    "AddressLine2" TEXT NULL,
    "Street" TEXT NOT NULL,
    "Town" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "PostcodeKey" TEXT NOT NULL,
    "Ward" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "Easting" INTEGER NULL,
    "Northing" INTEGER NULL
);


CREATE TABLE "Services" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Services" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Team" TEXT NOT NULL,
    "Keywords" TEXT NOT NULL,
    "LgslCode" INTEGER NULL,
    "StandardDays" INTEGER NOT NULL,
    "StandardHours" INTEGER NULL,
    "WhatHappensNext" TEXT NOT NULL,
    "FormJson" TEXT NOT NULL
);


CREATE TABLE "Cases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "ServiceId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "Uprn" INTEGER NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "LocationDescription" TEXT NULL,
    "CustomerId" INTEGER NULL,
    "Channel" TEXT NOT NULL,
    "Team" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Cases_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Attachments" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Attachments_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Contacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NULL,
    "CaseId" INTEGER NULL,
    "Channel" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_Contacts_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id"),
    CONSTRAINT "FK_Contacts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id")
);


CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CaseId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "SentAt" TEXT NULL,
    "FailedAt" TEXT NULL,
    "LastError" TEXT NULL,
    "LockedUntil" TEXT NULL,
    "LockedBy" TEXT NULL,
    CONSTRAINT "FK_OutboxMessages_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id")
);


CREATE TABLE "TimelineEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TimelineEvents" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "IsPublic" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    CONSTRAINT "FK_TimelineEvents_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DeliveryAttempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeliveryAttempts" PRIMARY KEY AUTOINCREMENT,
    "OutboxMessageId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Succeeded" INTEGER NOT NULL,
    "Error" TEXT NULL,
    CONSTRAINT "FK_DeliveryAttempts_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_Attachments_CaseId" ON "Attachments" ("CaseId");


CREATE INDEX "IX_Cases_CustomerId" ON "Cases" ("CustomerId");


CREATE UNIQUE INDEX "IX_Cases_Reference" ON "Cases" ("Reference");


CREATE INDEX "IX_Cases_ServiceId" ON "Cases" ("ServiceId");


CREATE INDEX "IX_Cases_Team_Status_DueAt" ON "Cases" ("Team", "Status", "DueAt");


CREATE INDEX "IX_Contacts_CaseId" ON "Contacts" ("CaseId");


CREATE INDEX "IX_Contacts_CustomerId" ON "Contacts" ("CustomerId");


CREATE INDEX "IX_Customers_EmailNormalised" ON "Customers" ("EmailNormalised");


CREATE INDEX "IX_DeliveryAttempts_OutboxMessageId" ON "DeliveryAttempts" ("OutboxMessageId");


CREATE INDEX "IX_Drafts_UpdatedAt" ON "Drafts" ("UpdatedAt");


CREATE INDEX "IX_OutboxMessages_CaseId" ON "OutboxMessages" ("CaseId");


CREATE INDEX "IX_OutboxMessages_SentAt_FailedAt_NextAttemptAt" ON "OutboxMessages" ("SentAt", "FailedAt", "NextAttemptAt");


CREATE INDEX "IX_Properties_PostcodeKey" ON "Properties" ("PostcodeKey");


CREATE UNIQUE INDEX "IX_Services_Slug" ON "Services" ("Slug");


CREATE INDEX "IX_TimelineEvents_CaseId_At" ON "TimelineEvents" ("CaseId", "At");



