// ChatKit attachment uploads over real HTTP: direct (multipart) and two-phase (signed upload URL), and every
// bad input (wrong type, too big, empty, lying about its type, malformed) → the right 4xx with no row and no bytes left behind.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { signedReadUrl } from '@/lib/attachments/signing';

const toSigned = (id: string) => signedReadUrl(id).url;
import { useAppAndUser } from '../support/suite';
import type { TestUser } from '../support/users';
import * as fx from './attachments-fixtures';

const s = useAppAndUser();

const auth = (u: TestUser) => ({ authorization: `Bearer ${u.token}` });

function direct(body: FormData | ReadableStream | Buffer, headers: Record<string, string> = {}, user = s.user) {
  return fetch(`${s.app.url}/api/chatkit/upload`, {
    method: 'POST',
    headers: { ...auth(user), ...headers },
    body: body as BodyInit,
    // @ts-expect-error undici needs duplex for a streamed body
    duplex: 'half',
  });
}

async function expectRefused(res: Response, status: number, code: string, before: Awaited<ReturnType<typeof fx.snapshot>>) {
  const body = await res.json();
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(typeof body.error.message).toBe('string');
  expect(await fx.snapshot(s.user.id)).toEqual(before);
}

describe('direct upload (POST /api/chatkit/upload)', () => {
  it('stores a PNG as an image attachment with an absolute signed preview URL that works without cookies', async () => {
    const res = await direct(fx.form(await fx.png(800, 600), 'diagram.png', 'image/png'));
    expect(res.status).toBe(200);
    const att = await res.json();
    expect(att).toMatchObject({ type: 'image', name: 'diagram.png', mime_type: 'image/png' });
    expect(att.id).toMatch(/^atc_/);
    expect(att.preview_url.startsWith(`${s.app.url}/api/files/${att.id}?`)).toBe(true);
    expect(att).not.toHaveProperty('upload_descriptor');

    const preview = await fetch(att.preview_url, { headers: { origin: 'https://cdn.platform.openai.com' } });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('access-control-allow-origin')).toBe('*');
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff');
    expect(preview.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    const thumb = Buffer.from(await preview.arrayBuffer());
    expect(preview.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(thumb).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(512);

    const head = await fetch(att.preview_url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(thumb.length);

    const row = await db().attachment.findUniqueOrThrow({ where: { id: att.id } });
    expect(row).toMatchObject({ status: 'ready', kind: 'image', width: 800, height: 600, source: 'chatkit_direct', userId: s.user.id });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores a PDF as a file attachment served as a download', async () => {
    const res = await direct(fx.form(fx.pdf(), 'Quarterly Report.pdf', 'application/pdf'));
    expect(res.status).toBe(200);
    const att = await res.json();
    expect(att).toEqual({ type: 'file', id: att.id, name: 'Quarterly Report.pdf', mime_type: 'application/pdf' });
    const row = await db().attachment.findUniqueOrThrow({ where: { id: att.id } });
    expect(row.sha256).toBe(fx.sha256(fx.pdf()));
  });

  it('sniffs text types and fixes the extension: a BPMN file, and Markdown sent as octet-stream', async () => {
    const b = await (await direct(fx.form(fx.bpmn(), 'order process.bpmn', 'application/octet-stream'))).json();
    expect(b).toMatchObject({ type: 'file', name: 'order process.bpmn', mime_type: 'application/bpmn+xml' });
    const md = await (await direct(fx.form(Buffer.from('# Notes\n\nCafé ☕\n'), 'notes.md', ''))).json();
    expect(md).toMatchObject({ name: 'notes.md', mime_type: 'text/markdown' });
    const png = await (await direct(fx.form(await fx.png(), 'photo.jpg', 'application/octet-stream'))).json();
    expect(png).toMatchObject({ type: 'image', name: 'photo.png', mime_type: 'image/png' });
  });

  it('re-encodes a JPEG polyglot so the appended HTML payload is gone', async () => {
    const input = await fx.jpegPolyglot();
    const att = await (await direct(fx.form(input, 'cat.jpg', 'image/jpeg'))).json();
    expect(att.type).toBe('image');
    const row = await db().attachment.findUniqueOrThrow({ where: { id: att.id } });
    const { readAttachmentForModel } = await import('@/lib/attachments/read');
    const stored = await readAttachmentForModel(s.user.id, att.id);
    expect(stored.mime).toBe('image/jpeg');
    expect(stored.bytes.equals(input)).toBe(false);
    expect(stored.bytes.includes('<script')).toBe(false);
    expect(stored.bytes.includes('<html')).toBe(false);
    expect(fx.sha256(stored.bytes)).toBe(row.sha256);
  });

  it('re-encodes a PNG with a ZIP appended, so the archive is gone', async () => {
    const zipTail = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('payload.html<script>alert(1)</script>'), Buffer.from('PK\x05\x06'), Buffer.alloc(18)]);
    const input = Buffer.concat([await fx.png(50, 50), zipTail]);
    const att = await (await direct(fx.form(input, 'innocent.png', 'image/png'))).json();
    expect(att.type).toBe('image');
    const { readAttachmentForModel } = await import('@/lib/attachments/read');
    const stored = (await readAttachmentForModel(s.user.id, att.id)).bytes;
    expect(stored.includes('PK\x03\x04')).toBe(false);
    expect(stored.includes('<script')).toBe(false);
  });

  it('strips EXIF metadata from photos', async () => {
    const withExif = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#888' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'secret-location-marker' } })
      .toBuffer();
    expect(withExif.includes('secret-location-marker')).toBe(true);
    const att = await (await direct(fx.form(withExif, 'p.jpg', 'image/jpeg'))).json();
    const { readAttachmentForModel } = await import('@/lib/attachments/read');
    expect((await readAttachmentForModel(s.user.id, att.id)).bytes.includes('secret-location-marker')).toBe(false);
  });
});

describe('refused uploads leave no row and no file', () => {
  const cases: [string, () => Promise<FormData | Buffer>, number, string, Record<string, string>?][] = [
    ['PDF bytes declared as image/png', async () => fx.form(fx.pdf(), 'x.png', 'image/png'), 415, 'unsupportedMediaType'],
    ['PNG bytes declared as image/jpeg', async () => fx.form(await fx.png(), 'x.jpg', 'image/jpeg'), 415, 'unsupportedMediaType'],
    ['an SVG with a script', async () => fx.form(fx.svgWithScript(), 'logo.svg', 'image/svg+xml'), 415, 'unsupportedMediaType'],
    ['an SVG with a script sent as text/plain', async () => fx.form(fx.svgWithScript(), 'logo.txt', 'text/plain'), 415, 'unsupportedMediaType'],
    ['an HTML page', async () => fx.form(Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'a.html', 'text/html'), 415, 'unsupportedMediaType'],
    ['an executable', async () => fx.form(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'setup.exe', 'application/octet-stream'), 415, 'unsupportedMediaType'],
    ['a ZIP archive', async () => fx.form(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), 'a.zip', 'application/zip'), 415, 'unsupportedMediaType'],
    ['a truncated PNG', async () => fx.form(await fx.truncatedPng(), 'cut.png', 'image/png'), 422, 'invalidFile'],
    ['a pixel bomb (IHDR claims 50000×50000)', async () => fx.form(fx.pixelBomb(), 'bomb.png', 'image/png'), 422, 'invalidFile'],
    ['an animated GIF', async () => fx.form(await fx.animatedGif(), 'anim.gif', 'image/gif'), 422, 'invalidFile'],
    ['a zero-byte file', async () => fx.form(Buffer.alloc(0), 'empty.txt', 'text/plain'), 400, 'badRequest'],
    ['a path-traversal file name', async () => fx.form(await fx.png(), '../../../etc/passwd', 'image/png'), 400, 'badRequest'],
    ['a Windows path-traversal file name', async () => fx.form(await fx.png(), '..\\..\\win.ini', 'image/png'), 400, 'badRequest'],
    ['a file name with a NUL byte', async () => fx.form(fx.pdf(), 'file\u0000name.pdf', 'application/pdf'), 400, 'badRequest'],
    ['no file part', async () => fx.form(null, 'x', 'x'), 400, 'badRequest'],
    ['a file under another field name', async () => fx.form(fx.pdf(), 'a.pdf', 'application/pdf', 'upload'), 400, 'badRequest'],
    ['binary junk', async () => fx.form(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9]), 'a.txt', 'text/plain'), 415, 'unsupportedMediaType'],
    ['invalid UTF-8 text', async () => fx.form(Buffer.from([0x68, 0x69, 0xc3, 0x28, 0x0a]), 'a.txt', 'text/plain'), 415, 'unsupportedMediaType'],
  ];
  for (const [what, make, status, code] of cases) {
    // retry: under Node 24 the client's write can race the server's early refusal (EPIPE before the answer is read);
    // every attempt must still see the refusal and an unchanged snapshot.
    it(`refuses ${what} with ${status} ${code}`, { retry: 2 }, async () => {
      const before = await fx.snapshot(s.user.id);
      await expectRefused(await direct(await make()), status, code, before);
    });
  }

  it('refuses two file parts with 400 and keeps neither', async () => {
    const before = await fx.snapshot(s.user.id);
    const f = fx.form(fx.pdf(), 'a.pdf', 'application/pdf');
    f.append('file', new Blob([new Uint8Array(fx.pdf())], { type: 'application/pdf' }), 'b.pdf');
    await expectRefused(await direct(f), 400, 'badRequest', before);
  });

  it('refuses a body without a multipart boundary with 400', async () => {
    const before = await fx.snapshot(s.user.id);
    await expectRefused(await direct(fx.pdf(), { 'content-type': 'multipart/form-data' }), 400, 'badRequest', before);
  });

  it('refuses an image over IMAGE_MAX_BYTES with 413 naming the sizes', async () => {
    const before = await fx.snapshot(s.user.id);
    const big = await fx.png(2200, 1700, { noise: true }); // ≈ 11 MB uncompressed PNG
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    const res = await direct(fx.form(big, 'huge.png', 'image/png'));
    const body = await res.json();
    expect(res.status).toBe(413);
    expect(body.error.code).toBe('limitsReached');
    expect(body.error.message).toMatch(/the limit is 10 MB/);
    expect(await fx.snapshot(s.user.id)).toEqual(before);
  });

  it('enforces the limit while streaming a chunked body without Content-Length (413, nothing kept)', async () => {
    const before = await fx.snapshot(s.user.id);
    const boundary = 'XyZbOuNdArY';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    const total = 12 * 1024 * 1024;
    const stream = fx.chunkedBody(total + head.length, head);
    const res = await direct(stream as unknown as Buffer, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    await expectRefused(res, 413, 'limitsReached', before);
  });
});

describe('two-phase upload (attachments.create → upload_descriptor.url)', () => {
  async function create(name: string, size: number, mime: string, user = s.user) {
    return attachmentsPort.create({ userId: user.id }, { name, size, mime_type: mime });
  }

  it('creates a pending image with an absolute PUT upload URL, then accepts the raw bytes without a cookie', async () => {
    const bytes = await fx.png(300, 200);
    const att = await create('shot.png', bytes.length, 'image/png');
    expect(att.type).toBe('image');
    expect(att.upload_descriptor).toMatchObject({ method: 'PUT', headers: {} });
    expect(att.upload_descriptor!.url.startsWith(`${s.app.url}/api/chatkit/attachments/${att.id}/upload?`)).toBe(true);
    expect((await db().attachment.findUniqueOrThrow({ where: { id: att.id } })).status).toBe('pending');

    const pre = await fetch(att.upload_descriptor!.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://cdn.platform.openai.com', 'access-control-request-method': 'PUT' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://cdn.platform.openai.com');

    const res = await fetch(att.upload_descriptor!.url, { method: 'PUT', body: new Uint8Array(bytes), headers: { 'content-type': 'image/png', origin: 'https://cdn.platform.openai.com' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://cdn.platform.openai.com');
    const done = await res.json();
    expect(done).toMatchObject({ id: att.id, type: 'image', name: 'shot.png', mime_type: 'image/png' });
    expect(done).not.toHaveProperty('upload_descriptor');
    const row = await db().attachment.findUniqueOrThrow({ where: { id: att.id } });
    expect(row).toMatchObject({ status: 'ready', width: 300, height: 200 });
    expect((await fetch(done.preview_url)).status).toBe(200);

    const again = await fetch(att.upload_descriptor!.url, { method: 'PUT', body: new Uint8Array(bytes) });
    expect(again.status).toBe(409);
  });

  it('lets only one of two simultaneous PUTs to the same upload URL win, and keeps the winner intact', async () => {
    const bytes = await fx.png(400, 300, { noise: true });
    const att = await create('race.png', bytes.length, 'image/png');
    const put = () => fetch(att.upload_descriptor!.url, { method: 'PUT', body: new Uint8Array(bytes) });
    const [a, b] = await Promise.all([put(), put()]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const row = await db().attachment.findUniqueOrThrow({ where: { id: att.id } });
    expect(row.status).toBe('ready');
    const served = await fetch(toSigned(att.id));
    expect(fx.sha256(Buffer.from(await served.arrayBuffer()))).toBe(row.sha256);
    expect(fx.storedFiles().filter((f) => f.startsWith('tmp/'))).toEqual([]);
  });

  it('accepts POST multipart `file` on the upload URL', async () => {
    const att = await create('report.pdf', fx.pdf().length, 'application/pdf');
    const res = await fetch(att.upload_descriptor!.url, { method: 'POST', body: fx.form(fx.pdf(), 'report.pdf', 'application/pdf') });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: att.id, type: 'file', name: 'report.pdf' });
  });

  it('refuses bytes that are not the announced type, and removes the pending row', async () => {
    const att = await create('a.png', fx.pdf().length, 'image/png');
    const res = await fetch(att.upload_descriptor!.url, { method: 'PUT', body: new Uint8Array(fx.pdf()) });
    expect(res.status).toBe(415);
    expect(await db().attachment.findUnique({ where: { id: att.id } })).toBeNull();
    expect(fx.storedFiles().filter((f) => f.includes(att.id))).toEqual([]);
  });

  it('refuses more bytes than announced (413) and fewer (422)', async () => {
    const more = await create('a.txt', 5, 'text/plain');
    expect((await fetch(more.upload_descriptor!.url, { method: 'PUT', body: 'hello world' })).status).toBe(413);
    const fewer = await create('b.txt', 50, 'text/plain');
    expect((await fetch(fewer.upload_descriptor!.url, { method: 'PUT', body: 'hello' })).status).toBe(422);
    expect(await db().attachment.count({ where: { id: { in: [more.id, fewer.id] } } })).toBe(0);
  });

  it('refuses at create time: SVG and video types (415), an oversized image (413), a traversal name (400)', async () => {
    await expect(create('a.svg', 100, 'image/svg+xml')).rejects.toMatchObject({ code: 'unsupportedMediaType' });
    await expect(create('a.mp4', 100, 'video/mp4')).rejects.toMatchObject({ code: 'unsupportedMediaType' });
    await expect(create('a.png', 14 * 1024 * 1024, 'image/png')).rejects.toMatchObject({
      code: 'limitsReached',
      message: 'This image is 14 MB; the limit is 10 MB.',
    });
    await expect(create('../x.png', 100, 'image/png')).rejects.toMatchObject({ code: 'badRequest' });
  });

  it('answers 403 for a bad signature or an expired upload URL', async () => {
    const att = await create('a.txt', 5, 'text/plain');
    const bad = new URL(att.upload_descriptor!.url);
    bad.searchParams.set('sig', 'A'.repeat(43));
    expect((await fetch(bad, { method: 'PUT', body: 'hello' })).status).toBe(403);
    const { signedUploadUrl } = await import('@/lib/attachments/signing');
    const expired = signedUploadUrl(att.id, new Date(Date.now() - 1000));
    const res = await fetch(expired, { method: 'PUT', body: 'hello' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
    await db().attachment.update({ where: { id: att.id }, data: { uploadExpiresAt: new Date(Date.now() - 1000) } });
    expect((await fetch(att.upload_descriptor!.url, { method: 'PUT', body: 'hello' })).status).toBe(403);
  });
});
