// Personal API tokens. Only a SHA-256 of the token is stored; the token itself is shown once.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import { notFound } from '@/lib/errors';

const TOKEN_PREFIX = 'pmk_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type CreatedToken = { id: string; token: string; label: string; expiresAt: Date | null };

export async function createApiToken(
  userId: string,
  opts: { label?: string; kind?: 'personal' | 'chatkit'; ttlSeconds?: number } = {},
): Promise<CreatedToken> {
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
      expiresAt,
    },
  });
  return { id: row.id, token, label: row.label, expiresAt };
}

export async function listApiTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId, revokedAt: null, kind: 'personal' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, label: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
}

/** Revoke a token; with userId, only that user's token (missing and not-yours look the same). */
export async function revokeApiToken(id: string, userId?: string): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id, revokedAt: null, ...(userId ? { userId } : {}) },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound('Token not found');
}

/** The live token row for a presented token, or null. */
export async function findLiveToken(token: string) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db().apiToken.findUnique({ where: { hash: hashToken(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  return row;
}

/** Record use, at most once a minute per token, so hot paths do not write on every request. */
export async function touchToken(row: { id: string; lastUsedAt: Date | null }): Promise<void> {
  if (row.lastUsedAt && Date.now() - row.lastUsedAt.getTime() < 60_000) return;
  await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
}
