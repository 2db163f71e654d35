-- CreateTable
CREATE TABLE "talent_level_stat" (
    "district_code" VARCHAR(10) NOT NULL,
    "level" VARCHAR(24) NOT NULL,
    "registered_year" SMALLINT NOT NULL,
    "workers" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "talent_level_stat_pkey" PRIMARY KEY ("district_code","level","registered_year")
);

-- CreateIndex
CREATE INDEX "talent_stat_industry_code_level_idx" ON "talent_stat"("industry_code", "level");


-- Fill the rollup from the counts already kept.
INSERT INTO "talent_level_stat" ("district_code", "level", "registered_year", "workers")
SELECT "district_code", "level", "registered_year", sum("workers") FROM "talent_stat" GROUP BY 1, 2, 3;
