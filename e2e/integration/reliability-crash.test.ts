// kill -9 mid-upload, with real processes: an app process dies while receiving a two-phase upload (ChatKit upload
// URL) and a direct multipart upload. After a restart the two-phase upload answers 409 with Retry-After until its
// claim lapses (the upload URL's lifetime), then the owner's retry completes it and a message can use it; the
// janitor's timer inside the restarted server removes the dead direct upload and both temp files — 0 orphans.
// (Mid-stream kills: concurrency-turns.test.ts, also part of `npm run test:reliability`.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureDatabase, db } from '@/lib/db';
import { keysInUse } from '@/lib/store/attachments';
import { sharedDatabase, startChildApp, stopChildApps, type ChildApp, type SharedDb } from '../support/processes';
import { streamOf } from './chatkit-helpers';

// The upload URL lifetime, after which the claim lapses: long enough that the restart (tens of seconds on a busy
// machine) is over before it, so the 409 is seen.
const TTL_SECONDS = 60;
const SIZE = 256 * 1024;
const CONTENT = Buffer.from('All work and no play makes a process crash.\n'.repeat(SIZE / 44 + 1)).subarray(0, SIZE);

/** A request body that sends `first` and then never ends (the server is killed while it waits for the rest). */
function hangingBody(first: Buffer): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array(first));
    },
  });
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('kill -9 mid-upload', () => {
  let shared: SharedDb;
  let files: string;
  const tmp = () => path.join(files, 'tmp');
  const tempsOf = (id: string) => (fs.existsSync(tmp()) ? fs.readdirSync(tmp()).filter((n) => n.startsWith(`${id}.`)) : []);
  const env = (extra: Record<string, string> = {}) => ({
    ...shared.env,
    FILES_DIR: files,
    UPLOAD_URL_TTL_SECONDS: String(TTL_SECONDS),
    CHILD_SEED_EMAIL: 'crash@example.test',
    ...extra,
  });

  beforeAll(async () => {
    shared = await sharedDatabase();
    files = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-rel-files-'));
  }, 120_000);
  afterAll(async () => {
    await stopChildApps();
    await shared?.drop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('restart → 409 with Retry-After, then the retry works and the thread is readable; the janitor leaves 0 orphans', async () => {
    let a: ChildApp | undefined = await startChildApp(env());
    const auth = (app: ChildApp) => ({ authorization: `Bearer ${app.user!.token}` });
    const chatkit = (app: ChildApp, body: unknown) =>
      fetch(`${app.url}/api/chatkit`, { method: 'POST', headers: { ...auth(app), 'content-type': 'application/json' }, body: JSON.stringify(body) });

    // Two uploads in flight when the process dies: a two-phase PUT to the signed upload URL, and a direct multipart upload.
    const created = await (await chatkit(a, { type: 'attachments.create', params: { name: 'notes.txt', size: SIZE, mime_type: 'text/plain' } })).json();
    expect(created.upload_descriptor?.url).toBeTruthy();
    const inFlight: Promise<unknown>[] = [];
    inFlight.push(fetch(created.upload_descriptor.url, { method: 'PUT', body: hangingBody(CONTENT.subarray(0, SIZE / 2)), duplex: 'half' } as RequestInit).catch(() => {}));
    const boundary = 'procmod-crash-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="direct.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    inFlight.push(
      fetch(`${a.url}/api/chatkit/upload`, {
        method: 'POST',
        headers: { ...auth(a), 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: hangingBody(Buffer.concat([head, CONTENT.subarray(0, SIZE / 2)])),
        duplex: 'half',
      } as RequestInit).catch(() => {}),
    );
    // Both are being written to temp files (the two-phase one is claimed by then: the claim comes first).
    await until('the two-phase temp file', () => tempsOf(created.id).length === 1);
    const directTemp = await until('the direct upload temp file', () =>
      fs.existsSync(tmp()) ? fs.readdirSync(tmp()).find((n) => !n.startsWith(`${created.id}.`)) : undefined,
    );
    const directId = directTemp.split('.')[0]!;
    await a.kill9();
    a = undefined;
    await Promise.all(inFlight);
    expect(tempsOf(created.id)).toHaveLength(1);
    expect(tempsOf(directId)).toHaveLength(1);

    // The restarted server runs the janitor's timer every second, as `npm start` does every JANITOR_INTERVAL_SECONDS.
    const b = await startChildApp(env({ JANITOR_INTERVAL_SECONDS: '1' }));
    const ownerPut = () => fetch(`${b.url}/api/chatkit/attachments/${created.id}/upload`, { method: 'PUT', headers: auth(b), body: CONTENT });
    const first = await ownerPut();
    if (first.status === 409) {
      const retryAfter = Number(first.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(TTL_SECONDS);
      expect((await first.json()).error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already in progress.*retry after/) });
    } else {
      // Only on a machine so slow that the restart took longer than the claim's lifetime.
      expect(first.status).toBe(200);
    }
    // Retry as Retry-After says (the answer decides, not a fixed wait).
    const done = first.status === 200 ? first : await until('the claim to lapse', async () => {
      const res = await ownerPut();
      return res.status === 409 ? null : res;
    }, 400);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ id: created.id, name: 'notes.txt', mime_type: 'text/plain' });

    // The retried attachment goes into a message; the thread reads back with it.
    const events = await streamOf(
      await chatkit(b, { type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'What is in the file?' }], attachments: [created.id], inference_options: {} } } }),
    );
    const thread = events.find((e) => e.type === 'thread.created') as { thread: { id: string } } | undefined;
    expect(thread).toBeTruthy();
    const items = (await (await chatkit(b, { type: 'items.list', params: { thread_id: thread!.thread.id, order: 'asc', limit: 20 } })).json()).data;
    expect(items[0]).toMatchObject({ type: 'user_message', attachments: [expect.objectContaining({ id: created.id })] });
    expect(items.map((i: { type: string }) => i.type)).toContain('assistant_message');

    // The janitor (in b, on its timer) removes the dead direct upload and both dead temp files.
    await until('the janitor to remove the dead uploads', () => !tempsOf(created.id).length && !tempsOf(directId).length, 600);
    await until('the janitor to report the direct upload', () => /"interruptedRemoved":[1-9]/.test(b.output()), 600);
    expect(b.output()).toMatch(/JANITOR \{[^\n]*"outcome":"swept"/);
    await b.stop();

    // 0 orphans: no pending row, no temp file, and every stored object belongs to a row.
    await configureDatabase(shared.kind === 'postgresql' ? { kind: 'postgresql', url: shared.env.DATABASE_URL! } : { kind: 'pglite', dataDir: shared.env.PGLITE_DIR! });
    expect(await db().attachment.count({ where: { status: 'pending' } })).toBe(0);
    expect(await db().attachment.findUnique({ where: { id: directId } })).toBeNull();
    expect(await db().attachment.findUnique({ where: { id: created.id } })).toMatchObject({ status: 'ready', size: SIZE });
    expect(fs.existsSync(tmp()) ? fs.readdirSync(tmp()) : []).toEqual([]);
    const objects = fs.readdirSync(path.join(files, 'objects'));
    expect(objects.length).toBeGreaterThan(0);
    const used = await keysInUse(objects);
    expect(objects.filter((k) => !used.has(k))).toEqual([]);
    console.log(`[reliability] kill -9 mid-upload (${shared.kind}): after restart ${first.status}${first.status === 409 ? ` + Retry-After ${first.headers.get('retry-after')} s` : ' (claim had lapsed)'}, retry 200, janitor: 0 orphans`);
  }, 420_000);
});
