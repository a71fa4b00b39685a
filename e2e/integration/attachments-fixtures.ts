// Test files built in code (no committed binaries), and helpers to prove that a refused upload left nothing behind.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { filesDir } from '@/lib/env';

export const sha256 = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A real PNG with some noise (so it does not compress to nothing). */
export async function png(width = 64, height = 48, opts: { noise?: boolean } = {}): Promise<Buffer> {
  if (opts.noise) {
    const raw = Buffer.alloc(width * height * 3);
    for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
    return sharp(raw, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
  }
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer();
}

export const jpeg = (width = 40, height = 30) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 20 } } }).jpeg().toBuffer();
export const webp = () => sharp({ create: { width: 20, height: 20, channels: 4, background: '#00ff0080' } }).webp().toBuffer();
export const gif = () => sharp({ create: { width: 20, height: 20, channels: 3, background: '#ff0000' } }).gif().toBuffer();

export async function animatedGif(): Promise<Buffer> {
  const frame = Buffer.alloc(10 * 10 * 3 * 2);
  frame.fill(255, 0, 300);
  return sharp(frame, { raw: { width: 10, height: 20, channels: 3, pageHeight: 10 } }).gif().toBuffer();
}

export const pdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const svgWithScript = () =>
  Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script><image href="http://169.254.169.254/latest/meta-data/"/></svg>');

export const bpmn = () =>
  Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d1"><bpmn:process id="p1"><bpmn:startEvent id="s"/></bpmn:process></bpmn:definitions>\n');

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** A ~100-byte PNG whose header claims 50000 × 50000 pixels. */
export function pixelBomb(width = 50_000, height = 50_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A valid PNG cut in the middle of its image data. */
export async function truncatedPng(): Promise<Buffer> {
  const full = await png(200, 200, { noise: true });
  return full.subarray(0, Math.floor(full.length / 2));
}

export async function jpegPolyglot(): Promise<Buffer> {
  return Buffer.concat([await jpeg(), Buffer.from('<html><script>alert("polyglot")</script></html>')]);
}

/** Every object and temp file in storage (local driver). */
export function storedFiles(): string[] {
  const out: string[] = [];
  for (const sub of ['objects', 'tmp']) {
    const dir = path.join(filesDir(), sub);
    if (fs.existsSync(dir)) out.push(...fs.readdirSync(dir).map((n) => `${sub}/${n}`));
  }
  return out.sort();
}

export async function attachmentRows(userId: string) {
  return db().attachment.findMany({ where: { userId } });
}

/** Snapshot of rows + files, to assert that a refused upload changed nothing. */
export async function snapshot(userId: string) {
  return { rows: (await attachmentRows(userId)).map((r) => r.id).sort(), files: storedFiles() };
}

export function form(file: Buffer | null, name: string, type: string, field = 'file'): FormData {
  const f = new FormData();
  if (file) f.append(field, new Blob([new Uint8Array(file)], { type }), name);
  return f;
}

/** A request body that streams `total` bytes in chunks with no Content-Length (chunked encoding). */
export function chunkedBody(total: number, head: Buffer = Buffer.alloc(0), chunkSize = 256 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(chunkSize, total - sent);
      const c = Buffer.alloc(n, 0x41);
      if (sent === 0) head.copy(c, 0, 0, Math.min(head.length, n));
      sent += n;
      controller.enqueue(new Uint8Array(c));
    },
  });
}
