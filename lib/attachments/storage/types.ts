// Where verified bytes live. Uploads are always received and checked in a local temp file first
// (tempPath); a driver only ever stores finished, validated files.
import 'server-only';
import type { Readable } from 'node:stream';

export type StoredObject = { key: string; lastModified: Date };

export interface StorageDriver {
  readonly name: 'local' | 's3';
  /** Move a verified local file into storage under `key` (atomic for the local driver). Consumes the file. */
  putFile(key: string, localPath: string, mime: string): Promise<void>;
  putBuffer(key: string, data: Buffer, mime: string): Promise<void>;
  /** The bytes, or null when missing. */
  get(key: string): Promise<{ stream: Readable; size: number } | null>;
  delete(key: string): Promise<void>;
  list(): AsyncIterable<StoredObject>;
  /** A presigned direct-to-storage PUT, when the driver supports it (S3); null → use our own signed upload URL. */
  presignPut(key: string, opts: { mime: string; size: number; expiresInSeconds: number }): Promise<{ url: string; headers: Record<string, string> } | null>;
  /** Copy an object uploaded straight to storage into a local file (S3 two-step completion). */
  download(key: string, localPath: string, maxBytes: number): Promise<number | null>;
}
