// The one validator path for every way bytes arrive (ChatKit two-phase/direct, API URL/data URL/multipart/raw/
// two-step): pending row → temp file (capped while streaming) → sniff, check, re-encode → sha256 → stored → ready.
// Any failure removes the temp file, stored bytes and the row: a rejected upload leaves nothing behind.
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

export type BeginOptions = {
  userId: string;
  source: UploadSource;
  /** As the client sent it; checked now, normalised once the real type is known. */
  name?: string | null;
  declaredMime?: string | null;
  threadId?: string | null;
  declaredSize?: number | null;
  uploadExpiresAt?: Date | null;
  /** Bytes already in storage (S3 two-step): the upload window may have closed since they arrived. */
  skipExpiryCheck?: boolean;
};

export type IngestResult = { row: AttachmentRow; reused: boolean };

/** Create the pending row for a two-phase/two-step upload whose bytes come later. Announced type/size checked now. */
export async function createPendingUpload(o: BeginOptions & { declaredSize: number }): Promise<AttachmentRow> {
  checkDeclaredType(o.declaredMime);
  const name = provisionalName(o.name, 'upload');
  const mime = normalizeMime(o.declaredMime) || 'application/octet-stream';
  const type = typeByMime(mime);
  if (type) checkSize(type, o.declaredSize, o.source);
  else if (o.declaredSize > streamCap(o.source)) throw tooLarge(o.declaredSize, streamCap(o.source));
  if (o.declaredSize <= 0) throw new AppError('badRequest', 'The file is empty (0 bytes).');
  return reserveUpload({
    id: newId('atc'),
    userId: o.userId,
    threadId: o.threadId,
    source: o.source,
    name,
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

  /** Start receiving bytes: a new pending row, or the existing one of a two-phase/two-step upload. */
  static async begin(o: BeginOptions, existing?: AttachmentRow): Promise<Upload> {
    if (existing) {
      if (existing.status !== 'pending') throw new AppError('conflict', 'This attachment has already been uploaded.');
      await claimPending(existing.userId, existing.id, { unexpiredOnly: !o.skipExpiryCheck });
      return new Upload(existing, existing.source as UploadSource, existing.name, existing.mime);
    }
    checkDeclaredType(o.declaredMime);
    const name = provisionalName(o.name, 'upload');
    const row = await reserveUpload({
      id: newId('atc'),
      userId: o.userId,
      threadId: o.threadId,
      source: o.source,
      name,
      kind: 'file',
      mime: normalizeMime(o.declaredMime) || 'application/octet-stream',
    });
    return new Upload(row, o.source, name, o.declaredMime ?? null);
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

/** The common case: all bytes come from one stream. */
export async function ingest(o: BeginOptions, chunks: AsyncIterable<Uint8Array>, existing?: AttachmentRow): Promise<IngestResult> {
  const up = await Upload.begin(o, existing);
  return up.guard(async () => {
    await up.receive(chunks);
    return up.finish();
  });
}

async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fs.createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Chunks of a web stream without cancelling it on early exit (cancelling would reset the socket before the 413 is sent). */
export async function* webChunks(stream: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function* bufferChunks(buf: Buffer): AsyncIterable<Uint8Array> {
  yield buf;
}
