-- Delivery status from GOV.UK Notify: the provider's id for each sent message and its final word, and contact points that bounced.
ALTER TABLE "OutboxMessages" ADD "ProviderId" character varying(64);

ALTER TABLE "OutboxMessages" ADD "DeliveryStatus" character varying(20);

ALTER TABLE "OutboxMessages" ADD "DeliveryStatusAt" timestamp with time zone;

ALTER TABLE "ContactPoints" ADD "NotWorkingSince" timestamp with time zone;

CREATE INDEX "IX_OutboxMessages_ProviderId" ON "OutboxMessages" ("ProviderId");
