-- CreateTable
CREATE TABLE "import_job" (
    "id" UUID NOT NULL,
    "created_by" VARCHAR(200) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_key" VARCHAR(300) NOT NULL,
    "file_bytes" BIGINT NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "format" VARCHAR(8) NOT NULL,
    "encoding" VARCHAR(16),
    "estimated_rows" INTEGER,
    "status" VARCHAR(16) NOT NULL,
    "failure_code" VARCHAR(40),
    "failure_detail" VARCHAR(1000),
    "last_row_number" INTEGER NOT NULL DEFAULT 1,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_registered" INTEGER NOT NULL DEFAULT 0,
    "rows_already_registered" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_row_error" (
    "import_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "header" VARCHAR(40) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "value" VARCHAR(200),

    CONSTRAINT "import_row_error_pkey" PRIMARY KEY ("import_id","row_number","field")
);

-- CreateIndex
CREATE INDEX "import_job_status_created_at_idx" ON "import_job"("status", "created_at");

-- CreateIndex
CREATE INDEX "import_job_file_sha256_idx" ON "import_job"("file_sha256");

-- AddForeignKey
ALTER TABLE "import_row_error" ADD CONSTRAINT "import_row_error_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

