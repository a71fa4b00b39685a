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
