// lib/attachments' implementation of the ChatKit AttachmentsPort (lib/chatkit never touches files or the database):
// attachments.create/delete, and the checks and bindings around user messages.
import 'server-only';
import type { AttachmentsPort } from '@/lib/chatkit/store';
import { env } from '@/lib/env';
import { createPendingUpload } from './ingest';
import { findManyOwned, attachmentNotFound, checkAttachmentId } from '@/lib/store/attachments';
import { bindWithinQuota } from './quota';
import { toChatkitAttachment } from './present';
import { deleteAttachment } from './delete';

export const attachmentsPort: AttachmentsPort = {
  async create(ctx, params) {
    const row = await createPendingUpload({
      userId: ctx.userId,
      source: 'chatkit_two_phase',
      name: params.name,
      declaredMime: params.mime_type,
      declaredSize: params.size,
      uploadExpiresAt: new Date(Date.now() + env().UPLOAD_URL_TTL_SECONDS * 1000),
    });
    return toChatkitAttachment(row, { withUpload: true, origin: ctx.origin });
  },

  async delete(ctx, attachmentId) {
    await deleteAttachment(ctx.userId, attachmentId);
  },

  async loadForMessage(ctx, ids) {
    const unique = [...new Set(ids)];
    unique.forEach(checkAttachmentId);
    const rows = await findManyOwned(ctx.userId, unique, 'ready');
    if (rows.length !== unique.length) throw attachmentNotFound();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return unique.map((id) => toChatkitAttachment(byId.get(id)!, { origin: ctx.origin }));
  },

  async bindToThread(ctx, ids, threadId) {
    await bindWithinQuota(ctx.userId, [...new Set(ids)], threadId);
  },

  async present(ctx, ids) {
    const rows = await findManyOwned(ctx.userId, [...new Set(ids)]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => (byId.has(id) ? [toChatkitAttachment(byId.get(id)!, { origin: ctx.origin })] : []));
  },
};

