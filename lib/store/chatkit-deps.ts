// What /api/chatkit runs on: the Prisma store, lib/attachments' port, and the responder, built for each request
// and handed to handle(). The responder is chosen here and nowhere else (lib/ai getResponder(), built when a turn
// runs so config reloads apply; the plain responder for tests and benchmarks).
import 'server-only';
import type { HandleDeps } from '@/lib/chatkit/server';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { createPlainResponder } from '@/lib/ai/plain-responder';
import { getResponder } from '@/lib/ai';
import { env } from '@/lib/env';
import { findManyOwned } from './attachments';
import { prismaStore } from './chatkit-store';

/** The plain responder, knowing image dimensions from lib/attachments. */
export function plainResponderWithDimensions(delayMs?: number) {
  return createPlainResponder({
    delayMs,
    describeAttachment: async (userId, id) => {
      const [row] = await findManyOwned(userId, [id]);
      return row ? { width: row.width ?? undefined, height: row.height ?? undefined } : null;
    },
  });
}

/** The dependencies of one request; `with_` replaces pieces (tests and benchmarks pass their own responder). */
export function chatkitDeps(with_: Partial<HandleDeps> = {}): HandleDeps {
  return {
    store: prismaStore,
    attachments: attachmentsPort,
    // Built when a turn runs: most requests (lists, renames, feedback) never answer, and the bench and tests pass
    // their own responder, which the spread below puts in its place.
    respond: (...args) => getResponder()(...args),
    turnLeaseMs: env().TURN_LEASE_SECONDS * 1000,
    ...with_,
  };
}
