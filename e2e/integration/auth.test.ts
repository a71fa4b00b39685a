import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { revokeApiToken, createApiToken } from '@/lib/auth/tokens';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, sessionCookieFor } from '../support/users';

let app: AppServer;
beforeAll(async () => {
  app = await startAppServer();
});
afterAll(() => app.close());

const me = (headers: Record<string, string>) => fetch(`${app.url}/api/me`, { headers });

describe('requireUser', () => {
  it('accepts the session cookie', async () => {
    const u = await makeUser();
    const res = await me({ cookie: u.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: u.id, email: u.email, role: u.role });
  });

  it('accepts a bearer API token', async () => {
    const u = await makeUser();
    const res = await me({ authorization: `Bearer ${u.token}` });
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(u.id);
  });

  it('answers 401 JSON without any credential', async () => {
    const res = await me({});
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });

  it('answers 401 for an unknown, malformed or revoked token', async () => {
    const u = await makeUser();
    expect((await me({ authorization: 'Bearer pmk_doesnotexist' })).status).toBe(401);
    expect((await me({ authorization: 'Basic abc' })).status).toBe(401);
    const t = await createApiToken(u.id, { label: 'to revoke' });
    expect((await me({ authorization: `Bearer ${t.token}` })).status).toBe(200);
    await revokeApiToken(t.id, u.id);
    const res = await me({ authorization: `Bearer ${t.token}` });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/revoked/);
  });

  it('answers 401 for an expired short-lived token', async () => {
    const u = await makeUser();
    const t = await createApiToken(u.id, { kind: 'chatkit', ttlSeconds: 60 });
    await db().apiToken.update({ where: { id: t.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await me({ authorization: `Bearer ${t.token}` })).status).toBe(401);
  });

  it('answers 401, not 500, when the user behind a cookie or token was deleted', async () => {
    const u = await makeUser();
    await db().user.delete({ where: { id: u.id } });
    const byCookie = await me({ cookie: u.cookie });
    expect(byCookie.status).toBe(401);
    expect((await byCookie.json()).error.code).toBe('unauthorized');
    // The token row cascades away with the user; a cookie for a never-existing id behaves the same.
    expect((await me({ authorization: `Bearer ${u.token}` })).status).toBe(401);
    const ghost = await sessionCookieFor({ id: 'cl_never_existed', email: 'ghost@example.test' });
    expect((await me({ cookie: ghost })).status).toBe(401);
  });

  it('answers 401 for a disabled user, by cookie and by token', async () => {
    const u = await makeUser();
    await db().user.update({ where: { id: u.id }, data: { disabledAt: new Date() } });
    expect((await me({ cookie: u.cookie })).status).toBe(401);
    expect((await me({ authorization: `Bearer ${u.token}` })).status).toBe(401);
  });

  it('answers 401 for a tampered session cookie', async () => {
    const u = await makeUser();
    const tampered = u.cookie.slice(0, -4) + 'AAAA';
    expect((await me({ cookie: tampered })).status).toBe(401);
  });
});

describe('CSRF origin check', () => {
  it('refuses a cross-origin POST that carries a valid session cookie (403)', async () => {
    const u = await makeUser();
    const signup = await fetch(`${app.url}/api/signup`, {
      method: 'POST',
      headers: { cookie: u.cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@example.test', password: 'password123' }),
    });
    expect(signup.status).toBe(403);
    expect(await db().user.count({ where: { email: 'x@example.test' } })).toBe(0);
  });
});

describe('sign-up API', () => {
  it('creates the account and refuses a duplicate with 409', async () => {
    const body = JSON.stringify({ email: 'New.Person@Example.test', password: 'password123' });
    const headers = { 'content-type': 'application/json', origin: app.url };
    const res = await fetch(`${app.url}/api/signup`, { method: 'POST', headers, body });
    expect(res.status).toBe(201);
    expect((await res.json()).email).toBe('new.person@example.test');
    const again = await fetch(`${app.url}/api/signup`, { method: 'POST', headers, body });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('conflict');
  });

  it('names the bad field on invalid input', async () => {
    const res = await fetch(`${app.url}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.url },
      body: JSON.stringify({ email: 'not-an-email', password: 'password123' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^email:/);
  });
});
