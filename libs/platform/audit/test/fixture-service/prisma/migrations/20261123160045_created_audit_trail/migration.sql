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

-- CreateIndex
CREATE INDEX "audit_entry_resource_type_resource_id_idx" ON "audit_entry"("resource_type", "resource_id");

-- CreateIndex
CREATE INDEX "audit_entry_actor_occurred_at_idx" ON "audit_entry"("actor", "occurred_at");

