// The public conversation attachment API (/api/v1/conversation/…, docs/api.md): one function per endpoint, called by thin routes.
import 'server-only';
import fs from 'node:fs';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { readJson, z } from '@/lib/http/route';
import { isWellFormedId } from '@/lib/ids';
import type { AuthUser } from '@/lib/auth/require-user';
import { decodeDataUrl } from './data-url';
import { deleteAttachment } from './delete';
import { acceptUpload, announceUpload, bufferChunks, type IngestResult } from './pipeline';
import { streamCap, type UploadSource } from './policy';
import { toApiAttachment, type ApiAttachment } from './present';
import { findOwned, listInThread, ownsThread, type AttachmentRow } from '@/lib/store/attachments';
import { safeFetch, type Resolver } from './safe-fetch';
import { signedUploadUrl } from './signing';
import { storage, tempPath } from './storage';

const conversationNotFound = () => new AppError('notFound', 'Conversation not found');

/** The conversation id is a ChatKit thread id; someone else's answers the same 404 as a missing one. */
export async function requireConversation(userId: string, conversationId: string): Promise<string> {
  if (!isWellFormedId(conversationId, 'thr')) throw new AppError('badRequest', `"${conversationId.slice(0, 80)}" is not a conversation id (they look like thr_…).`);
  if (!(await ownsThread(userId, conversationId))) throw conversationNotFound();
  return conversationId;
}

const jsonBody = z.object({
  file: z.union([
    z.string().min(1, 'Required'),
    z.object({
      type: z.string().max(200),
      size: z.number().int('must be a whole number of bytes').positive('must be at least 1 byte'),
      name: z.string().min(1).max(1024),
    }),
  ]),
});

/** Test seam: the URL method's DNS resolver (to simulate an answer that changes between check and connect). */
export const urlFetchOverrides: { resolver?: Resolver } = {};

/** POST …/attachment/upload: the method is chosen by Content-Type and body (see docs/api.md). */
export async function uploadToConversation(req: Request, user: AuthUser, conversationId: string): Promise<{ status: number; body: ApiAttachment }> {
  const threadId = await requireConversation(user.id, conversationId);
  const type = req.headers.get('content-type') ?? '';
  if (/^application\/json\b/i.test(type)) {
    const cap = streamCap('data_url');
    const { file } = await readJson(req, jsonBody, Math.ceil((cap * 4) / 3) + 64 * 1024);
    if (typeof file === 'object') return twoStep(user.id, threadId, file);
    if (/^data:/i.test(file)) {
      const decoded = decodeDataUrl(file, cap);
      return answer(await acceptUpload({ userId: user.id, threadId, source: 'data_url' }, { chunks: bufferChunks(decoded.bytes), name: decoded.name, mime: decoded.mime }));
    }
    return fromUrl(user.id, threadId, file);
  }
  const source: UploadSource = /^multipart\/form-data\b/i.test(type) ? 'multipart' : 'raw';
  return answer(await acceptUpload({ userId: user.id, threadId, source }, { request: req }));
}

/** 201 for a new attachment, 200 when an identical file already in the conversation was reused. */
const answer = ({ row, reused }: IngestResult) => ({ status: reused ? 200 : 201, body: toApiAttachment(row) });

async function fromUrl(userId: string, threadId: string, url: string) {
  const fetched = await safeFetch(url, { maxBytes: streamCap('url'), resolver: urlFetchOverrides.resolver });
  try {
    if (/^text\/html\b/i.test(fetched.contentType)) throw new AppError('unsupportedMediaType', 'The URL returned a web page (text/html), not a file.');
    // The remote Content-Type is not a claim the user made, and servers often get it wrong: only the bytes count.
    return answer(await acceptUpload({ userId, threadId, source: 'url' }, { chunks: fetched.body, name: fetched.name }));
  } finally {
    fetched.abort();
  }
}

async function twoStep(userId: string, threadId: string, file: { type: string; size: number; name: string }) {
  const row = await announceUpload({ userId, threadId, source: 'two_step', name: file.name, mime: file.type, size: file.size });
  const presigned = await storage().presignPut(incomingKey(row.id), { mime: row.mime, size: file.size, expiresInSeconds: env().UPLOAD_URL_TTL_SECONDS });
  const upload = presigned ?? { url: signedUploadUrl(row.id, row.uploadExpiresAt!), headers: { 'Content-Type': row.mime } };
  return { status: 201, body: toApiAttachment(row, upload) };
}

/** Where S3 two-step uploads land before validation (never the final key). */
export const incomingKey = (id: string) => `incoming/${id}`;

export async function listAttachments(userId: string, conversationId: string, url: URL) {
  const threadId = await requireConversation(userId, conversationId);
  const takeRaw = url.searchParams.get('take');
  const take = takeRaw === null ? 20 : Number(takeRaw);
  if (!Number.isInteger(take) || take < 1 || take > 100) throw new AppError('badRequest', 'take must be a whole number from 1 to 100.');
  const cursor = url.searchParams.get('cursor') || undefined;
  const { rows, next } = await listInThread(userId, threadId, take, cursor);
  return { data: rows.map((r) => toApiAttachment(r)), nextCursor: next };
}

/** Metadata and a fresh download URL. A read: it never changes the attachment (completion is completeAttachment). */
export async function fetchAttachment(userId: string, conversationId: string, attachmentId: string) {
  return toApiAttachment(await attachmentInConversation(userId, conversationId, attachmentId));
}

/**
 * POST …/complete — S3 two-step: the client PUT the bytes straight to the bucket, so the server has not seen them;
 * validate them now and make the attachment ready. Already ready: answered as is; nothing uploaded yet: 409.
 */
export async function completeAttachment(userId: string, conversationId: string, attachmentId: string) {
  const row = await attachmentInConversation(userId, conversationId, attachmentId);
  if (row.status === 'ready') return toApiAttachment(row);
  if (row.source === 'two_step' && storage().name === 's3') return toApiAttachment(await completeFromStorage(row));
  throw new AppError('conflict', 'This upload has not been received yet: PUT the bytes to its uploadRequest URL first.');
}

async function attachmentInConversation(userId: string, conversationId: string, attachmentId: string): Promise<AttachmentRow> {
  const threadId = await requireConversation(userId, conversationId);
  const row = await findOwned(userId, attachmentId);
  if (row.threadId !== threadId) throw new AppError('notFound', 'Attachment not found');
  return row;
}

export async function deleteConversationAttachment(userId: string, conversationId: string, attachmentId: string) {
  const threadId = await requireConversation(userId, conversationId);
  const row = await findOwned(userId, attachmentId);
  if (row.threadId !== threadId) throw new AppError('notFound', 'Attachment not found');
  await deleteAttachment(userId, row.id);
  return { id: row.id, deleted: true };
}

/** S3 two-step: the bytes went straight to the bucket; pull them through the same pipeline once they are there. */
async function completeFromStorage(row: AttachmentRow): Promise<AttachmentRow> {
  const tmp = await tempPath(`${row.id}.incoming`);
  const size = await storage().download(incomingKey(row.id), tmp, row.declaredSize ?? 0);
  if (size === null) return row; // not uploaded yet
  try {
    return (await acceptUpload({ pending: row, bytesAlreadyStored: true }, { chunks: fs.createReadStream(tmp) })).row;
  } finally {
    await fs.promises.rm(tmp, { force: true });
    await storage().delete(incomingKey(row.id)).catch(() => {});
  }
}
