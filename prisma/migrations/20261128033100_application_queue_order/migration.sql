-- CreateIndex
CREATE INDEX "Application_programId_createdAt_id_idx" ON "Application"("programId", "createdAt", "id");
