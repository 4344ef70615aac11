-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "messageBody" TEXT;

-- CreateIndex
CREATE INDEX "Report_messageId_idx" ON "Report"("messageId");

-- Reports made before the snapshot existed keep the words the message has now.
UPDATE "Report" r SET "messageBody" = m.body FROM "Message" m WHERE r."messageId" = m.id AND r."messageBody" IS NULL;

-- A message report always carries the words reported.
ALTER TABLE "Report" ADD CONSTRAINT "Report_message_snapshot" CHECK ("messageId" IS NULL OR "messageBody" IS NOT NULL);
