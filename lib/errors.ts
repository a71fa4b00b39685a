// One error type for everything a request can fail with, and the single mapping to HTTP.
// Body shape everywhere: {"error":{"code","message"}}.
import { ZodError } from 'zod';

export type ErrorCode =
  | 'badRequest'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'methodNotAllowed'
  | 'conflict'
  | 'busy'
  | 'limitsReached'
  | 'unsupportedMediaType'
  | 'invalidFile'
  | 'blockedUrl'
  | 'rateLimited'
  | 'notSupported'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  conflict: 409,
  busy: 409,
  limitsReached: 413,
  unsupportedMediaType: 415,
  invalidFile: 422,
  blockedUrl: 422,
  rateLimited: 429,
  notSupported: 400,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    status?: number,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = status ?? STATUS[code];
  }
}

export const notFound = (what = 'Not found') => new AppError('notFound', what);
export const badRequest = (message: string) => new AppError('badRequest', message);
export const unauthorized = (message = 'Sign in or send a valid API token (Authorization: Bearer …).') =>
  new AppError('unauthorized', message);

/** Names the first bad field of a zod error, e.g. `params.thread_id: Required`. */
export function describeZodError(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'Invalid request';
  const where = issue.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue.message}`;
}

/** A raw query's (P2010) driver error kind, e.g. 'UniqueConstraintViolation' (Prisma maps it to P2002 only for model queries). */
function rawQueryErrorKind(err: unknown): string | undefined {
  if ((err as { code?: unknown }).code !== 'P2010') return undefined;
  const kind = (err as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta?.driverAdapterError?.cause?.kind;
  return typeof kind === 'string' ? kind : undefined;
}

const DB_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// The same conditions as SQLSTATEs, from a statement sent through the driver (lib/db.ts rawQuery): admin shutdown,
// shutting down / starting up, too many connections, and the connection-exception class 08.
const SQLSTATE_UNAVAILABLE = /^(57P01|57P02|57P03|53300|08\w{3})$/;

/**
 * The SQLSTATE under a Prisma error that wraps a database error it has no code for (P2039 from a model query, P2010
 * from a raw one: "the database system is shutting down" is 57P03 there, not P1xxx).
 */
function wrappedSqlState(err: unknown): string | undefined {
  const state = (err as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })?.meta?.driverAdapterError?.cause?.originalCode;
  return typeof state === 'string' ? state : undefined;
}

/** Any thrown value → AppError. Prisma and zod errors get their proper status; the rest is internal. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return badRequest(describeZodError(err));
  const wrapped = wrappedSqlState(err);
  if (wrapped && (SQLSTATE_UNAVAILABLE.test(wrapped) || wrapped === '42P01')) return toAppError({ code: wrapped });
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string') {
    if (code === 'P2025') return notFound();
    if (code === 'P2002' || code === '23505' || rawQueryErrorKind(err) === 'UniqueConstraintViolation') return new AppError('conflict', 'That already exists.');
    // A foreign key to a user that no longer exists: the credential is stale.
    if (code === 'P2003') return unauthorized('Your account no longer exists; sign in again.');
    if (code === 'P2021' || code === '42P01') {
      return new AppError('unavailable', 'The database is not migrated. Run `npm run db:migrate` (npm start does it for you).', { 'Retry-After': '30' });
    }
    if (DB_UNAVAILABLE.has(code) || code === 'ECONNREFUSED' || SQLSTATE_UNAVAILABLE.test(code)) {
      return new AppError('unavailable', 'The database is unavailable; try again shortly.', { 'Retry-After': '5' });
    }
  }
  const message = String((err as Error)?.message ?? '');
  if (/Can't reach database|ECONNREFUSED|Connection terminated|too many clients|terminating connection/i.test(message)) {
    return new AppError('unavailable', 'The database is unavailable; try again shortly.', { 'Retry-After': '5' });
  }
  return new AppError('internal', 'Something went wrong on our side. Try again; if it keeps happening, tell an admin.');
}

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message } };
}

/** The JSON response for any error. Unexpected ones are logged here, once. */
export function errorResponse(err: unknown, extraHeaders: Record<string, string> = {}): Response {
  const appErr = toAppError(err);
  if (appErr.code === 'internal') console.error('[procmod] unexpected error:', err);
  return Response.json(errorBody(appErr), {
    status: appErr.status,
    headers: { 'Cache-Control': 'no-store', ...appErr.headers, ...extraHeaders },
  });
}
