-- CreateTable
CREATE TABLE "campaign" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title_zh" VARCHAR(100) NOT NULL,
    "title_en" VARCHAR(150) NOT NULL,
    "phase" VARCHAR(20) NOT NULL,
    "schedule" JSONB NOT NULL,
    "form_deadline" TIMESTAMPTZ(3) NOT NULL,
    "district_quota" INTEGER NOT NULL,
    "department_quota" INTEGER NOT NULL,
    "shortlist_size" INTEGER NOT NULL,
    "expert_review_size" INTEGER NOT NULL,
    "award_count" INTEGER NOT NULL,
    "award_nomination_count" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nomination" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "status" VARCHAR(30) NOT NULL,
    "recommender_kind" VARCHAR(20) NOT NULL,
    "recommender_code" VARCHAR(40) NOT NULL,
    "employer_id" VARCHAR(100) NOT NULL,
    "employer_name" VARCHAR(200) NOT NULL,
    "district_code" VARCHAR(10) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "gender" VARCHAR(6) NOT NULL,
    "birth_year_month" CHAR(7) NOT NULL,
    "national_id_sealed" VARCHAR(200) NOT NULL,
    "national_id_hash" CHAR(64) NOT NULL,
    "national_id_masked" CHAR(18) NOT NULL,
    "occupation" VARCHAR(100) NOT NULL,
    "form" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nomination_claim" (
    "campaign_id" UUID NOT NULL,
    "national_id_hash" CHAR(64) NOT NULL,
    "nomination_id" UUID NOT NULL,

    CONSTRAINT "nomination_claim_pkey" PRIMARY KEY ("campaign_id","national_id_hash")
);

-- CreateTable
CREATE TABLE "nomination_transition" (
    "id" BIGSERIAL NOT NULL,
    "nomination_id" UUID NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "from_status" VARCHAR(30),
    "to_status" VARCHAR(30) NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "actor_agency" VARCHAR(40) NOT NULL,
    "actor_name" VARCHAR(200),
    "opinion" TEXT,
    "changes" JSONB,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nomination_transition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "campaign_year_key" ON "campaign"("year");

-- CreateIndex
CREATE INDEX "nomination_campaign_id_recommender_kind_recommender_code_st_idx" ON "nomination"("campaign_id", "recommender_kind", "recommender_code", "status");

-- CreateIndex
CREATE INDEX "nomination_campaign_id_employer_id_idx" ON "nomination"("campaign_id", "employer_id");

-- CreateIndex
CREATE INDEX "nomination_campaign_id_status_idx" ON "nomination"("campaign_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "nomination_claim_nomination_id_key" ON "nomination_claim"("nomination_id");

-- CreateIndex
CREATE INDEX "nomination_transition_nomination_id_id_idx" ON "nomination_transition"("nomination_id", "id");

-- AddForeignKey
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination_claim" ADD CONSTRAINT "nomination_claim_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination_transition" ADD CONSTRAINT "nomination_transition_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

