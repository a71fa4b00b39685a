// Absolute URLs follow the address a request came to when no public origin is configured, and the create-time
// preview_url of a two-phase upload loads (waiting for the bytes) instead of answering 404.
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { setPendingReadWait } from '@/lib/attachments/serve';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import * as fx from './attachments-fixtures';

let app: AppServer;
let ada: TestUser;
let port: string;
beforeAll(async () => {
  app = await startAppServer();
  port = new URL(app.url).port;
  ada = await makeUser();
});
afterAll(() => app.close());

/** attachments.create over HTTP, addressed as `host` (the Host header is what a browser sends for the page it is on). */
// node:http, because fetch does not let a caller set Host.
async function createAttachment(name: string, size: number, mime: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ type: 'attachments.create', params: { name, size, mime_type: mime } });
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(`${app.url}/api/chatkit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ada.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
  expect(status, text).toBe(200);
  return JSON.parse(text) as { id: string; type: string; preview_url: string; upload_descriptor: { url: string; method: string } };
}

describe('no public origin configured (NEXTAUTH_URL unset)', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.NEXTAUTH_URL;
    delete process.env.NEXTAUTH_URL;
    reloadEnv();
  });
  afterAll(() => {
    process.env.NEXTAUTH_URL = saved;
    delete process.env.TRUST_PROXY;
    reloadEnv();
  });
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    reloadEnv();
  });

  it.each(['127.0.0.1', 'localhost', 'procmod.lan'])('upload and preview URLs use the address the request was sent to (%s)', async (host) => {
    const att = await createAttachment('shot.png', 100, 'image/png', { host: `${host}:${port}` });
    expect(new URL(att.upload_descriptor.url).origin).toBe(`http://${host}:${port}`);
    expect(new URL(att.preview_url).origin).toBe(`http://${host}:${port}`);
  });

  it('ignores X-Forwarded-Host/-Proto unless TRUST_PROXY is set', async () => {
    const forged = { host: `127.0.0.1:${port}`, 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const plain = await createAttachment('a.png', 100, 'image/png', forged);
    expect(new URL(plain.upload_descriptor.url).origin).toBe(`http://127.0.0.1:${port}`);

    process.env.TRUST_PROXY = 'true';
    reloadEnv();
    const proxied = await createAttachment('b.png', 100, 'image/png', { ...forged, 'x-forwarded-host': 'procmod.example.com' });
    expect(new URL(proxied.upload_descriptor.url).origin).toBe('https://procmod.example.com');
    expect(new URL(proxied.preview_url).origin).toBe('https://procmod.example.com');
  });

  it('a configured NEXTAUTH_URL wins over the request address', async () => {
    process.env.NEXTAUTH_URL = 'https://models.example.org/';
    reloadEnv();
    try {
      const att = await createAttachment('c.png', 100, 'image/png', { host: `127.0.0.1:${port}` });
      expect(new URL(att.upload_descriptor.url).origin).toBe('https://models.example.org');
    } finally {
      delete process.env.NEXTAUTH_URL;
      reloadEnv();
    }
  });
});

describe('create-time preview_url of a two-phase upload', () => {
  it('loads before the PUT completes (the read waits for the bytes) and after it: image bytes both times', async () => {
    const bytes = await fx.png(320, 240);
    const att = await createAttachment('early.png', bytes.length, 'image/png');
    expect(att.type).toBe('image');
    expect((await db().attachment.findUniqueOrThrow({ where: { id: att.id } })).status).toBe('pending');

    // The element loads the preview as soon as attachments.create answers, while the bytes are still on their way.
    const early = fetch(att.preview_url, { headers: { origin: 'https://cdn.platform.openai.com' } });
    // Let the read reach the server and start waiting before the upload begins.
    await new Promise((r) => setTimeout(r, 300));
    const put = await fetch(att.upload_descriptor.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: new Uint8Array(bytes) });
    expect(put.status).toBe(200);

    const first = await early;
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect((await sharp(firstBytes).metadata()).width).toBeGreaterThan(0);

    const again = await fetch(att.preview_url);
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(firstBytes)).toBe(true);
  });

  it('answers 409 JSON when the bytes never arrive within the bound, 404 when the upload was refused', async () => {
    const before = setPendingReadWait(400);
    try {
      const att = await createAttachment('never.png', 1000, 'image/png');
      const res = await fetch(att.preview_url);
      expect(res.status).toBe(409);
      expect((await res.json()).error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/still being uploaded/) });

      setPendingReadWait(10_000);
      const refused = await createAttachment('bad.png', 5, 'image/png');
      const waiting = fetch(refused.preview_url);
      await new Promise((r) => setTimeout(r, 300));
      const put = await fetch(refused.upload_descriptor.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: 'hello' });
      expect(put.status).toBeGreaterThanOrEqual(400);
      expect((await waiting).status).toBe(404);
    } finally {
      setPendingReadWait(before);
    }
  });

  it('a bad signature is still refused at once, pending or not', async () => {
    const att = await createAttachment('sig.png', 100, 'image/png');
    const bad = new URL(att.preview_url);
    bad.searchParams.set('sig', 'x'.repeat(43));
    expect((await fetch(bad)).status).toBe(403);
  });
});
