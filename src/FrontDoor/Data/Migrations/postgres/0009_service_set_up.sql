-- Services as a council's staff keep them: a status (draft, live, retired), A to Z titles, links to other
-- websites, the home page's popular services and the channels each is offered on.
ALTER TABLE "Services" ADD "Status" character varying(20) NOT NULL DEFAULT 'Live';
ALTER TABLE "Services" ADD "AzTitle" text;
ALTER TABLE "Services" ADD "AlternativeTitles" text NOT NULL DEFAULT '';
ALTER TABLE "Services" ADD "ExternalUrl" text;
ALTER TABLE "Services" ADD "RetiredMessage" text;
ALTER TABLE "Services" ADD "Featured" boolean NOT NULL DEFAULT false;
ALTER TABLE "Services" ADD "OfferedChannels" text NOT NULL DEFAULT 'Phone,FaceToFace,Email,Letter';
ALTER TABLE "Services" ADD "Version" integer NOT NULL DEFAULT 0;
CREATE INDEX "IX_Services_Status" ON "Services" ("Status");
-- The home page listed these by code before services said so themselves.
UPDATE "Services" SET "Featured" = true WHERE "Slug" IN ('missed-bin', 'pothole', 'fly-tipping', 'new-bin', 'street-light', 'council-tax-move');
