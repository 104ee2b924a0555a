-- Services as a council's staff keep them: a status (draft, live, retired), A to Z titles, links to other
-- websites, the home page's popular services and the channels each is offered on.
ALTER TABLE "Services" ADD "Status" TEXT NOT NULL DEFAULT 'Live';
ALTER TABLE "Services" ADD "AzTitle" TEXT NULL;
ALTER TABLE "Services" ADD "AlternativeTitles" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Services" ADD "ExternalUrl" TEXT NULL;
ALTER TABLE "Services" ADD "RetiredMessage" TEXT NULL;
ALTER TABLE "Services" ADD "Featured" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Services" ADD "OfferedChannels" TEXT NOT NULL DEFAULT 'Phone,FaceToFace,Email,Letter';
ALTER TABLE "Services" ADD "Version" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "IX_Services_Status" ON "Services" ("Status");
-- The home page listed these by code before services said so themselves.
UPDATE "Services" SET "Featured" = 1 WHERE "Slug" IN ('missed-bin', 'pothole', 'fly-tipping', 'new-bin', 'street-light', 'council-tax-move');
