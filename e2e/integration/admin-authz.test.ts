import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { authHeaders, makeUser, type TestUser } from '../support/users';
import { seedConversation, type Seeded } from './admin-fixtures';

let app: AppServer;
let admin: TestUser;
let user: TestUser;
let conv: Seeded;

beforeAll(async () => {
  app = await startAppServer();
  admin = await makeUser({ admin: true });
  user = await makeUser();
  conv = await seedConversation(user.id, { turns: [{ user: 'How do I model a timer?', answer: 'Use a timer event.' }] });
});
afterAll(() => app.close());

type Endpoint = { method: string; path: () => string; body?: unknown; ok: number };

// Every admin endpoint. The order matters for the ADMIN pass: the flag is set before it is cleared.
const endpoints: Endpoint[] = [
  { method: 'GET', path: () => '/api/admin/conversations', ok: 200 },
  { method: 'GET', path: () => `/api/admin/conversations/${conv.threadId}`, ok: 200 },
  { method: 'PUT', path: () => `/api/admin/conversations/${conv.threadId}/flag`, body: { status: 'open', note: 'check' }, ok: 200 },
  { method: 'DELETE', path: () => `/api/admin/conversations/${conv.threadId}/flag`, ok: 204 },
  { method: 'GET', path: () => '/api/admin/feedback', ok: 200 },
  { method: 'GET', path: () => '/api/admin/stats', ok: 200 },
  { method: 'GET', path: () => '/api/admin/users', ok: 200 },
  { method: 'PATCH', path: () => `/api/admin/users/${user.id}`, body: { disabled: false }, ok: 200 },
  { method: 'GET', path: () => '/api/admin/audit', ok: 200 },
  { method: 'GET', path: () => '/api/admin/export', ok: 200 },
  { method: 'GET', path: () => `/api/admin/revisions/${conv.revisionId}`, ok: 200 },
];

function call(e: Endpoint, headers: Record<string, string>) {
  return fetch(app.url + e.path(), {
    method: e.method,
    headers: { ...headers, ...(e.body ? { 'content-type': 'application/json' } : {}) },
    body: e.body ? JSON.stringify(e.body) : undefined,
  });
}

describe('admin endpoint authorization', () => {
  it('answers 401 JSON to every admin endpoint without a credential', async () => {
    for (const e of endpoints) {
      const res = await call(e, {});
      expect(res.status, `${e.method} ${e.path()}`).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it('answers 404 (as if the route did not exist) to a USER, by token and by cookie', async () => {
    for (const e of endpoints) {
      for (const via of ['token', 'cookie'] as const) {
        const res = await call(e, authHeaders(user, via, app.url));
        expect(res.status, `${via} ${e.method} ${e.path()}`).toBe(404);
        expect((await res.json()).error.code).toBe('notFound');
      }
    }
  });

  it('lets an ADMIN use every admin endpoint', async () => {
    for (const e of endpoints) {
      const res = await call(e, authHeaders(admin));
      expect(res.status, `${e.method} ${e.path()}: ${res.status === e.ok ? '' : await res.clone().text()}`).toBe(e.ok);
      await res.arrayBuffer();
    }
  });

  it('refuses a cross-origin cookie write from an admin (CSRF) with 403', async () => {
    const res = await fetch(`${app.url}/api/admin/users/${user.id}`, {
      method: 'PATCH',
      headers: { cookie: admin.cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ disabled: true }),
    });
    expect(res.status).toBe(403);
  });

  it('answers 404 for a conversation, revision or user that does not exist', async () => {
    const h = authHeaders(admin);
    expect((await fetch(`${app.url}/api/admin/conversations/thr_nope`, { headers: h })).status).toBe(404);
    expect((await fetch(`${app.url}/api/admin/revisions/rev_nope`, { headers: h })).status).toBe(404);
    const res = await fetch(`${app.url}/api/admin/users/nobody`, {
      method: 'PATCH',
      headers: { ...h, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'ADMIN' }),
    });
    expect(res.status).toBe(404);
  });

  it('answers 400 naming the field for bad filters and bodies', async () => {
    const h = authHeaders(admin);
    const bad = await fetch(`${app.url}/api/admin/conversations?from=yesterday`, { headers: h });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^from:/);
    const cur = await fetch(`${app.url}/api/admin/conversations?cursor=garbage`, { headers: h });
    expect(cur.status).toBe(400);
    const flag = await fetch(`${app.url}/api/admin/conversations/${conv.threadId}/flag`, {
      method: 'PUT',
      headers: { ...h, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'panic' }),
    });
    expect(flag.status).toBe(400);
    expect((await flag.json()).error.message).toMatch(/^status:/);
  });
});

describe('personal token routes', () => {
  it('need a signed-in user, show a new token once, list it without the value, and revoke only your own', async () => {
    expect((await fetch(`${app.url}/api/tokens`)).status).toBe(401);
    const h = { ...authHeaders(user), 'content-type': 'application/json' };
    const created = await fetch(`${app.url}/api/tokens`, { method: 'POST', headers: h, body: JSON.stringify({ label: 'CI' }) });
    expect(created.status).toBe(201);
    const { id, token } = await created.json();
    expect(token).toMatch(/^pmk_/);
    const list = await (await fetch(`${app.url}/api/tokens`, { headers: h })).json();
    expect(list.data.map((t: { id: string }) => t.id)).toContain(id);
    expect(JSON.stringify(list)).not.toContain(token);
    // The new token works, another user cannot revoke it, its owner can.
    expect((await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${app.url}/api/tokens/${id}`, { method: 'DELETE', headers: authHeaders(admin) })).status).toBe(404);
    expect((await fetch(`${app.url}/api/tokens/${id}`, { method: 'DELETE', headers: h })).status).toBe(204);
    expect((await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('refuses a token without a label', async () => {
    const res = await fetch(`${app.url}/api/tokens`, {
      method: 'POST',
      headers: { ...authHeaders(user), 'content-type': 'application/json' },
      body: JSON.stringify({ label: ' ' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^label:/);
  });
});
