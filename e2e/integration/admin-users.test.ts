import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { startAppServer, type AppServer } from '../support/app-server';
import { authHeaders, makeUser, type TestUser } from '../support/users';

let app: AppServer;
beforeAll(async () => {
  app = await startAppServer();
});
afterAll(() => app.close());

const patch = (who: TestUser, id: string, body: unknown) =>
  fetch(`${app.url}/api/admin/users/${id}`, {
    method: 'PATCH',
    headers: { ...authHeaders(who), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const me = (headers: Record<string, string>) => fetch(`${app.url}/api/me`, { headers });

describe('user administration', () => {
  it('disabling a user stops their token and session at once; enabling restores them; both audited', async () => {
    const admin = await makeUser({ admin: true });
    const u = await makeUser();
    expect((await me(authHeaders(u))).status).toBe(200);
    const res = await patch(admin, u.id, { disabled: true });
    expect(res.status).toBe(200);
    expect((await res.json()).disabled).toBe(true);
    expect((await me(authHeaders(u))).status).toBe(401);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
    expect((await patch(admin, u.id, { disabled: false })).status).toBe(200);
    expect((await me(authHeaders(u))).status).toBe(200);
    const log = await db().auditLog.findMany({ where: { target: u.id }, orderBy: { at: 'asc' } });
    expect(log.map((l) => [l.action, l.actorId])).toEqual([['user.disable', admin.id], ['user.enable', admin.id]]);
  });

  it('promotes and demotes, and the promoted user can use admin endpoints right away', async () => {
    const admin = await makeUser({ admin: true });
    const u = await makeUser();
    expect((await fetch(`${app.url}/api/admin/users`, { headers: authHeaders(u) })).status).toBe(404);
    expect((await patch(admin, u.id, { role: 'ADMIN' })).status).toBe(200);
    expect((await fetch(`${app.url}/api/admin/users`, { headers: authHeaders(u) })).status).toBe(200);
    expect((await patch(admin, u.id, { role: 'USER' })).status).toBe(200);
    expect((await fetch(`${app.url}/api/admin/users`, { headers: authHeaders(u) })).status).toBe(404);
    const log = await db().auditLog.findMany({ where: { target: u.id, action: 'user.role' }, orderBy: { at: 'asc' } });
    expect(log.map((l) => l.detail)).toEqual([
      expect.objectContaining({ from: 'USER', to: 'ADMIN' }),
      expect.objectContaining({ from: 'ADMIN', to: 'USER' }),
    ]);
  });

  it('refuses to demote or disable the last active admin, and to disable yourself', async () => {
    await db().user.updateMany({ where: { role: 'ADMIN' }, data: { role: 'USER' } });
    const only = await makeUser({ admin: true });
    const res = await patch(only, only.id, { role: 'USER' });
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/last active admin/);
    expect((await patch(only, only.id, { disabled: true })).status).toBe(409);
    expect((await db().user.findUniqueOrThrow({ where: { id: only.id } })).role).toBe('ADMIN');
    // With a second admin, the first may step down.
    const second = await makeUser({ admin: true });
    expect((await patch(second, second.id, { disabled: true })).status).toBe(409);
    expect((await patch(only, only.id, { role: 'USER' })).status).toBe(200);
    expect((await patch(second, second.id, { role: 'USER' })).status).toBe(409);
  });

  it('lists users with role, state and conversation count, searchable by email', async () => {
    const admin = await makeUser({ admin: true });
    const u = await makeUser({ email: 'findable-person@example.test' });
    const res = await fetch(`${app.url}/api/admin/users?q=findable`, { headers: authHeaders(admin) });
    const page = await res.json();
    expect(page.data).toEqual([expect.objectContaining({ id: u.id, role: 'USER', disabled: false, conversations: 0 })]);
  });

  it('answers 400 for an empty or malformed patch', async () => {
    const admin = await makeUser({ admin: true });
    const u = await makeUser();
    expect((await patch(admin, u.id, {})).status).toBe(400);
    expect((await patch(admin, u.id, { role: 'ROOT' })).status).toBe(400);
  });
});
