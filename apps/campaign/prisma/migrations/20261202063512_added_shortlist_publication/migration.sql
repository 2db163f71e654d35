-- AlterTable
ALTER TABLE "campaign" ADD COLUMN     "shortlist_published_at" TIMESTAMPTZ(3);

