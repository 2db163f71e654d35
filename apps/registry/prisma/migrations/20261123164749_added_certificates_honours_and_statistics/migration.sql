-- DropIndex
DROP INDEX "worker_district_code_idx";

-- AlterTable
ALTER TABLE "worker" ADD COLUMN     "current_level" VARCHAR(24),
ADD COLUMN     "employer_id" VARCHAR(64),
ADD COLUMN     "high_skilled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "industry_code" CHAR(1) NOT NULL DEFAULT 'C',
ADD COLUMN     "registered_year" SMALLINT NOT NULL DEFAULT 0,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Workers registered before industry and year were recorded (development data only): the year of
-- registration from created_at, the industry as manufacturing until corrected. Then no defaults, as in
-- schema.prisma: from now on every writer supplies both.
UPDATE "worker" SET "registered_year" = EXTRACT(YEAR FROM "created_at");
ALTER TABLE "worker" ALTER COLUMN "industry_code" DROP DEFAULT, ALTER COLUMN "registered_year" DROP DEFAULT;

-- CreateTable
CREATE TABLE "certificate" (
    "id" UUID NOT NULL,
    "worker_id" UUID NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "skill_level" VARCHAR(24),
    "occupation" VARCHAR(100),
    "title_field" VARCHAR(24),
    "title_grade" VARCHAR(24),
    "heritage_level" VARCHAR(24),
    "heritage_item" VARCHAR(100),
    "certificate_number" VARCHAR(64) NOT NULL,
    "issuing_body" VARCHAR(200) NOT NULL,
    "issue_date" DATE NOT NULL,
    "status" VARCHAR(10) NOT NULL DEFAULT 'valid',
    "revoked_at" TIMESTAMPTZ(3),
    "revoke_reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honour" (
    "id" UUID NOT NULL,
    "worker_id" UUID NOT NULL,
    "kind" VARCHAR(48) NOT NULL,
    "level" VARCHAR(24) NOT NULL,
    "year" SMALLINT NOT NULL,
    "granting_body" VARCHAR(200) NOT NULL,
    "citation" VARCHAR(500),
    "source_ref" VARCHAR(100),
    "withdrawn_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "honour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "talent_stat" (
    "district_code" VARCHAR(10) NOT NULL,
    "industry_code" CHAR(1) NOT NULL,
    "level" VARCHAR(24) NOT NULL,
    "registered_year" SMALLINT NOT NULL,
    "workers" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "talent_stat_pkey" PRIMARY KEY ("district_code","industry_code","level","registered_year")
);

-- CreateTable
CREATE TABLE "occupation_stat" (
    "occupation" VARCHAR(100) NOT NULL,
    "level" VARCHAR(24) NOT NULL,
    "workers" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "occupation_stat_pkey" PRIMARY KEY ("occupation","level")
);

-- CreateTable
CREATE TABLE "stat_target" (
    "year" SMALLINT NOT NULL,
    "new_skilled_workers" INTEGER NOT NULL,
    "high_skilled_share_percent" DECIMAL(5,2) NOT NULL,
    "set_by" VARCHAR(200) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stat_target_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "certificate_worker_id_idx" ON "certificate"("worker_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_kind_certificate_number_key" ON "certificate"("kind", "certificate_number");

-- CreateIndex
CREATE UNIQUE INDEX "honour_source_ref_key" ON "honour"("source_ref");

-- CreateIndex
CREATE INDEX "honour_kind_year_idx" ON "honour"("kind", "year");

-- CreateIndex
CREATE UNIQUE INDEX "honour_worker_id_kind_year_key" ON "honour"("worker_id", "kind", "year");

-- CreateIndex
CREATE INDEX "worker_district_code_current_level_idx" ON "worker"("district_code", "current_level");

-- CreateIndex
CREATE INDEX "worker_employer_id_idx" ON "worker"("employer_id");

-- CreateIndex
CREATE INDEX "worker_name_idx" ON "worker"("name");

-- CreateIndex
CREATE INDEX "worker_employer_name_idx" ON "worker"("employer_name");

-- CreateIndex
CREATE INDEX "worker_occupation_idx" ON "worker"("occupation");

-- AddForeignKey
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honour" ADD CONSTRAINT "honour_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The statistics start from what is already registered.
INSERT INTO "talent_stat" ("district_code", "industry_code", "level", "registered_year", "workers")
SELECT "district_code", "industry_code", COALESCE("current_level", 'none'), "registered_year", count(*) FROM "worker" GROUP BY 1, 2, 3, 4;
INSERT INTO "occupation_stat" ("occupation", "level", "workers")
SELECT "occupation", COALESCE("current_level", 'none'), count(*) FROM "worker" GROUP BY 1, 2;
