// The ChatKit protocol router. Every existence/ownership check happens before a stream is returned, so a bad
// thread, item or attachment id is an HTTP 404 JSON answer, never a 200 stream that dies.
// Streams: the server persists what responders produce (`thread.item.done` → store), saves pending assistant
// text and a hidden note when the client cancels, and turns failures into `error` events.
import { AppError, toAppError } from '@/lib/errors';
import { newId, type IdPrefix } from '@/lib/ids';
import type { Responder, RespondContext } from '@/lib/ai/responder';
import { userMessageText } from '@/lib/ai/converter';
import type { AttachmentsPort, PageRequest, RequestCtx, Store } from './store';
import { EMPTY_PAGE, attachmentToWire, itemToWire, pageToWire, threadToWire, wirePageJson } from './serialize';
import { isHiddenItem } from './types';
import type {
  Action,
  AssistantMessageContent,
  AssistantMessageItem,
  Attachment,
  ChatKitRequest,
  ErrorEvent,
  Page,
  ThreadItem,
  ThreadItemType,
  ThreadMetadata,
  ThreadStreamEvent,
  UserMessageInput,
  UserMessageItem,
} from './types';

export const DEFAULT_PAGE_SIZE = 20;
export const TITLE_MAX_CHARS = 60;
export const CANCELLED_NOTE = 'The user cancelled the stream. Stop responding to the prior request.';
export const INTERRUPTED_TEXT = 'Answer interrupted — the server stopped before it finished. Retry to ask again.';
export const BUSY_MESSAGE =
  'This conversation is still answering an earlier message (perhaps in another tab). Wait for that answer or stop it, then send again.';
/** How long a turn's lease lasts without renewal; the answering process renews it every third of that. */
export const DEFAULT_TURN_LEASE_MS = 30_000;

/** Optional widget-action handling; without it, actions are answered "not supported". */
export type ActionHandler = {
  stream?(thread: ThreadMetadata, action: Action, item: ThreadItem | null, ctx: RespondContext, signal: AbortSignal): AsyncIterable<ThreadStreamEvent>;
  sync?(thread: ThreadMetadata, action: Action, item: ThreadItem | null, ctx: RespondContext): Promise<{ updated_item?: ThreadItem }>;
};

export type HandleDeps = {
  store: Store;
  attachments: AttachmentsPort;
  respond: Responder;
  actions?: ActionHandler;
  now?: () => Date;
  /** Lease of a thread's turn (see Store.beginTurn); DEFAULT_TURN_LEASE_MS when unset. */
  turnLeaseMs?: number;
};

export type HandleCtx = { userId: string; origin?: string; signal: AbortSignal };

export type HandleResult = { kind: 'json'; body: unknown } | { kind: 'stream'; events: AsyncIterable<ThreadStreamEvent> };

const ITEM_PREFIX: Record<ThreadItemType, IdPrefix> = {
  user_message: 'msg',
  assistant_message: 'msg',
  client_tool_call: 'tc',
  widget: 'cti',
  generated_image: 'cti',
  structured_input: 'cti',
  task: 'tsk',
  workflow: 'wf',
  end_of_turn: 'end',
  hidden_context_item: 'hid',
  sdk_hidden_context: 'shcx',
};

export const newItemId = (type: ThreadItemType) => newId(ITEM_PREFIX[type]);

function pageRequest(p: { limit?: number; order?: 'asc' | 'desc'; after?: string }): PageRequest {
  return { limit: p.limit ?? DEFAULT_PAGE_SIZE, order: p.order ?? 'desc', after: p.after };
}

const json = (body: unknown): HandleResult => ({ kind: 'json', body });
const stream = (events: AsyncIterable<ThreadStreamEvent>): HandleResult => ({ kind: 'stream', events });

export async function handle(request: ChatKitRequest, ctx: HandleCtx, deps: HandleDeps): Promise<HandleResult> {
  const { store } = deps;
  const { userId } = ctx;
  const rctx: RequestCtx = { userId, origin: ctx.origin };
  const requestMetadata = (request.metadata ?? {}) as Record<string, unknown>;

  switch (request.type) {
    case 'threads.create': {
      const { input } = request.params;
      const attachments = await loadAttachments(deps, rctx, input.attachments);
      const diagramId = stringOrUndefined(requestMetadata.diagram_id);
      let userMessage!: UserMessageItem;
      // One write for the thread and its first message, so a message that cannot be stored leaves no empty thread.
      const thread = await store.createThread(userId, { metadata: diagramId ? { diagram_id: diagramId } : {} }, {
        diagramId,
        item: (threadId) => (userMessage = userMessageItem(deps, threadId, input, attachments)),
      });
      return inTurn(deps, ctx, thread.id, async () => {
        await bindAttachments(deps, ctx, thread, attachments);
        return (async function* () {
          yield { type: 'thread.created', thread: threadToWire(thread) };
          yield { type: 'thread.item.done', item: userMessage };
          yield* respondStream(deps, ctx, thread, userMessage, requestMetadata, { autoTitle: true });
        })();
      });
    }

    case 'threads.add_user_message': {
      const { input, thread_id } = request.params;
      // The thread is loaded with its lease (one statement); checks that may still fail free the lease again.
      return inTurn(deps, ctx, thread_id, async (thread) => {
        const attachments = await loadAttachments(deps, rctx, input.attachments);
        const userMessage = await storeUserMessage(deps, ctx, thread, input, attachments, requestMetadata);
        return (async function* () {
          yield { type: 'thread.item.done', item: userMessage };
          yield* respondStream(deps, ctx, thread, userMessage, requestMetadata, { autoTitle: true });
        })();
      });
    }

    case 'threads.add_client_tool_output': {
      return inTurn(deps, ctx, request.params.thread_id, async (thread) => {
        const recent = await store.loadThreadItems(userId, thread.id, { limit: DEFAULT_PAGE_SIZE, order: 'desc' });
        const newest = recent.data[0];
        if (!newest || newest.type !== 'client_tool_call' || newest.status !== 'pending') {
          throw new AppError('badRequest', 'There is no pending client tool call in this thread to complete.');
        }
        await store.saveItem(userId, thread.id, { ...newest, status: 'completed', output: request.params.result });
        // Older pending calls can never be answered now; drop them like the Python SDK does.
        for (const item of recent.data.slice(1)) {
          if (item.type === 'client_tool_call' && item.status === 'pending') await store.deleteItem(userId, thread.id, item.id);
        }
        return respondStream(deps, ctx, thread, null, requestMetadata, { autoTitle: false });
      });
    }

    case 'threads.retry_after_item': {
      return inTurn(deps, ctx, request.params.thread_id, async (thread) => {
        const item = await store.loadItem(userId, thread.id, request.params.item_id);
        if (item.type !== 'user_message') {
          throw new AppError('badRequest', 'params.item_id: retry needs the id of a user message.');
        }
        const removed = await store.deleteItemsAfter(userId, thread.id, item.id);
        const [userMessage] = await presentItems(deps, rctx, [item]);
        return respondStream(deps, ctx, thread, userMessage as UserMessageItem, requestMetadata, {
          autoTitle: false,
          // The client types say removals arrive as events; Python deletes silently. Sending them is harmless.
          before: removed.map((id) => ({ type: 'thread.item.removed', item_id: id })),
        });
      });
    }

    case 'threads.custom_action': {
      const { thread_id, item_id, action } = request.params;
      const handler = deps.actions?.stream;
      if (!handler) {
        const thread = await loadWritableThread(deps, userId, thread_id);
        if (item_id) await loadWidgetItem(deps, userId, thread.id, item_id);
        return stream(
          (async function* () {
            yield { type: 'stream_options', stream_options: { allow_cancel: true } };
            yield errorEvent(new AppError('notSupported', `The action "${action.type}" is not supported here.`));
          })(),
        );
      }
      return inTurn(deps, ctx, thread_id, async (thread) => {
        const item = item_id ? await loadWidgetItem(deps, userId, thread.id, item_id) : null;
        const source = (signal: AbortSignal) => handler(thread, action, item, respondContext(deps, ctx, thread, requestMetadata), signal);
        return processEvents(deps, ctx, thread, source, { autoTitle: false });
      });
    }

    case 'threads.sync_custom_action': {
      const { thread_id, item_id, action } = request.params;
      const thread = await loadWritableThread(deps, userId, thread_id);
      const item = item_id ? await loadWidgetItem(deps, userId, thread.id, item_id) : null;
      if (!deps.actions?.sync) throw new AppError('notSupported', `The action "${action.type}" is not supported here.`);
      const result = await deps.actions.sync(thread, action, item, respondContext(deps, ctx, thread, requestMetadata));
      if (result.updated_item) await store.saveItem(userId, thread.id, { ...result.updated_item, thread_id: thread.id });
      return json(result.updated_item ? { updated_item: itemToWire(result.updated_item) } : {});
    }

    case 'threads.get_by_id': {
      const thread = await store.loadThread(userId, request.params.thread_id);
      const items = await store.loadThreadItems(userId, thread.id, { limit: DEFAULT_PAGE_SIZE, order: 'asc' }, { interrupted: () => interruptedItem(deps, thread.id) });
      return json(threadToWire(thread, { ...items, data: await presentItems(deps, rctx, items.data) }));
    }

    case 'threads.list': {
      // The element's history is per diagram: our api.fetch puts the open diagram in metadata.diagram_id.
      // Without it (the built-in panel's "all diagrams" view), every thread of the user.
      const diagramId = request.metadata?.diagram_id;
      const filter = typeof diagramId === 'string' ? { diagramId } : {};
      if (store.loadThreadsWire) return json(wirePageJson(await store.loadThreadsWire(userId, pageRequest(request.params), filter)));
      const page = await store.loadThreads(userId, pageRequest(request.params), filter);
      return json(pageToWire(page, (t) => threadToWire(t, EMPTY_PAGE)));
    }

    case 'threads.update': {
      const title = request.params.title;
      const thread = await store.updateThread(userId, request.params.thread_id, { title: title === '' ? null : title });
      return json(threadToWire(thread, EMPTY_PAGE));
    }

    case 'threads.delete': {
      const thread = await store.loadThread(userId, request.params.thread_id);
      // Attachment rows go with the thread (cascade); their bytes must go too.
      const ids = attachmentIdsOf(await store.loadAllItems(userId, thread.id));
      for (const id of ids) await deps.attachments.delete(rctx, id).catch(() => {});
      await store.deleteThread(userId, thread.id);
      return json({});
    }

    case 'items.list': {
      const { thread_id, ...page } = request.params;
      // One read: the owner check (404 when missing or not yours), an expired turn settled, the page. A page the
      // store has wire-ready is answered as that text: nothing to present, and no parse or stringify.
      const opts = { interrupted: () => interruptedItem(deps, thread_id) };
      const items = store.loadThreadItemsWire
        ? await store.loadThreadItemsWire(userId, thread_id, pageRequest(page), opts)
        : await store.loadThreadItems(userId, thread_id, pageRequest(page), opts);
      if ('wire' in items) return json(wirePageJson(items));
      const presented = await presentItems(deps, rctx, items.data);
      return json(pageToWire({ ...items, data: presented }, itemToWire));
    }

    case 'items.feedback': {
      const { thread_id, item_ids, kind } = request.params;
      const thread = await store.loadThread(userId, thread_id);
      await store.addFeedback(userId, thread.id, item_ids, kind);
      return json({});
    }

    case 'attachments.create': {
      const attachment = await deps.attachments.create(rctx, request.params);
      return json(attachmentToWire(attachment));
    }

    case 'attachments.delete':
      await deps.attachments.delete(rctx, request.params.attachment_id);
      return json({});

    case 'threads.add_structured_input':
      throw new AppError('notSupported', 'threads.add_structured_input is not supported by this server (it never asks structured questions).');

    case 'input.transcribe':
      throw new AppError('notSupported', 'input.transcribe is not supported by this server; dictation is disabled.');

    default: {
      const never: never = request;
      throw new AppError('badRequest', `type: unknown request type ${JSON.stringify((never as { type?: unknown }).type)}`);
    }
  }
}

// ---------------------------------------------------------------- turns

/**
 * Runs one turn on the thread: loads it and takes its lease in one store call (404 missing or not yours, 409 when
 * locked or closed, 409 `busy` while another turn holds it), runs `prepare` with the thread (pre-flight work that
 * may still fail with a 4xx; the lease is freed then), and streams what it returns while renewing the lease. The
 * lease is freed when the stream ends, however it ends (done, cancelled, failed).
 */
async function inTurn(
  deps: HandleDeps,
  ctx: HandleCtx,
  threadId: string,
  prepare: (thread: ThreadMetadata) => Promise<AsyncIterable<ThreadStreamEvent>>,
): Promise<HandleResult> {
  const { store } = deps;
  const ttlMs = deps.turnLeaseMs ?? DEFAULT_TURN_LEASE_MS;
  const turnId = newId('turn');
  const { thread, begun } = await store.beginTurn(ctx.userId, threadId, { turnId, ttlMs, interrupted: () => interruptedItem(deps, threadId) });
  if (begun === 'inactive') throw notWritable(thread);
  if (begun === 'busy') throw new AppError('busy', BUSY_MESSAGE);
  const end = () =>
    store.endTurn(ctx.userId, thread.id, turnId).catch((err) => console.error('[chatkit] could not free a turn (its lease will expire):', err));
  let events: AsyncIterable<ThreadStreamEvent>;
  try {
    events = await prepare(thread);
  } catch (err) {
    await end();
    throw err;
  }
  return stream(
    (async function* () {
      const renew = setInterval(() => {
        store.renewTurn(ctx.userId, thread.id, { turnId, ttlMs }).then(
          (held) => held || console.error(`[chatkit] turn ${turnId} lost its lease on ${thread.id} (the process was too slow to renew it)`),
          (err) => console.error('[chatkit] could not renew a turn lease:', err),
        );
      }, Math.max(100, Math.floor(ttlMs / 3)));
      renew.unref?.();
      try {
        yield* events;
      } finally {
        clearInterval(renew);
        await end();
      }
    })(),
  );
}

/** What a thread shows where an answer was cut off by its process dying (retry removes it with the rest). */
function interruptedItem(deps: HandleDeps, threadId: string): AssistantMessageItem {
  return {
    type: 'assistant_message',
    id: newItemId('assistant_message'),
    thread_id: threadId,
    created_at: now(deps).toISOString(),
    content: [{ type: 'output_text', text: INTERRUPTED_TEXT, annotations: [] }],
  };
}

// ---------------------------------------------------------------- pre-flight helpers

/** A thread for a request that needs no turn (custom actions); 409 when it is locked or closed. */
async function loadWritableThread(deps: HandleDeps, userId: string, threadId: string): Promise<ThreadMetadata> {
  const thread = await deps.store.loadThread(userId, threadId);
  if (thread.status.type !== 'active') throw notWritable(thread);
  return thread;
}

function notWritable(thread: ThreadMetadata): AppError {
  const { status } = thread;
  return new AppError('conflict', ('reason' in status ? status.reason : undefined) ?? `This conversation is ${status.type}.`);
}

async function loadWidgetItem(deps: HandleDeps, userId: string, threadId: string, itemId: string): Promise<ThreadItem> {
  const item = await deps.store.loadItem(userId, threadId, itemId);
  if (item.type !== 'widget') throw new AppError('badRequest', 'params.item_id: actions can only target a widget item.');
  return item;
}

async function loadAttachments(deps: HandleDeps, rctx: RequestCtx, ids: string[]): Promise<Attachment[]> {
  if (!ids.length) return [];
  const unique = [...new Set(ids)];
  const found = await deps.attachments.loadForMessage(rctx, unique);
  const byId = new Map(found.map((a) => [a.id, a]));
  // The port promises a 404 itself; this guards against a partial answer.
  if (unique.some((id) => !byId.has(id))) throw new AppError('notFound', 'Attachment not found');
  return unique.map((id) => byId.get(id)!);
}

async function storeUserMessage(
  deps: HandleDeps,
  ctx: HandleCtx,
  thread: ThreadMetadata,
  input: UserMessageInput,
  attachments: Attachment[],
  requestMetadata: Record<string, unknown>,
): Promise<UserMessageItem> {
  const item = userMessageItem(deps, thread.id, input, attachments);
  const diagramId = stringOrUndefined(requestMetadata.diagram_id);
  // Bind first: the per-conversation attachment limit may refuse the message, and then nothing is stored.
  await bindAttachments(deps, ctx, thread, attachments);
  await deps.store.addThreadItem(ctx.userId, thread.id, item, { diagramId });
  return item;
}

function userMessageItem(deps: HandleDeps, threadId: string, input: UserMessageInput, attachments: Attachment[]): UserMessageItem {
  return {
    type: 'user_message',
    id: newItemId('user_message'),
    thread_id: threadId,
    created_at: now(deps).toISOString(),
    content: input.content,
    attachments: attachments.map((a) => ({ ...a, thread_id: threadId })),
    quoted_text: input.quoted_text,
    inference_options: input.inference_options ?? {},
  };
}

async function bindAttachments(deps: HandleDeps, ctx: HandleCtx, thread: ThreadMetadata, attachments: Attachment[]): Promise<void> {
  if (attachments.length) await deps.attachments.bindToThread({ userId: ctx.userId }, attachments.map((a) => a.id), thread.id);
}

/** Attachments of user messages with freshly minted preview URLs (never stored). */
export async function presentItems(deps: HandleDeps, rctx: RequestCtx, items: ThreadItem[]): Promise<ThreadItem[]> {
  const ids = attachmentIdsOf(items);
  if (!ids.length) return items;
  const fresh = new Map((await deps.attachments.present(rctx, ids)).map((a) => [a.id, a]));
  return items.map((item) =>
    item.type === 'user_message' && item.attachments.length
      ? { ...item, attachments: item.attachments.flatMap((a) => (fresh.has(a.id) ? [fresh.get(a.id)!] : [])) }
      : item,
  );
}

function attachmentIdsOf(items: ThreadItem[]): string[] {
  return [...new Set(items.flatMap((i) => (i.type === 'user_message' ? i.attachments.map((a) => a.id) : [])))];
}

// ---------------------------------------------------------------- streaming

function respondContext(deps: HandleDeps, ctx: HandleCtx, thread: ThreadMetadata, requestMetadata: Record<string, unknown>): RespondContext {
  return {
    userId: ctx.userId,
    threadMetadata: thread.metadata,
    requestMetadata,
    loadItems: async () => presentItems(deps, { userId: ctx.userId }, await deps.store.loadAllItems(ctx.userId, thread.id)),
    newItemId,
  };
}

type StreamOpts = { autoTitle: boolean; before?: ThreadStreamEvent[]; userMessage?: UserMessageItem | null };

function respondStream(
  deps: HandleDeps,
  ctx: HandleCtx,
  thread: ThreadMetadata,
  input: UserMessageItem | null,
  requestMetadata: Record<string, unknown>,
  opts: StreamOpts,
): AsyncIterable<ThreadStreamEvent> {
  const rc = respondContext(deps, ctx, thread, requestMetadata);
  return processEvents(deps, ctx, thread, (signal) => deps.respond(thread, input, rc, signal), { ...opts, userMessage: input });
}

/**
 * Runs an event source: `stream_options` first, then the source's events, persisting as they pass.
 * On client cancel: pending assistant text is saved and a hidden note added. On failure: an `error` event.
 */
async function* processEvents(
  deps: HandleDeps,
  ctx: HandleCtx,
  thread: ThreadMetadata,
  source: (signal: AbortSignal) => AsyncIterable<ThreadStreamEvent>,
  opts: StreamOpts,
): AsyncGenerator<ThreadStreamEvent> {
  const { store } = deps;
  const { userId, signal } = ctx;
  const pending = new Map<string, AssistantMessageItem>();
  let current = thread;

  yield { type: 'stream_options', stream_options: { allow_cancel: true } };
  for (const ev of opts.before ?? []) yield ev;

  try {
    for await (const ev of source(signal)) {
      if (signal.aborted) break;
      const out = await applyEvent(ev);
      if (out) yield out;
      if (signal.aborted) break;
    }
    if (!signal.aborted && opts.autoTitle && !current.title) {
      const title = deriveTitle(opts.userMessage ?? null);
      if (title) {
        current = await store.updateThread(userId, thread.id, { title });
        yield { type: 'thread.updated', thread: threadToWire(current) };
      }
    }
  } catch (err) {
    if (!signal.aborted) {
      yield errorEvent(err);
      return;
    }
  }
  if (signal.aborted) await saveCancelled();

  async function applyEvent(ev: ThreadStreamEvent): Promise<ThreadStreamEvent | null> {
    switch (ev.type) {
      case 'thread.item.added': {
        const item = { ...ev.item, thread_id: thread.id } as ThreadItem;
        if (item.type === 'assistant_message') pending.set(item.id, structuredClone(item));
        return isHiddenItem(item) ? null : { ...ev, item };
      }
      case 'thread.item.updated': {
        const item = pending.get(ev.item_id);
        if (item) applyUpdate(item, ev.update);
        return ev;
      }
      case 'thread.item.done': {
        const item = { ...ev.item, thread_id: thread.id } as ThreadItem;
        pending.delete(item.id);
        await store.saveItem(userId, thread.id, item);
        return isHiddenItem(item) ? null : { ...ev, item };
      }
      case 'thread.item.replaced': {
        const item = { ...ev.item, thread_id: thread.id } as ThreadItem;
        await store.saveItem(userId, thread.id, item);
        return isHiddenItem(item) ? null : { ...ev, item };
      }
      case 'thread.item.removed':
        pending.delete(ev.item_id);
        await store.deleteItem(userId, thread.id, ev.item_id).catch((err) => {
          if (toAppError(err).code !== 'notFound') throw err;
        });
        return ev;
      case 'thread.updated': {
        current = await store.updateThread(userId, thread.id, {
          title: ev.thread.title ?? null,
          status: ev.thread.status,
        });
        return { type: 'thread.updated', thread: threadToWire(current) };
      }
      case 'thread.created':
        // Only the server creates threads.
        return null;
      default:
        return ev;
    }
  }

  async function saveCancelled() {
    try {
      for (const item of pending.values()) {
        if (item.content.some((c) => c.text.trim() !== '')) await store.saveItem(userId, thread.id, item);
      }
      await store.addThreadItem(userId, thread.id, {
        type: 'sdk_hidden_context',
        id: newItemId('sdk_hidden_context'),
        thread_id: thread.id,
        created_at: now(deps).toISOString(),
        content: CANCELLED_NOTE,
      });
    } catch (err) {
      console.error('[chatkit] could not save a cancelled stream:', err);
    }
  }
}

function applyUpdate(item: AssistantMessageItem, update: Extract<ThreadStreamEvent, { type: 'thread.item.updated' }>['update']) {
  const blank = (): AssistantMessageContent => ({ type: 'output_text', text: '', annotations: [] });
  switch (update.type) {
    case 'assistant_message.content_part.added':
      item.content[update.content_index] = structuredClone(update.content);
      break;
    case 'assistant_message.content_part.text_delta': {
      const part = (item.content[update.content_index] ??= blank());
      part.text += update.delta;
      break;
    }
    case 'assistant_message.content_part.annotation_added': {
      const part = (item.content[update.content_index] ??= blank());
      part.annotations[update.annotation_index] = update.annotation;
      break;
    }
    case 'assistant_message.content_part.done':
      item.content[update.content_index] = structuredClone(update.content);
      break;
    default:
      break;
  }
  // Holes from out-of-order indexes would serialize as null.
  for (let i = 0; i < item.content.length; i++) item.content[i] ??= blank();
}

/** Client mistakes (4xx) may not be retried; anything else is transient from the user's point of view. */
export function errorEvent(err: unknown): ErrorEvent {
  const appErr = toAppError(err);
  if (appErr.code === 'internal') console.error('[chatkit] error inside a stream:', err);
  if (appErr.status >= 400 && appErr.status < 500 && appErr.code !== 'rateLimited') {
    return { type: 'error', code: 'custom', message: appErr.message, allow_retry: false };
  }
  return {
    type: 'error',
    code: 'stream.error',
    message: appErr.code === 'internal' ? 'An error occurred when generating a response.' : appErr.message,
    allow_retry: true,
  };
}

/** First user-message text, whitespace collapsed, cut at a word boundary to ~60 characters. */
export function deriveTitle(message: UserMessageItem | null): string | undefined {
  if (!message) return undefined;
  const text = userMessageText(message).replace(/\s+/g, ' ').trim();
  const fallback = message.attachments[0]?.name;
  const source = text || fallback;
  if (!source) return undefined;
  if (source.length <= TITLE_MAX_CHARS) return source;
  const cut = source.slice(0, TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function now(deps: HandleDeps): Date {
  return deps.now?.() ?? new Date();
}

function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

export type { Page };
