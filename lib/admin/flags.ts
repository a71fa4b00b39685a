// Admin flags on conversations (open / escalated / resolved + an admin-only note). Never exposed to the owner:
// nothing outside lib/admin reads the Flag table.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { threadFlagState } from '@/lib/store/admin';
import { assertAdmin, type AdminActor } from './guard';
import { recordAudit } from './audit';

export const flagInputSchema = z.object({
  status: z.enum(['open', 'escalated', 'resolved']),
  note: z.string().max(4000, 'use at most 4000 characters').default(''),
});
export type FlagInput = z.infer<typeof flagInputSchema>;

export async function setFlag(actor: AdminActor, threadId: string, input: FlagInput) {
  assertAdmin(actor);
  const { flagStatus } = await threadFlagState(actor, threadId);
  const flag = await db().flag.upsert({
    where: { threadId },
    create: { threadId, status: input.status, note: input.note, updatedById: actor.id },
    update: { status: input.status, note: input.note, updatedById: actor.id },
  });
  await recordAudit(actor.id, 'flag.set', threadId, {
    from: flagStatus,
    to: input.status,
    note: input.note,
  });
  return { status: flag.status, note: flag.note, updatedAt: flag.updatedAt.toISOString() };
}

export async function clearFlag(actor: AdminActor, threadId: string): Promise<void> {
  assertAdmin(actor);
  const { count } = await db().flag.deleteMany({ where: { threadId } });
  if (count === 0) throw notFound('This conversation has no flag');
  await recordAudit(actor.id, 'flag.clear', threadId);
}
