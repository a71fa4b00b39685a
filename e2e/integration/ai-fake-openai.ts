// A local fake of an OpenAI-compatible server speaking the real SSE wire formats of
// POST /v1/responses (Responses API events) and POST /v1/chat/completions (chunk stream).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Recorded = { path: string; headers: http.IncomingHttpHeaders; body: any };
export type Behaviour =
  | { kind: 'stream'; text: string[]; reasoning?: string }
  | { kind: 'status'; status: number; message: string; code?: string }
  | { kind: 'slow'; text: string[]; delayMs: number }
  | { kind: 'hang' };

export type FakeOpenAI = {
  url: string;
  requests: Recorded[];
  responses: Behaviour;
  /** When false, /v1/responses answers 404 like a server that only has Chat Completions. */
  hasResponsesApi: boolean;
  close(): Promise<void>;
};

const sse = (res: http.ServerResponse, type: string, data: Record<string, unknown>) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const fake: FakeOpenAI = { url: '', requests: [], responses: { kind: 'stream', text: ['Hello'] }, hasResponsesApi: true, close: async () => {} };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
    fake.requests.push({ path: req.url ?? '', headers: req.headers, body });
    const b = fake.responses;
    const isResponses = req.url === '/v1/responses';
    if (isResponses && !fake.hasResponsesApi) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'Not found', type: 'invalid_request_error' } }));
      return;
    }
    if (b.kind === 'hang') return; // never answers: the client's timeout must fire
    if (b.kind === 'status') {
      res.writeHead(b.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: b.message, type: 'requests', code: b.code ?? null } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const delay = b.kind === 'slow' ? b.delayMs : 0;
    const wait = () => new Promise((r) => setTimeout(r, delay));
    if (isResponses) {
      const response = { id: 'resp_1', object: 'response', created_at: 1, status: 'in_progress', model: body.model, output: [] };
      let seq = 0;
      sse(res, 'response.created', { sequence_number: seq++, response });
      if (b.kind === 'stream' && b.reasoning) {
        sse(res, 'response.output_item.added', { sequence_number: seq++, output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [] } });
        sse(res, 'response.reasoning_summary_part.added', { sequence_number: seq++, item_id: 'rs_1', output_index: 0, summary_index: 0, part: { type: 'summary_text', text: '' } });
        for (const w of b.reasoning.split(/(?<= )/)) sse(res, 'response.reasoning_summary_text.delta', { sequence_number: seq++, item_id: 'rs_1', output_index: 0, summary_index: 0, delta: w });
        sse(res, 'response.reasoning_summary_text.done', { sequence_number: seq++, item_id: 'rs_1', output_index: 0, summary_index: 0, text: b.reasoning });
      }
      sse(res, 'response.output_item.added', { sequence_number: seq++, output_index: 1, item: { id: 'msg_1', type: 'message', role: 'assistant', status: 'in_progress', content: [] } });
      sse(res, 'response.content_part.added', { sequence_number: seq++, item_id: 'msg_1', output_index: 1, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
      for (const d of b.text) {
        if (res.destroyed) return;
        await wait();
        sse(res, 'response.output_text.delta', { sequence_number: seq++, item_id: 'msg_1', output_index: 1, content_index: 0, delta: d, logprobs: [] });
      }
      sse(res, 'response.output_text.done', { sequence_number: seq++, item_id: 'msg_1', output_index: 1, content_index: 0, text: b.text.join(''), logprobs: [] });
      sse(res, 'response.completed', { sequence_number: seq++, response: { ...response, status: 'completed' } });
      res.end();
      return;
    }
    // Chat Completions chunks, then the [DONE] sentinel.
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      res.write(`data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
    chunk({ role: 'assistant', content: '' });
    for (const d of b.text) {
      await wait();
      chunk({ content: d });
    }
    chunk({}, 'stop');
    res.write('data: [DONE]\n\n');
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  return fake;
}
