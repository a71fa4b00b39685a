// The S3 driver against a real S3 API (s3rver on loopback, started here): two-step uploads PUT straight to the
// bucket through a presigned URL (the browser's CORS preflight allowed by the bucket), ChatKit two-phase uploads,
// reads, previews, deletes, the zip export and the janitor — every byte checked in the bucket itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { db } from '@/lib/db';
import { env, reloadEnv } from '@/lib/env';
import { newId } from '@/lib/ids';
import { runJanitor } from '@/lib/attachments/janitor';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { startS3, type S3Server } from '../support/s3';
import { conversationFor, unzip } from './api-v1-helpers';
import * as fx from './attachments-fixtures';

let s3: S3Server;
let app: AppServer;
let ada: TestUser;
let conv: string;
const saved = { ...process.env };

beforeAll(async () => {
  s3 = await startS3();
  Object.assign(process.env, s3.env);
  reloadEnv();
  app = await startAppServer();
  ada = await makeUser();
  conv = await conversationFor(ada);
});
afterAll(async () => {
  await app?.close();
  await s3?.close();
  process.env = saved;
  reloadEnv();
});

const auth = () => ({ authorization: `Bearer ${ada.token}` });
const api = () => `${app.url}/api/v1/conversation/${conv}`;
const chatkit = (body: unknown) => fetch(`${app.url}/api/chatkit`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
const ids: Record<string, string> = {};

describe('S3 storage (s3rver)', () => {
  it('two-step: presigned PUT straight to the bucket (CORS preflight passes), validated on complete, original and thumbnail in S3', async () => {
    const jpg = await fx.jpeg(300, 200);
    const res = await fetch(`${api()}/attachment/upload`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ file: { type: 'image/jpeg', size: jpg.length, name: 'site.jpg' } }) });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a.uploadRequest.url.startsWith(`${s3.endpoint}/${s3.bucket}/incoming/${a.id}?`)).toBe(true);
    expect(a.uploadRequest.url).toContain('X-Amz-Signature=');

    // What a browser on the app's page does first: the preflight, answered by the bucket's CORS rule.
    const preflight = await fetch(a.uploadRequest.url, {
      method: 'OPTIONS',
      headers: { origin: app.url, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');

    const put = await fetch(a.uploadRequest.url, { method: 'PUT', headers: { ...a.uploadRequest.headers, origin: app.url }, body: new Uint8Array(jpg) });
    expect(put.status).toBe(200);
    expect(put.headers.get('access-control-allow-origin')).toBe('*');
    expect(s3.keys()).toContain(`incoming/${a.id}`);

    // The server never sees a presigned PUT: `complete` validates the bytes in the bucket (`fetch` only reads).
    const completed = await fetch(`${api()}/attachment/${a.id}/complete`, { method: 'POST', headers: auth() });
    expect(completed.status, await completed.clone().text()).toBe(200);
    const fetched = await (await fetch(`${api()}/attachment/${a.id}/fetch`, { headers: auth() })).json();
    expect(fetched).toMatchObject({ id: a.id, status: 'ready', type: 'image/jpeg', width: 300, height: 200 });
    expect(s3.keys()).toEqual(expect.arrayContaining([a.id, `${a.id}.thumb`]));
    expect(s3.keys()).not.toContain(`incoming/${a.id}`);

    const original = await fetch(fetched.downloadRequest.url);
    expect(original.status).toBe(200);
    expect(fx.sha256(Buffer.from(await original.arrayBuffer()))).toBe(fetched.sha256);
    ids.twoStep = a.id;
  });

  it('ChatKit two-phase: bytes go through the app’s validator into the bucket; the message preview is served from S3', async () => {
    const png = await fx.png(800, 600);
    const att = await (await chatkit({ type: 'attachments.create', params: { name: 'Screenshot.png', size: png.length, mime_type: 'image/png' } })).json();
    expect((await fetch(att.upload_descriptor.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: new Uint8Array(png) })).status).toBe(200);
    expect(s3.keys()).toEqual(expect.arrayContaining([att.id, `${att.id}.thumb`]));

    const sent = await chatkit({ type: 'threads.add_user_message', params: { thread_id: conv, input: { content: [{ type: 'input_text', text: 'What do you see?' }], attachments: [att.id], inference_options: {} } } });
    expect(sent.status).toBe(200);
    await sent.text();
    const items = await (await chatkit({ type: 'items.list', params: { thread_id: conv, order: 'asc' } })).json();
    const shown = items.data.find((i: { type: string }) => i.type === 'user_message').attachments[0];
    const preview = await fetch(shown.preview_url, { headers: { origin: 'https://cdn.platform.openai.com' } });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/webp');
    expect(preview.headers.get('access-control-allow-origin')).toBe('*');
    const meta = await (await import('sharp')).default(Buffer.from(await preview.arrayBuffer())).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(512);
    ids.chatkit = att.id;
  });

  it('the zip export carries the files read back from the bucket', async () => {
    const res = await fetch(`${api()}/export?format=zip`, { headers: auth() });
    expect(res.status).toBe(200);
    const entries = await unzip(Buffer.from(await res.arrayBuffer()));
    const exp = JSON.parse(entries.get('conversation.json')!.toString());
    expect(exp.attachments.map((a: { id: string }) => a.id).sort()).toEqual([ids.twoStep, ids.chatkit].sort());
    for (const a of exp.attachments) expect(fx.sha256(entries.get(a.path)!)).toBe(a.sha256);
  });

  it('delete removes the object and its thumbnail from the bucket', async () => {
    const res = await fetch(`${api()}/attachment/${ids.twoStep}/delete`, { method: 'POST', headers: auth() });
    expect(res.status).toBe(200);
    expect(s3.keys().filter((k) => k.includes(ids.twoStep!))).toEqual([]);
    expect(s3.keys()).toContain(ids.chatkit);
  });

  it('the janitor removes abandoned uploads and orphaned objects from the bucket, and keeps what rows refer to', async () => {
    // An upload announced and PUT to the bucket but never completed, and an object no row knows.
    const abandoned = newId('atc');
    await db().attachment.create({ data: { id: abandoned, userId: ada.id, threadId: conv, status: 'pending', kind: 'file', mime: 'text/plain', storageKey: abandoned, name: 'left.txt', source: 'two_step', declaredSize: 5 } });
    const client = new S3Client({ region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `incoming/${abandoned}`, Body: 'hello' }));
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'atc_orphan0123456789abcdef', Body: 'nobody' }));
    client.destroy();
    // Cut-off "now" (maxAgeHours 0) past an upload URL's lifetime: everything above is old enough to go.
    const report = await runJanitor({ maxAgeHours: 0, now: Date.now() + (env().UPLOAD_URL_TTL_SECONDS + 1) * 1000 });
    expect(report.pendingRemoved).toBe(1);
    expect(report.orphansRemoved).toBeGreaterThanOrEqual(1);
    expect(s3.keys()).toEqual([ids.chatkit, `${ids.chatkit}.thumb`].sort());
    expect(await db().attachment.findUnique({ where: { id: abandoned } })).toBeNull();
  });
});
