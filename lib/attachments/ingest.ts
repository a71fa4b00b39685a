// The steps of the upload pipeline (lib/attachments/pipeline.ts runs them; call that, not these): pending row →
// temp file (capped while streaming) → sniff, check, re-encode → sha256 → stored → ready. Any failure removes the
// temp file, stored bytes and the row: a rejected upload leaves nothing behind.
import 'server-only';
import fs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { checkDeclaredMatches, checkDeclaredType, isUninformative, checkSize, normalizeMime, streamCap, tooLarge, typeByMime, type UploadSource } from './policy';
import { sniffFile } from './sniff';
import { processImage, THUMB_MIME } from './image';
import { normalizeFilename, provisionalName } from './filename';
import { storage, tempPath, thumbKeyFor } from './storage';
import { bumpThreadCounters, claimPending, deletePendingById, findDuplicate, markReady, type AttachmentRow } from '@/lib/store/attachments';
import { reserveUpload } from './quota';

/** A new attachment whose bytes arrive in this request. */
export type NewUpload = {
  userId: string;
  source: UploadSource;
  /** Bound to this conversation at upload (public API), else bound when a message uses it (ChatKit). */
  threadId?: string | null;
};

/** Which upload the bytes are for: a new one, or one announced earlier (two-phase / two-step). */
export type UploadFor =
  | NewUpload
  | {
      pending: AttachmentRow;
      /** The bytes were already stored (S3 two-step): the upload window may have closed since they arrived. */
      bytesAlreadyStored?: boolean;
    };

export type IngestResult = { row: AttachmentRow; reused: boolean };

/**
 * The pending row every upload starts with, if the user's quotas allow it. Announced uploads pass their size (checked
 * now against the announced type); streamed ones learn size and type from the bytes.
 */
export async function reservePending(o: NewUpload & { name?: string | null; declaredMime?: string | null; declaredSize?: number | null; uploadExpiresAt?: Date | null }): Promise<AttachmentRow> {
  checkDeclaredType(o.declaredMime);
  const mime = normalizeMime(o.declaredMime) || 'application/octet-stream';
  const type = typeByMime(mime);
  if (o.declaredSize != null) {
    if (type) checkSize(type, o.declaredSize, o.source);
    else if (o.declaredSize > streamCap(o.source)) throw tooLarge(o.declaredSize, streamCap(o.source));
    if (o.declaredSize <= 0) throw new AppError('badRequest', 'The file is empty (0 bytes).');
  }
  return reserveUpload({
    id: newId('atc'),
    userId: o.userId,
    threadId: o.threadId,
    source: o.source,
    name: provisionalName(o.name, 'upload'),
    kind: type?.kind ?? 'file',
    mime,
    declaredSize: o.declaredSize,
    uploadExpiresAt: o.uploadExpiresAt,
  });
}

export class Upload {
  private temp: string | null = null;
  private stored: string[] = [];
  private size = 0;
  private done = false;

  private constructor(
    readonly row: AttachmentRow,
    private readonly source: UploadSource,
    private name: string,
    private declaredMime: string | null,
  ) {}

  /**
   * Start receiving bytes: a new pending row (with what the client claims the file is, if it said so up front), or
   * take the announced one (409 if another request has it).
   */
  static async begin(target: UploadFor, claimed: { name?: string | null; mime?: string | null } = {}): Promise<Upload> {
    if ('pending' in target) {
      const existing = target.pending;
      if (existing.status !== 'pending') throw new AppError('conflict', 'This attachment has already been uploaded.');
      await claimPending(existing.userId, existing.id, { unexpiredOnly: !target.bytesAlreadyStored });
      return new Upload(existing, existing.source as UploadSource, existing.name, existing.mime);
    }
    // The claimed type is refused before any row exists; the bytes must match it later.
    const row = await reservePending({ ...target, name: claimed.name, declaredMime: claimed.mime });
    return new Upload(row, target.source, row.name, claimed.mime ?? null);
  }

  /** Late name (multipart parts and Content-Disposition are only known once the part starts). */
  setName(raw: string | null | undefined, declaredMime?: string | null): void {
    this.name = provisionalName(raw, this.name);
    if (declaredMime != null && !isUninformative(declaredMime)) {
      checkDeclaredType(declaredMime);
      // The type announced when a pending upload was created stays the one the bytes must match.
      if (!this.declaredMime || isUninformative(this.declaredMime)) this.declaredMime = declaredMime;
    }
  }

  /** The most bytes this upload may have: the announced size of a pending upload, else the path's cap. */
  cap(): number {
    return this.row.declaredSize ?? streamCap(this.source);
  }

  /** Stream the bytes into the temp file; 413 as soon as the cap is passed (nothing more is buffered). */
  async receive(chunks: AsyncIterable<Uint8Array>): Promise<void> {
    const cap = this.cap();
    // One temp file per attempt: a concurrent request must never write into ours.
    this.temp = await tempPath(`${this.row.id}.${randomBytes(4).toString('hex')}`);
    const fh = await fs.promises.open(this.temp, 'w');
    try {
      for await (const chunk of chunks) {
        this.size += chunk.byteLength;
        if (this.size > cap) {
          throw this.row.declaredSize != null
            ? new AppError('limitsReached', `More bytes arrived than the ${this.row.declaredSize} that were announced for this upload.`)
            : tooLarge(null, cap);
        }
        await fh.write(chunk);
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  /** Validate, re-encode, store and mark ready (or reuse an identical file already in the conversation). */
  async finish(): Promise<IngestResult> {
    if (!this.temp) throw new Error('receive() first');
    if (this.size === 0) throw new AppError('badRequest', 'The file is empty (0 bytes).');
    if (this.row.declaredSize != null && this.size !== this.row.declaredSize) {
      throw new AppError('invalidFile', `${this.size} bytes arrived, but ${this.row.declaredSize} were announced for this upload.`);
    }
    const type = await sniffFile(this.temp, this.name);
    checkDeclaredMatches(this.declaredMime, type);
    checkSize(type, this.size, this.source);
    const name = normalizeFilename(this.name, type);

    let width: number | null = null;
    let height: number | null = null;
    let thumb: Buffer | null = null;
    let size = this.size;
    if (type.kind === 'image') {
      const img = await processImage(await fs.promises.readFile(this.temp), type.mime);
      await fs.promises.writeFile(this.temp, img.data);
      ({ width, height, thumb } = img);
      size = img.data.length;
    }
    const sha256 = await hashFile(this.temp);

    const { userId, threadId, id } = this.row;
    if (threadId) {
      const dup = await findDuplicate(userId, threadId, sha256, id);
      if (dup) {
        await this.abort();
        return { row: dup, reused: true };
      }
    }
    const store = storage();
    await store.putFile(this.row.storageKey, this.temp, type.mime);
    this.stored.push(this.row.storageKey);
    this.temp = null;
    let thumbKey: string | null = null;
    if (thumb) {
      thumbKey = thumbKeyFor(this.row.storageKey);
      await store.putBuffer(thumbKey, thumb, THUMB_MIME);
      this.stored.push(thumbKey);
    }
    const row = await markReady(userId, id, { name, kind: type.kind, mime: type.mime, size, sha256, storageKey: this.row.storageKey, thumbKey, width, height });
    this.done = true;
    if (threadId) await bumpThreadCounters(userId, threadId, type.kind, 1);
    return { row, reused: false };
  }

  /** Remove everything this upload left: temp file, stored objects, the row. Safe to call twice. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    if (this.temp) await fs.promises.rm(this.temp, { force: true }).catch(() => {});
    for (const key of this.stored) await storage().delete(key).catch(() => {});
    await deletePendingById(this.row.id).catch(() => {});
  }

  /** Run `fn` and clean up on any failure. */
  async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      await this.abort();
      throw err;
    }
  }
}

async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fs.createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}
