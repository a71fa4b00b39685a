// The audit log is append-only: this module inserts and lists, and there is deliberately no update or delete.
import 'server-only';
import { fetchSize, keysetPage } from '@/lib/paging';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type AdminActor } from './guard';

export type AuditAction =
  | 'transcript.view'
  | 'revision.view'
  | 'export.conversations'
  | 'conversations.search'
  | 'feedback.view'
  | 'flag.set'
  | 'flag.clear'
  | 'user.role'
  | 'user.disable'
  | 'user.enable'
  | 'user.create'
  | 'signin.lockout';

/** actorId null: the system acted (e.g. a sign-in lock-out). */
export async function recordAudit(
  actorId: string | null,
  action: AuditAction,
  target: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db().auditLog.create({ data: { actorId, action, target, detail: detail as Prisma.InputJsonValue } });
}

export type AuditEntry = {
  id: string;
  at: string;
  action: string;
  target: string;
  detail: unknown;
  actor: { id: string; email: string } | null;
};

export type AuditPage = { data: AuditEntry[]; nextCursor: string | null };

/** Newest first; `cursor` is the id of the last entry of the previous page. */
export async function listAudit(
  actor: AdminActor,
  opts: { limit?: number; cursor?: string | null; action?: string | null; target?: string | null } = {},
): Promise<AuditPage> {
  assertAdmin(actor);
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const where: Prisma.AuditLogWhereInput = {
    ...(opts.action ? { action: opts.action } : {}),
    ...(opts.target ? { target: opts.target } : {}),
  };
  const rows = await db().auditLog.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: fetchSize(limit),
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
    include: { actor: { select: { id: true, email: true } } },
  });
  const { page, next } = keysetPage(rows, limit, (r) => r.id);
  return {
    data: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      target: r.target,
      detail: r.detail,
      actor: r.actor,
    })),
    nextCursor: next,
  };
}
