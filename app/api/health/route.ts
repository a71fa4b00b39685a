import { db, dbKind } from '@/lib/db';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  await db().$queryRaw`SELECT 1`;
  return Response.json({ ok: true, db: dbKind() }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
