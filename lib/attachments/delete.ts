// Deleting an attachment: the row first (so nobody can read it any more), then its bytes.
import 'server-only';
import { storage } from './storage';
import { bumpThreadCounters, deleteRow, findOwned } from '@/lib/store/attachments';

export async function deleteAttachment(userId: string, attachmentId: string): Promise<void> {
  const row = await findOwned(userId, attachmentId);
  await deleteRow(userId, row.id);
  if (row.threadId && row.status === 'ready') await bumpThreadCounters(userId, row.threadId, row.kind, -1);
  const store = storage();
  await store.delete(row.storageKey).catch(() => {});
  if (row.thumbKey) await store.delete(row.thumbKey).catch(() => {});
}
