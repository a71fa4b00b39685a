// cursor/limit from a query string, for the simple admin lists.
import 'server-only';
import { z } from 'zod';
import { AppError, describeZodError } from '@/lib/errors';

const schema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export function pageParams(req: Request): { cursor?: string; limit?: number } {
  const sp = new URL(req.url).searchParams;
  const parsed = schema.safeParse({ cursor: sp.get('cursor') || undefined, limit: sp.get('limit') || undefined });
  if (!parsed.success) throw new AppError('badRequest', describeZodError(parsed.error));
  return parsed.data;
}
