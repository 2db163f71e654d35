-- AlterTable
ALTER TABLE "nomination" ADD COLUMN     "eligibility_override" JSONB;

-- CreateTable
CREATE TABLE "talent_credential" (
    "certificate_id" UUID NOT NULL,
    "worker_id" UUID NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "skill_level" VARCHAR(30),
    "title_field" VARCHAR(30),
    "title_grade" VARCHAR(30),
    "heritage_level" VARCHAR(30),
    "revoked" BOOLEAN NOT NULL DEFAULT false,
    "last_event_id" UUID NOT NULL,

    CONSTRAINT "talent_credential_pkey" PRIMARY KEY ("certificate_id")
);

-- CreateTable
CREATE TABLE "talent_honour" (
    "honour_id" UUID NOT NULL,
    "worker_id" UUID NOT NULL,
    "kind" VARCHAR(50) NOT NULL,
    "level" VARCHAR(30) NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "talent_honour_pkey" PRIMARY KEY ("honour_id")
);

-- CreateIndex
CREATE INDEX "talent_credential_worker_id_idx" ON "talent_credential"("worker_id");

-- CreateIndex
CREATE INDEX "talent_honour_worker_id_idx" ON "talent_honour"("worker_id");

