// The bad-input table: malformed requests over every /api endpoint get a 4xx JSON error, never a 500.
// (Sign-in goes through next-auth, which needs Next's request context; its guard is tested in auth-throttle.test.ts.)
// Every answer is a 4xx with the JSON error body — never a 5xx, never an empty or HTML error — and nothing is
// left behind in the database.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createDiagram } from '@/lib/diagrams';
import { prismaStore } from '@/lib/store/chatkit-store';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { createThread, seedAttachment } from './chatkit-helpers';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
// raw: the route also takes a non-JSON body (a raw upload), so text/plain is a valid request there.
type Endpoint = { path: string; methods: Method[]; auth: boolean; json?: boolean; raw?: boolean };
type Case = {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Exact status when the input decides it; otherwise any 4xx. */
  status?: number;
  allow?: boolean;
};

let app: AppServer;
let ada: TestUser;
let ids: Record<string, string>;
let before: Record<string, number>;

const counts = async () => ({
  threads: await db().thread.count(),
  items: await db().threadItem.count(),
  attachments: await db().attachment.count(),
  diagrams: await db().diagram.count(),
  revisions: await db().diagramRevision.count(),
  tokens: await db().apiToken.count(),
  users: await db().user.count(),
});

beforeAll(async () => {
  app = await startAppServer();
  ada = await makeUser({ admin: true });
  const diagram = await createDiagram(ada.id, { name: 'Bad input target' });
  const { threadId, userItemId } = await createThread(app, ada, 'A thread to aim at');
  const attachment = await seedAttachment(ada.id);
  const token = await db().apiToken.findFirstOrThrow({ where: { userId: ada.id } });
  ids = {
    diagram: diagram.id,
    revision: diagram.revision!.id,
    thread: threadId,
    item: userItemId,
    attachment,
    token: token.id,
    user: ada.id,
  };
  await prismaStore.loadThread(ada.id, threadId);
  before = await counts();
});
afterAll(() => app.close());

// Every route, with `{x}` placeholders for the ids it takes.
const ENDPOINTS: Endpoint[] = [
  { path: '/api/health', methods: ['GET'], auth: false },
  { path: '/api/me', methods: ['GET'], auth: true },
  { path: '/api/signup', methods: ['POST'], auth: false, json: true },
  { path: '/api/tokens', methods: ['GET', 'POST'], auth: true, json: true },
  { path: '/api/tokens/{token}', methods: ['DELETE'], auth: true },
  { path: '/api/diagrams', methods: ['GET', 'POST'], auth: true, json: true },
  { path: '/api/diagrams/{diagram}', methods: ['GET', 'PATCH', 'DELETE'], auth: true, json: true },
  { path: '/api/diagrams/{diagram}/duplicate', methods: ['POST'], auth: true, json: true },
  { path: '/api/diagrams/{diagram}/revisions', methods: ['GET', 'POST'], auth: true, json: true },
  { path: '/api/diagrams/{diagram}/revisions/{revision}', methods: ['GET'], auth: true },
  { path: '/api/render', methods: ['POST'], auth: true },
  { path: '/api/chatkit', methods: ['POST'], auth: true, json: true },
  { path: '/api/chatkit/token', methods: ['POST'], auth: true },
  { path: '/api/chatkit/upload', methods: ['POST'], auth: true },
  { path: '/api/chatkit/attachments/{attachment}/upload', methods: ['POST', 'PUT'], auth: false },
  { path: '/api/files/{attachment}', methods: ['GET'], auth: false },
  { path: '/api/v1/conversation/{thread}/attachment/upload', methods: ['POST'], auth: true, json: true, raw: true },
  { path: '/api/v1/conversation/{thread}/attachment/list', methods: ['GET'], auth: true },
  { path: '/api/v1/conversation/{thread}/attachment/{attachment}/fetch', methods: ['GET'], auth: true },
  { path: '/api/v1/conversation/{thread}/attachment/{attachment}/complete', methods: ['POST'], auth: true },
  { path: '/api/v1/conversation/{thread}/attachment/{attachment}/delete', methods: ['POST'], auth: true },
  { path: '/api/v1/conversation/{thread}/export', methods: ['GET'], auth: true },
  { path: '/api/admin/users', methods: ['GET', 'POST'], auth: true, json: true },
  { path: '/api/me/password', methods: ['POST'], auth: true, json: true },
  { path: '/api/me/sessions', methods: ['DELETE'], auth: true },
  { path: '/api/admin/users/{user}', methods: ['PATCH'], auth: true, json: true },
  { path: '/api/admin/stats', methods: ['GET'], auth: true },
  { path: '/api/admin/feedback', methods: ['GET'], auth: true },
  { path: '/api/admin/audit', methods: ['GET'], auth: true },
  { path: '/api/admin/conversations', methods: ['GET'], auth: true },
  { path: '/api/admin/conversations/{thread}', methods: ['GET'], auth: true },
  { path: '/api/admin/conversations/{thread}/flag', methods: ['PUT', 'DELETE'], auth: true, json: true },
  { path: '/api/admin/export', methods: ['GET'], auth: true },
  { path: '/api/admin/revisions/{revision}', methods: ['GET'], auth: true },
];

const ALL: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const fill = (path: string, override?: string) => path.replace(/\{(\w+)\}/g, (_m, k: string) => override ?? ids[k]!);
const hasIds = (e: Endpoint) => /\{\w+\}/.test(e.path);
const bodyMethod = (m: string) => m !== 'GET' && m !== 'DELETE';

function cases(): Case[] {
  const out: Case[] = [];
  const auth = () => ({ authorization: `Bearer ${ada.token}` });
  for (const e of ENDPOINTS) {
    // A method the route does not have: 405 JSON that names the ones it does.
    for (const m of ALL.filter((m) => !e.methods.includes(m)).slice(0, 2)) {
      out.push({ name: `${m} ${e.path} (not allowed)`, method: m, path: fill(e.path), headers: auth(), status: 405, allow: true });
    }
    for (const m of e.methods) {
      if (hasIds(e)) {
        for (const [what, id] of [
          ['NUL in id', 'atc%00x'],
          ['invalid %-encoding in id', 'a%E0%A4%A'],
          ['lone surrogate (%ED%A0%80) in id', '%ED%A0%80'],
          ['stray % in id', '100%'],
        ] as const) {
          out.push({ name: `${m} ${e.path} ${what}`, method: m, path: fill(e.path, id), headers: auth(), status: 400 });
        }
        out.push({ name: `${m} ${e.path} unknown well-formed id`, method: m, path: fill(e.path, 'zz_0123456789abcdef0123'), headers: auth() });
      }
      out.push({ name: `${m} ${e.path} NUL in a query parameter`, method: m, path: `${fill(e.path)}?q=a%00b&cursor=%00`, headers: auth(), status: 400 });
      out.push({ name: `${m} ${e.path} invalid %-encoding in the path`, method: m, path: `${fill(e.path)}/%zz`, headers: auth() });
      if (e.auth) {
        for (const [what, cookie] of [
          ['malformed session cookie', 'next-auth.session-token=%E0%A4%A'],
          ['session cookie with NUL', 'next-auth.session-token=abc%00def'],
          ['garbage session cookie', 'next-auth.session-token=not.a.jwt'],
        ] as const) {
          out.push({ name: `${m} ${e.path} ${what}`, method: m, path: fill(e.path), headers: { cookie }, status: 401 });
        }
        out.push({ name: `${m} ${e.path} malformed bearer`, method: m, path: fill(e.path), headers: { authorization: 'Bearer' }, status: 401 });
      }
      if (bodyMethod(m) && e.json) {
        const j = { ...auth(), 'content-type': 'application/json' };
        out.push({ name: `${m} ${e.path} invalid JSON`, method: m, path: fill(e.path), headers: j, body: '{"name": ' });
        out.push({ name: `${m} ${e.path} JSON array`, method: m, path: fill(e.path), headers: j, body: '[1,2]' });
        out.push({ name: `${m} ${e.path} NUL in a JSON string`, method: m, path: fill(e.path), headers: j, body: '{"name":"a\\u0000b","label":"a\\u0000b","email":"a\\u0000@b.c","password":"pass\\u0000word1234"}', status: 400 });
        out.push({ name: `${m} ${e.path} lone surrogate in a JSON string`, method: m, path: fill(e.path), headers: j, body: '{"name":"\\ud800","label":"\\udc00x","email":"\\ud800@b.c"}', status: 400 });
        out.push({ name: `${m} ${e.path} NUL in a JSON key`, method: m, path: fill(e.path), headers: j, body: '{"a\\u0000":1}', status: 400 });
        if (!e.raw) out.push({ name: `${m} ${e.path} JSON as text/plain`, method: m, path: fill(e.path), headers: { ...auth(), 'content-type': 'text/plain' }, body: '{}' });
      }
    }
  }
  // Paths no route serves: the catch-all answers a JSON 404.
  for (const p of ['/api/nope', '/api/diagrams/x/nope/deeper', '/api/v1', '/api/v1/conversation', '/api/admin/nothing', '/api/tokens/a/b', '/api/%E2%82%AC']) {
    for (const m of ['GET', 'POST', 'DELETE']) out.push({ name: `${m} ${p} (no such route)`, method: m, path: p, headers: auth(), status: 404 });
  }
  // Every ChatKit request type, with unstorable text or ids, and with missing/ill-typed params.
  const types = [
    'threads.create', 'threads.add_user_message', 'threads.add_client_tool_output', 'threads.add_structured_input',
    'threads.retry_after_item', 'threads.custom_action', 'threads.sync_custom_action', 'threads.get_by_id', 'threads.list',
    'threads.update', 'threads.delete', 'items.list', 'items.feedback', 'attachments.create', 'attachments.delete', 'input.transcribe',
  ];
  const ck = (body: unknown): Pick<Case, 'method' | 'path' | 'headers' | 'body'> => ({
    method: 'POST',
    path: '/api/chatkit',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const input = (t: string) => ({ content: [{ type: 'input_text', text: t }], attachments: [], inference_options: {} });
  for (const type of types) {
    const params = {
      thread_id: ids.thread, item_id: ids.item, item_ids: [ids.item], kind: 'negative', title: 'x', input: input('hi'),
      result: {}, action: { type: 'x' }, name: 'a.png', size: 10, mime_type: 'image/png', attachment_id: ids.attachment,
      audio_base64: '', limit: 5,
    };
    out.push({ name: `chatkit ${type} NUL in every string`, ...ck({ type, params: deepMap(params, (s) => `${s}\u0000`) }), status: 400 });
    out.push({ name: `chatkit ${type} lone surrogate in every string`, ...ck({ type, params: deepMap(params, (s) => `${s}\ud800`) }), status: 400 });
    out.push({ name: `chatkit ${type} no params`, ...ck({ type }) });
    out.push({ name: `chatkit ${type} params of the wrong type`, ...ck({ type, params: { thread_id: 7, item_id: [], input: 'x', limit: 'many' } }) });
    out.push({ name: `chatkit ${type} NUL in metadata`, ...ck({ type, params, metadata: { diagram_id: 'dgm\u0000' } }), status: 400 });
  }
  out.push({ name: 'chatkit threads.create with NUL text', ...ck({ type: 'threads.create', params: { input: input('hello\u0000world') } }), status: 400 });
  out.push({ name: 'chatkit threads.create with a lone surrogate', ...ck({ type: 'threads.create', params: { input: input('broken \udfff') } }), status: 400 });
  out.push({ name: 'chatkit add_user_message with NUL thread id', ...ck({ type: 'threads.add_user_message', params: { thread_id: 'thr_\u0000', input: input('x') } }), status: 400 });
  out.push({ name: 'chatkit unknown type', ...ck({ type: 'threads.explode', params: {} }), status: 400 });
  out.push({ name: 'chatkit attachments.create with RTL override', ...ck({ type: 'attachments.create', params: { name: 'a\u202egnp.exe', size: -1, mime_type: 'image/png' } }) });
  return out;
}

function deepMap(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => deepMap(x, f));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepMap(x, f)]));
  return v;
}

/** A raw request: the path goes out exactly as written (fetch would re-encode it). */
function send(c: Pick<Case, 'method' | 'path' | 'headers' | 'body'>): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  const u = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method: c.method, path: c.path, headers: { ...c.headers, ...(c.body !== undefined ? { 'content-length': Buffer.byteLength(c.body) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(c.body);
  });
}

describe('the bad-input table', () => {
  it('has at least 250 cases', () => {
    const n = cases().length;
    console.log(`bad-input cases: ${n}`);
    expect(n).toBeGreaterThanOrEqual(250);
  });

  it('answers every case with a 4xx JSON error, never a 5xx', async () => {
    const failures: string[] = [];
    const all = cases();
    for (const c of all) {
      const res = await send(c);
      const problem = (() => {
        if (res.status >= 500) return `${res.status}: ${res.text.slice(0, 200)}`;
        if (c.status !== undefined && res.status !== c.status) return `expected ${c.status}, got ${res.status}: ${res.text.slice(0, 200)}`;
        if (res.status < 400) return `accepted with ${res.status}: ${res.text.slice(0, 120)}`;
        let body: { error?: { code?: unknown; message?: unknown } };
        try {
          body = JSON.parse(res.text);
        } catch {
          return `${res.status} body is not JSON: ${JSON.stringify(res.text.slice(0, 120))}`;
        }
        if (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string') return `${res.status} body lacks error.code/message: ${res.text.slice(0, 120)}`;
        if (!String(res.headers['content-type']).startsWith('application/json')) return `content-type ${res.headers['content-type']}`;
        if (c.allow && !res.headers['allow']) return '405 without Allow';
        return null;
      })();
      if (problem) failures.push(`${c.name} → ${problem}`);
    }
    expect(failures).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(250);
  }, 180_000);

  it('leaves nothing behind', async () => {
    expect(await counts()).toEqual(before);
  });

  it('answers an early 413 for an over-limit Content-Length with its JSON body', async () => {
    const u = new URL(app.url);
    for (const path of ['/api/chatkit', '/api/diagrams', '/api/tokens', '/api/render']) {
      const raw = await new Promise<string>((resolve, reject) => {
        const sock = net.connect(Number(u.port), u.hostname, () => {
          sock.write(
            `POST ${path} HTTP/1.1\r\nHost: ${u.host}\r\nAuthorization: Bearer ${ada.token}\r\n` +
              `Content-Type: ${path === '/api/render' ? 'image/svg+xml' : 'application/json'}\r\nContent-Length: 900000000\r\n\r\n{"a":1}`,
          );
        });
        let buf = '';
        sock.on('data', (d) => (buf += d.toString('utf8')));
        sock.on('end', () => resolve(buf));
        sock.on('close', () => resolve(buf));
        sock.on('error', reject);
      });
      expect(raw, path).toMatch(/^HTTP\/1\.1 413/);
      const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
      expect(body, path).toMatch(/"code":"limitsReached"/);
    }
  });
});
