// The OpenAI responder against a local fake OpenAI-compatible server (real SSE wire format), through the real
// /api/chatkit route and database: what the request carries, how deltas become ChatKit events, how errors map.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { createDiagram } from '@/lib/diagrams';
import { readAttachmentForModel } from '@/lib/attachments/read';
import { createOpenAIResponder } from '@/lib/ai/openai-responder';
import type { ThreadStreamEvent } from '@/lib/chatkit/types';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { post, streamOf, text } from './chatkit-helpers';
import { assistantOf, fixtureXml, squash, storeScreenshot } from './ai-helpers';
import { startFakeOpenAI, type FakeOpenAI } from './ai-fake-openai';

let app: AppServer;
let fake: FakeOpenAI;
let user: TestUser;
let diagramId: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  app = await startAppServer();
  fake = await startFakeOpenAI();
  user = await makeUser();
  diagramId = (await createDiagram(user.id, { name: 'Order fulfilment', xml: fixtureXml('order-fulfilment') })).id;
});
afterEach(() => {
  for (const k of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'OPENAI_VISION']) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  reloadEnv();
  fake.requests.length = 0;
  fake.hasResponsesApi = true;
});
afterAll(async () => {
  await app.close();
  await fake.close();
});

function configure(vars: Record<string, string>) {
  Object.assign(process.env, { OPENAI_API_KEY: 'sk-test-123', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'vision-test-model', ...vars });
  // The production deps pick the responder per request, so the new config applies to the next request.
  reloadEnv();
}

async function askNew(question: string, attachments: string[] = []) {
  const events = await streamOf(await post(app, user, { type: 'threads.create', params: { input: { ...text(question), attachments } }, metadata: { diagram_id: diagramId } }));
  return events;
}

describe('OpenAI responder (Responses API)', () => {
  it('is chosen by configuration, sends the diagram XML and the screenshot as a data URL, and streams the answer as ChatKit events', async () => {
    configure({});
    fake.responses = { kind: 'stream', text: ['Your ', 'diagram ', 'has ', '5 ', 'tasks.'], reasoning: 'Counting the tasks in the XML.' };
    const shot = await storeScreenshot(user.id, 1250, 540);
    const events = await askNew('How many tasks are in my diagram?', [shot.id]);

    expect(fake.requests).toHaveLength(1);
    const req = fake.requests[0]!;
    expect(req.path).toBe('/v1/responses');
    expect(req.headers.authorization).toBe('Bearer sk-test-123');
    expect(req.body.model).toBe('vision-test-model');
    expect(req.body.stream).toBe(true);
    expect(req.body.instructions).toContain('<bpmn:userTask id="Task_CheckOrder" name="Check order">');
    expect(req.body.instructions).not.toContain('bpmndi:BPMNShape');
    const last = req.body.input.at(-1);
    expect(last.role).toBe('user');
    expect(last.content[0]).toEqual({ type: 'input_text', text: 'How many tasks are in my diagram?' });
    const stored = await readAttachmentForModel(user.id, shot.id);
    expect(last.content[1]).toEqual({ type: 'input_image', detail: 'auto', image_url: `data:image/png;base64,${stored.bytes.toString('base64')}` });
    expect(JSON.stringify(req.body)).not.toMatch(/https?:\/\/(?!127\.0\.0\.1:\d+\/v1)[^"]*\/api\//);

    // Reasoning first (a workflow item, closed before the text), then the message in protocol order.
    const types = events.map((e) => (e.type === 'thread.item.added' || e.type === 'thread.item.done' ? `${e.type}:${e.item.type}` : e.type));
    const wfDone = types.indexOf('thread.item.done:workflow');
    expect(types.indexOf('thread.item.added:workflow')).toBeGreaterThan(-1);
    expect(wfDone).toBeLessThan(types.indexOf('thread.item.added:assistant_message'));
    const wf = events[wfDone] as Extract<ThreadStreamEvent, { type: 'thread.item.done' }>;
    expect(wf.item.type === 'workflow' && wf.item.workflow.tasks[0]).toMatchObject({ type: 'thought', content: 'Counting the tasks in the XML.' });
    const msg = assistantOf(events);
    expect(msg.text).toBe('Your diagram has 5 tasks.');
    expect(msg.deltas).toBe(msg.text);
    expect(squash(msg.order)).toEqual(['thread.item.added', 'added', 'text_delta', 'done', 'thread.item.done']);
    // The protocol server persisted it (the responder itself stores nothing).
    const row = await db().threadItem.findUnique({ where: { id: msg.id } });
    expect(row?.text).toBe('Your diagram has 5 tasks.');
  });

  it('turns a 429 into an error event that allows retry, and a 401 into one that does not', async () => {
    configure({});
    fake.responses = { kind: 'status', status: 429, message: 'Rate limit reached for requests', code: 'rate_limit_exceeded' };
    const events = await askNew('hello?');
    const err = events.find((e) => e.type === 'error');
    expect(err).toMatchObject({ type: 'error', allow_retry: true });
    expect((err as { message: string }).message).toMatch(/rate-limiting.*\(429\).*Rate limit reached/);
    expect(events.some((e) => e.type === 'thread.item.added' && e.item.type === 'assistant_message')).toBe(false);

    fake.responses = { kind: 'status', status: 401, message: 'Incorrect API key provided' };
    const denied = (await askNew('hello?')).find((e) => e.type === 'error');
    expect(denied).toMatchObject({ type: 'error', allow_retry: false });
    expect((denied as { message: string }).message).toMatch(/rejected the API key \(401\)\. Check OPENAI_API_KEY/);

    fake.responses = { kind: 'status', status: 503, message: 'overloaded' };
    expect((await askNew('hello?')).find((e) => e.type === 'error')).toMatchObject({ allow_retry: true });
  });

  it('refuses to send images to a text-only model, with a notice, and names them in the answer', async () => {
    configure({ OPENAI_VISION: 'false' });
    fake.responses = { kind: 'stream', text: ['I ', 'see ', 'the ', 'XML.'] };
    const shot = await storeScreenshot(user.id, 800, 400, 'capture.png');
    const events = await askNew('What does the screenshot show?', [shot.id]);
    const notice = events.find((e) => e.type === 'notice');
    expect(notice).toMatchObject({ type: 'notice', level: 'warning' });
    expect((notice as { message: string }).message).toContain('OPENAI_VISION=false');
    expect((notice as { message: string }).message).toContain('**capture.png**');
    expect(JSON.stringify(fake.requests[0]!.body)).not.toContain('input_image');
    expect(assistantOf(events).text).toMatch(/^_I could not read \*\*capture\.png\*\* \(the configured model is text-only/);
  });
});

describe('OpenAI responder (Chat Completions fallback)', () => {
  it('falls back to Chat Completions streaming when a compatible server has no Responses API', async () => {
    configure({});
    fake.hasResponsesApi = false;
    fake.responses = { kind: 'stream', text: ['Five ', 'tasks.'] };
    const shot = await storeScreenshot(user.id, 640, 320);
    const events = await askNew('count the tasks', [shot.id]);
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/responses', '/v1/chat/completions']);
    const chat = fake.requests[1]!.body;
    expect(chat.messages[0].role).toBe('system');
    expect(chat.messages[0].content).toContain('Task_CheckOrder');
    expect(chat.messages.at(-1).content[1].image_url.url).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(assistantOf(events).text).toBe('Five tasks.');
    // Remembered: the next turn goes straight to Chat Completions.
    fake.requests.length = 0;
    await askNew('again');
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/chat/completions']);
  });
});

const bareThread = { id: 'thr_x', created_at: new Date().toISOString(), status: { type: 'active' as const }, metadata: {} };
const bareInput = { id: 'msg_x', thread_id: 'thr_x', created_at: new Date().toISOString(), type: 'user_message' as const, content: [{ type: 'input_text' as const, text: 'hi' }], attachments: [], inference_options: {} };

describe('timeouts', () => {
  it('turns a provider that never answers into a retryable error event', async () => {
    fake.responses = { kind: 'hang' };
    const respond = createOpenAIResponder({ apiKey: 'sk-test', baseURL: fake.url, model: 'm', maxRetries: 0, timeoutMs: 300 });
    const ctx = { userId: user.id, threadMetadata: {}, requestMetadata: {}, loadItems: async () => [bareInput], newItemId: (t: string) => `${t}_1` };
    const events: ThreadStreamEvent[] = [];
    for await (const ev of respond(bareThread, bareInput, ctx, new AbortController().signal)) events.push(ev);
    expect(events.at(-1)).toMatchObject({ type: 'error', allow_retry: true });
    expect((events.at(-1) as { message: string }).message).toMatch(/did not answer in time/);
  });
});

describe('cancellation', () => {
  it('stops promptly when the signal aborts and never finishes the item', async () => {
    fake.responses = { kind: 'slow', text: Array.from({ length: 50 }, (_, i) => `w${i} `), delayMs: 40 };
    const respond = createOpenAIResponder({ apiKey: 'sk-test', baseURL: fake.url, model: 'm', maxRetries: 0, api: 'responses' });
    const thread = { id: 'thr_x', created_at: new Date().toISOString(), status: { type: 'active' as const }, metadata: {} };
    const input = { id: 'msg_x', thread_id: 'thr_x', created_at: new Date().toISOString(), type: 'user_message' as const, content: [{ type: 'input_text' as const, text: 'hi' }], attachments: [], inference_options: {} };
    const ctx = { userId: user.id, threadMetadata: {}, requestMetadata: {}, loadItems: async () => [input], newItemId: (t: string) => `${t}_1` };
    const abort = new AbortController();
    const seen: ThreadStreamEvent[] = [];
    for await (const ev of respond(thread, input, ctx, abort.signal)) {
      seen.push(ev);
      if (ev.type === 'thread.item.updated' && ev.update.type === 'assistant_message.content_part.text_delta') abort.abort();
    }
    expect(seen.filter((e) => e.type === 'thread.item.updated' && e.update.type === 'assistant_message.content_part.text_delta')).toHaveLength(1);
    expect(seen.some((e) => e.type === 'thread.item.done' || e.type === 'error')).toBe(false);
  });
});
