// User administration: list, change role, disable/enable. requireUser rejects disabled users on every request,
// so disabling takes effect for their cookies and API tokens at once.
import 'server-only';
import { fetchSize, keysetPage } from '@/lib/paging';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { createUser, emailSchema, passwordSchema } from '@/lib/auth/users';
import { forgetUser } from '@/lib/auth/credential-cache';
import { recordAudit } from './audit';
import { assertAdmin, type AdminActor } from './guard';

export type AdminUserRow = {
  id: string;
  email: string;
  name: string | null;
  role: 'USER' | 'ADMIN';
  disabled: boolean;
  createdAt: string;
  lastActiveAt: string | null;
  conversations: number;
};

export async function listUsers(
  actor: AdminActor,
  opts: { q?: string | null; limit?: number; cursor?: string | null } = {},
): Promise<{ data: AdminUserRow[]; nextCursor: string | null }> {
  assertAdmin(actor);
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const q = opts.q?.trim();
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] }
    : {};
  const rows = await db().user.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: fetchSize(limit),
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
    select: {
      id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, lastActiveAt: true,
      _count: { select: { threads: true } },
    },
  });
  const { page, next } = keysetPage(rows, limit, (u) => u.id);
  return {
    data: page.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      disabled: !!u.disabledAt,
      createdAt: u.createdAt.toISOString(),
      lastActiveAt: u.lastActiveAt?.toISOString() ?? null,
      conversations: u._count.threads,
    })),
    nextCursor: next,
  };
}

export const userPatchSchema = z
  .object({ role: z.enum(['USER', 'ADMIN']).optional(), disabled: z.boolean().optional() })
  .refine((p) => p.role !== undefined || p.disabled !== undefined, 'send "role" and/or "disabled"');
export type UserPatch = z.infer<typeof userPatchSchema>;

/** Change a user's role and/or disabled state. The last active admin can be neither demoted nor disabled. */
export async function updateUser(actor: AdminActor, userId: string, patch: UserPatch): Promise<AdminUserRow> {
  assertAdmin(actor);
  if (patch.disabled === true && userId === actor.id) {
    throw new AppError('conflict', 'You cannot disable your own account.');
  }
  // Audit entries are written in the same transaction as the change.
  // Serializable so two admins demoting each other at once cannot leave the server without one.
  await db().$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId } });
      if (!user) throw notFound('User not found');
      const losesAdmin =
        user.role === 'ADMIN' && !user.disabledAt && (patch.role === 'USER' || patch.disabled === true);
      if (losesAdmin) {
        const others = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: userId } } });
        if (others === 0) {
          throw new AppError('conflict', 'This is the last active admin. Promote someone else to admin first.');
        }
      }
      const data: Prisma.UserUpdateInput = {};
      if (patch.role !== undefined && patch.role !== user.role) data.role = patch.role;
      if (patch.disabled !== undefined && patch.disabled !== !!user.disabledAt) {
        data.disabledAt = patch.disabled ? new Date() : null;
      }
      if (Object.keys(data).length === 0) return;
      // A new session version ends the user's sessions: after a role change they sign in again with the new role;
      // after a disable, a cookie from before it stays dead even once the account is enabled again.
      await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } });
      // Database sessions (OAuth sign-ins) end too; API tokens of a disabled user are refused by requireUser.
      if (patch.disabled === true || data.role) await tx.session.deleteMany({ where: { userId } });
      if (data.role) {
        await tx.auditLog.create({
          data: { actorId: actor.id, action: 'user.role', target: userId, detail: { email: user.email, from: user.role, to: data.role } },
        });
      }
      if (data.disabledAt !== undefined) {
        await tx.auditLog.create({
          data: { actorId: actor.id, action: patch.disabled ? 'user.disable' : 'user.enable', target: userId, detail: { email: user.email } },
        });
      }
    },
    { isolationLevel: 'Serializable' },
  );
  // After the commit: this process's cached credentials of the user are gone at once (other replicas: within
  // CREDENTIAL_CACHE_TTL_MS).
  forgetUser(userId);
  const u = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, lastActiveAt: true, _count: { select: { threads: true } } },
  });
  return {
    id: u.id, email: u.email, name: u.name, role: u.role, disabled: !!u.disabledAt,
    createdAt: u.createdAt.toISOString(), lastActiveAt: u.lastActiveAt?.toISOString() ?? null, conversations: u._count.threads,
  };
}

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100).optional(),
  password: passwordSchema,
  role: z.enum(['USER', 'ADMIN']).default('USER'),
});
export type NewUser = z.infer<typeof newUserSchema>;

/** An admin creates an account with an initial password (they pass it on; the user can change it in Settings). */
export async function createUserAsAdmin(actor: AdminActor, input: NewUser): Promise<AdminUserRow> {
  assertAdmin(actor);
  const user = await createUser({ email: input.email, name: input.name, password: input.password, admin: input.role === 'ADMIN' });
  await recordAudit(actor.id, 'user.create', user.id, { email: user.email, role: user.role });
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: false, createdAt: new Date().toISOString(), lastActiveAt: null, conversations: 0 };
}
