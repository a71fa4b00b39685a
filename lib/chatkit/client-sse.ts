// Server-sent-events parsing for the ChatKit client: the server sends only `data:` frames separated by a blank
// line (no event/id lines, no [DONE]); the end of the body ends the stream. Chunks may split frames anywhere.
import { createParser } from 'eventsource-parser';

/** Incremental parser (eventsource-parser): feed decoded text with `push`, call `end` at EOF; `onData` gets each frame's data. */
export function createSseParser(onData: (data: string) => void) {
  const parser = createParser({ onEvent: (event) => onData(event.data) });
  return {
    push(chunk: string) {
      parser.feed(chunk);
    },
    end() {
      // The body's end also ends a last frame that had no blank line after it.
      parser.feed('\n\n');
      parser.reset();
    },
  };
}

/** Reads an SSE body and yields each frame's JSON value. A frame that is not JSON is an error (protocol bug). */
export async function* readSseJson<T = unknown>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const queue: string[] = [];
  const parser = createSseParser((d) => queue.push(d));
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        parser.push(decoder.decode());
        parser.end();
      } else {
        parser.push(decoder.decode(value, { stream: true }));
      }
      while (queue.length) {
        const data = queue.shift()!;
        let parsed: T;
        try {
          parsed = JSON.parse(data) as T;
        } catch {
          throw new Error(`The chat server sent an unreadable event: ${data.slice(0, 80)}`);
        }
        yield parsed;
      }
      if (done) {
        finished = true;
        return;
      }
    }
  } finally {
    // Stopped early (consumer broke out, or a bad frame): close the connection instead of leaving it open.
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
