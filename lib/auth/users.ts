// Creating and finding users. The first user, and any address in ADMIN_EMAILS, becomes an admin.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from '@/lib/auth/password';
import { assertSignInAllowed, recordSignInFailure } from '@/lib/auth/throttle';
import { forgetUser } from '@/lib/auth/credential-cache';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

export const emailSchema = z.string().trim().toLowerCase().email('Enter a valid email address').max(254);
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'Use at most 200 characters');

export type PublicUser = { id: string; email: string; role: Role; name: string | null };

export function toPublicUser(u: { id: string; email: string; role: Role; name: string | null }): PublicUser {
  return { id: u.id, email: u.email, role: u.role, name: u.name };
}

const isAdminEmail = (email: string) => env().ADMIN_EMAILS.map((e) => e.toLowerCase()).includes(email.toLowerCase());

/**
 * Sign-ups decide "is this the first account?" one at a time (a transaction-scoped advisory lock on PostgreSQL;
 * PGlite runs one transaction at a time anyway): two first sign-ups at once must not both see an empty table.
 */
async function lockSignUps(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('procmod:sign-up'))`;
}

export async function createUser(input: { email: string; password?: string; name?: string | null; admin?: boolean }): Promise<PublicUser> {
  const email = emailSchema.parse(input.email);
  const passwordHash = input.password === undefined ? null : await hashPassword(passwordSchema.parse(input.password));
  const user = await db().$transaction(async (tx) => {
    await lockSignUps(tx);
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) throw new AppError('conflict', 'An account with this email already exists. Sign in instead.');
    // Admin when asked for, listed in ADMIN_EMAILS, or the first account.
    const role: Role = input.admin || isAdminEmail(email) || (await tx.user.count()) === 0 ? 'ADMIN' : 'USER';
    return tx.user.create({ data: { email, passwordHash, name: input.name?.trim() || null, role } });
  });
  return toPublicUser(user);
}

/**
 * The role rule for an account the OAuth adapter has already inserted: admin when listed in ADMIN_EMAILS, or when
 * it is the oldest account and no admin exists yet (so of two first sign-ups at once exactly one is promoted).
 */
export async function settleNewOAuthUserRole(userId: string, email: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockSignUps(tx);
    const first = await tx.user.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } });
    const promote = isAdminEmail(email) || (first?.id === userId && (await tx.user.count({ where: { role: 'ADMIN' } })) === 0);
    if (promote) await tx.user.update({ where: { id: userId }, data: { role: 'ADMIN' } });
  });
}

export async function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

/**
 * Change one's own password: the current one is required (and wrong guesses count like failed sign-ins). Every
 * session ends, this one included; API tokens stay valid.
 */
export async function changePassword(userId: string, current: string, next: string, addr: string): Promise<void> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError('unauthorized', 'Your account no longer exists; sign in again.');
  if (!user.passwordHash) {
    throw new AppError('conflict', 'This account signs in through an external provider and has no password to change.');
  }
  await assertSignInAllowed(user.email, addr);
  if (!(await verifyPassword(current, user.passwordHash))) {
    await recordSignInFailure(user.email, addr);
    throw new AppError('badRequest', 'The current password is not right. Check it and try again.');
  }
  if (current === next) throw new AppError('badRequest', 'The new password is the same as the current one; choose a different one.');
  const passwordHash = await hashPassword(passwordSchema.parse(next));
  await db().user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await db().session.deleteMany({ where: { userId } });
  forgetUser(userId);
}

/** False for accounts that only sign in through OAuth/OIDC. */
export async function hasPassword(userId: string): Promise<boolean> {
  return !!(await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash;
}
