// Row → wire JSON. URLs are minted here, on every read, never stored.
import 'server-only';
import type { Attachment } from '@/lib/chatkit/types';
import { signedReadUrl, signedUploadUrl } from './signing';
import type { AttachmentRow } from '@/lib/store/attachments';

/** ChatKit Attachment: `image` (with an absolute signed preview_url of the thumbnail) or `file`. */
export function toChatkitAttachment(row: AttachmentRow, opts: { withUpload?: boolean; origin?: string } = {}): Attachment {
  const base = {
    id: row.id,
    name: row.name,
    mime_type: row.mime,
    ...(row.threadId ? { thread_id: row.threadId } : {}),
    ...(opts.withUpload && row.status === 'pending' && row.uploadExpiresAt
      ? { upload_descriptor: { url: signedUploadUrl(row.id, row.uploadExpiresAt, opts.origin), method: 'PUT' as const, headers: {} } }
      : {}),
  };
  if (row.kind === 'image') {
    return { type: 'image', ...base, preview_url: signedReadUrl(row.id, { variant: row.thumbKey || row.status === 'pending' ? 'thumb' : 'original', origin: opts.origin }).url };
  }
  return { type: 'file', ...base };
}

export type ApiAttachment = {
  id: string;
  name: string;
  type: string;
  size: number;
  status: 'pending' | 'ready';
  width?: number;
  height?: number;
  sha256?: string;
  createdAt: string;
  downloadRequest: { method: 'GET'; url: string; headers: Record<string, string>; expiresAt: string };
  uploadRequest?: { method: 'PUT'; url: string; headers: Record<string, string>; expiresAt: string };
};

/** The public API shape: {id,name,type,size,downloadRequest} (+ uploadRequest for a pending two-step upload). */
export function toApiAttachment(row: AttachmentRow, upload?: { url: string; headers: Record<string, string> }): ApiAttachment {
  const dl = signedReadUrl(row.id);
  return {
    id: row.id,
    name: row.name,
    type: row.mime,
    size: row.status === 'ready' ? row.size : (row.declaredSize ?? 0),
    status: row.status as 'pending' | 'ready',
    ...(row.width ? { width: row.width } : {}),
    ...(row.height ? { height: row.height } : {}),
    ...(row.sha256 ? { sha256: row.sha256 } : {}),
    createdAt: row.createdAt.toISOString(),
    downloadRequest: { method: 'GET', url: dl.url, headers: {}, expiresAt: dl.expiresAt.toISOString() },
    ...(upload && row.uploadExpiresAt
      ? { uploadRequest: { method: 'PUT' as const, url: upload.url, headers: upload.headers, expiresAt: row.uploadExpiresAt.toISOString() } }
      : {}),
  };
}
