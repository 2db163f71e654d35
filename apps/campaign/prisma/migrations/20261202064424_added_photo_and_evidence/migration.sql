-- AlterTable
ALTER TABLE "nomination" ADD COLUMN     "evidence" JSONB,
ADD COLUMN     "photo" JSONB;

