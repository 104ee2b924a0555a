CREATE TABLE "ApiClients" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiClients" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "KeyHash" TEXT NOT NULL,
    "KeyHint" TEXT NOT NULL,
    "Scopes" TEXT NOT NULL,
    "RequestsPerMinute" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL
);

CREATE TABLE "WebhookSubscriptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookSubscriptions" PRIMARY KEY AUTOINCREMENT,
    "ApiClientId" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    "EventTypes" TEXT NOT NULL,
    "ProtectedSecret" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RemovedAt" TEXT NULL,
    CONSTRAINT "FK_WebhookSubscriptions_ApiClients_ApiClientId" FOREIGN KEY ("ApiClientId") REFERENCES "ApiClients" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WebhookDeliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookDeliveries" PRIMARY KEY AUTOINCREMENT,
    "SubscriptionId" INTEGER NOT NULL,
    "OutboxEventId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "DeliveredAt" TEXT NULL,
    "FailedAt" TEXT NULL,
    "LastError" TEXT NULL,
    "LockedUntil" TEXT NULL,
    "LockedBy" TEXT NULL,
    "RedeliveryOfId" INTEGER NULL,
    CONSTRAINT "FK_WebhookDeliveries_OutboxEvents_OutboxEventId" FOREIGN KEY ("OutboxEventId") REFERENCES "OutboxEvents" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "WebhookSubscriptions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WebhookAttempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookAttempts" PRIMARY KEY AUTOINCREMENT,
    "DeliveryId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "Error" TEXT NULL,
    "DurationMs" INTEGER NOT NULL,
    "Succeeded" INTEGER NOT NULL,
    CONSTRAINT "FK_WebhookAttempts_WebhookDeliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES "WebhookDeliveries" ("Id") ON DELETE CASCADE
);

ALTER TABLE "Cases" ADD "ApiClientId" INTEGER NULL;

ALTER TABLE "Cases" ADD "ExternalId" TEXT NULL;

ALTER TABLE "Cases" ADD "MediaUrl" TEXT NULL;

ALTER TABLE "TimelineEvents" ADD "Status" TEXT NULL;

ALTER TABLE "TimelineEvents" ADD "ApiClientId" INTEGER NULL;

ALTER TABLE "TimelineEvents" ADD "ExternalId" TEXT NULL;

ALTER TABLE "AuditEntries" ADD "ApiClientId" INTEGER NULL;

CREATE UNIQUE INDEX "IX_ApiClients_KeyHash" ON "ApiClients" ("KeyHash");

CREATE INDEX "IX_Cases_ApiClientId_ExternalId" ON "Cases" ("ApiClientId", "ExternalId");

CREATE INDEX "IX_Cases_CreatedAt" ON "Cases" ("CreatedAt");

CREATE INDEX "IX_Cases_UpdatedAt" ON "Cases" ("UpdatedAt");

CREATE UNIQUE INDEX "IX_TimelineEvents_ApiClientId_ExternalId" ON "TimelineEvents" ("ApiClientId", "ExternalId") WHERE "ExternalId" IS NOT NULL;

CREATE INDEX "IX_TimelineEvents_PublicAt" ON "TimelineEvents" ("At") WHERE "IsPublic";

CREATE INDEX "IX_WebhookAttempts_DeliveryId" ON "WebhookAttempts" ("DeliveryId");

CREATE INDEX "IX_WebhookDeliveries_DeliveredAt_FailedAt_NextAttemptAt" ON "WebhookDeliveries" ("DeliveredAt", "FailedAt", "NextAttemptAt");

CREATE INDEX "IX_WebhookDeliveries_OutboxEventId" ON "WebhookDeliveries" ("OutboxEventId");

CREATE INDEX "IX_WebhookDeliveries_SubscriptionId_Id" ON "WebhookDeliveries" ("SubscriptionId", "Id");

CREATE INDEX "IX_WebhookSubscriptions_ApiClientId" ON "WebhookSubscriptions" ("ApiClientId");
