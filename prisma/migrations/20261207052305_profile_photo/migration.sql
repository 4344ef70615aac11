-- AlterTable
ALTER TABLE "User" ADD COLUMN     "photoVersion" TEXT;
