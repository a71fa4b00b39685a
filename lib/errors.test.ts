// toAppError on errors from a statement sent through the driver (lib/db.ts rawQuery): a SQLSTATE in `code`, no
// Prisma code. Each must answer like its Prisma counterpart, never as a 500.
import { describe, expect, it } from 'vitest';
import { toAppError } from './errors';

const driverError = (code: string, message = 'driver error') => Object.assign(new Error(message), { code });

describe('toAppError with driver SQLSTATEs', () => {
  it.each([
    ['57P01', 'admin shutdown'],
    ['57P02', 'crash shutdown'],
    ['57P03', 'the database system is shutting down'],
    ['53300', 'too many connections'],
    ['08006', 'connection failure'],
    ['08001', 'cannot connect'],
  ])('%s (%s) → 503 unavailable with Retry-After', (code, message) => {
    const e = toAppError(driverError(code, message));
    expect([e.status, e.code, e.headers['Retry-After']]).toEqual([503, 'unavailable', '5']);
  });

  it('23505 → 409, 42P01 → 503 "not migrated", anything else → 500 internal', () => {
    expect([toAppError(driverError('23505')).status, toAppError(driverError('23505')).code]).toEqual([409, 'conflict']);
    const missing = toAppError(driverError('42P01'));
    expect([missing.status, missing.message]).toEqual([503, expect.stringMatching(/not migrated/)]);
    expect(toAppError(driverError('XX000')).code).toBe('internal');
    expect(toAppError(driverError('08'))).toMatchObject({ code: 'internal' });
  });
});

describe('toAppError with a database error wrapped by Prisma', () => {
  // What Prisma's driver adapter throws for a PostgreSQL error it has no P-code for (seen while PostgreSQL shuts down).
  const wrapped = (prismaCode: string, sqlState: string) =>
    Object.assign(new Error(`Database error. Code: \`${sqlState}\`. Message: \`the database system is shutting down\``), {
      code: prismaCode,
      meta: { driverAdapterError: { cause: { kind: 'postgres', originalCode: sqlState, originalMessage: 'the database system is shutting down' } } },
    });

  it.each(['P2039', 'P2010'])('%s wrapping 57P03 → 503 unavailable with Retry-After', (prismaCode) => {
    const e = toAppError(wrapped(prismaCode, '57P03'));
    expect([e.status, e.code, e.headers['Retry-After']]).toEqual([503, 'unavailable', '5']);
  });

  it('a wrapped error that is not about availability stays what it was', () => {
    expect(toAppError(wrapped('P2039', 'XX000')).code).toBe('internal');
  });
});
