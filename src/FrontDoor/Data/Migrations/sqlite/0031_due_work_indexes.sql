-- The work still to do (messages to send, events to fan out, webhooks to deliver), in the order a round takes it,
-- so a round reads its batch rather than the whole backlog when intake runs ahead of sending.
CREATE INDEX "IX_OutboxMessages_Due" ON "OutboxMessages" ("NextAttemptAt", "Id") WHERE "SentAt" IS NULL AND "FailedAt" IS NULL;

CREATE INDEX "IX_OutboxEvents_Undelivered" ON "OutboxEvents" ("Id") WHERE "DeliveredAt" IS NULL;

CREATE INDEX "IX_WebhookDeliveries_Due" ON "WebhookDeliveries" ("NextAttemptAt", "Id") WHERE "DeliveredAt" IS NULL AND "FailedAt" IS NULL;
