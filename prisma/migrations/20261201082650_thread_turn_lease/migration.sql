-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "turnExpiresAt" TIMESTAMP(3),
ADD COLUMN     "turnId" TEXT;
