// Conversation filters, shared by the API (query string) and the pages (searchParams), so a filtered page URL and
// an API/export URL mean exactly the same thing.
import 'server-only';
import { z } from 'zod';
import { AppError, describeZodError } from '@/lib/errors';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');

const flag = z.enum(['any', 'none', 'open', 'escalated', 'resolved']);
const yes = z.enum(['1', 'true', 'on']).transform(() => true);

export const conversationFiltersSchema = z.object({
  q: z.string().trim().max(200, 'use at most 200 characters').optional(),
  user: z.string().trim().max(254).optional(),
  from: day.optional(),
  to: day.optional(),
  images: yes.optional(),
  negative: yes.optional(),
  flag: flag.optional(),
  diagram: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export type ConversationFilters = z.infer<typeof conversationFiltersSchema>;
export type FlagFilter = z.infer<typeof flag>;

export const FILTER_KEYS = ['q', 'user', 'from', 'to', 'images', 'negative', 'flag', 'diagram'] as const;

type Raw = URLSearchParams | Record<string, string | string[] | undefined>;

/** Query string or Next searchParams → filters. Empty values are dropped; bad ones are a 400 naming the field. */
export function parseConversationFilters(raw: Raw): ConversationFilters {
  const obj: Record<string, string> = {};
  const entries: [string, string | string[] | undefined][] =
    raw instanceof URLSearchParams ? [...raw.keys()].map((k) => [k, raw.get(k) ?? undefined]) : Object.entries(raw);
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value.trim() !== '') obj[k] = value;
  }
  const parsed = conversationFiltersSchema.safeParse(obj);
  if (!parsed.success) throw new AppError('badRequest', describeZodError(parsed.error));
  const f = parsed.data;
  if (f.from && f.to && f.from > f.to) throw new AppError('badRequest', 'from: must not be after "to"');
  return f;
}

/** Filters → query string (without cursor unless given), for links that keep the current filters. */
export function filtersToQuery(f: Partial<ConversationFilters>, extra: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v === undefined || v === false || v === '') continue;
    p.set(k, v === true ? '1' : String(v));
  }
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Keyset cursor over (updatedAt desc, id desc): opaque to clients. */
export function encodeCursor(updatedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const updatedAt = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(updatedAt.getTime())) throw new Error('bad');
    return { updatedAt, id };
  } catch {
    throw new AppError('badRequest', 'cursor: not a cursor from a previous page');
  }
}
