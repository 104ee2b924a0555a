-- Booked services: a service's collections diaries, the wards each round serves, and the slot a case's date took.
ALTER TABLE "Diaries" ADD "ServiceId" integer;

ALTER TABLE "Diaries" ADD "Wards" text[] NOT NULL DEFAULT '{}';

ALTER TABLE "Cases" ADD "BookedSlotId" bigint;

ALTER TABLE "Diaries" ADD CONSTRAINT "FK_Diaries_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE RESTRICT;

ALTER TABLE "Cases" ADD CONSTRAINT "FK_Cases_Slots_BookedSlotId" FOREIGN KEY ("BookedSlotId") REFERENCES "Slots" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_Diaries_ServiceId" ON "Diaries" ("ServiceId");

CREATE INDEX "IX_Cases_BookedSlotId" ON "Cases" ("BookedSlotId");
