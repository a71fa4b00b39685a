import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser } from '../support/users';

let app: AppServer;
beforeAll(async () => {
  app = await startAppServer();
});
afterAll(() => app.close());

const mint = (headers: Record<string, string>) => fetch(`${app.url}/api/chatkit/token`, { method: 'POST', headers });

describe('POST /api/chatkit/token', () => {
  it('mints a ten-minute chatkit token for a signed-in session that then authenticates as that user', async () => {
    const u = await makeUser();
    const res = await mint({ cookie: u.cookie, origin: app.url });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body.token).toMatch(/^pmk_/);
    const ttl = Date.parse(body.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(590_000);
    expect(ttl).toBeLessThanOrEqual(600_000);
    const row = await db().apiToken.findFirst({ where: { userId: u.id, kind: 'chatkit' } });
    expect(row?.expiresAt).not.toBeNull();

    const me = await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${body.token}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).id).toBe(u.id);
  });

  it('refuses without a session (401) and refuses to mint from a bearer token (403)', async () => {
    const none = await mint({});
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('unauthorized');

    const u = await makeUser();
    const viaToken = await mint({ authorization: `Bearer ${u.token}` });
    expect(viaToken.status).toBe(403);
    expect((await viaToken.json()).error.message).toMatch(/browser sessions/);
  });

  it('refuses a cookie request from another origin (CSRF)', async () => {
    const u = await makeUser();
    const res = await mint({ cookie: u.cookie, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });
});
