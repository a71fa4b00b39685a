// The credential cache: a revoke, disable, role change or "sign out everywhere" takes effect at once on
// the process that made it, and on any other process (here: a direct database edit, as another replica makes it)
// once CREDENTIAL_CACHE_TTL_MS has passed. The clock is the cache's own, moved by the test.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/auth/tokens';
import { CREDENTIAL_CACHE_TTL_MS, cachedCredential, configureCredentialCache, forgetUser } from '@/lib/auth/credential-cache';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';

let app: AppServer;
let admin: TestUser;
let clock = 1_000_000;
beforeAll(async () => {
  app = await startAppServer();
  admin = await makeUser({ admin: true });
});
afterAll(() => app.close());
beforeEach(() => configureCredentialCache({ now: () => clock }));
afterEach(() => configureCredentialCache({ now: Date.now }));

const me = (headers: Record<string, string>) => fetch(`${app.url}/api/me`, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const asAdmin = (method: string, path: string, body?: unknown) =>
  fetch(`${app.url}${path}`, {
    method,
    headers: { ...bearer(admin.token), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('on the process that makes the change: at once', () => {
  it('revoking a token through the API', async () => {
    const u = await makeUser();
    const t = await createApiToken(u.id, { label: 'cached' });
    expect((await me(bearer(t.token))).status).toBe(200);
    expect((await me(bearer(t.token))).status).toBe(200); // now served from the cache
    const del = await fetch(`${app.url}/api/tokens/${t.id}`, { method: 'DELETE', headers: bearer(u.token) });
    expect(del.status).toBeLessThan(300);
    const res = await me(bearer(t.token));
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/revoked/);
    expect((await me(bearer(u.token))).status).toBe(200); // the user's other token is untouched
  });

  it('disabling a user: token and cookie', async () => {
    const u = await makeUser();
    expect((await me(bearer(u.token))).status).toBe(200);
    expect((await me({ cookie: u.cookie })).status).toBe(200);
    expect((await asAdmin('PATCH', `/api/admin/users/${u.id}`, { disabled: true })).status).toBe(200);
    expect((await me(bearer(u.token))).status).toBe(401);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
  });

  it('a role change: the cookie ends, the token answers with the new role', async () => {
    const u = await makeUser();
    expect((await (await me(bearer(u.token))).json()).role).toBe('USER');
    expect((await me({ cookie: u.cookie })).status).toBe(200);
    expect((await asAdmin('PATCH', `/api/admin/users/${u.id}`, { role: 'ADMIN' })).status).toBe(200);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
    expect((await (await me(bearer(u.token))).json()).role).toBe('ADMIN');
  });

  it('"sign out everywhere" ends a cached session cookie', async () => {
    const u = await makeUser();
    expect((await me({ cookie: u.cookie })).status).toBe(200);
    const res = await fetch(`${app.url}/api/me/sessions`, { method: 'DELETE', headers: { cookie: u.cookie, origin: app.url } });
    expect(res.status).toBe(204);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
  });
});

describe('from another replica (a direct database change): within the documented bound', () => {
  it('a revoked token is refused once CREDENTIAL_CACHE_TTL_MS has passed, not before', async () => {
    const u = await makeUser();
    const t = await createApiToken(u.id, { label: 'elsewhere' });
    expect((await me(bearer(t.token))).status).toBe(200);
    await db().apiToken.update({ where: { id: t.id }, data: { revokedAt: new Date() } });
    clock += CREDENTIAL_CACHE_TTL_MS - 1;
    expect((await me(bearer(t.token))).status).toBe(200); // the bound, as documented
    clock += 1;
    expect((await me(bearer(t.token))).status).toBe(401);
  });

  it('a user disabled elsewhere is refused once the bound has passed, by token and by cookie', async () => {
    const u = await makeUser();
    expect((await me(bearer(u.token))).status).toBe(200);
    expect((await me({ cookie: u.cookie })).status).toBe(200);
    await db().user.update({ where: { id: u.id }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
    clock += CREDENTIAL_CACHE_TTL_MS;
    expect((await me(bearer(u.token))).status).toBe(401);
    expect((await me({ cookie: u.cookie })).status).toBe(401);
  });
});

describe('cachedCredential', () => {
  it('keeps only what `keep` accepts, never past the credential expiry, and not a lookup overtaken by a forget', async () => {
    let loads = 0;
    const load = async () => ({ n: ++loads });
    // Refusals are not cached: each call asks again.
    await cachedCredential('k:refused', load, () => null);
    await cachedCredential('k:refused', load, () => null);
    expect(loads).toBe(2);

    // A credential that expires before the lifetime ends is kept only until its expiry.
    const expiresAt = new Date(clock + 1000);
    const first = await cachedCredential('k:short', load, () => ({ userId: 'u1', expiresAt }));
    clock += 999;
    expect(await cachedCredential('k:short', load, () => ({ userId: 'u1', expiresAt }))).toBe(first);
    clock += 1;
    expect(await cachedCredential('k:short', load, () => ({ userId: 'u1', expiresAt }))).not.toBe(first);

    // A lookup that started before forgetUser may have read the old row: its result is used once, not kept.
    let release!: () => void;
    const slow = cachedCredential('k:race', () => new Promise<{ n: number }>((r) => (release = () => r({ n: -1 }))), () => ({ userId: 'u2' }));
    forgetUser('u2');
    release();
    expect((await slow).n).toBe(-1);
    const after = await cachedCredential('k:race', load, () => ({ userId: 'u2' }));
    expect(after.n).toBeGreaterThan(0);
  });
});
