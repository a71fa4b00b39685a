import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const user = await requireUser(req);
  return Response.json({ id: user.id, email: user.email, role: user.role, name: user.name });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
