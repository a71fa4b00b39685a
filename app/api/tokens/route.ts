import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, readJson, route, z } from '@/lib/http/route';
import { throttleTokenCreation } from '@/lib/auth/throttle';
import { TOKEN_SCOPES } from '@/lib/auth/scopes';
import { createApiToken, listApiTokens } from '@/lib/auth/tokens';

export const dynamic = 'force-dynamic';

/** GET /api/tokens — the caller's personal API tokens (never the token values). */
export const GET = route(async (req) => {
  const user = await requireUser(req);
  return Response.json({ data: await listApiTokens(user.id) }, { headers: { 'Cache-Control': 'no-store' } });
});

const createSchema = z.object({
  label: z.string().trim().min(1, 'give the token a name').max(80, 'use at most 80 characters'),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
  scope: z.enum(TOKEN_SCOPES).default('full'),
});

/** POST /api/tokens {label, expiresInDays?, scope?: full|read|chat} — the token value is in this response only. */
export const POST = route(async (req) => {
  const user = await requireUser(req);
  const body = await readJson(req, createSchema, 8 * 1024);
  await throttleTokenCreation(user.id);
  const t = await createApiToken(user.id, {
    label: body.label,
    kind: 'personal',
    scope: body.scope,
    ttlSeconds: body.expiresInDays ? body.expiresInDays * 86400 : undefined,
  });
  return Response.json({ id: t.id, token: t.token, label: t.label, scope: t.scope, expiresAt: t.expiresAt }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
