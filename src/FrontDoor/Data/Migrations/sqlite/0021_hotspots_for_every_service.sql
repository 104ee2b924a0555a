-- Hotspots: each square is also counted for every service together, so the whole council's map reads one row a
-- square. The grid is worked out again: with no rollup state, the figures job's next round rebuilds every figure.
DROP TABLE "AreaFigures";
CREATE TABLE "AreaFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AreaFigures" PRIMARY KEY AUTOINCREMENT,
    "Span" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "ServiceId" INTEGER NULL,
    "South" INTEGER NOT NULL,
    "West" INTEGER NOT NULL,
    "Received" INTEGER NOT NULL
);
CREATE INDEX "IX_AreaFigures_Span_Start" ON "AreaFigures" ("Span", "Start");
CREATE INDEX "IX_AreaFigures_Span_ServiceId_Start" ON "AreaFigures" ("Span", "ServiceId", "Start");
DELETE FROM "FigureRollupStates";
