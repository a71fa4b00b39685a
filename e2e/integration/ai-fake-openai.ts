// A local fake of an OpenAI-compatible server speaking the real SSE wire formats of
// POST /v1/responses (Responses API events) and POST /v1/chat/completions (chunk stream), including function
// tool calls in both (Responses `function_call` output items; Chat Completions `delta.tool_calls` chunks).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Recorded = { path: string; headers: http.IncomingHttpHeaders; body: any };
export type Behaviour =
  | { kind: 'stream'; text: string[]; reasoning?: string }
  | { kind: 'status'; status: number; message: string; code?: string }
  | { kind: 'slow'; text: string[]; delayMs: number }
  | { kind: 'hang' }
  /** Decides per request: answer with text, or ask for tool calls (optionally after some text). */
  | { kind: 'script'; next: (req: Recorded, index: number) => Step };

export type ToolCallStep = { name: string; arguments: string };
/** `hang`: this request is never answered (a model that stalls mid-loop). */
export type Step = { text: string[]; calls?: undefined } | { calls: ToolCallStep[]; text?: string[] } | { hang: true; text?: undefined; calls?: undefined };

/** The function-call outputs a request carries, in order, in either wire format: { call_id, output }. */
export function toolOutputs(req: Recorded): { callId: string; output: string }[] {
  if (req.path === '/v1/responses') {
    return (req.body.input as any[]).filter((i) => i.type === 'function_call_output').map((i) => ({ callId: i.call_id, output: i.output }));
  }
  return (req.body.messages as any[]).filter((m) => m.role === 'tool').map((m) => ({ callId: m.tool_call_id, output: m.content }));
}

/** Names of the tools a request offers, in either wire format. */
export function offeredTools(req: Recorded): string[] {
  return ((req.body.tools ?? []) as any[]).map((t) => t.name ?? t.function?.name);
}

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
    const step = b.kind === 'script' ? b.next(fake.requests.at(-1)!, fake.requests.length - 1) : null;
    if (step && 'hang' in step) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (b.kind === 'script') {
      if (isResponses) writeResponsesStep(res, body, step!);
      else writeChatStep(res, body, step!);
      res.end();
      return;
    }
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

let callSeq = 0;

function writeResponsesStep(res: http.ServerResponse, body: any, step: Step) {
  const response = { id: 'resp_s', object: 'response', created_at: 1, status: 'in_progress', model: body.model, output: [] as unknown[] };
  let seq = 0;
  let index = 0;
  sse(res, 'response.created', { sequence_number: seq++, response });
  if (step.text?.length) {
    const oi = index++;
    sse(res, 'response.output_item.added', { sequence_number: seq++, output_index: oi, item: { id: `msg_${oi}`, type: 'message', role: 'assistant', status: 'in_progress', content: [] } });
    sse(res, 'response.content_part.added', { sequence_number: seq++, item_id: `msg_${oi}`, output_index: oi, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
    for (const d of step.text) sse(res, 'response.output_text.delta', { sequence_number: seq++, item_id: `msg_${oi}`, output_index: oi, content_index: 0, delta: d, logprobs: [] });
    sse(res, 'response.output_text.done', { sequence_number: seq++, item_id: `msg_${oi}`, output_index: oi, content_index: 0, text: step.text.join(''), logprobs: [] });
    const done = { id: `msg_${oi}`, type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: step.text.join(''), annotations: [] }] };
    sse(res, 'response.output_item.done', { sequence_number: seq++, output_index: oi, item: done });
    response.output.push(done);
  }
  for (const c of step.calls ?? []) {
    const oi = index++;
    const callId = `call_${++callSeq}`;
    const item = { id: `fc_${callSeq}`, type: 'function_call', call_id: callId, name: c.name, arguments: '', status: 'in_progress' };
    sse(res, 'response.output_item.added', { sequence_number: seq++, output_index: oi, item });
    // Arguments arrive in pieces, as the real API streams them.
    for (const piece of c.arguments.match(/.{1,7}/gs) ?? []) sse(res, 'response.function_call_arguments.delta', { sequence_number: seq++, item_id: item.id, output_index: oi, delta: piece });
    sse(res, 'response.function_call_arguments.done', { sequence_number: seq++, item_id: item.id, output_index: oi, arguments: c.arguments });
    const done = { ...item, arguments: c.arguments, status: 'completed' };
    sse(res, 'response.output_item.done', { sequence_number: seq++, output_index: oi, item: done });
    response.output.push(done);
  }
  sse(res, 'response.completed', { sequence_number: seq++, response: { ...response, status: 'completed' } });
}

function writeChatStep(res: http.ServerResponse, body: any, step: Step) {
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    res.write(`data: ${JSON.stringify({ id: 'chatcmpl-s', object: 'chat.completion.chunk', created: 1, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
  chunk({ role: 'assistant', content: '' });
  for (const d of step.text ?? []) chunk({ content: d });
  for (const [i, c] of (step.calls ?? []).entries()) {
    chunk({ tool_calls: [{ index: i, id: `call_${++callSeq}`, type: 'function', function: { name: c.name, arguments: '' } }] });
    for (const piece of c.arguments.match(/.{1,7}/gs) ?? []) chunk({ tool_calls: [{ index: i, function: { arguments: piece } }] });
  }
  chunk({}, step.calls?.length ? 'tool_calls' : 'stop');
  res.write('data: [DONE]\n\n');
}
