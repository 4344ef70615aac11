-- CreateTable
CREATE TABLE "ProgramWatch" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramWatch_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateIndex
CREATE INDEX "ProgramWatch_userId_idx" ON "ProgramWatch"("userId");

-- AddForeignKey
ALTER TABLE "ProgramWatch" ADD CONSTRAINT "ProgramWatch_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramWatch" ADD CONSTRAINT "ProgramWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
