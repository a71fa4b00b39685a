// Attachment bytes for the model (E builds data URLs from them). Owner-scoped like everything else.
import 'server-only';
import { AppError } from '@/lib/errors';
import { findOwned } from '@/lib/store/attachments';
import { storage } from './storage';

export type AttachmentForModel = {
  id: string;
  name: string;
  mime: string;
  kind: 'image' | 'file';
  size: number;
  width: number | null;
  height: number | null;
  bytes: Buffer;
};

export async function readAttachmentForModel(userId: string, attachmentId: string): Promise<AttachmentForModel> {
  const row = await findOwned(userId, attachmentId, { status: 'ready' });
  const bytes = await readStoredBytes(row.storageKey);
  return { id: row.id, name: row.name, mime: row.mime, kind: row.kind as 'image' | 'file', size: row.size, width: row.width, height: row.height, bytes };
}

export async function readStoredBytes(key: string): Promise<Buffer> {
  const obj = await storage().get(key);
  if (!obj) throw new AppError('notFound', 'The attachment\'s bytes are missing from storage.');
  const chunks: Buffer[] = [];
  for await (const c of obj.stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
