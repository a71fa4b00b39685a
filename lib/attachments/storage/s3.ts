// S3-compatible driver (AWS, MinIO, R2…). Same interface as the local one; two-step uploads get presigned PUTs.
import 'server-only';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { env } from '@/lib/env';
import type { StorageDriver, StoredObject } from './types';

let client: S3Client | null = null;

function s3(): { client: S3Client; bucket: string } {
  const e = env();
  if (!e.S3_BUCKET) throw new Error('STORAGE_DRIVER=s3 needs S3_BUCKET (and S3_ENDPOINT/credentials for non-AWS stores).');
  client ??= new S3Client({
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    // Checksums only where S3 requires them: the SDK's default (a CRC32 trailer, which turns a streamed body into
    // aws-chunked framing) is not understood by many S3-compatible stores, which then store the framing as content.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
  });
  return { client, bucket: e.S3_BUCKET };
}

const isMissing = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

export const s3Driver: StorageDriver = {
  name: 's3',
  async putFile(key, localPath, mime) {
    const { client, bucket } = s3();
    const size = (await fs.promises.stat(localPath)).size;
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: fs.createReadStream(localPath), ContentLength: size, ContentType: mime }));
    await fs.promises.rm(localPath, { force: true });
  },
  async putBuffer(key, data, mime) {
    const { client, bucket } = s3();
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: data, ContentType: mime }));
  },
  async get(key) {
    const { client, bucket } = s3();
    try {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return { stream: out.Body as Readable, size: Number(out.ContentLength ?? 0) };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  },
  async delete(key) {
    const { client, bucket } = s3();
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  },
  async *list(): AsyncIterable<StoredObject> {
    const { client, bucket } = s3();
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (o.Key) yield { key: o.Key, lastModified: o.LastModified ?? new Date(0) };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  },
  async presignPut(key, { mime, size, expiresInSeconds }) {
    const { client, bucket } = s3();
    const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: mime, ContentLength: size }), {
      expiresIn: expiresInSeconds,
    });
    return { url, headers: { 'Content-Type': mime } };
  },
  async download(key, localPath, maxBytes) {
    const { client, bucket } = s3();
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      if (Number(head.ContentLength ?? 0) > maxBytes) return Number(head.ContentLength);
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
    const src = await this.get(key);
    if (!src) return null;
    await pipeline(src.stream, fs.createWriteStream(localPath));
    return src.size;
  },
};
