-- Cost and carbon: the council's own rate for each channel, requests by square of the hotspot grid, and messages sent by kind.
CREATE TABLE "ChannelRates" (
    "Item" TEXT NOT NULL CONSTRAINT "PK_ChannelRates" PRIMARY KEY,
    "CostPounds" TEXT NOT NULL,
    "CarbonKg" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);
CREATE TABLE "AreaFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AreaFigures" PRIMARY KEY AUTOINCREMENT,
    "Span" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "ServiceId" INTEGER NOT NULL,
    "South" INTEGER NOT NULL,
    "West" INTEGER NOT NULL,
    "Received" INTEGER NOT NULL
);
CREATE TABLE "MessageFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MessageFigures" PRIMARY KEY AUTOINCREMENT,
    "Span" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Sent" INTEGER NOT NULL
);
CREATE INDEX "IX_AreaFigures_Span_Start" ON "AreaFigures" ("Span", "Start");
CREATE INDEX "IX_MessageFigures_Span_Start" ON "MessageFigures" ("Span", "Start");
