// Deleting an attachment: the row first (so nobody can read it any more), then its bytes.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { storage, tempDir } from './storage';
import { bumpThreadCounters, deleteRow, findOwned } from '@/lib/store/attachments';

export async function deleteAttachment(userId: string, attachmentId: string): Promise<void> {
  const row = await findOwned(userId, attachmentId);
  await deleteRow(userId, row.id);
  if (row.threadId && row.status === 'ready') await bumpThreadCounters(userId, row.threadId, row.kind, -1);
  const store = storage();
  await store.delete(row.storageKey).catch(() => {});
  if (row.thumbKey) await store.delete(row.thumbKey).catch(() => {});
  if (row.status === 'pending') await removeTempFiles(row.id);
}

/** An interrupted upload's temp files (`<id>.<attempt>`): gone with the row, not left for the janitor. */
async function removeTempFiles(id: string): Promise<void> {
  const names = await fs.promises.readdir(tempDir()).catch(() => [] as string[]);
  for (const n of names) if (n.startsWith(`${id}.`)) await fs.promises.rm(path.join(tempDir(), n), { force: true }).catch(() => {});
}
