// What /api/chatkit runs on: the Prisma store, lib/attachments' port, and the responder.
// The responder is chosen here and nowhere else (lib/ai getResponder(); the plain responder for tests/benchmarks).
import 'server-only';
import type { HandleDeps } from '@/lib/chatkit/server';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { findManyOwned } from './attachments';
import { createPlainResponder } from '@/lib/ai/plain-responder';
import { getResponder } from '@/lib/ai';
import { env } from '@/lib/env';
import type { Responder } from '@/lib/ai/responder';
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

/** lib/ai's choice (offline analyst, or OpenAI when OPENAI_API_KEY is set), resolved per request so config reloads apply. */
const configuredResponder: Responder = (thread, input, ctx, signal) => getResponder()(thread, input, ctx, signal);

let deps: HandleDeps = { store: prismaStore, attachments: attachmentsPort, respond: configuredResponder };

export function chatkitDeps(): HandleDeps {
  return deps.turnLeaseMs ? deps : { ...deps, turnLeaseMs: env().TURN_LEASE_SECONDS * 1000 };
}

/** Tests and benchmarks swap pieces (e.g. a responder that fails) without touching the route. */
export function setChatkitDeps(patch: Partial<HandleDeps>): () => void {
  const before = deps;
  deps = { ...deps, ...patch };
  return () => {
    deps = before;
  };
}
