-- Booked services: a service's collections diaries, the wards each round serves, and the slot a case's date took.
ALTER TABLE "Diaries" ADD COLUMN "ServiceId" INTEGER NULL CONSTRAINT "FK_Diaries_Services_ServiceId" REFERENCES "Services" ("Id") ON DELETE RESTRICT;

ALTER TABLE "Diaries" ADD COLUMN "Wards" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "Cases" ADD COLUMN "BookedSlotId" INTEGER NULL CONSTRAINT "FK_Cases_Slots_BookedSlotId" REFERENCES "Slots" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_Diaries_ServiceId" ON "Diaries" ("ServiceId");

CREATE INDEX "IX_Cases_BookedSlotId" ON "Cases" ("BookedSlotId");
