// A few seconds' memory of "this credential (API token or session cookie) belongs to this active user", so most
// requests skip the credential's database lookup (on PGlite every statement queues on one connection; see
// docs/benchmarks.md). Only live credentials of active users are kept, never a refusal.
//
// How long a change can go unseen:
// - in this process, not at all: revoking a token, disabling a user or changing their role, a password change and
//   "sign out everywhere" call forgetUser() in the same request;
// - on another replica (or after a direct database edit), at most CREDENTIAL_CACHE_TTL_MS: that process still has
//   its entry until it expires, then asks the database again. A token's own expiry is never overrun.
import 'server-only';
import { createHash } from 'node:crypto';

/** The bound on how long another replica may still accept a revoked token or a disabled user (docs/deploy.md). */
export const CREDENTIAL_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

type Entry = { userId: string; value: unknown; until: number };
// `forgets` counts forgetUser/forgetAll calls: a lookup that was running while one happened is not cached (it may
// have read the row before the revoke).
type Cache = { entries: Map<string, Entry>; ttlMs: number; now: () => number; forgets: number };

// On globalThis: Next bundles route handlers separately, and the route that revokes must clear the cache the
// route that authenticates reads.
const g = globalThis as unknown as { __procmodCredentialCache?: Cache };
const cache = (): Cache => (g.__procmodCredentialCache ??= { entries: new Map(), ttlMs: CREDENTIAL_CACHE_TTL_MS, now: Date.now, forgets: 0 });

/** Tests: a controllable clock, or a different lifetime (0 turns the cache off). */
export function configureCredentialCache(opts: { ttlMs?: number; now?: () => number }): void {
  const c = cache();
  if (opts.ttlMs !== undefined) c.ttlMs = opts.ttlMs;
  if (opts.now) c.now = opts.now;
  c.entries.clear();
}

/** The cache key of a secret credential: its SHA-256, so the secret itself is not kept in memory. */
export function credentialKey(kind: 'token' | 'session', secret: string): string {
  return `${kind}:${createHash('sha256').update(secret).digest('hex')}`;
}

/**
 * The cached value for `key`, else `load()`'s. `keep` says whether a loaded value may be cached — for whom, and
 * until when at the latest (a token's expiry) — or null to not cache it (unknown, revoked, disabled).
 */
export async function cachedCredential<T>(
  key: string,
  load: () => Promise<T>,
  keep: (value: T) => { userId: string; expiresAt?: Date | null } | null,
): Promise<T> {
  const c = cache();
  const now = c.now();
  const hit = c.entries.get(key);
  if (hit && hit.until > now) return hit.value as T;
  if (hit) c.entries.delete(key);
  const forgets = c.forgets;
  const value = await load();
  const owner = c.ttlMs > 0 && forgets === c.forgets ? keep(value) : null;
  if (owner) {
    const until = Math.min(now + c.ttlMs, owner.expiresAt ? owner.expiresAt.getTime() : Infinity);
    if (c.entries.size >= MAX_ENTRIES) c.entries.delete(c.entries.keys().next().value!); // oldest first
    c.entries.set(key, { userId: owner.userId, value, until });
  }
  return value;
}

/** Forget every cached credential of a user (call it in the request that revokes, disables or changes them). */
export function forgetUser(userId: string): void {
  const c = cache();
  c.forgets++;
  for (const [key, e] of c.entries) if (e.userId === userId) c.entries.delete(key);
}

/** Forget everything (a change whose user is not known here, e.g. revoking a token by id alone). */
export function forgetAllCredentials(): void {
  const c = cache();
  c.forgets++;
  c.entries.clear();
}
