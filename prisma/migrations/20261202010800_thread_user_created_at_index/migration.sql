-- CreateIndex
CREATE INDEX "Thread_userId_createdAt_id_idx" ON "Thread"("userId", "createdAt", "id");
