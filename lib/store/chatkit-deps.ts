// What /api/chatkit runs on: the Prisma store, lib/attachments' port, and the responder.
// The integrator switches the responder here (e.g. to getResponder() from lib/ai) — nowhere else.
import type { HandleDeps } from '@/lib/chatkit/server';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { findManyOwned } from '@/lib/attachments/repo';
import { createPlainResponder } from '@/lib/ai/plain-responder';
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

let deps: HandleDeps = { store: prismaStore, attachments: attachmentsPort, respond: plainResponderWithDimensions() };

export function chatkitDeps(): HandleDeps {
  return deps;
}

/** Tests and benchmarks swap pieces (e.g. a responder that fails) without touching the route. */
export function setChatkitDeps(patch: Partial<HandleDeps>): () => void {
  const before = deps;
  deps = { ...deps, ...patch };
  return () => {
    deps = before;
  };
}
