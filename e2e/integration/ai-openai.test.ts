// The OpenAI responder against a local fake OpenAI-compatible server (real SSE wire format), through the real
// /api/chatkit route and database: what the request carries, how deltas become ChatKit events, how errors map.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { prismaStore } from '@/lib/store';
import { newId } from '@/lib/ids';
import { reloadEnv } from '@/lib/env';
import { readAttachmentForModel } from '@/lib/attachments/read';
import { getResponder } from '@/lib/ai';
import { createOpenAIResponder } from '@/lib/ai/openai-responder';
import type { ThreadStreamEvent } from '@/lib/chatkit/types';
import type { AppServer } from '../support/app-server';
import type { TestUser } from '../support/users';
import { post, streamOf, testChatkitDeps, text } from './chatkit-helpers';
import { assistantOf, fixtureXml, squash, storeScreenshot, useOpenAiSuite } from './ai-helpers';
import { offeredTools, toolOutputs, type FakeOpenAI, type Recorded } from './ai-fake-openai';
import { diagramTools } from '@/lib/ai/diagram-tools';
import { clientTools, registerClientTool } from '@/lib/ai/client-tools';

/** Every diagram query tool, then the registered client tools (the edit proposal among them). */
const offeredNames = () => [...diagramTools.specs().map((t) => t.name), ...clientTools().map((t) => t.spec.name)];
import { analyseBpmn } from '@/lib/bpmn';
import { latestRevisionOf } from './ai-helpers';

let app: AppServer;
let fake: FakeOpenAI;
let user: TestUser;
let diagramId: string;
let restore: () => void = () => {};
const deps = testChatkitDeps();
useOpenAiSuite(deps, (s) => ({ app, fake, user, diagramId } = s), () => {
  restore();
  restore = () => {};
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
    // A compact summary and the tools, not the raw XML.
    expect(req.body.instructions).toContain('"Check order" (Task_CheckOrder)');
    expect(req.body.instructions).not.toContain('<bpmn:');
    expect(req.body.instructions).toContain('## Problems (bpmnlint, as the toolbar counts them)');
    expect(offeredTools(req)).toEqual(offeredNames());
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
    expect(offeredTools(fake.requests[1]!)).toEqual(offeredNames());
    expect(chat.messages.at(-1).content[1].image_url.url).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(assistantOf(events).text).toBe('Five tasks.');
    // Remembered: the next turn goes straight to Chat Completions.
    fake.requests.length = 0;
    await askNew('again');
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/chat/completions']);
  });
});

/** A stored thread without a diagram and a message in it, for calling the responder directly. */
async function bareTurn() {
  const thread = await prismaStore.createThread(user.id, { metadata: {} });
  const input = { id: newId('msg'), thread_id: thread.id, created_at: new Date().toISOString(), type: 'user_message' as const, content: [{ type: 'input_text' as const, text: 'hi' }], attachments: [], inference_options: {} };
  return { thread, input, ctx: { userId: user.id, threadMetadata: {}, requestMetadata: {}, loadItems: async () => [input], newItemId: (t: string) => `${t}_1` } };
}

describe('timeouts', () => {
  it('turns a provider that never answers into a retryable error event', async () => {
    fake.responses = { kind: 'hang' };
    const respond = createOpenAIResponder({ apiKey: 'sk-test', baseURL: fake.url, model: 'm', maxRetries: 0, timeoutMs: 300 });
    const { thread, input, ctx } = await bareTurn();
    const events: ThreadStreamEvent[] = [];
    for await (const ev of respond(thread, input, ctx, new AbortController().signal)) events.push(ev);
    expect(events.at(-1)).toMatchObject({ type: 'error', allow_retry: true });
    expect((events.at(-1) as { message: string }).message).toMatch(/did not answer in time/);
  });
});

describe('cancellation', () => {
  it('stops promptly when the signal aborts and never finishes the item', async () => {
    fake.responses = { kind: 'slow', text: Array.from({ length: 50 }, (_, i) => `w${i} `), delayMs: 40 };
    const respond = createOpenAIResponder({ apiKey: 'sk-test', baseURL: fake.url, model: 'm', maxRetries: 0, api: 'responses' });
    const { thread, input, ctx } = await bareTurn();
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

// ---------------------------------------------------------------- the tool loop

const countSpec = () => diagramTools.specs().find((t) => /count/.test(t.name))!;
/** User tasks counted from the XML text itself, independent of the parser under test. */
const userTasksInXml = () => (fixtureXml('order-fulfilment').match(/<bpmn:userTask\b/g) ?? []).length;

type Done = Extract<ThreadStreamEvent, { type: 'thread.item.done' }>;
const doneItems = (events: ThreadStreamEvent[]) => events.filter((e): e is Done => e.type === 'thread.item.done').map((e) => e.item);

describe.each([
  ['Responses API', true],
  ['Chat Completions', false],
] as const)('diagram tools as function tools (%s)', (_label, responsesApi) => {
  it('runs the count tool on the server, hands the model the exact JSON, shows the call as a stored workflow task, and cites what the answer names', async () => {
    configure({});
    fake.hasResponsesApi = responsesApi;
    let received: string | null = null;
    fake.responses = {
      kind: 'script',
      next: (req: Recorded) => {
        const outputs = toolOutputs(req);
        if (!outputs.length) return { calls: [{ name: countSpec().name, arguments: JSON.stringify({ type: 'UserTask' }) }] };
        received = outputs[0]!.output;
        const { total } = JSON.parse(received) as { total: number };
        return { text: [`There are ${total} user tasks, `, 'for example **Check order** (`Task_CheckOrder`).'] };
      },
    };
    const events = await askNew('How many user tasks are there?');
    const modelRequests = fake.requests.filter((r) => r.path !== '/v1/responses' || responsesApi);
    expect(modelRequests).toHaveLength(2);

    // The exact JSON the registry returns for this diagram, and its count matches the XML.
    const analysis = await analyseBpmn(fixtureXml('order-fulfilment'));
    const expected = diagramTools.run(countSpec().name, { type: 'UserTask' }, { model: analysis.model, lint: analysis.lint });
    expect(expected.ok).toBe(true);
    expect(received).toBe(JSON.stringify((expected as { result: unknown }).result));
    expect((JSON.parse(received!) as { total: number }).total).toBe(userTasksInXml());
    // The second request carries the call and its output in the API's own shape.
    const second = modelRequests[1]!.body;
    if (responsesApi) expect(second.input.find((i: { type?: string }) => i.type === 'function_call')).toMatchObject({ name: countSpec().name, arguments: '{"type":"UserTask"}' });
    else expect(second.messages.find((m: { tool_calls?: unknown }) => m.tool_calls).tool_calls[0].function).toEqual({ name: countSpec().name, arguments: '{"type":"UserTask"}' });

    const items = doneItems(events);
    const wf = items.find((i) => i.type === 'workflow' && i.workflow.type === 'custom');
    expect(wf && wf.type === 'workflow' && wf.workflow.tasks).toEqual([
      { type: 'custom', title: (expected as { summary: string }).summary, content: `${countSpec().name}({"type":"UserTask"})`, status_indicator: 'complete' },
    ]);
    // Stored, so the transcript shows what the answer rests on; and before the answer.
    const rows = await db().threadItem.findMany({ where: { id: { in: items.map((i) => i.id) } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(rows.map((r) => r.type)).toEqual(['user_message', 'workflow', 'assistant_message']);

    const msg = assistantOf(events);
    expect(msg.text).toBe(`There are ${userTasksInXml()} user tasks, for example **Check order** (\`Task_CheckOrder\`).`);
    const final = items.find((i) => i.type === 'assistant_message');
    const revision = await latestRevisionOf(user.id, diagramId);
    expect(final?.type === 'assistant_message' && final.content[0]!.annotations).toEqual([
      expect.objectContaining({ type: 'annotation', source: expect.objectContaining({ type: 'entity', id: 'Task_CheckOrder', title: 'Check order', data: expect.objectContaining({ element_id: 'Task_CheckOrder', revision_id: revision, diagram_id: diagramId }) }) }),
    ]);
    expect(events.some((e) => e.type === 'thread.item.updated' && e.update.type === 'assistant_message.content_part.annotation_added')).toBe(true);
  });
});

describe('every turn and every round', () => {
  it('carries the screenshot from earlier in the thread and the lint summary, in each tool round of a later turn', async () => {
    configure({});
    fake.responses = { kind: 'stream', text: ['Looks fine.'] };
    const shot = await storeScreenshot(user.id, 800, 400);
    const first = await askNew('Here is my diagram.', [shot.id]);
    const threadId = (first.find((e) => e.type === 'thread.created') as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id;
    fake.requests.length = 0;
    fake.responses = { kind: 'script', next: (req) => (toolOutputs(req).length ? { text: ['Done.'] } : { calls: [{ name: countSpec().name, arguments: '{}' }] }) };
    await streamOf(await post(app, user, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('And how many tasks?') }, metadata: { diagram_id: diagramId } }));

    expect(fake.requests).toHaveLength(2);
    const image = `data:image/png;base64,${(await readAttachmentForModel(user.id, shot.id)).bytes.toString('base64')}`;
    const analysis = await analyseBpmn(fixtureXml('order-fulfilment'));
    const errors = analysis.lint.filter((f) => f.category === 'error').length;
    for (const req of fake.requests) {
      expect(JSON.stringify(req.body.input)).toContain(image);
      expect(req.body.instructions).toContain(`## Problems (bpmnlint, as the toolbar counts them): ${analysis.lint.length ? `${errors} errors` : 'none'}`);
    }
  });
});

describe('@-mentioned elements', () => {
  it('reach the model as element ids, in the message and the instructions', async () => {
    configure({});
    fake.responses = { kind: 'stream', text: ['ok'] };
    const input = {
      content: [
        { type: 'input_text', text: 'What comes after ' },
        { type: 'input_tag', id: 'Task_CheckOrder', text: 'Check order', data: { kind: 'bpmn_element', element_id: 'Task_CheckOrder' }, interactive: true },
        { type: 'input_text', text: '?' },
      ],
      attachments: [], inference_options: {},
    };
    await streamOf(await post(app, user, { type: 'threads.create', params: { input }, metadata: { diagram_id: diagramId } }));
    const body = fake.requests[0]!.body;
    const user_ = body.input.filter((i: { role?: string }) => i.role === 'user').at(-1);
    expect(user_.content[0]).toEqual({ type: 'input_text', text: 'What comes after @Check order (`Task_CheckOrder`)?' });
    expect(body.instructions).toContain('The user @-mentioned these element ids: Task_CheckOrder.');
  });
});

describe('tool loop bounds and failures', () => {
  it('stops a model that keeps calling tools with a clear message, after the configured number of calls', async () => {
    configure({});
    fake.responses = { kind: 'script', next: () => ({ calls: [{ name: countSpec().name, arguments: '{}' }] }) };
    const events = await askNew('count everything forever');
    // 8 calls run, the 9th request asks again and is refused.
    expect(fake.requests).toHaveLength(9);
    expect(toolOutputs(fake.requests.at(-1)!)).toHaveLength(8);
    const msg = assistantOf(events);
    expect(msg.text).toMatch(/I stopped after 8 diagram queries without reaching an answer/);
    expect(events.some((e) => e.type === 'error')).toBe(false);
    const wf = doneItems(events).filter((i) => i.type === 'workflow');
    expect(wf.flatMap((i) => (i.type === 'workflow' ? i.workflow.tasks : []))).toHaveLength(8);
  });

  it('stops a model that stalls after a tool call once the loop\'s time budget is spent, with a clear message', async () => {
    configure({});
    restore = deps.use({ respond: createOpenAIResponder({ toolTimeBudgetMs: 2000 }) });
    fake.responses = { kind: 'script', next: (req) => (toolOutputs(req).length ? { hang: true } : { calls: [{ name: countSpec().name, arguments: '{}' }] }) };
    const events = await askNew('count, then think forever');
    expect(fake.requests).toHaveLength(2);
    expect(assistantOf(events).text).toBe('_I stopped: the diagram queries for this question took longer than 2 s (1 query so far) without reaching an answer. Try a narrower question, or ask about one part of the diagram at a time._');
    expect(events.some((e) => e.type === 'error')).toBe(false);
    expect(doneItems(events).flatMap((i) => (i.type === 'workflow' ? i.workflow.tasks : []))).toHaveLength(1);
  });

  it('gives failing, unknown and malformed tool calls back to the model as error results, never a failed request', async () => {
    configure({});
    const throwing = { specs: () => [...diagramTools.specs(), { name: 'explode', description: 'always throws', parameters: { type: 'object', properties: {} } }], run: (name: string, args: unknown, ctx: Parameters<typeof diagramTools.run>[2]) => { if (name === 'explode') throw new Error('kaboom'); return diagramTools.run(name, args, ctx); } };
    restore = deps.use({ respond: createOpenAIResponder({ tools: throwing }) });
    fake.responses = {
      kind: 'script',
      next: (req) => toolOutputs(req).length
        ? { text: ['Sorry, those lookups failed.'] }
        : { calls: [{ name: 'explode', arguments: '{}' }, { name: 'no_such_tool', arguments: '{}' }, { name: countSpec().name, arguments: '{"type": ' }] },
    };
    const events = await askNew('break things');
    const outputs = toolOutputs(fake.requests.at(-1)!).map((o) => JSON.parse(o.output) as { error?: string });
    expect(outputs).toHaveLength(3);
    expect(outputs[0]!.error).toMatch(/The tool failed: kaboom/);
    expect(outputs[1]!.error).toMatch(/There is no tool named "no_such_tool"/);
    expect(outputs[2]!.error).toMatch(/not valid JSON/);
    expect(events.some((e) => e.type === 'error')).toBe(false);
    expect(assistantOf(events).text).toBe('Sorry, those lookups failed.');
    const tasks = doneItems(events).flatMap((i) => (i.type === 'workflow' ? i.workflow.tasks : []));
    expect(tasks.map((t) => ('title' in t ? t.title : ''))).toEqual([expect.stringMatching(/^explode failed/), expect.stringMatching(/^no_such_tool failed/), expect.stringMatching(/failed: The arguments are not valid JSON/)]);
  });
});

describe('client tools', () => {
  it('validates a client tool call on the server (repair round), ends the turn with a pending call, and continues with the browser\'s output', async () => {
    configure({});
    const unregister = registerClientTool({
      spec: { name: 'propose_rename', description: 'Rename an element', parameters: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name'] } },
      validate: (args, ctx) => (ctx?.model.byId.has(String(args.id)) ? { ok: true } : { ok: false, result: { error: `No element has the id "${String(args.id)}"` } }),
    });
    try {
      restore = deps.use({ respond: getResponder() });
      fake.responses = {
        kind: 'script',
        next: (req, i) => {
          const outs = toolOutputs(req);
          if (i === 0) return { calls: [{ name: 'propose_rename', arguments: '{"id":"Task_Nope","name":"Check the order"}' }] };
          if (i === 1) return { calls: [{ name: 'propose_rename', arguments: '{"id":"Task_CheckOrder","name":"Check the order"}' }] };
          return { text: [`Done: ${outs.at(-1)!.output}`] };
        },
      };
      const events = await askNew('rename Check order');
      expect(offeredTools(fake.requests[0]!)).toContain('propose_rename');
      expect(JSON.parse(toolOutputs(fake.requests[1]!)[0]!.output)).toEqual({ error: 'No element has the id "Task_Nope"' });
      const pending = doneItems(events).at(-1)!;
      expect(pending).toMatchObject({ type: 'client_tool_call', status: 'pending', name: 'propose_rename', arguments: { id: 'Task_CheckOrder', name: 'Check the order' } });
      expect(events.some((e) => e.type === 'thread.item.added' && e.item.type === 'assistant_message')).toBe(false);
      expect(fake.requests).toHaveLength(2);

      const threadId = (events.find((e) => e.type === 'thread.created') as { thread: { id: string } }).thread.id;
      const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadId, result: { applied: true } }, metadata: { diagram_id: diagramId } }));
      expect(fake.requests).toHaveLength(3);
      // The converter replays the completed call with its output; no new user message is invented.
      const third = fake.requests[2]!.body;
      expect(third.input.filter((x: { type?: string }) => x.type === 'function_call')).toEqual([{ type: 'function_call', call_id: (pending as { call_id: string }).call_id, name: 'propose_rename', arguments: '{"id":"Task_CheckOrder","name":"Check the order"}' }]);
      expect(third.input.at(-1)).toEqual({ type: 'function_call_output', call_id: (pending as { call_id: string }).call_id, output: '{"applied":true}' });
      expect(assistantOf(more).text).toBe('Done: {"applied":true}');
    } finally {
      unregister();
    }
  });
});
