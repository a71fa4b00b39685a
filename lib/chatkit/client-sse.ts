// Server-sent-events parsing for the ChatKit client: the server sends only `data:` frames separated by a blank
// line (no event/id lines, no [DONE]); the end of the body ends the stream. Chunks may split frames anywhere.

/** Incremental parser: feed decoded text with `push`, call `end` at EOF; `onData` gets each frame's data. */
export function createSseParser(onData: (data: string) => void) {
  let buffer = '';
  let dataLines: string[] = [];

  const dispatch = () => {
    if (dataLines.length) onData(dataLines.join('\n'));
    dataLines = [];
  };

  const line = (raw: string) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text === '') return dispatch();
    if (text.startsWith(':')) return; // comment / keep-alive
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') dataLines.push(value);
  };

  return {
    push(chunk: string) {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) !== -1) {
        line(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
      }
    },
    end() {
      if (buffer) line(buffer);
      buffer = '';
      dispatch();
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
