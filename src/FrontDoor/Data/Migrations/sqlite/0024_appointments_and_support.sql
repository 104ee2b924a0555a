-- Appointments: places, types, officers' skills, the appointments booked in officers' diaries; and support tasks (interpreters, other formats).
CREATE TABLE "Locations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Locations" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "AccessInformation" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL
);

ALTER TABLE "Diaries" ADD COLUMN "LocationId" INTEGER NULL CONSTRAINT "FK_Diaries_Locations_LocationId" REFERENCES "Locations" ("Id") ON DELETE RESTRICT;

ALTER TABLE "Diaries" ADD COLUMN "OfficerId" INTEGER NULL CONSTRAINT "FK_Diaries_StaffMembers_OfficerId" REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT;

CREATE TABLE "AppointmentTypes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppointmentTypes" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "TeamId" INTEGER NOT NULL,
    "Modes" INTEGER NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "Specialism" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    CONSTRAINT "FK_AppointmentTypes_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OfficerSkills" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OfficerSkills" PRIMARY KEY AUTOINCREMENT,
    "StaffId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "FK_OfficerSkills_StaffMembers_StaffId" FOREIGN KEY ("StaffId") REFERENCES "StaffMembers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Appointments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Appointments" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "AppointmentTypeId" INTEGER NOT NULL,
    "Mode" TEXT NOT NULL,
    "DiaryId" INTEGER NOT NULL,
    "SlotId" INTEGER NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NOT NULL,
    "CustomerId" INTEGER NOT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "About" TEXT NOT NULL,
    "CaseId" INTEGER NULL,
    "Needs" TEXT NOT NULL,
    "InterpreterLanguage" TEXT NULL,
    "State" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "BookedByStaffId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "ArrivedAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "OutcomeNote" TEXT NULL,
    "DayBeforeReminderAt" TEXT NULL,
    "MorningReminderAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Appointments_AppointmentTypes_AppointmentTypeId" FOREIGN KEY ("AppointmentTypeId") REFERENCES "AppointmentTypes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Appointments_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Appointments_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Appointments_Diaries_DiaryId" FOREIGN KEY ("DiaryId") REFERENCES "Diaries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Appointments_Slots_SlotId" FOREIGN KEY ("SlotId") REFERENCES "Slots" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SupportTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupportTasks" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Language" TEXT NULL,
    "CustomerId" INTEGER NOT NULL,
    "AppointmentId" INTEGER NULL,
    "CaseId" INTEGER NULL,
    "LetterId" INTEGER NULL,
    "TeamId" INTEGER NOT NULL,
    "NeededBy" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "Note" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SupportTasks_Appointments_AppointmentId" FOREIGN KEY ("AppointmentId") REFERENCES "Appointments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SupportTasks_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SupportTasks_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SupportTasks_OutboxMessages_LetterId" FOREIGN KEY ("LetterId") REFERENCES "OutboxMessages" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SupportTasks_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Locations_Name" ON "Locations" ("Name");

CREATE UNIQUE INDEX "IX_AppointmentTypes_Slug" ON "AppointmentTypes" ("Slug");

CREATE INDEX "IX_AppointmentTypes_TeamId" ON "AppointmentTypes" ("TeamId");

CREATE UNIQUE INDEX "IX_OfficerSkills_StaffId_Kind_Value" ON "OfficerSkills" ("StaffId", "Kind", "Value");

CREATE INDEX "IX_Appointments_AppointmentTypeId" ON "Appointments" ("AppointmentTypeId");

CREATE INDEX "IX_Appointments_CaseId" ON "Appointments" ("CaseId");

CREATE INDEX "IX_Appointments_CustomerId" ON "Appointments" ("CustomerId");

CREATE INDEX "IX_Appointments_DiaryId" ON "Appointments" ("DiaryId");

CREATE UNIQUE INDEX "IX_Appointments_Reference" ON "Appointments" ("Reference");

CREATE INDEX "IX_Appointments_SlotId" ON "Appointments" ("SlotId");

CREATE INDEX "IX_Appointments_Start_State" ON "Appointments" ("Start", "State");

CREATE INDEX "IX_SupportTasks_AppointmentId" ON "SupportTasks" ("AppointmentId");

CREATE INDEX "IX_SupportTasks_CaseId" ON "SupportTasks" ("CaseId");

CREATE INDEX "IX_SupportTasks_CustomerId" ON "SupportTasks" ("CustomerId");

CREATE INDEX "IX_SupportTasks_LetterId" ON "SupportTasks" ("LetterId");

CREATE INDEX "IX_SupportTasks_State_DueAt" ON "SupportTasks" ("State", "DueAt");

CREATE INDEX "IX_SupportTasks_TeamId" ON "SupportTasks" ("TeamId");

CREATE INDEX "IX_Diaries_LocationId" ON "Diaries" ("LocationId");

CREATE INDEX "IX_Diaries_OfficerId" ON "Diaries" ("OfficerId");
