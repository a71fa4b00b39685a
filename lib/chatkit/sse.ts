// Server-sent events for ChatKit: each event is `data: <compact json>\n\n`; a comment line keeps proxies from
// timing out idle streams. The first event goes out on its own at once; after it, events the producer has ready
// together (before the event loop's next turn) share one chunk, so a burst is one socket write, not one each.
// When the client goes away, the event source is drained in the background so the server can finish its
// cancellation work (save pending text, add the hidden note).
import { eventToWire } from './serialize';
import type { ThreadStreamEvent } from './types';

export const SSE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
  Connection: 'keep-alive',
};

export const HEARTBEAT_MS = 15_000;

const encoder = new TextEncoder();

const frame = (ev: ThreadStreamEvent) => `data: ${JSON.stringify(eventToWire(ev))}\n\n`;

export function encodeEvent(ev: ThreadStreamEvent): Uint8Array {
  return encoder.encode(frame(ev));
}

/** At most this many events share a chunk (a producer that is never waiting still gets its bytes out). */
const MAX_BATCH = 64;
const NEXT_TURN = Symbol('next turn');
const nextTurn = () => new Promise<typeof NEXT_TURN>((r) => setImmediate(r, NEXT_TURN));

export type SseOptions = {
  /** Aborted when the client disconnects (e.g. request.signal). */
  signal?: AbortSignal;
  /** Called once when the client is gone (stream cancelled or signal aborted). */
  onCancel?: () => void;
  heartbeatMs?: number;
};

export function sseStream(events: AsyncIterable<ThreadStreamEvent>, opts: SseOptions = {}): ReadableStream<Uint8Array> {
  const it = events[Symbol.asyncIterator]();
  let finished = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let ctrl: ReadableStreamDefaultController<Uint8Array> | undefined;
  let cancelled = false;
  let sentFirst = false;
  // An event asked for while batching that was not ready before the next turn: the next pull (or drain) takes it.
  let pending: Promise<IteratorResult<ThreadStreamEvent>> | null = null;
  const nextEvent = () => {
    const p = pending ?? it.next();
    pending = null;
    return p;
  };

  const stop = () => {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = undefined;
  };
  // Keep pulling (and discarding) so the producer reaches its cleanup code even though no one reads.
  const drain = async () => {
    try {
      while (!finished) {
        const r = await nextEvent();
        if (r.done) finished = true;
      }
    } catch {
      finished = true;
    }
  };
  const cancel = () => {
    stop();
    if (cancelled) return;
    cancelled = true;
    try {
      ctrl?.close();
    } catch {
      /* already closed or cancelled */
    }
    if (finished) return;
    opts.onCancel?.();
    void drain();
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        ctrl = controller;
        if (opts.signal?.aborted) return cancel();
        opts.signal?.addEventListener('abort', cancel, { once: true });
        heartbeat = setInterval(() => {
          try {
            controller.enqueue(encoder.encode(': ping\n\n'));
          } catch {
            stop();
          }
        }, opts.heartbeatMs ?? HEARTBEAT_MS);
        heartbeat.unref?.();
      },
      async pull(controller) {
        if (finished || cancelled) return;
        try {
          const frames: string[] = [];
          let r = await nextEvent();
          while (!cancelled && !r.done) {
            frames.push(frame(r.value));
            if (!sentFirst || frames.length >= MAX_BATCH) break;
            const next = it.next();
            const ready = await Promise.race([next, nextTurn()]);
            if (ready === NEXT_TURN) {
              pending = next;
              break;
            }
            r = ready;
          }
          if (cancelled) return;
          sentFirst = true;
          if (frames.length) controller.enqueue(encoder.encode(frames.join('')));
          if (r.done) {
            finished = true;
            stop();
            controller.close();
          }
        } catch (err) {
          if (cancelled) return;
          // The server turns its own failures into `error` events; anything reaching here is a defect.
          finished = true;
          stop();
          console.error('[chatkit] stream failed:', err);
          controller.error(err);
        }
      },
      cancel() {
        cancel();
      },
    },
    { highWaterMark: 0 },
  );
}

export function sseResponse(events: AsyncIterable<ThreadStreamEvent>, opts: SseOptions = {}, headers: Record<string, string> = {}): Response {
  return new Response(sseStream(events, opts), { status: 200, headers: { ...SSE_HEADERS, ...headers } });
}
