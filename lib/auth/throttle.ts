// Throttling of sign-in, sign-up and token creation. State lives in the database (rate-limiter-flexible's Prisma
// store, table RateLimiterFlexible), so limits hold across replicas and restarts, on PGlite and PostgreSQL alike.
//
// Sign-in: failures are counted per account and per client address. After BACKOFF_AFTER failures each further
// attempt must wait 2, 4, 8 … (at most 60) seconds; at ACCOUNT_FAILURES the account is locked for LOCK_SECONDS,
// at ADDRESS_FAILURES the address is. Refusals are 429 with Retry-After; a lock-out writes an audit entry.
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/admin/audit';

export const SIGNIN_LIMITS = {
  BACKOFF_AFTER: 3,
  MAX_BACKOFF_SECONDS: 60,
  ACCOUNT_FAILURES: 10,
  ACCOUNT_WINDOW_SECONDS: 15 * 60,
  LOCK_SECONDS: 15 * 60,
  ADDRESS_FAILURES: 50,
  ADDRESS_WINDOW_SECONDS: 60 * 60,
} as const;

type Spec = { keyPrefix: string; points: number; duration: number; blockDuration?: number };

// Built per use: cheap, and always on the current client (tests swap databases between files).
function limiter(spec: Spec): RateLimiterPrisma {
  return new RateLimiterPrisma({ storeClient: db(), tableName: 'rateLimiterFlexible', clearExpiredByTimeout: false, ...spec });
}

const L = SIGNIN_LIMITS;
const account = () =>
  limiter({ keyPrefix: 'signin:account', points: L.ACCOUNT_FAILURES, duration: L.ACCOUNT_WINDOW_SECONDS, blockDuration: L.LOCK_SECONDS });
const address = () =>
  limiter({ keyPrefix: 'signin:address', points: L.ADDRESS_FAILURES, duration: L.ADDRESS_WINDOW_SECONDS, blockDuration: L.ADDRESS_WINDOW_SECONDS });
// One point; block(key, seconds) makes the next attempt wait.
const backoff = () => limiter({ keyPrefix: 'signin:backoff', points: 1, duration: L.MAX_BACKOFF_SECONDS });
const signup = () => limiter({ keyPrefix: 'signup:address', points: env().SIGNUPS_PER_HOUR, duration: 60 * 60 });
const tokenCreation = () => limiter({ keyPrefix: 'token:user', points: env().TOKENS_PER_HOUR, duration: 60 * 60 });

const normEmail = (email: string) => email.trim().toLowerCase();

/**
 * The client's address: the last X-Forwarded-For entry, which our side wrote. Without TRUST_PROXY the server in front
 * of Next (scripts/serve.mjs, forwarded.mjs) drops whatever the client sent and sets the socket's address; with it,
 * the trusted proxy appends the address it saw.
 */
export function clientAddress(req: { headers: Headers }): string {
  const last = req.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return last || (env().TRUST_PROXY ? req.headers.get('x-real-ip') : null) || 'unknown';
}

export function rateLimited(seconds: number, message: string): AppError {
  const s = Math.max(1, Math.ceil(seconds));
  return new AppError('rateLimited', `${message} Try again in ${formatWait(s)}.`, { 'Retry-After': String(s) });
}

function formatWait(s: number): string {
  if (s < 90) return `${s} second${s === 1 ? '' : 's'}`;
  return `${Math.ceil(s / 60)} minutes`;
}

/** Seconds until `key` may try again, or 0. */
async function waitFor(l: RateLimiterPrisma, key: string): Promise<number> {
  const res = await l.get(key);
  if (!res || res.consumedPoints <= l.points) return 0;
  return res.msBeforeNext / 1000;
}

/** Before checking a password: 429 while the account or the address is locked or backing off. */
export async function assertSignInAllowed(email: string, addr: string): Promise<void> {
  const acct = normEmail(email);
  const lock = await waitFor(account(), acct);
  if (lock > 0) throw rateLimited(lock, 'Too many failed sign-ins for this account; it is locked for now.');
  const addrLock = await waitFor(address(), addr);
  if (addrLock > 0) throw rateLimited(addrLock, 'Too many failed sign-ins from your network.');
  const wait = await waitFor(backoff(), acct);
  if (wait > 0) throw rateLimited(wait, 'Too many failed sign-ins for this account.');
}

/** After a wrong password (or unknown account): count it, start the backoff, and lock when over the limit. */
export async function recordSignInFailure(email: string, addr: string): Promise<void> {
  const acct = normEmail(email);
  const consumed = async (l: RateLimiterPrisma, key: string): Promise<{ points: number; locked: boolean }> => {
    try {
      const r = await l.consume(key);
      return { points: r.consumedPoints, locked: false };
    } catch (err) {
      if (err instanceof RateLimiterRes) return { points: err.consumedPoints, locked: err.consumedPoints === l.points + 1 };
      throw err;
    }
  };
  const a = await consumed(account(), acct);
  const ip = await consumed(address(), addr);
  if (a.points >= L.BACKOFF_AFTER && !a.locked) {
    await backoff().block(acct, Math.min(2 ** (a.points - L.BACKOFF_AFTER + 1), L.MAX_BACKOFF_SECONDS));
  }
  // Only the failure that crosses the line is audited, not every refused attempt after it.
  if (a.locked) await recordAudit(null, 'signin.lockout', acct, { scope: 'account', address: addr, failures: a.points, seconds: L.LOCK_SECONDS });
  if (ip.locked) await recordAudit(null, 'signin.lockout', addr, { scope: 'address', failures: ip.points, seconds: L.ADDRESS_WINDOW_SECONDS });
}

/** A correct password clears the account's failures (the address keeps its count). */
export async function recordSignInSuccess(email: string): Promise<void> {
  const acct = normEmail(email);
  await Promise.all([account().delete(acct), backoff().delete(acct)]);
}

async function consumeOr429(l: RateLimiterPrisma, key: string, message: string): Promise<void> {
  try {
    await l.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw rateLimited(err.msBeforeNext / 1000, message);
    throw err;
  }
}

/** Sign-ups per client address: SIGNUPS_PER_HOUR (10). */
export const throttleSignUp = (addr: string) => consumeOr429(signup(), addr, 'Too many sign-ups from your network.');

/** Personal tokens created per user: TOKENS_PER_HOUR (20). */
export const throttleTokenCreation = (userId: string) => consumeOr429(tokenCreation(), userId, 'Too many API tokens created.');
