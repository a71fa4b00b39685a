// Unit tests of the protocol layer against an in-memory store (no database, no HTTP).
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import type { Responder } from '@/lib/ai/responder';
import { CANCELLED_NOTE, INTERRUPTED_TEXT, deriveTitle, handle, type HandleDeps } from './server';
import { encodeEvent, sseStream, SSE_HEADERS, sseResponse } from './sse';
import { itemToWire, omitNulls, pageToWire, threadToWire } from './serialize';
import { chatKitRequestSchema } from './schemas';
import type { AttachmentsPort, Store } from './store';
import type { ChatKitRequest, Page, ThreadItem, ThreadMetadata, ThreadStreamEvent, UserMessageItem } from './types';

function memoryStore(): Store & {
  items: Map<string, ThreadItem[]>;
  threads: Map<string, ThreadMetadata & { userId: string }>;
  turns: Map<string, { turnId: string; until: number }>;
} {
  const threads = new Map<string, ThreadMetadata & { userId: string }>();
  const items = new Map<string, ThreadItem[]>();
  const turns = new Map<string, { turnId: string; until: number }>();
  const thread = (userId: string, id: string) => {
    const t = threads.get(id);
    if (!t || t.userId !== userId) throw new AppError('notFound', 'Thread not found');
    return t;
  };
  const page = <T extends { id: string }>(all: T[], p: { limit: number; order: 'asc' | 'desc'; after?: string }): Page<T> => {
    const ordered = p.order === 'asc' ? all : [...all].reverse();
    const start = p.after ? ordered.findIndex((x) => x.id === p.after) + 1 : 0;
    const data = ordered.slice(start, start + p.limit);
    const has_more = start + p.limit < ordered.length;
    return { data, has_more, ...(has_more ? { after: data.at(-1)!.id } : {}) };
  };
  const store = {
    threads,
    items,
    async createThread(userId, t, first) {
      const row = { id: newId('thr'), created_at: new Date().toISOString(), status: { type: 'active' as const }, metadata: t.metadata, userId };
      threads.set(row.id, row);
      items.set(row.id, first ? [first.item(row.id)] : []);
      return row;
    },
    async loadThread(userId, id) {
      return thread(userId, id);
    },
    async updateThread(userId, id, patch) {
      const t = thread(userId, id);
      if (patch.title !== undefined) t.title = patch.title ?? undefined;
      return t;
    },
    async loadThreads(userId, p) {
      return page([...threads.values()].filter((t) => t.userId === userId), p);
    },
    async deleteThread(userId, id) {
      thread(userId, id);
      threads.delete(id);
    },
    async loadThreadItems(userId, id, p, opts = {}) {
      thread(userId, id);
      if (opts.interrupted) await store.settleInterruptedTurn(userId, id, opts.interrupted);
      return page(items.get(id)!.filter((i) => opts.includeHidden || !['sdk_hidden_context', 'hidden_context_item'].includes(i.type)), p);
    },
    async loadAllItems(userId, id) {
      thread(userId, id);
      return items.get(id)!;
    },
    async loadItem(userId, id, itemId) {
      const item = items.get(thread(userId, id).id)!.find((i) => i.id === itemId);
      if (!item) throw new AppError('notFound', 'Item not found');
      return item;
    },
    async addThreadItem(userId, id, item) {
      items.get(thread(userId, id).id)!.push(structuredClone(item));
    },
    async saveItem(userId, id, item) {
      const list = items.get(thread(userId, id).id)!;
      const i = list.findIndex((x) => x.id === item.id);
      if (i >= 0) list[i] = structuredClone(item);
      else list.push(structuredClone(item));
    },
    async deleteItem(userId, id, itemId) {
      const list = items.get(thread(userId, id).id)!;
      items.set(id, list.filter((i) => i.id !== itemId));
    },
    async deleteItemsAfter(userId, id, itemId) {
      const list = items.get(thread(userId, id).id)!;
      const i = list.findIndex((x) => x.id === itemId);
      items.set(id, list.slice(0, i + 1));
      return list.slice(i + 1).map((x) => x.id);
    },
    async addFeedback() {},
    turns,
    async beginTurn(userId, id, lease) {
      const t = thread(userId, id);
      if (t.status.type !== 'active') return { thread: t, begun: 'inactive' as const };
      const held = turns.get(id);
      if (held && held.until > Date.now()) return { thread: t, begun: 'busy' as const };
      if (held) items.get(id)!.push(lease.interrupted());
      turns.set(id, { turnId: lease.turnId, until: Date.now() + lease.ttlMs });
      return { thread: t, begun: 'started' as const };
    },
    async renewTurn(_userId, id, lease) {
      const held = turns.get(id);
      if (held?.turnId !== lease.turnId) return false;
      held.until = Date.now() + lease.ttlMs;
      return true;
    },
    async endTurn(_userId, id, turnId) {
      if (turns.get(id)?.turnId === turnId) turns.delete(id);
    },
    async settleInterruptedTurn(userId, id, interrupted) {
      thread(userId, id);
      const held = turns.get(id);
      if (!held || held.until > Date.now()) return false;
      items.get(id)!.push(interrupted());
      turns.delete(id);
      return true;
    },
  } satisfies Store & { items: unknown; threads: unknown; turns: unknown };
  return store;
}

const noAttachments: AttachmentsPort = {
  create: async () => {
    throw new AppError('notSupported', 'no');
  },
  delete: async () => {
    throw new AppError('notFound', 'Attachment not found');
  },
  loadForMessage: async () => {
    throw new AppError('notFound', 'Attachment not found');
  },
  bindToThread: async () => {},
  present: async () => [],
};

/** Streams "one two three …" with a content part, pausing until `gate` resolves after the second delta. */
function wordsResponder(words: string[], pauseAfter?: { n: number; until: Promise<void> }): Responder {
  return async function* (thread, _input, ctx, signal) {
    const id = ctx.newItemId('assistant_message');
    yield { type: 'thread.item.added', item: { type: 'assistant_message', id, thread_id: thread.id, created_at: new Date().toISOString(), content: [] } };
    yield { type: 'thread.item.updated', item_id: id, update: { type: 'assistant_message.content_part.added', content_index: 0, content: { type: 'output_text', text: '', annotations: [] } } };
    let n = 0;
    for (const w of words) {
      if (signal.aborted) return;
      yield { type: 'thread.item.updated', item_id: id, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: w } };
      if (pauseAfter && ++n === pauseAfter.n) await pauseAfter.until;
    }
    const content = { type: 'output_text' as const, text: words.join(''), annotations: [] };
    yield { type: 'thread.item.done', item: { type: 'assistant_message', id, thread_id: thread.id, created_at: new Date().toISOString(), content: [content] } };
  };
}

const parse = (body: unknown): ChatKitRequest => chatKitRequestSchema.parse(body);
const msg = (t: string) => ({ content: [{ type: 'input_text', text: t }], attachments: [], inference_options: {} });

async function collect(events: AsyncIterable<ThreadStreamEvent>) {
  const out: ThreadStreamEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe('handle()', () => {
  it('threads.create yields thread.created, the user item, stream_options, the answer and the derived title', async () => {
    const store = memoryStore();
    const deps: HandleDeps = { store, attachments: noAttachments, respond: wordsResponder(['Hi ', 'there']) };
    const res = await handle(parse({ type: 'threads.create', params: { input: msg('Name this thread') } }), { userId: 'u1', signal: new AbortController().signal }, deps);
    expect(res.kind).toBe('stream');
    const events = await collect((res as { events: AsyncIterable<ThreadStreamEvent> }).events);
    expect(events.map((e) => e.type)).toEqual([
      'thread.created',
      'thread.item.done',
      'stream_options',
      'thread.item.added',
      'thread.item.updated',
      'thread.item.updated',
      'thread.item.updated',
      'thread.item.done',
      'thread.updated',
    ]);
    const threadId = (events[0] as { thread: { id: string } }).thread.id;
    expect(store.items.get(threadId)!.map((i) => i.type)).toEqual(['user_message', 'assistant_message']);
    expect(store.threads.get(threadId)!.title).toBe('Name this thread');
  });

  it('rejects a missing thread before any stream exists', async () => {
    const deps: HandleDeps = { store: memoryStore(), attachments: noAttachments, respond: wordsResponder([]) };
    const req = parse({ type: 'threads.add_user_message', params: { thread_id: newId('thr'), input: msg('x') } });
    await expect(handle(req, { userId: 'u1', signal: new AbortController().signal }, deps)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('rejects foreign attachment ids before creating the thread', async () => {
    const store = memoryStore();
    const deps: HandleDeps = { store, attachments: noAttachments, respond: wordsResponder([]) };
    const req = parse({ type: 'threads.create', params: { input: { ...msg('x'), attachments: [newId('atc')] } } });
    await expect(handle(req, { userId: 'u1', signal: new AbortController().signal }, deps)).rejects.toMatchObject({ code: 'notFound' });
    expect(store.threads.size).toBe(0);
  });

  it('test_stream_cancellation_persists_pending_assistant_message_and_hidden_context', async () => {
    const store = memoryStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const deps: HandleDeps = { store, attachments: noAttachments, respond: wordsResponder(['Hello ', 'wide ', 'world'], { n: 2, until: gate }) };
    const abort = new AbortController();
    const res = await handle(parse({ type: 'threads.create', params: { input: msg('x') } }), { userId: 'u1', signal: abort.signal }, deps);
    const it = (res as { events: AsyncIterable<ThreadStreamEvent> }).events[Symbol.asyncIterator]();
    let deltas = 0;
    let threadId = '';
    while (deltas < 2) {
      const { value } = await it.next();
      if (value?.type === 'thread.created') threadId = value.thread.id;
      if (value?.type === 'thread.item.updated' && value.update.type === 'assistant_message.content_part.text_delta') deltas++;
    }
    abort.abort();
    release();
    while (!(await it.next()).done);
    const items = store.items.get(threadId)!;
    expect(items.map((i) => i.type)).toEqual(['user_message', 'assistant_message', 'sdk_hidden_context']);
    expect((items[1] as { content: { text: string }[] }).content[0]!.text).toBe('Hello wide ');
    expect((items[2] as { content: string }).content).toBe(CANCELLED_NOTE);
    expect(store.threads.get(threadId)!.title).toBeUndefined();
  });

  it('test_raising_in_responder_yields_error_event', async () => {
    const store = memoryStore();
    const deps: HandleDeps = {
      store,
      attachments: noAttachments,
      // eslint-disable-next-line require-yield
      respond: async function* () {
        throw new AppError('unavailable', 'The model is unavailable; try again shortly.');
      },
    };
    const res = await handle(parse({ type: 'threads.create', params: { input: msg('x') } }), { userId: 'u1', signal: new AbortController().signal }, deps);
    const events = await collect((res as { events: AsyncIterable<ThreadStreamEvent> }).events);
    expect(events.at(-1)).toEqual({ type: 'error', code: 'stream.error', message: 'The model is unavailable; try again shortly.', allow_retry: true });
    // A failed answer still ends its turn.
    expect(store.turns.size).toBe(0);
  });

  it('one turn per thread: busy while a stream runs, free after it, after a failed pre-flight, and an expired turn leaves a note', async () => {
    const store = memoryStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const deps: HandleDeps = { store, attachments: noAttachments, respond: wordsResponder(['a ', 'b'], { n: 1, until: gate }) };
    const ctx = { userId: 'u1', signal: new AbortController().signal };
    const first = await handle(parse({ type: 'threads.create', params: { input: msg('x') } }), ctx, deps);
    const it = (first as { events: AsyncIterable<ThreadStreamEvent> }).events[Symbol.asyncIterator]();
    const threadId = ((await it.next()).value as { thread: { id: string } }).thread.id;
    const add = () => handle(parse({ type: 'threads.add_user_message', params: { thread_id: threadId, input: msg('y') } }), ctx, deps);
    await expect(add()).rejects.toMatchObject({ code: 'busy', status: 409 });
    expect(store.items.get(threadId)!.map((i) => i.type)).toEqual(['user_message']);
    release();
    while (!(await it.next()).done);
    expect(store.turns.size).toBe(0);

    // Refused after the turn was taken (no pending tool call): the turn is given back at once.
    const toolOutput = parse({ type: 'threads.add_client_tool_output', params: { thread_id: threadId, result: {} } });
    await expect(handle(toolOutput, ctx, deps)).rejects.toMatchObject({ code: 'badRequest' });
    expect(store.turns.size).toBe(0);

    // A lease nobody renewed (its process died): reading the thread adds the note, once.
    store.turns.set(threadId, { turnId: 'turn_dead', until: Date.now() - 1 });
    await handle(parse({ type: 'items.list', params: { thread_id: threadId } }), ctx, deps);
    await handle(parse({ type: 'threads.get_by_id', params: { thread_id: threadId } }), ctx, deps);
    const texts = store.items.get(threadId)!.map((i) => (i.type === 'assistant_message' ? i.content[0]?.text : i.type));
    expect(texts).toEqual(['user_message', 'a b', INTERRUPTED_TEXT]);
    expect(store.turns.size).toBe(0);
  });
});

describe('deriveTitle', () => {
  const user = (text: string, attachments: UserMessageItem['attachments'] = []): UserMessageItem => ({
    type: 'user_message', id: 'msg_1', thread_id: 'thr_1', created_at: '', content: [{ type: 'input_text', text }], attachments, inference_options: {},
  });
  it('collapses whitespace, keeps short text, cuts long text at a word with an ellipsis, falls back to an attachment name', () => {
    expect(deriveTitle(user('  a \n b  '))).toBe('a b');
    const t = deriveTitle(user('word '.repeat(30)))!;
    expect(t.length).toBeLessThanOrEqual(61);
    expect(t.endsWith('word…')).toBe(true);
    expect(deriveTitle(user(' ', [{ type: 'file', id: 'atc_1', name: 'spec.pdf', mime_type: 'application/pdf' }]))).toBe('spec.pdf');
    expect(deriveTitle(null)).toBeUndefined();
  });
});

describe('serialization', () => {
  it('omits null fields and never sends thread or attachment metadata', () => {
    expect(omitNulls({ a: 1, b: null, c: undefined, d: [{ e: null, f: 2 }] })).toEqual({ a: 1, d: [{ f: 2 }] });
    const wire = threadToWire({ id: 'thr_1', created_at: 'now', status: { type: 'active' }, metadata: { diagram_id: 'dgm_1', secret_note: 'x' } });
    // The official thread shape: nothing of the server-side metadata, not even the diagram id.
    expect(wire).toEqual({ id: 'thr_1', created_at: 'now', status: { type: 'active' }, items: { data: [], has_more: false } });
    expect(JSON.stringify(wire)).not.toContain('secret_note');
    const item = itemToWire({
      type: 'user_message', id: 'msg_1', thread_id: 'thr_1', created_at: 'now', content: [], inference_options: {},
      attachments: [{ type: 'file', id: 'atc_1', name: 'a', mime_type: 'x', metadata: { storage: 'k' } }],
    });
    expect(JSON.stringify(item)).not.toContain('metadata');
  });

  it('a page on the wire: the items as their wire form gives them (null-free), `after` only when there is one', () => {
    // Nulls as a store row may carry them: inside an item and as the page's cursor.
    const stored = { type: 'assistant_message', id: 'msg_1', thread_id: 'thr_1', created_at: 'now', content: [{ type: 'output_text', text: 'a', annotations: [], note: null }], title: null } as unknown as ThreadItem;
    const items = pageToWire({ data: [stored], has_more: false, after: null as unknown as string }, itemToWire);
    expect(items).toEqual({ data: [{ type: 'assistant_message', id: 'msg_1', thread_id: 'thr_1', created_at: 'now', content: [{ type: 'output_text', text: 'a', annotations: [] }] }], has_more: false });
    expect(JSON.stringify(items)).not.toContain('null');
    const threads = pageToWire({ data: [{ id: 'thr_1', title: null as unknown as string, created_at: 'now', status: { type: 'active' }, metadata: {} }], has_more: true, after: 'thr_1' }, (t: ThreadMetadata) => threadToWire(t));
    expect(threads).toEqual({ data: [{ id: 'thr_1', created_at: 'now', status: { type: 'active' }, items: { data: [], has_more: false } }], has_more: true, after: 'thr_1' });
  });
});

describe('SSE', () => {
  it('frames each event as `data: <json>\\n\\n` with the streaming headers', async () => {
    expect(new TextDecoder().decode(encodeEvent({ type: 'progress_update', text: 'hi' }))).toBe('data: {"type":"progress_update","text":"hi"}\n\n');
    const res = sseResponse(
      (async function* () {
        yield { type: 'stream_options', stream_options: { allow_cancel: true } } as ThreadStreamEvent;
      })(),
    );
    expect(res.headers.get('content-type')).toBe(SSE_HEADERS['Content-Type']);
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    expect(await res.text()).toBe('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n');
  });

  it('sends a comment heartbeat while the producer is quiet', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const stream = sseStream(
      (async function* () {
        await gate;
        yield { type: 'progress_update', text: 'done' } as ThreadStreamEvent;
      })(),
      { heartbeatMs: 20 },
    );
    setTimeout(release, 70);
    const text = await new Response(stream).text();
    expect(text).toMatch(/^(: ping\n\n)+data: /);
  });

  it('sends the first event alone, then events ready together in one chunk, and one that came later in its own', async () => {
    const ev = (text: string) => ({ type: 'progress_update', text }) as ThreadStreamEvent;
    const stream = sseStream(
      (async function* () {
        yield ev('first');
        yield ev('a');
        yield ev('b');
        await new Promise((r) => setTimeout(r, 5));
        yield ev('later');
      })(),
    );
    const chunks: string[] = [];
    const reader = stream.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(new TextDecoder().decode(r.value));
    const data = (...texts: string[]) => texts.map((t) => `data: {"type":"progress_update","text":"${t}"}\n\n`).join('');
    expect(chunks).toEqual([data('first'), data('a', 'b'), data('later')]);
  });

  it('keeps draining the producer after the client goes away, so cleanup code runs', async () => {
    let cleaned = false;
    const abort = new AbortController();
    const stream = sseStream(
      (async function* () {
        try {
          for (let i = 0; i < 5; i++) {
            yield { type: 'progress_update', text: String(i) } as ThreadStreamEvent;
            await new Promise((r) => setTimeout(r, 5));
          }
        } finally {
          cleaned = true;
        }
      })(),
      { signal: abort.signal },
    );
    const reader = stream.getReader();
    await reader.read();
    abort.abort();
    for (let i = 0; i < 50 && !cleaned; i++) await new Promise((r) => setTimeout(r, 10));
    expect(cleaned).toBe(true);
  });
});
