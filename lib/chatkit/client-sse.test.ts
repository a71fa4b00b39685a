import { describe, expect, it } from 'vitest';
import { createSseParser, readSseJson } from './client-sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(enc.encode(ch));
      c.close();
    },
  });
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('SSE parsing', () => {
  it('reassembles data frames split across chunks at any position', async () => {
    const wire = 'data: {"type":"a","n":1}\n\ndata: {"type":"b","text":"x\\ny"}\n\ndata: {"type":"c"}\n\n';
    for (const size of [1, 2, 3, 7, 13, wire.length]) {
      const chunks: string[] = [];
      for (let i = 0; i < wire.length; i += size) chunks.push(wire.slice(i, i + size));
      const events = await collect(readSseJson<{ type: string }>(streamOf(chunks)));
      expect(events.map((e) => e.type), `chunk size ${size}`).toEqual(['a', 'b', 'c']);
    }
  });

  it('splits a multi-byte character across chunks without corrupting it', async () => {
    const bytes = new TextEncoder().encode('data: {"t":"Überprüfung ✓"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    expect(await collect(readSseJson<{ t: string }>(body))).toEqual([{ t: 'Überprüfung ✓' }]);
  });

  it('handles CRLF line endings, comments, other fields and a last frame without a blank line', () => {
    const got: string[] = [];
    const p = createSseParser((d) => got.push(d));
    p.push(': keep-alive\r\nevent: x\r\ndata: {"a":1}\r\n\r\ndata:{"b":2}\r\n');
    p.push('data: {"c":3}');
    p.end();
    expect(got).toEqual(['{"a":1}', '{"b":2}\n{"c":3}']);
  });

  it('fails on a frame that is not JSON, naming it', async () => {
    await expect(collect(readSseJson(streamOf(['data: {"ok":1}\n\n', 'data: nope\n\n'])))).rejects.toThrow(/unreadable event: nope/);
  });
});
