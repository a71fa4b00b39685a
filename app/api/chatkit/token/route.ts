// Mints the short-lived bearer token the ChatKit element's api.fetch sends to /api/chatkit.
// Only a signed-in browser session may mint one (a token cannot extend itself).
import { AppError } from '@/lib/errors';
import { createApiToken } from '@/lib/auth/tokens';
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const TTL_SECONDS = 600;

export const POST = route(async (req) => {
  const user = await requireUser(req);
  if (user.via !== 'session') throw new AppError('forbidden', 'Chat tokens are issued to signed-in browser sessions only.');
  const { token, expiresAt } = await createApiToken(user.id, { kind: 'chatkit', ttlSeconds: TTL_SECONDS });
  return Response.json(
    { token, expires_at: expiresAt!.toISOString(), ttl_seconds: TTL_SECONDS },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
