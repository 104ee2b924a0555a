-- Delivery status from GOV.UK Notify: the provider's id for each sent message and its final word, and contact points that bounced.
ALTER TABLE "OutboxMessages" ADD COLUMN "ProviderId" TEXT NULL;

ALTER TABLE "OutboxMessages" ADD COLUMN "DeliveryStatus" TEXT NULL;

ALTER TABLE "OutboxMessages" ADD COLUMN "DeliveryStatusAt" TEXT NULL;

ALTER TABLE "ContactPoints" ADD COLUMN "NotWorkingSince" TEXT NULL;

CREATE INDEX "IX_OutboxMessages_ProviderId" ON "OutboxMessages" ("ProviderId");
