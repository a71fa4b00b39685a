// The upload URL of a pending attachment (ChatKit two_phase upload_descriptor.url, API two-step uploadRequest.url).
// Authorised by its signature (the ChatKit iframe sends no cookies) or, without one, by the signed-in owner.
import 'server-only';
import { requireUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { hasSignature, verifySignedUrl } from './signing';
import { attachmentNotFound, claimLapsesAt, deletePendingById, findBySignedId, findOwned, uploadInProgress, type AttachmentRow } from '@/lib/store/attachments';
import { Upload, type IngestResult } from './ingest';
import { receiveFromRequest } from './receive';

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

/** PUT raw body or POST multipart `file` into the pending row; the row is deleted if the bytes are refused. */
export async function completePendingUpload(req: Request, row: AttachmentRow): Promise<IngestResult> {
  const begin = () => Upload.begin({ userId: row.userId, source: row.source as never }, row);
  try {
    return await receiveFromRequest(req, begin, row.declaredSize ?? Number.MAX_SAFE_INTEGER);
  } catch (err) {
    // Refused before the Upload took the row (e.g. Content-Length fast path): still leave nothing behind —
    // unless another request holds it (409), which owns the row now.
    if ((err as AppError).code !== 'conflict') await deletePendingById(row.id).catch(() => {});
    throw err;
  }
}
