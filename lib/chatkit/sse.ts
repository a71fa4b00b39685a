// Server-sent events for ChatKit: each event is `data: <compact json>\n\n`; a comment line keeps proxies from
// timing out idle streams. When the client goes away, the event source is drained in the background so the
// server can finish its cancellation work (save pending text, add the hidden note).
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

export function encodeEvent(ev: ThreadStreamEvent): Uint8Array {
  return encoder.encode(`data: ${JSON.stringify(eventToWire(ev))}\n\n`);
}

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

  const stop = () => {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = undefined;
  };
  // Keep pulling (and discarding) so the producer reaches its cleanup code even though no one reads.
  const drain = async () => {
    try {
      while (!finished) {
        const r = await it.next();
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
          const r = await it.next();
          if (cancelled) return;
          if (r.done) {
            finished = true;
            stop();
            controller.close();
            return;
          }
          controller.enqueue(encodeEvent(r.value));
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
