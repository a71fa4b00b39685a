// Revocable sessions: the session version in the JWT is checked on every request and bumped by
// disable, role change, password change and "sign out everywhere". Plus admin-created users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, sessionCookieFor, type TestUser } from '../support/users';

let app: AppServer;
let admin: TestUser;
beforeAll(async () => {
  app = await startAppServer();
  admin = await makeUser({ admin: true });
});
afterAll(() => app.close());

const PASSWORD = 'correct horse battery';
const me = (headers: Record<string, string>) => fetch(`${app.url}/api/me`, { headers });
const json = (user: TestUser, method: string, path: string, body?: unknown, via: 'cookie' | 'token' = 'cookie') =>
  fetch(`${app.url}${path}`, {
    method,
    headers: {
      ...(via === 'cookie' ? { cookie: user.cookie, origin: app.url } : { authorization: `Bearer ${user.token}` }),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const patchUser = (id: string, patch: unknown) => json(admin, 'PATCH', `/api/admin/users/${id}`, patch, 'token');

function authorize(email: string, password: string) {
  const provider = authOptions().providers[0] as unknown as { options: CredentialsConfig };
  return provider.options.authorize!({ email, password }, { headers: { 'x-forwarded-for': '198.51.100.99' } } as never);
}

describe('session versions', () => {
  it('a cookie from before a disable stays dead after the account is enabled again; a new sign-in works', async () => {
    const u = await makeUser();
    expect((await me({ cookie: u.cookie })).status).toBe(200);
    expect((await patchUser(u.id, { disabled: true })).status).toBe(200);
    expect((await patchUser(u.id, { disabled: false })).status).toBe(200);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect((await me({ cookie: await sessionCookieFor(u, row.sessionVersion) })).status).toBe(200);
    // API tokens are separate credentials: they work again once the account is enabled.
    expect((await me({ authorization: `Bearer ${u.token}` })).status).toBe(200);
  });

  it('a role change ends the sessions issued before it', async () => {
    const u = await makeUser();
    expect((await patchUser(u.id, { role: 'ADMIN' })).status).toBe(200);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
  });

  it('the JWT minted at sign-in carries the current version', async () => {
    const u = await makeUser();
    await db().user.update({ where: { id: u.id }, data: { sessionVersion: 7 } });
    const { jwt } = authOptions().callbacks!;
    const token = await jwt!({ token: { sub: u.id }, user: { id: u.id, email: u.email }, account: null } as never);
    expect(token.sv).toBe(7);
  });

  it('"sign out everywhere" ends every session cookie but not API tokens', async () => {
    const u = await makeUser();
    const second = await sessionCookieFor(u);
    const res = await json(u, 'DELETE', '/api/me/sessions');
    expect(res.status).toBe(204);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
    expect((await me({ cookie: second })).status).toBe(401);
    expect((await me({ authorization: `Bearer ${u.token}` })).status).toBe(200);
  });
});

describe('password change', () => {
  it('needs the current password, then ends every session and only the new password signs in', async () => {
    const u = await makeUser();
    const wrong = await json(u, 'POST', '/api/me/password', { currentPassword: 'not my password', newPassword: 'a brand new secret' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.message).toMatch(/current password/);
    expect((await me({ cookie: u.cookie })).status).toBe(200);

    const short = await json(u, 'POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);

    const ok = await json(u, 'POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: 'a brand new secret' });
    expect(ok.status).toBe(204);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
    expect(await authorize(u.email, PASSWORD)).toBeNull();
    expect(await authorize(u.email, 'a brand new secret')).toMatchObject({ id: u.id });
  });

  it('refuses a cross-origin password change by cookie (CSRF)', async () => {
    const u = await makeUser();
    const res = await fetch(`${app.url}/api/me/password`, {
      method: 'POST',
      headers: { cookie: u.cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'a brand new secret' }),
    });
    expect(res.status).toBe(403);
    expect(await authorize(u.email, PASSWORD)).toMatchObject({ id: u.id });
  });
});

describe('admins create users', () => {
  it('creates an account with an initial password, audited; the user can sign in with it', async () => {
    const email = `made-${Date.now()}@example.test`;
    const res = await json(admin, 'POST', '/api/admin/users', { email, password: 'initial password 1', name: 'Made By Admin' }, 'token');
    expect(res.status).toBe(201);
    const row = await res.json();
    expect(row).toMatchObject({ email, role: 'USER', name: 'Made By Admin', disabled: false });
    expect(await db().auditLog.count({ where: { action: 'user.create', target: row.id, actorId: admin.id } })).toBe(1);
    expect(await authorize(email, 'initial password 1')).toMatchObject({ id: row.id });
    const again = await json(admin, 'POST', '/api/admin/users', { email, password: 'initial password 1' }, 'token');
    expect(again.status).toBe(409);
  });

  it('is an admin-only route (404 for others) and validates the input (400)', async () => {
    const u = await makeUser();
    const before = await db().user.count();
    expect((await json(u, 'POST', '/api/admin/users', { email: 'x@example.test', password: 'initial password 1' }, 'token')).status).toBe(404);
    expect((await json(admin, 'POST', '/api/admin/users', { email: 'not-an-email', password: 'initial password 1' }, 'token')).status).toBe(400);
    expect((await json(admin, 'POST', '/api/admin/users', { email: 'y@example.test', password: 'short' }, 'token')).status).toBe(400);
    expect(await db().user.count()).toBe(before);
  });
});
