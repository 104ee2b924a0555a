-- The figures' round moves on only when a rollup round changed what they say, so pages can hold what they read until then.
ALTER TABLE "FigureRollupStates" ADD COLUMN "Round" INTEGER NOT NULL DEFAULT 0;
