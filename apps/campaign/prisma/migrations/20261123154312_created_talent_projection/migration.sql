-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" VARCHAR(200) NOT NULL,
    "actor_subject" VARCHAR(200),
    "actor_roles" TEXT[],
    "client_id" VARCHAR(200),
    "action" VARCHAR(100) NOT NULL,
    "resource_type" VARCHAR(100) NOT NULL,
    "resource_id" VARCHAR(200),
    "scope" VARCHAR(100),
    "trace_id" CHAR(32),
    "details" JSONB,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_event" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" VARCHAR(200) NOT NULL,
    "topic" VARCHAR(249) NOT NULL,
    "message_key" VARCHAR(200) NOT NULL,
    "envelope" JSONB NOT NULL,
    "traceparent" VARCHAR(55),
    "tracestate" VARCHAR(512),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbox_event" (
    "consumer_group" VARCHAR(200) NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" VARCHAR(200) NOT NULL,
    "topic" VARCHAR(249) NOT NULL,
    "partition" INTEGER NOT NULL,
    "offset" BIGINT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_event_pkey" PRIMARY KEY ("consumer_group","event_id")
);

-- CreateTable
CREATE TABLE "talent_profile" (
    "worker_id" UUID NOT NULL,
    "national_id_hash" CHAR(64) NOT NULL,
    "national_id_masked" CHAR(18) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "gender" VARCHAR(6) NOT NULL,
    "birth_year_month" CHAR(7) NOT NULL,
    "district_code" VARCHAR(10) NOT NULL,
    "employer_name" VARCHAR(200) NOT NULL,
    "occupation" VARCHAR(100) NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL,
    "last_event_id" UUID NOT NULL,
    "last_event_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "talent_profile_pkey" PRIMARY KEY ("worker_id")
);

-- CreateIndex
CREATE INDEX "audit_entry_resource_type_resource_id_idx" ON "audit_entry"("resource_type", "resource_id");

-- CreateIndex
CREATE INDEX "audit_entry_actor_occurred_at_idx" ON "audit_entry"("actor", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_event_id_key" ON "outbox_event"("event_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_id_idx" ON "outbox_event"("published_at", "id");

-- CreateIndex
CREATE INDEX "inbox_event_processed_at_idx" ON "inbox_event"("processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "talent_profile_national_id_hash_key" ON "talent_profile"("national_id_hash");

-- CreateIndex
CREATE INDEX "talent_profile_district_code_idx" ON "talent_profile"("district_code");

