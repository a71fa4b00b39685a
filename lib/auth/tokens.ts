// Personal API tokens. Only a SHA-256 of the token is stored; the token itself is shown once.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db, Prisma, rawQuery } from '@/lib/db';
import { newId } from '@/lib/ids';
import { notFound } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import type { TokenScope } from '@/lib/auth/scopes';
import { forgetAllCredentials, forgetUser } from '@/lib/auth/credential-cache';

const TOKEN_PREFIX = 'pmk_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type CreatedToken = { id: string; token: string; label: string; scope: TokenScope; expiresAt: Date | null };

/** A personal token has the scope asked for (full by default); the ChatKit element's is always `chat`. */
export async function createApiToken(
  userId: string,
  opts: { label?: string; kind?: 'personal' | 'chatkit'; ttlSeconds?: number; scope?: TokenScope } = {},
): Promise<CreatedToken> {
  const scope: TokenScope = opts.kind === 'chatkit' ? 'chat' : (opts.scope ?? 'full');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = opts.ttlSeconds ? new Date(Date.now() + opts.ttlSeconds * 1000) : null;
  const row = await db().apiToken.create({
    data: {
      id: newId('tok'),
      userId,
      label: opts.label?.trim() || (opts.kind === 'chatkit' ? 'Chat panel session' : 'API token'),
      kind: opts.kind ?? 'personal',
      hash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      scope,
      expiresAt,
    },
  });
  return { id: row.id, token, label: row.label, scope, expiresAt };
}

export async function listApiTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId, revokedAt: null, kind: 'personal' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, label: true, prefix: true, scope: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
}

/** Revoke a token; with userId, only that user's token (missing and not-yours look the same). */
export async function revokeApiToken(id: string, userId?: string): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id, revokedAt: null, ...(userId ? { userId } : {}) },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound('Token not found');
  // Cached credentials (lib/auth/credential-cache.ts) hold the token's user; without it, forget them all.
  if (userId) forgetUser(userId);
  else forgetAllCredentials();
}

type LiveToken = {
  id: string;
  userId: string;
  lastUsedAt: Date | null;
  kind: string;
  scope: string;
  expiresAt: Date | null;
  user: { id: string; email: string; name: string | null; role: Role; disabledAt: Date | null };
};

/**
 * The live token for a presented token, with its user, or null. One statement through the driver (a join; Prisma's `include` would
 * be a second round trip): this runs on every API request.
 */
export async function findLiveToken(token: string): Promise<LiveToken | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const rows = await rawQuery<Omit<LiveToken, 'user'> & LiveToken['user'] & { tokenId: string; revokedAt: Date | null; expiresAt: Date | null }>(Prisma.sql`
    SELECT t."id" AS "tokenId", t."userId", t."lastUsedAt", t."revokedAt", t."expiresAt", t."kind", t."scope",
           u."id", u."email", u."name", u."role"::text AS "role", u."disabledAt"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."hash" = ${hashToken(token)}`);
  const row = rows[0];
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  return {
    id: row.tokenId,
    userId: row.userId,
    lastUsedAt: row.lastUsedAt,
    kind: row.kind,
    scope: row.scope,
    expiresAt: row.expiresAt,
    user: { id: row.id, email: row.email, name: row.name, role: row.role, disabledAt: row.disabledAt },
  };
}

/** Record use, at most once a minute per token, so hot paths do not write on every request. */
export async function touchToken(row: { id: string; lastUsedAt: Date | null }): Promise<void> {
  if (row.lastUsedAt && Date.now() - row.lastUsedAt.getTime() < 60_000) return;
  // The row may be a cached one (requireUser): the next request through it must not write again.
  row.lastUsedAt = new Date();
  await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
}
