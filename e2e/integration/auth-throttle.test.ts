// Throttling: sign-in per account and per address (backoff, then lock-out, 429 + Retry-After, audit),
// sign-up per address and token creation per user. State is in the database, so "time passing" is simulated by
// moving the stored expiry into the past — never by sleeping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { authOptions } from '@/lib/auth/options';
import { SIGNIN_LIMITS, assertSignInAllowed, recordSignInFailure } from '@/lib/auth/throttle';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser } from '../support/users';

let app: AppServer;
beforeAll(async () => {
  app = await startAppServer();
});
afterAll(() => app.close());

const PASSWORD = 'correct horse battery'; // makeUser's password

function authorize(email: string, password: string, addr = '198.51.100.7') {
  const provider = authOptions().providers[0] as unknown as { options: CredentialsConfig };
  return provider.options.authorize!({ email, password }, { headers: { 'x-forwarded-for': addr } } as never);
}

/** Holds the backoff for ten minutes, so a slow machine cannot let it run out before the next assertion. */
const holdBackoff = (email: string) =>
  db().rateLimiterFlexible.updateMany({ where: { key: `signin:backoff:${email}` }, data: { expire: new Date(Date.now() + 600_000) } });

/** Lets the backoff (not the failure count) run out, as if its seconds had passed. */
const expireBackoff = (email: string) =>
  db().rateLimiterFlexible.updateMany({ where: { key: `signin:backoff:${email}` }, data: { expire: new Date(Date.now() - 1000) } });

async function status(p: unknown): Promise<{ code: string; retryAfter: string } | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    const e = err as { code: string; headers: Record<string, string> };
    return { code: e.code, retryAfter: e.headers['Retry-After']! };
  }
}

describe('sign-in throttling', () => {
  it('backs off after a few failures, then locks the account, audits it, and refuses even the right password', async () => {
    const u = await makeUser();
    for (let i = 0; i < SIGNIN_LIMITS.BACKOFF_AFTER - 1; i++) expect(await authorize(u.email, 'wrong password!')).toBeNull();
    expect(await authorize(u.email, 'wrong password!')).toBeNull(); // the third failure starts the backoff
    expect(await holdBackoff(u.email)).toEqual({ count: 1 });
    const backingOff = await status(authorize(u.email, PASSWORD));
    expect(backingOff).toMatchObject({ code: 'rateLimited' });
    expect(Number((backingOff as { retryAfter: string }).retryAfter)).toBeGreaterThanOrEqual(1);

    for (let i = SIGNIN_LIMITS.BACKOFF_AFTER; i <= SIGNIN_LIMITS.ACCOUNT_FAILURES; i++) {
      await expireBackoff(u.email);
      expect(await authorize(u.email, 'wrong password!')).toBeNull();
    }
    await expireBackoff(u.email);
    const locked = await status(authorize(u.email, PASSWORD));
    expect(locked).toMatchObject({ code: 'rateLimited' });
    expect(Number((locked as { retryAfter: string }).retryAfter)).toBeGreaterThan(SIGNIN_LIMITS.LOCK_SECONDS - 60);
    const audit = await db().auditLog.findMany({ where: { action: 'signin.lockout', target: u.email } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ scope: 'account', address: '198.51.100.7' });

    // The lock-out ends with its window; then the right password works and clears the count.
    await db().rateLimiterFlexible.updateMany({ where: { key: { startsWith: `signin:` }, AND: { key: { endsWith: u.email } } }, data: { expire: new Date(Date.now() - 1000) } });
    expect(await authorize(u.email, PASSWORD)).toMatchObject({ id: u.id });
    expect(await db().rateLimiterFlexible.count({ where: { key: `signin:account:${u.email}` } })).toBe(0);
  }, 180_000);

  it('counts an unknown account like a wrong password (no account oracle)', async () => {
    const ghost = `nobody-${Date.now()}@example.test`;
    for (let i = 0; i < SIGNIN_LIMITS.BACKOFF_AFTER; i++) expect(await authorize(ghost, 'whatever it is')).toBeNull();
    expect(await holdBackoff(ghost)).toEqual({ count: 1 });
    expect(await status(authorize(ghost, 'whatever it is'))).toMatchObject({ code: 'rateLimited' });
  });

  it('locks a client address that fails across many accounts, and audits it once', async () => {
    const addr = '203.0.113.77';
    for (let i = 0; i <= SIGNIN_LIMITS.ADDRESS_FAILURES; i++) await recordSignInFailure(`spray-${i}@example.test`, addr);
    const u = await makeUser();
    expect(await status(assertSignInAllowed(u.email, addr))).toMatchObject({ code: 'rateLimited' });
    expect(await status(assertSignInAllowed(u.email, '203.0.113.78'))).toBe('ok');
    expect(await db().auditLog.count({ where: { action: 'signin.lockout', target: addr } })).toBe(1);
  }, 120_000);

  it('answers the sign-in POST of a locked account with 429, Retry-After and the message (next-auth {url} shape)', async () => {
    const u = await makeUser();
    for (let i = 0; i < SIGNIN_LIMITS.BACKOFF_AFTER; i++) await authorize(u.email, 'wrong password!');
    expect(await holdBackoff(u.email)).toEqual({ count: 1 });
    const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: u.email, password: PASSWORD, json: 'true' }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = await res.json();
    expect(body.error.code).toBe('rateLimited');
    expect(body.error.message).toMatch(/Try again in/);
    expect(new URL(body.url).searchParams.get('error')).toBe(body.error.message);
  });
});

describe('sign-up and token creation throttling', () => {
  it('refuses the 11th sign-up from one address within the hour with 429 + Retry-After; a client cannot pick its address', async () => {
    // Without TRUST_PROXY the address is the socket's (127.0.0.1 here): a different forged X-Forwarded-For on each
    // request lands every sign-up in the same bucket.
    const signUp = (i: number, forged: string) =>
      fetch(`${app.url}/api/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forged, 'x-real-ip': forged },
        body: JSON.stringify({ email: `su-${Date.now()}-${i}@example.test`, password: 'long enough password' }),
      });
    for (let i = 0; i < 10; i++) expect((await signUp(i, `192.0.2.${i + 1}`)).status).toBe(201);
    const res = await signUp(10, '192.0.2.200');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).error.code).toBe('rateLimited');
    expect(await db().rateLimiterFlexible.findMany({ where: { key: { startsWith: 'signup:' } }, select: { key: true } })).toEqual([
      { key: 'signup:address:127.0.0.1' },
    ]);
    // Behind a trusted proxy its X-Forwarded-For names the client: another client has a bucket of its own.
    process.env.TRUST_PROXY = 'true';
    reloadEnv();
    try {
      expect((await signUp(11, '192.0.2.45')).status).toBe(201);
      expect((await signUp(12, '203.0.113.9, 192.0.2.45')).status).toBe(201);
      expect(await db().rateLimiterFlexible.findUnique({ where: { key: 'signup:address:192.0.2.45' } })).toMatchObject({ points: 2 });
    } finally {
      delete process.env.TRUST_PROXY;
      reloadEnv();
    }
  }, 120_000);

  it('refuses the 21st token a user creates within the hour', async () => {
    const u = await makeUser();
    const create = () =>
      fetch(`${app.url}/api/tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${u.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ label: 'scripted' }),
      });
    for (let i = 0; i < 20; i++) expect((await create()).status).toBe(201);
    const res = await create();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(await db().apiToken.count({ where: { userId: u.id, kind: 'personal', label: 'scripted' } })).toBe(20);
  }, 120_000);
});
