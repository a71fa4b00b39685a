// lib/attachments' implementation of the ChatKit AttachmentsPort (lib/chatkit never touches files or the database):
// attachments.create/delete, and the checks and bindings around user messages.
import 'server-only';
import type { AttachmentsPort } from '@/lib/chatkit/store';
import { announceUpload } from './pipeline';
import { findManyOwned, attachmentNotFound, checkAttachmentId } from '@/lib/store/attachments';
import { bindWithinQuota } from './quota';
import { toChatkitAttachment } from './present';
import { deleteAttachment } from './delete';

export const attachmentsPort: AttachmentsPort = {
  async create(ctx, params) {
    const row = await announceUpload({ userId: ctx.userId, source: 'chatkit_two_phase', name: params.name, mime: params.mime_type, size: params.size });
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

