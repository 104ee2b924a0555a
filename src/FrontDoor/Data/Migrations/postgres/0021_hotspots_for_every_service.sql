-- Hotspots: each square is also counted for every service together, so the whole council's map reads one row a
-- square. The grid is worked out again: with no rollup state, the figures job's next round rebuilds every figure.
TRUNCATE "AreaFigures";
ALTER TABLE "AreaFigures" ALTER COLUMN "ServiceId" DROP NOT NULL;
CREATE INDEX "IX_AreaFigures_Span_ServiceId_Start" ON "AreaFigures" ("Span", "ServiceId", "Start");
DELETE FROM "FigureRollupStates";
