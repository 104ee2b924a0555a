-- Assisted routes: diaries of slots with places to take (call back windows first), and the call backs booked in them.
CREATE TABLE "Diaries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Diaries" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Use" TEXT NOT NULL,
    "TeamId" INTEGER NOT NULL,
    "NoticeHours" INTEGER NOT NULL,
    "BookAheadDays" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Diaries_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);
CREATE TABLE "DiaryClosures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DiaryClosures" PRIMARY KEY AUTOINCREMENT,
    "DiaryId" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_DiaryClosures_Diaries_DiaryId" FOREIGN KEY ("DiaryId") REFERENCES "Diaries" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DiaryHours" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DiaryHours" PRIMARY KEY AUTOINCREMENT,
    "DiaryId" INTEGER NOT NULL,
    "Day" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "SlotMinutes" INTEGER NOT NULL,
    "Places" INTEGER NOT NULL,
    CONSTRAINT "FK_DiaryHours_Diaries_DiaryId" FOREIGN KEY ("DiaryId") REFERENCES "Diaries" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Slots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Slots" PRIMARY KEY AUTOINCREMENT,
    "DiaryId" INTEGER NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NOT NULL,
    "Places" INTEGER NOT NULL,
    "Taken" INTEGER NOT NULL,
    CONSTRAINT "FK_Slots_Diaries_DiaryId" FOREIGN KEY ("DiaryId") REFERENCES "Diaries" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Callbacks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Callbacks" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "Phone" TEXT NOT NULL,
    "About" TEXT NOT NULL,
    "CaseId" INTEGER NULL,
    "SlotId" INTEGER NOT NULL,
    "WindowStart" TEXT NOT NULL,
    "WindowEnd" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "TryAgainAt" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "BookedByStaffId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "ResolvedOnCall" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Callbacks_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Callbacks_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Callbacks_Slots_SlotId" FOREIGN KEY ("SlotId") REFERENCES "Slots" ("Id") ON DELETE RESTRICT
);
CREATE TABLE "CallbackAttempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CallbackAttempts" PRIMARY KEY AUTOINCREMENT,
    "CallbackId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "StaffId" INTEGER NOT NULL,
    "Reached" INTEGER NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_CallbackAttempts_Callbacks_CallbackId" FOREIGN KEY ("CallbackId") REFERENCES "Callbacks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CallbackAttempts_StaffMembers_StaffId" FOREIGN KEY ("StaffId") REFERENCES "StaffMembers" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_CallbackAttempts_CallbackId" ON "CallbackAttempts" ("CallbackId");
CREATE INDEX "IX_CallbackAttempts_StaffId" ON "CallbackAttempts" ("StaffId");
CREATE INDEX "IX_Callbacks_CaseId" ON "Callbacks" ("CaseId");
CREATE INDEX "IX_Callbacks_CustomerId" ON "Callbacks" ("CustomerId");
CREATE INDEX "IX_Callbacks_SlotId" ON "Callbacks" ("SlotId");
CREATE INDEX "IX_Callbacks_State_WindowStart" ON "Callbacks" ("State", "WindowStart");
CREATE UNIQUE INDEX "IX_Diaries_Name" ON "Diaries" ("Name");
CREATE INDEX "IX_Diaries_TeamId" ON "Diaries" ("TeamId");
CREATE INDEX "IX_DiaryClosures_DiaryId" ON "DiaryClosures" ("DiaryId");
CREATE INDEX "IX_DiaryHours_DiaryId" ON "DiaryHours" ("DiaryId");
CREATE UNIQUE INDEX "IX_Slots_DiaryId_Start" ON "Slots" ("DiaryId", "Start");
