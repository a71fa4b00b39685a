// The OpenAI responder (when OPENAI_API_KEY is set): the official SDK, Responses API streaming.
// OPENAI_BASE_URL points it at any OpenAI-compatible server; when that server has no Responses API (404),
// the same prompt goes through Chat Completions streaming instead — remembered per base URL.
// The diagram query tools are function tools run here, on the server, in a loop bounded in calls and time;
// each call shows as a task of a `custom` workflow item (stored, so a transcript shows what an answer rests
// on). Client tools end the turn as a pending `client_tool_call`. Text deltas become ChatKit text deltas;
// reasoning summaries a `reasoning` workflow item; provider errors an `error` event with a human message.
// Nothing is persisted here.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { env } from '@/lib/env';
import type { ResponseInputItem } from 'openai/resources/responses/responses';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Responder, RespondContext } from './responder';
import type { ClientToolCallItem, CustomTask, ErrorEvent, ThreadStreamEvent, WorkflowItem } from '@/lib/chatkit/types';
import { buildTurnContext, type ContextOptions } from './context';
import { buildPrompt, toChatMessages, toResponsesInput, type Prompt } from './openai-prompt';
import { AssistantMessageStream } from './stream';
import { compactJson } from './converter';
import { strongName } from '@/lib/markdown';
import { diagramTools } from './diagram-tools';
import { clientTools, MAX_REPAIR_ROUNDS, type ClientTool, type ClientToolCheck, type ClientToolContext } from './client-tools';
import { toolContextOf } from '@/lib/bpmn/tools';
import type { DiagramToolRegistry, ToolContext, ToolOutcome, ToolSpec } from './tool-registry';

export type OpenAIResponderOptions = ContextOptions & {
  apiKey?: string;
  baseURL?: string;
  model?: string;
  vision?: boolean;
  timeoutMs?: number;
  /** SDK retries for 429/5xx before giving up (default 1). */
  maxRetries?: number;
  /** Force one API; default: Responses, falling back to Chat Completions on a 404 from a compatible server. */
  api?: 'responses' | 'chat';
  /** The diagram query tools (default: the shared registry). */
  tools?: DiagramToolRegistry;
  /** Browser-side tools (default: those registered in client-tools.ts). */
  clientTools?: ClientTool[];
  /** Tool calls allowed per answer before the responder stops (default 8). */
  maxToolCalls?: number;
  /** Time for the whole tool loop before the responder stops (default 90 s). */
  toolTimeBudgetMs?: number;
};

export const DEFAULT_MAX_TOOL_CALLS = 8;
export const DEFAULT_TOOL_TIME_BUDGET_MS = 90_000;

const chatOnlyBaseUrls = new Set<string>();

/** Forget which servers turned out to have no Responses API (tests switch servers' behaviour). */
export function resetApiDetection(): void {
  chatOnlyBaseUrls.clear();
}

type Call = { callId: string; name: string; arguments: string };
type CallResult = { call: Call; output: string };

/** What one model request streams, in the same shape for either API. */
type WireEvent =
  | { type: 'text'; delta: string }
  | { type: 'reasoning'; index: number; delta: string }
  | { type: 'reasoning_done'; index: number; text: string }
  | { type: 'call'; call: Call };

/**
 * One API's wire format and nothing else: `request` sends the conversation so far and streams its events;
 * `append` adds the model's text and the tool results in that API's shape. The tool loop is `runLoop`, once.
 */
type WireAdapter = {
  request(signal: AbortSignal): AsyncGenerator<WireEvent>;
  append(text: string, results: CallResult[]): void;
};

export function createOpenAIResponder(opts: OpenAIResponderOptions = {}): Responder {
  return async function* openAIResponder(thread, input, ctx, signal): AsyncGenerator<ThreadStreamEvent> {
    const e = env();
    const baseURL = opts.baseURL ?? e.OPENAI_BASE_URL;
    const model = opts.model ?? e.OPENAI_MODEL;
    const client = new OpenAI({
      apiKey: opts.apiKey ?? e.OPENAI_API_KEY ?? 'missing',
      baseURL,
      timeout: opts.timeoutMs ?? e.OPENAI_TIMEOUT_MS,
      maxRetries: opts.maxRetries ?? 1,
    });

    yield { type: 'progress_update', icon: 'sparkle', text: 'Reading the diagram…' };
    const turn = await buildTurnContext(thread, input, ctx, opts);
    if (signal.aborted) return;
    const prompt = buildPrompt(turn, { vision: opts.vision ?? e.OPENAI_VISION, acceptsPdf: !baseURL });
    if (prompt.imagesWithheld.length) {
      yield {
        type: 'notice',
        level: 'warning',
        title: 'Images not sent',
        message: `The configured model is text-only (\`OPENAI_VISION=false\`), so ${prompt.imagesWithheld.length === 1 ? 'this image was' : `these ${prompt.imagesWithheld.length} images were`} not sent to it: ${prompt.imagesWithheld.map((a) => strongName(a.name)).join(', ')}.`,
      };
    }

    const currentNotSent = prompt.notSent.filter((s) => !input || input.attachments.some((a) => a.id === s.attachmentId));
    const preface = currentNotSent.length ? `_I could not read ${currentNotSent.map((s) => `${strongName(s.name)} (${s.reason})`).join(', ')}._\n\n` : '';

    const analysis = turn.diagram?.analysis ?? null;
    // The canvas selection the client sends, limited to ids this diagram has (client ids are never trusted blindly).
    const selection = analysis && Array.isArray(ctx.requestMetadata.selection)
      ? ctx.requestMetadata.selection.filter((x): x is string => typeof x === 'string' && analysis.model.names.has(x)).slice(0, 50)
      : undefined;
    const d = turn.diagram;
    const toolCtx: ToolContext | null = analysis && d
      ? toolContextOf(analysis, {
          selection, revisionId: d.revisionId,
          previous: d.previousModel ? { model: d.previousModel, revisionId: d.previousRevisionId } : null,
        })
      : null;
    const registry = opts.tools ?? diagramTools;
    const serverSpecs = toolCtx ? registry.specs() : [];
    const client_ = opts.clientTools ?? clientTools();
    const specs = [...serverSpecs, ...client_.map((t) => t.spec)];
    const loop: LoopState = {
      registry, toolCtx, clientCtx: toolCtx && d ? { ...toolCtx, xml: d.xml } : null, serverNames: new Set(serverSpecs.map((s) => s.name)), client: new Map(client_.map((t) => [t.spec.name, t])),
      maxCalls: opts.maxToolCalls ?? DEFAULT_MAX_TOOL_CALLS, budgetMs: opts.toolTimeBudgetMs ?? DEFAULT_TOOL_TIME_BUDGET_MS,
      deadline: Date.now() + (opts.toolTimeBudgetMs ?? DEFAULT_TOOL_TIME_BUDGET_MS),
      calls: 0, repairs: 0,
    };
    const w = new TurnWriter(thread.id, ctx.newItemId, preface);

    const useChat = opts.api === 'chat' || (opts.api !== 'responses' && !!baseURL && chatOnlyBaseUrls.has(baseURL));
    try {
      if (!useChat) {
        try {
          yield* runLoop(responsesWire(client, model, prompt, specs), w, loop, thread.id, ctx, signal);
          return;
        } catch (err) {
          // A compatible server without the Responses API: use Chat Completions from now on.
          if (!(err instanceof APIError && err.status === 404 && baseURL && !w.anythingSent && opts.api !== 'responses')) throw err;
          chatOnlyBaseUrls.add(baseURL);
        }
      }
      yield* runLoop(chatWire(client, model, prompt, specs), w, loop, thread.id, ctx, signal);
    } catch (err) {
      if (signal.aborted || err instanceof APIUserAbortError) return;
      yield* w.closeAll();
      yield errorEvent(err, model, baseURL);
    }
  };
}

type LoopState = {
  registry: DiagramToolRegistry;
  toolCtx: ToolContext | null;
  clientCtx: ClientToolContext;
  serverNames: Set<string>;
  client: Map<string, ClientTool>;
  maxCalls: number;
  budgetMs: number;
  deadline: number;
  calls: number;
  repairs: number;
};

/** Rounds until the model answers without tool calls, a client tool call ends the turn, or a bound is hit. */
async function* runLoop(
  wire: WireAdapter, w: TurnWriter, loop: LoopState, threadId: string, ctx: RespondContext, signal: AbortSignal,
): AsyncGenerator<ThreadStreamEvent> {
  for (;;) {
    const calls: Call[] = [];
    // Once tools have run, the next model request is bounded by what is left of the time budget too (the first
    // request only by the client timeout, so a long plain answer is never cut).
    const budget = loop.calls > 0 ? AbortSignal.timeout(Math.max(0, loop.deadline - Date.now())) : null;
    try {
      for await (const ev of wire.request(budget ? AbortSignal.any([signal, budget]) : signal)) {
        if (signal.aborted) return;
        if (budget?.aborted) break;
        if (ev.type === 'text') yield* w.text(ev.delta);
        else if (ev.type === 'reasoning') yield* w.reasoning.delta(ev.index, ev.delta);
        else if (ev.type === 'reasoning_done') yield* w.reasoning.done(ev.index, ev.text);
        else calls.push(ev.call);
      }
    } catch (err) {
      if (!budget?.aborted || signal.aborted) throw err;
    }
    if (signal.aborted) return;
    if (budget?.aborted) {
      yield* w.stop(timeStop(loop));
      return;
    }
    if (!calls.length) {
      yield* w.finishAnswer();
      return;
    }
    const text = w.roundText;
    yield* w.endMessage();
    const results: CallResult[] = [];
    let pending: { call: Call; args: Record<string, unknown> } | null = null;
    let stop: string | null = null;
    for (const call of calls) {
      if (loop.calls >= loop.maxCalls) {
        stop = `I stopped after ${loop.calls} diagram queries without reaching an answer (the limit is ${loop.maxCalls} per question). Try a narrower question, or ask about one part of the diagram at a time.`;
        break;
      }
      if (Date.now() > loop.deadline) {
        stop = timeStop(loop);
        break;
      }
      loop.calls += 1;
      const parsed = parseArgs(call.arguments);
      const client = loop.client.get(call.name);
      if (client) {
        if (!parsed.ok) {
          results.push({ call, output: JSON.stringify({ error: parsed.error }) });
          continue;
        }
        const check = await checkClientCall(client, parsed.args, loop.clientCtx);
        if (check.ok) {
          pending = { call, args: check.arguments ?? parsed.args };
          break;
        }
        loop.repairs += 1;
        yield* w.task(`Checked ${call.name}: needs changes`, `${call.name}(${compactJson(parsed.args, 300)}) → ${compactJson(check.result, 300)}`);
        if (loop.repairs > MAX_REPAIR_ROUNDS) {
          stop = `I could not produce a valid ${call.name} call after ${MAX_REPAIR_ROUNDS} attempts; the last problem was: ${compactJson(check.result, 300)}`;
          break;
        }
        results.push({ call, output: JSON.stringify(check.result) });
        continue;
      }
      const outcome: ToolOutcome = !parsed.ok
        ? { ok: false, error: parsed.error }
        : loop.serverNames.has(call.name)
          ? runTool(loop.registry, call.name, parsed.args, loop.toolCtx!)
          : { ok: false, error: `There is no tool named "${call.name}".` };
      const argsText = parsed.ok ? compactJson(parsed.args, 300) : call.arguments.slice(0, 300);
      if (outcome.ok) {
        yield* w.task(outcome.summary || call.name, `${call.name}(${argsText})`);
        results.push({ call, output: JSON.stringify(outcome.result) });
      } else {
        yield* w.task(`${call.name} failed: ${outcome.error}`, `${call.name}(${argsText})`);
        results.push({ call, output: JSON.stringify({ error: outcome.error }) });
      }
    }
    if (pending) {
      yield* w.closeAll();
      const item: ClientToolCallItem = {
        type: 'client_tool_call', id: ctx.newItemId('client_tool_call'), thread_id: threadId, created_at: new Date().toISOString(),
        status: 'pending', call_id: pending.call.callId, name: pending.call.name, arguments: pending.args,
      };
      yield { type: 'thread.item.done', item };
      return;
    }
    if (stop) {
      yield* w.stop(stop);
      return;
    }
    wire.append(text, results);
  }
}

const timeStop = (loop: LoopState) =>
  `I stopped: the diagram queries for this question took longer than ${Math.round(loop.budgetMs / 1000)} s (${loop.calls} ${loop.calls === 1 ? 'query' : 'queries'} so far) without reaching an answer. Try a narrower question, or ask about one part of the diagram at a time.`;

function parseArgs(text: string): { ok: true; args: Record<string, unknown> } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, args: {} };
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return { ok: true, args: v as Record<string, unknown> };
    return { ok: false, error: 'The arguments must be a JSON object.' };
  } catch (err) {
    return { ok: false, error: `The arguments are not valid JSON (${(err as Error).message}).` };
  }
}

/** A tool that throws is a tool result the model reads, never a failed request. */
function runTool(registry: DiagramToolRegistry, name: string, args: unknown, ctx: ToolContext): ToolOutcome {
  try {
    return registry.run(name, args, ctx);
  } catch (err) {
    return { ok: false, error: `The tool failed: ${(err as Error)?.message ?? String(err)}` };
  }
}

async function checkClientCall(tool: ClientTool, args: Record<string, unknown>, ctx: ClientToolContext): Promise<ClientToolCheck> {
  if (!tool.validate) return { ok: true };
  try {
    return await tool.validate(args, ctx);
  } catch (err) {
    return { ok: false, result: { error: `The check failed: ${(err as Error)?.message ?? String(err)}` } };
  }
}

function responsesWire(client: OpenAI, model: string, prompt: Prompt, specs: ToolSpec[]): WireAdapter {
  const input: ResponseInputItem[] = toResponsesInput(prompt.input);
  const tools = specs.map((s) => ({ type: 'function' as const, name: s.name, description: s.description, parameters: s.parameters as Record<string, unknown>, strict: false }));
  return {
    async *request(signal) {
      const stream = await client.responses.create(
        {
          model, instructions: prompt.instructions, input, stream: true, store: false,
          ...(tools.length ? { tools } : {}),
          // Reasoning summaries only exist for reasoning models; other models reject the parameter.
          ...(isReasoningModel(model) ? { reasoning: { summary: 'auto' as const } } : {}),
        },
        { signal },
      );
      for await (const ev of stream) {
        if (ev.type === 'response.reasoning_summary_text.delta') yield { type: 'reasoning', index: ev.summary_index, delta: ev.delta };
        else if (ev.type === 'response.reasoning_summary_text.done') yield { type: 'reasoning_done', index: ev.summary_index, text: ev.text };
        else if (ev.type === 'response.output_text.delta') yield { type: 'text', delta: ev.delta };
        else if (ev.type === 'response.output_item.done' && ev.item.type === 'function_call') {
          yield { type: 'call', call: { callId: ev.item.call_id, name: ev.item.name, arguments: ev.item.arguments } };
        } else if (ev.type === 'response.failed') {
          throw new APIError(undefined, ev.response.error ?? { message: 'The response failed.' }, ev.response.error?.message ?? 'The response failed.', undefined);
        } else if (ev.type === 'error') throw new APIError(undefined, ev, ev.message, undefined);
      }
    },
    append(text, results) {
      if (text) input.push({ role: 'assistant', content: text });
      for (const { call, output } of results) {
        input.push({ type: 'function_call', call_id: call.callId, name: call.name, arguments: call.arguments });
        input.push({ type: 'function_call_output', call_id: call.callId, output });
      }
    },
  };
}

function chatWire(client: OpenAI, model: string, prompt: Prompt, specs: ToolSpec[]): WireAdapter {
  const messages: ChatCompletionMessageParam[] = toChatMessages(prompt.instructions, prompt.input);
  const tools = specs.map((s) => ({ type: 'function' as const, function: { name: s.name, description: s.description, parameters: s.parameters as Record<string, unknown> } }));
  return {
    async *request(signal) {
      const stream = await client.chat.completions.create({ model, messages, stream: true, ...(tools.length ? { tools } : {}) }, { signal });
      // Tool calls arrive in pieces (by index) and are complete when the stream ends.
      const partial: { id: string; name: string; arguments: string }[] = [];
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta as
          | { content?: string | null; reasoning_content?: string; reasoning?: string; tool_calls?: { index: number; id?: string; function?: { name?: string; arguments?: string } }[] }
          | undefined;
        const thinking = delta?.reasoning_content ?? delta?.reasoning;
        if (thinking) yield { type: 'reasoning', index: 0, delta: thinking };
        if (delta?.content) yield { type: 'text', delta: delta.content };
        for (const tc of delta?.tool_calls ?? []) {
          const p = (partial[tc.index] ??= { id: '', name: '', arguments: '' });
          if (tc.id) p.id = tc.id;
          if (tc.function?.name) p.name += tc.function.name;
          if (tc.function?.arguments) p.arguments += tc.function.arguments;
        }
      }
      for (const [i, p] of partial.entries()) if (p) yield { type: 'call', call: { callId: p.id || `call_${i}`, name: p.name, arguments: p.arguments } };
    },
    append(text, results) {
      messages.push({
        role: 'assistant', content: text || null,
        tool_calls: results.map(({ call }) => ({ id: call.callId, type: 'function' as const, function: { name: call.name, arguments: call.arguments } })),
      });
      for (const { call, output } of results) messages.push({ role: 'tool', tool_call_id: call.callId, content: output });
    },
  };
}

/**
 * Everything one answer shows, in order: reasoning, the tool workflow, then the message text. Each round of
 * text gets its own message item, so a workflow always sits between the text before and after it.
 */
class TurnWriter {
  readonly reasoning: ReasoningWorkflow;
  private tools: ToolWorkflow;
  private message: AssistantMessageStream | null = null;
  private prefaceSent = false;
  anythingSent = false;
  constructor(private threadId: string, private newId: RespondContext['newItemId'], private preface: string) {
    this.reasoning = new ReasoningWorkflow(threadId, () => newId('workflow'));
    this.tools = new ToolWorkflow(threadId, () => newId('workflow'));
  }

  get roundText(): string {
    return this.message?.text ?? '';
  }

  private open(): AssistantMessageStream {
    this.message ??= new AssistantMessageStream(this.threadId, this.newId('assistant_message'));
    return this.message;
  }

  /** The message the text goes into, after the workflows before it; the preface opens the first one. */
  private *startText(): Generator<ThreadStreamEvent, AssistantMessageStream> {
    yield* this.reasoning.close();
    yield* this.tools.close();
    const m = this.open();
    if (this.preface && !this.prefaceSent) {
      this.prefaceSent = true;
      yield* m.delta(this.preface);
    }
    return m;
  }

  *text(delta: string): Generator<ThreadStreamEvent> {
    this.anythingSent = true;
    const m = yield* this.startText();
    yield* m.delta(delta);
  }

  *task(title: string, content: string): Generator<ThreadStreamEvent> {
    this.anythingSent = true;
    yield* this.reasoning.close();
    yield* this.endMessage();
    yield* this.tools.add({ type: 'custom', title, content, status_indicator: 'complete' });
  }

  *endMessage(): Generator<ThreadStreamEvent> {
    if (this.message?.started) yield* this.message.finish();
    this.message = null;
  }

  *closeAll(): Generator<ThreadStreamEvent> {
    yield* this.reasoning.close();
    yield* this.tools.close();
    yield* this.endMessage();
  }

  /** The final answer: the open message finished (an empty one still carries the preface). */
  *finishAnswer(): Generator<ThreadStreamEvent> {
    const m = yield* this.startText();
    yield* m.finish();
    this.message = null;
  }

  *stop(text: string): Generator<ThreadStreamEvent> {
    yield* this.closeAll();
    yield* this.text(`_${text}_`);
    yield* this.finishAnswer();
  }
}

/** Diagram queries as one compact `custom` workflow of tasks ("Counted 4 user tasks in lane Warehouse"). */
class ToolWorkflow {
  private item: WorkflowItem | null = null;
  private tasks: CustomTask[] = [];
  constructor(private threadId: string, private newId: () => string) {}

  *add(task: CustomTask): Generator<ThreadStreamEvent> {
    if (!this.item) {
      this.item = {
        type: 'workflow', id: this.newId(), thread_id: this.threadId, created_at: new Date().toISOString(),
        workflow: { type: 'custom', tasks: [], expanded: false },
      };
      yield { type: 'thread.item.added', item: this.item };
    }
    this.tasks.push(task);
    yield { type: 'thread.item.updated', item_id: this.item.id, update: { type: 'workflow.task.added', task_index: this.tasks.length - 1, task } };
  }

  *close(): Generator<ThreadStreamEvent> {
    if (!this.item) return;
    const n = this.tasks.length;
    const title = `Checked the diagram (${n} ${n === 1 ? 'query' : 'queries'})`;
    yield { type: 'thread.item.done', item: { ...this.item, workflow: { type: 'custom', tasks: this.tasks, summary: { title }, expanded: false } } };
    this.item = null;
    this.tasks = [];
  }
}

/** Reasoning summaries as a `reasoning` workflow of thought tasks, closed with its duration when text starts. */
class ReasoningWorkflow {
  private item: WorkflowItem | null = null;
  private texts: string[] = [];
  private startedAt = 0;
  constructor(private threadId: string, private newId: () => string) {}

  *delta(index: number, text: string): Generator<ThreadStreamEvent> {
    if (!this.item) {
      this.startedAt = Date.now();
      this.item = {
        type: 'workflow', id: this.newId(), thread_id: this.threadId, created_at: new Date().toISOString(),
        workflow: { type: 'reasoning', tasks: [], expanded: true },
      };
      yield { type: 'thread.item.added', item: this.item };
    }
    const isNew = this.texts[index] === undefined;
    this.texts[index] = (this.texts[index] ?? '') + text;
    const task = { type: 'thought' as const, content: this.texts[index]!, status_indicator: 'loading' as const };
    yield { type: 'thread.item.updated', item_id: this.item.id, update: { type: isNew ? 'workflow.task.added' : 'workflow.task.updated', task_index: index, task } };
  }

  *done(index: number, text: string): Generator<ThreadStreamEvent> {
    if (!this.item) yield* this.delta(index, '');
    this.texts[index] = text;
    yield { type: 'thread.item.updated', item_id: this.item!.id, update: { type: 'workflow.task.updated', task_index: index, task: { type: 'thought', content: text, status_indicator: 'complete' } } };
  }

  *close(): Generator<ThreadStreamEvent> {
    if (!this.item) return;
    const tasks = this.texts.map((content) => ({ type: 'thought' as const, content, status_indicator: 'complete' as const }));
    const duration = Math.max(1, Math.round((Date.now() - this.startedAt) / 1000));
    yield { type: 'thread.item.done', item: { ...this.item, workflow: { type: 'reasoning', tasks, summary: { duration }, expanded: false } } };
    this.item = null;
    this.texts = [];
  }
}

/** Provider failures as a ChatKit error event people can act on. */
export function errorEvent(err: unknown, model: string, baseURL: string | undefined): ErrorEvent {
  const where = baseURL ? `the AI server at ${baseURL}` : 'OpenAI';
  const ev = (message: string, allow_retry: boolean): ErrorEvent => ({ type: 'error', code: 'custom', message, allow_retry });
  if (err instanceof APIConnectionTimeoutError) return ev(`${capital(where)} did not answer in time. Try again; if it keeps happening, raise OPENAI_TIMEOUT_MS.`, true);
  if (err instanceof APIConnectionError) return ev(`Could not reach ${where}. Check that it is running and reachable, then try again.`, true);
  if (err instanceof APIError) {
    const detail = providerMessage(err);
    switch (err.status) {
      case 401: return ev(`${capital(where)} rejected the API key (401). Check OPENAI_API_KEY.`, false);
      case 403: return ev(`${capital(where)} refused the request (403)${detail}. Check the key's permissions for model "${model}".`, false);
      case 404: return ev(`The model "${model}" was not found at ${where} (404)${detail}. Check OPENAI_MODEL.`, false);
      case 429: return ev(`${capital(where)} is rate-limiting requests or the quota is used up (429)${detail}. Wait a moment and try again.`, true);
      case 400: case 413: case 422: return ev(`${capital(where)} could not process this request (${err.status})${detail}.`, false);
      default:
        if (err.status && err.status >= 500) return ev(`${capital(where)} had an internal error (${err.status}). Try again in a moment.`, true);
        return ev(`The AI request failed${detail || `: ${err.message}`}.`, true);
    }
  }
  return ev(`The AI request failed: ${(err as Error)?.message ?? String(err)}.`, true);
}

function providerMessage(err: APIError): string {
  const m = (err.error as { message?: string } | undefined)?.message;
  return m ? `: ${m.slice(0, 300)}` : '';
}

export const isReasoningModel = (model: string) => /^(o\d|gpt-5)/i.test(model);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
