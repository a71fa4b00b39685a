// The first account becomes the admin: sign-ups decide that one at a time, so of several first
// sign-ups at once exactly one is an admin — by email/password and through the OAuth adapter's path.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUser, settleNewOAuthUserRole } from '@/lib/auth/users';

describe('first user becomes the admin', () => {
  it('of concurrent first sign-ups exactly one is an admin; later ones are users', { timeout: 120_000 }, async () => {
    expect(await db().user.count()).toBe(0);
    const emails = Array.from({ length: 6 }, (_, i) => `racer-${i}@example.test`);
    const made = await Promise.all(emails.map((email) => createUser({ email, password: 'a long enough password' })));
    expect(made.filter((u) => u.role === 'ADMIN')).toHaveLength(1);
    expect(await db().user.count({ where: { role: 'ADMIN' } })).toBe(1);

    // The same address twice at once: one account, one 409.
    const twice = await Promise.allSettled([0, 1].map(() => createUser({ email: 'twice@example.test', password: 'a long enough password' })));
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(twice.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'conflict' });
    expect(await db().user.count({ where: { email: 'twice@example.test', role: 'USER' } })).toBe(1);
  });

  it('OAuth accounts inserted at once: only the oldest is promoted, and none once an admin exists', { timeout: 120_000 }, async () => {
    await db().user.deleteMany({});
    const base = Date.now();
    const rows = await Promise.all(
      [0, 1, 2, 3].map((i) => db().user.create({ data: { email: `oauth-${i}@example.test`, createdAt: new Date(base + i) } })),
    );
    await Promise.all(rows.map((u) => settleNewOAuthUserRole(u.id, u.email)));
    const admins = await db().user.findMany({ where: { role: 'ADMIN' }, select: { id: true } });
    expect(admins).toEqual([{ id: rows[0]!.id }]);

    const late = await db().user.create({ data: { email: 'oauth-late@example.test', createdAt: new Date(base - 1000) } });
    await settleNewOAuthUserRole(late.id, late.email); // oldest by clock, but an admin exists
    expect(await db().user.count({ where: { role: 'ADMIN' } })).toBe(1);
  });
});
