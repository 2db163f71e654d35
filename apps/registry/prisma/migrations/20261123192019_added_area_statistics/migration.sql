-- CreateTable
CREATE TABLE "talent_area_stat" (
    "district_code" VARCHAR(10) NOT NULL,
    "industry_code" CHAR(1) NOT NULL,
    "registered_year" SMALLINT NOT NULL,
    "workers" BIGINT NOT NULL DEFAULT 0,
    "high_skilled" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "talent_area_stat_pkey" PRIMARY KEY ("district_code","industry_code","registered_year")
);


-- Fill the rollup from the counts already kept (high-skilled: 高级工 and above).
INSERT INTO "talent_area_stat" ("district_code", "industry_code", "registered_year", "workers", "high_skilled")
SELECT "district_code", "industry_code", "registered_year", sum("workers"),
       COALESCE(sum("workers") FILTER (WHERE "level" IN ('senior', 'technician', 'senior-technician', 'principal-technician', 'chief-technician')), 0)
  FROM "talent_stat" GROUP BY 1, 2, 3;
