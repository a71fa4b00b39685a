// Helpers for the ChatKit integration tests: POST a request, read SSE frames, seed items and attachments.
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import type { AppServer } from '../support/app-server';
import { authHeaders, type TestUser } from '../support/users';
import type { ThreadStreamEvent } from '@/lib/chatkit/types';
import type { HandleDeps } from '@/lib/chatkit/server';
import { chatkitDeps } from '@/lib/store/chatkit-deps';

/**
 * The /api/chatkit dependencies of one test file's server: the production ones with `initial` applied. `use()`
 * swaps pieces for one test (e.g. a failing responder) and returns the undo. Pass `make` to startAppServer.
 */
export function testChatkitDeps(initial: Partial<HandleDeps> = {}) {
  let patch = initial;
  return {
    make: () => chatkitDeps(patch),
    use(next: Partial<HandleDeps>): () => void {
      const before = patch;
      patch = { ...patch, ...next };
      return () => {
        patch = before;
      };
    },
  };
}

export type Body = { type: string; params?: Record<string, unknown>; metadata?: Record<string, unknown> };

export function post(app: AppServer, user: TestUser | null, body: unknown, init: { headers?: Record<string, string>; signal?: AbortSignal } = {}) {
  return fetch(`${app.url}/api/chatkit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? authHeaders(user) : {}), ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: init.signal,
  });
}

/** Parses every `data:` frame of an SSE body; comment (heartbeat) lines are skipped. */
export function parseSse(text: string): ThreadStreamEvent[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => JSON.parse(frame.slice('data: '.length)) as ThreadStreamEvent);
}

export async function streamOf(res: Response): Promise<ThreadStreamEvent[]> {
  if (res.status !== 200) throw new Error(`expected a stream, got ${res.status}: ${await res.text()}`);
  return parseSse(await res.text());
}

/** Reads frames one by one, so a test can stop (abort) in the middle. */
export async function* frames(res: Response): AsyncGenerator<ThreadStreamEvent> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buf += decoder.decode(value, { stream: true });
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const frame = buf.slice(0, i);
      buf = buf.slice(i + 2);
      if (frame.startsWith('data: ')) yield JSON.parse(frame.slice(6)) as ThreadStreamEvent;
    }
  }
}

export const text = (t: string) => ({ content: [{ type: 'input_text', text: t }], attachments: [], inference_options: {} });

export async function createThread(app: AppServer, user: TestUser, message = 'Hello there', metadata?: Record<string, unknown>) {
  const events = await streamOf(await post(app, user, { type: 'threads.create', params: { input: text(message) }, metadata }));
  const created = events.find((e) => e.type === 'thread.created');
  if (!created || created.type !== 'thread.created') throw new Error('no thread.created');
  const items = events.flatMap((e) => (e.type === 'thread.item.done' ? [e.item] : []));
  return { threadId: created.thread.id, events, userItemId: items[0]!.id, assistantItemId: items[1]?.id };
}

/** A ready attachment row, as lib/attachments would leave it after a verified upload (no bytes needed here). */
export async function seedAttachment(userId: string, kind: 'image' | 'file' = 'image', name = 'diagram.png') {
  const id = newId('atc');
  await db().attachment.create({
    data: {
      id,
      userId,
      status: 'ready',
      kind,
      mime: kind === 'image' ? 'image/png' : 'application/pdf',
      size: 1234,
      storageKey: id,
      name,
      source: 'chatkit_direct',
      width: kind === 'image' ? 640 : null,
      height: kind === 'image' ? 480 : null,
    },
  });
  return id;
}

export const wellFormed = (prefix: string) => `${prefix}_${'0123456789abcdef'.repeat(2)}`;
