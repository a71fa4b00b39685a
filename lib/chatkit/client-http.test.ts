// The client against a real local HTTP server (a stand-in for /api/chatkit): JSON, SSE, errors, abort.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { createChatKitClient, loadWholeThread } from './client';
import type { ThreadStreamEvent } from './types';

let server: http.Server;
let base = '';
const seen: { body: Record<string, unknown>; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      seen.push({ body, headers: req.headers });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      switch (body.type) {
        case 'threads.list':
          return json(200, { data: [], has_more: false });
        case 'attachments.create':
          return json(413, { error: { code: 'limitsReached', message: 'This image is 14 MB; the limit is 10 MB.' } });
        case 'threads.get_by_id':
          return json(200, {
            id: 't', created_at: 'x', status: { type: 'active' },
            items: { data: [{ id: 'i1' }, { id: 'i2' }], has_more: true, after: 'i2' },
          });
        case 'items.list':
          return json(200, body.params.after === 'i2' ? { data: [{ id: 'i3' }], has_more: false } : { data: [], has_more: false });
        case 'threads.create': {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          const events: ThreadStreamEvent[] = [
            { type: 'thread.created', thread: { id: 't', created_at: 'x', status: { type: 'active' }, items: { data: [], has_more: false } } },
            { type: 'progress_update', text: 'thinking' },
          ];
          for (const e of events) res.write(`data: ${JSON.stringify(e)}\n\n`);
          if (body.params.input.content[0].text === 'hang') return; // never ends: the client must abort
          return res.end();
        }
        default:
          return res.end('oops, not json');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chatkit`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('ChatKit client over HTTP', () => {
  it('merges the diagram metadata and auth headers into every request', async () => {
    const client = createChatKitClient({ url: base, metadata: () => ({ diagram_id: 'dgm_1' }), headers: () => ({ authorization: 'Bearer x' }) });
    await client.listThreads({ limit: 5 });
    const last = seen.at(-1)!;
    expect(last.body).toEqual({ type: 'threads.list', params: { limit: 5 }, metadata: { diagram_id: 'dgm_1' } });
    expect(last.headers.authorization).toBe('Bearer x');
    expect(last.headers['content-type']).toBe('application/json');
  });

  it("surfaces the server's error message and code as a typed error", async () => {
    const client = createChatKitClient({ url: base });
    const err = await client.createAttachment({ name: 'a.png', size: 14e6, type: 'image/png' }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 413, code: 'limitsReached', message: 'This image is 14 MB; the limit is 10 MB.' });
  });

  it('reports a network failure in plain words', async () => {
    const client = createChatKitClient({ url: 'http://127.0.0.1:1/api/chatkit' });
    await expect(client.listThreads()).rejects.toMatchObject({ code: 'network', message: /Could not reach/ });
  });

  it('streams events and stops when aborted', async () => {
    const client = createChatKitClient({ url: base });
    const done: string[] = [];
    for await (const e of client.createThread(client.input('hello'))) done.push(e.type);
    expect(done).toEqual(['thread.created', 'progress_update']);

    const ctl = new AbortController();
    const got: string[] = [];
    const run = (async () => {
      for await (const e of client.createThread(client.input('hang'), undefined, ctl.signal)) {
        got.push(e.type);
        if (got.length === 2) ctl.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ code: 'aborted' });
    expect(got).toEqual(['thread.created', 'progress_update']);
  });

  it('pages through a long thread with items.list after the last id', async () => {
    const client = createChatKitClient({ url: base });
    const { items } = await loadWholeThread(client, 't');
    expect(items.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(seen.at(-1)!.body).toMatchObject({ type: 'items.list', params: { thread_id: 't', order: 'asc', after: 'i2' } });
  });
});
