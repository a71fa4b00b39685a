// The OpenAI responder (when OPENAI_API_KEY is set): the official SDK, Responses API streaming.
// OPENAI_BASE_URL points it at any OpenAI-compatible server; when that server has no Responses API (404),
// the same prompt goes through Chat Completions streaming instead — remembered per base URL.
// Text deltas become ChatKit text deltas; reasoning summaries a `reasoning` workflow item; provider errors
// an `error` event with a human message. Nothing is persisted here.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { env } from '@/lib/env';
import type { Responder } from './responder';
import type { ErrorEvent, ThreadStreamEvent, WorkflowItem } from '@/lib/chatkit/types';
import { buildTurnContext, type ContextOptions } from './context';
import { buildPrompt, toChatMessages, toResponsesInput, type Prompt } from './openai-prompt';
import { AssistantMessageStream } from './stream';

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
};

const chatOnlyBaseUrls = new Set<string>();

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
        message: `The configured model is text-only (\`OPENAI_VISION=false\`), so ${prompt.imagesWithheld.length === 1 ? 'this image was' : `these ${prompt.imagesWithheld.length} images were`} not sent to it: ${prompt.imagesWithheld.map((a) => `**${a.name}**`).join(', ')}.`,
      };
    }

    const message = new AssistantMessageStream(thread.id, ctx.newItemId('assistant_message'));
    const currentNotSent = prompt.notSent.filter((s) => !input || input.attachments.some((a) => a.id === s.attachmentId));
    const preface = currentNotSent.length ? `_I could not read ${currentNotSent.map((s) => `**${s.name}** (${s.reason})`).join(', ')}._\n\n` : '';
    const reasoning = new ReasoningWorkflow(thread.id, () => ctx.newItemId('workflow'));

    const useChat = opts.api === 'chat' || (opts.api !== 'responses' && !!baseURL && chatOnlyBaseUrls.has(baseURL));
    try {
      if (!useChat) {
        try {
          for await (const ev of responsesStream(client, model, prompt, signal, reasoning, message, preface)) yield ev;
          return;
        } catch (err) {
          // A compatible server without the Responses API: use Chat Completions from now on.
          if (!(err instanceof APIError && err.status === 404 && baseURL && !message.started && opts.api !== 'responses')) throw err;
          chatOnlyBaseUrls.add(baseURL);
        }
      }
      for await (const ev of chatStream(client, model, prompt, signal, reasoning, message, preface)) yield ev;
    } catch (err) {
      if (signal.aborted || err instanceof APIUserAbortError) return;
      yield* reasoning.close();
      if (message.started) yield* message.finish();
      yield errorEvent(err, model, baseURL);
    }
  };
}

async function* responsesStream(
  client: OpenAI, model: string, prompt: Prompt, signal: AbortSignal,
  reasoning: ReasoningWorkflow, message: AssistantMessageStream, preface: string,
): AsyncGenerator<ThreadStreamEvent> {
  const stream = await client.responses.create(
    {
      model, instructions: prompt.instructions, input: toResponsesInput(prompt), stream: true, store: false,
      // Reasoning summaries only exist for reasoning models; other models reject the parameter.
      ...(isReasoningModel(model) ? { reasoning: { summary: 'auto' as const } } : {}),
    },
    { signal },
  );
  for await (const ev of stream) {
    if (signal.aborted) return;
    switch (ev.type) {
      case 'response.reasoning_summary_text.delta':
        yield* reasoning.delta(ev.summary_index, ev.delta);
        break;
      case 'response.reasoning_summary_text.done':
        yield* reasoning.done(ev.summary_index, ev.text);
        break;
      case 'response.output_text.delta':
        yield* reasoning.close();
        if (preface && !message.started) yield* message.delta(preface);
        yield* message.delta(ev.delta);
        break;
      case 'response.failed':
        throw new APIError(undefined, ev.response.error ?? { message: 'The response failed.' }, ev.response.error?.message ?? 'The response failed.', undefined);
      case 'error':
        throw new APIError(undefined, ev, ev.message, undefined);
      default:
        break;
    }
  }
  if (signal.aborted) return;
  yield* reasoning.close();
  if (preface && !message.started) yield* message.delta(preface);
  yield* message.finish();
}

async function* chatStream(
  client: OpenAI, model: string, prompt: Prompt, signal: AbortSignal,
  reasoning: ReasoningWorkflow, message: AssistantMessageStream, preface: string,
): AsyncGenerator<ThreadStreamEvent> {
  const stream = await client.chat.completions.create({ model, messages: toChatMessages(prompt), stream: true }, { signal });
  for await (const chunk of stream) {
    if (signal.aborted) return;
    const delta = chunk.choices[0]?.delta as { content?: string | null; reasoning_content?: string; reasoning?: string } | undefined;
    const thinking = delta?.reasoning_content ?? delta?.reasoning;
    if (thinking) yield* reasoning.delta(0, thinking);
    if (delta?.content) {
      yield* reasoning.close();
      if (preface && !message.started) yield* message.delta(preface);
      yield* message.delta(delta.content);
    }
  }
  if (signal.aborted) return;
  yield* reasoning.close();
  if (preface && !message.started) yield* message.delta(preface);
  yield* message.finish();
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
