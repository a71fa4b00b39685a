// The seam between the protocol server and whatever writes the answers (plain, offline analyst, OpenAI).
// A responder only yields events; the protocol server persists items on `thread.item.done` and saves
// pending assistant text itself when the stream is cancelled.
import type { ThreadItem, ThreadMetadata, ThreadStreamEvent, UserMessageItem } from '@/lib/chatkit/types';

export type RespondContext = {
  userId: string;
  /** Server-side thread metadata (never sent to the client), e.g. { diagram_id }. */
  threadMetadata: Record<string, unknown>;
  /** `metadata` of the current request body (the client sends { diagram_id } there). */
  requestMetadata: Record<string, unknown>;
  /** Every item of the thread so far, oldest first, hidden ones included (for model context). */
  loadItems(): Promise<ThreadItem[]>;
  /** A fresh id for an item the responder creates. */
  newItemId(type: ThreadItem['type']): string;
};

/**
 * Called with the user message to answer (null after a client tool output or a custom action).
 * Must stop promptly when `signal` aborts and must not persist anything.
 */
export type Responder = (
  thread: ThreadMetadata,
  input: UserMessageItem | null,
  ctx: RespondContext,
  signal: AbortSignal,
) => AsyncIterable<ThreadStreamEvent>;
