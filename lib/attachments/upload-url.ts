// The upload URL of a pending attachment (ChatKit two_phase upload_descriptor.url, API two-step uploadRequest.url).
// Authorised by its signature (the ChatKit iframe sends no cookies) or, without one, by the signed-in owner.
import 'server-only';
import { requireUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { hasSignature, verifySignedUrl } from './signing';
import type { Attachment as ChatkitAttachment } from '@/lib/chatkit/types';
import { attachmentNotFound, claimLapsesAt, findBySignedId, findOwned, uploadInProgress, type AttachmentRow } from '@/lib/store/attachments';
import { acceptUpload } from './pipeline';
import { toApiAttachment, toChatkitAttachment, type ApiAttachment } from './present';

export async function authorizeUpload(req: Request, id: string, now = Date.now()): Promise<AttachmentRow> {
  let row: AttachmentRow | null;
  if (hasSignature(new URL(req.url))) {
    verifySignedUrl(new URL(req.url), 'upload', id, now);
    row = await findBySignedId(id);
  } else {
    const user = await requireUser(req);
    row = await findOwned(user.id, id);
  }
  if (!row) throw attachmentNotFound();
  if (row.status !== 'pending') throw new AppError('conflict', 'This attachment has already been uploaded.');
  const lapsesAt = claimLapsesAt(row);
  if (lapsesAt && lapsesAt.getTime() > now) throw uploadInProgress(lapsesAt, now);
  // A lapsed claim: the request that took it died; the owner may send the bytes again (a signed URL has expired by then).
  if (!lapsesAt && row.uploadExpiresAt && row.uploadExpiresAt.getTime() < now) {
    throw new AppError('forbidden', 'This upload URL has expired. Create the attachment again.');
  }
  return row;
}

/**
 * PUT raw body or POST multipart `file` into the pending row. Answers in the shape of the method that announced it:
 * the API attachment for a two-step upload, ChatKit Attachment JSON for the chat.
 */
export async function receivePendingUpload(req: Request, pending: AttachmentRow): Promise<ChatkitAttachment | ApiAttachment> {
  const { row } = await acceptUpload({ pending }, { request: req });
  return pending.source === 'two_step' ? toApiAttachment(row) : toChatkitAttachment(row);
}
