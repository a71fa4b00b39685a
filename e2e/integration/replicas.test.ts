// Two replicas of the real app (`node scripts/start.mjs`, i.e. `npm start`) on one PostgreSQL and one S3 API
// (s3rver), and one user walked through both alternately: sign in on A, upload a screenshot on B, send on A and
// stop the stream, retry on B, load the preview from A, read the admin transcript on B. Nothing the second replica
// needs may live only in the first one's memory. Only the model is faked (a slow OpenAI-compatible server).
// Needs PostgreSQL (DATABASE_URL) and a current production build (.next, built by the Playwright step of
// `npm test`); skipped with the reason otherwise — it never builds (two starts would build into one folder at once).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDatabase, type SharedDb } from '../support/processes';
import { startS3, type S3Server } from '../support/s3';
import { startFakeOpenAI, type FakeOpenAI } from './ai-fake-openai';
import { frames, parseSse, text } from './chatkit-helpers';
import * as fx from './attachments-fixtures';

const root = path.resolve(import.meta.dirname, '..', '..');

function buildState(): string | null {
  const dist = path.join(root, process.env.NEXT_DIST_DIR || '.next');
  if (!fs.existsSync(path.join(dist, 'BUILD_ID'))) return `no production build in ${dist} (the Playwright step of npm test builds it)`;
  const want = execFileSync(process.execPath, ['-e', "import('./scripts/start.mjs').then((m) => process.stdout.write(m.sourceHash()))"], { cwd: root, env: { ...process.env, NEXTAUTH_SECRET: 'x' } }).toString();
  const stamp = path.join(dist, 'procmod-source-hash');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== want) return `the build in ${dist} is older than the sources (run a build first)`;
  return null;
}

const skipReason = !process.env.DATABASE_URL ? 'needs PostgreSQL (DATABASE_URL)' : buildState();
if (skipReason) console.log(`[replicas.test] skipped: ${skipReason}`);

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

type Replica = { name: string; url: string; proc: ChildProcess; log: () => string };

async function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NEXTAUTH_URL: url, NODE_ENV: 'production' };
  const proc = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d));
  proc.stderr!.on('data', (d: Buffer) => (out += d));
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`replica ${name} exited (${proc.exitCode}):\n${out}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { name, url, proc, log: () => out };
    await new Promise((r) => setTimeout(r, 200));
  }
  proc.kill('SIGKILL');
  throw new Error(`replica ${name} did not become healthy:\n${out}`);
}

/** Cookies from Set-Cookie headers, merged into a jar (name → value). */
function absorb(jar: Map<string, string>, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

describe.skipIf(!!skipReason)('two replicas on PostgreSQL + S3', () => {
  let shared: SharedDb;
  let s3: S3Server;
  let model: FakeOpenAI;
  let a: Replica;
  let b: Replica;
  const jar = new Map<string, string>();
  const email = 'replica-walker@example.test';
  const password = 'correct horse battery';

  beforeAll(async () => {
    shared = await sharedDatabase();
    s3 = await startS3();
    model = await startFakeOpenAI();
    model.responses = { kind: 'slow', text: 'The process starts with an order and ends when it ships to the customer.'.split(/(?<= )/), delayMs: 150 };
    const env = {
      ...shared.env,
      ...s3.env,
      NEXTAUTH_SECRET: 'replicas-secret-0123456789abcdef0123456789abcdef',
      OPENAI_API_KEY: 'sk-test-replicas',
      OPENAI_BASE_URL: model.url,
      CHAT_UI: 'builtin',
    };
    a = await startReplica('A', env);
    b = await startReplica('B', env);
  }, 300_000);

  afterAll(async () => {
    for (const r of [a, b]) {
      if (r && r.proc.exitCode === null) {
        r.proc.kill('SIGTERM');
        await new Promise((ok) => r.proc.once('exit', ok));
      }
    }
    await model?.close();
    await s3?.close();
    await shared?.drop();
  });

  /** A browser-like request: the session cookie, and the page's own origin (the CSRF origin check). */
  const as = (r: Replica, p: string, init: RequestInit = {}) =>
    fetch(`${r.url}${p}`, { ...init, headers: { cookie: cookieHeader(jar), origin: r.url, ...(init.headers as Record<string, string>) } });
  const chatkit = (r: Replica, body: unknown, signal?: AbortSignal) =>
    as(r, '/api/chatkit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });

  it('one user across both replicas: sign in, upload, send, stop, retry, preview, admin transcript', async () => {
    // Sign up and sign in on A (the first account is an admin, which the last step needs).
    const signup = await fetch(`${a.url}/api/signup`, { method: 'POST', headers: { 'content-type': 'application/json', origin: a.url }, body: JSON.stringify({ email, password }) });
    expect(signup.status).toBe(201);
    expect((await signup.json()).role).toBe('ADMIN');
    const csrf = await fetch(`${a.url}/api/auth/csrf`);
    absorb(jar, csrf);
    const { csrfToken } = await csrf.json();
    const signin = await as(a, '/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString(),
      redirect: 'manual',
    });
    absorb(jar, signin);
    expect([...jar.keys()]).toContain('next-auth.session-token');
    expect((await (await as(b, '/api/me')).json()).email).toBe(email);

    // Screenshot upload on B (ChatKit two-phase: create, PUT to the signed URL; bytes land in S3).
    const shot = await fx.png(640, 400);
    const att = await (await chatkit(b, { type: 'attachments.create', params: { name: 'Screenshot.png', size: shot.length, mime_type: 'image/png' } })).json();
    const put = await fetch(att.upload_descriptor.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: new Uint8Array(shot) });
    expect(put.status).toBe(200);
    expect(s3.keys()).toEqual(expect.arrayContaining([att.id, `${att.id}.thumb`]));

    // Send on A; the answer streams from the (slow) model; stop it after the first words.
    const ctl = new AbortController();
    const sent = await chatkit(a, { type: 'threads.create', params: { input: { ...text('What does this diagram do?'), attachments: [att.id] } } }, ctl.signal);
    expect(sent.status).toBe(200);
    let threadId = '';
    let userItemId = '';
    for await (const ev of frames(sent)) {
      if (ev.type === 'thread.created') threadId = ev.thread.id;
      if (ev.type === 'thread.item.done' && ev.item.type === 'user_message') userItemId = ev.item.id;
      if (ev.type === 'thread.item.updated' && ev.update.type === 'assistant_message.content_part.text_delta') break;
    }
    ctl.abort();
    expect(threadId && userItemId).toBeTruthy();

    // Retry on B. A finishes its cancellation work first (saving the partial answer): until then the turn is A's.
    let retried: Response | null = null;
    for (let i = 0; i < 100 && !retried; i++) {
      const r = await chatkit(b, { type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: userItemId } });
      if (r.status === 409) {
        expect((await r.json()).error.code).toBe('busy');
        await new Promise((ok) => setTimeout(ok, 200));
      } else retried = r;
    }
    expect(retried?.status).toBe(200);
    const events = parseSse(await retried!.text());
    const answer = events.flatMap((e) => (e.type === 'thread.item.done' && e.item.type === 'assistant_message' ? [e.item] : []));
    expect(answer).toHaveLength(1);
    expect(answer[0]!.content[0]!.text).toContain('ends when it ships');

    // The transcript read on A: question, then the one full answer; the preview minted by A serves from S3.
    const items = await (await chatkit(a, { type: 'items.list', params: { thread_id: threadId, order: 'asc' } })).json();
    expect(items.data.map((i: { type: string }) => i.type)).toEqual(['user_message', 'assistant_message']);
    const preview = await fetch(items.data[0].attachments[0].preview_url);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/webp');
    // A link signed by A is good on B too (one NEXTAUTH_SECRET).
    const onB = new URL(items.data[0].attachments[0].preview_url);
    expect((await fetch(`${b.url}${onB.pathname}${onB.search}`)).status).toBe(200);

    // Admin transcript on B.
    const transcript = await as(b, `/api/admin/conversations/${threadId}`);
    expect(transcript.status).toBe(200);
    const body = JSON.stringify(await transcript.json());
    expect(body).toContain('What does this diagram do?');
    expect(body).toContain('ends when it ships');
    expect(model.requests.length).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
