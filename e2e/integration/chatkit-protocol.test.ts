// Conformance: every ChatKit request type over real HTTP against the real database, checking event order and shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addThreadItem } from '@/lib/store';
import { newId } from '@/lib/ids';
import { plainResponderWithDimensions } from '@/lib/store/chatkit-deps';
import { CANCELLED_NOTE } from '@/lib/chatkit/server';
import type { Responder } from '@/lib/ai/responder';
import { AppError } from '@/lib/errors';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { createThread, frames, post, seedAttachment, streamOf, testChatkitDeps, text } from './chatkit-helpers';

let app: AppServer;
let ada: TestUser;
const deps = testChatkitDeps({ respond: plainResponderWithDimensions(0) });
beforeAll(async () => {
  app = await startAppServer({ chatkit: deps.make });
  ada = await makeUser();
});
afterAll(async () => {
  await app.close();
});

const types = (events: { type: string }[]) => events.map((e) => e.type);
const json = async (body: unknown, user = ada) => {
  const res = await post(app, user, body);
  return { status: res.status, body: await res.json() };
};

async function seedItems(userId: string, threadId: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = newId('msg');
    ids.push(id);
    await addThreadItem(userId, threadId, {
      type: 'assistant_message',
      id,
      thread_id: threadId,
      created_at: new Date().toISOString(),
      content: [{ type: 'output_text', text: `note ${i}`, annotations: [] }],
    });
  }
  return ids;
}

describe('streaming requests', () => {
  it('threads.create streams thread.created, the user message, stream_options, the answer word by word, then the title', async () => {
    const res = await post(app, ada, { type: 'threads.create', params: { input: text('  Review   my order-to-cash process please ') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const events = await streamOf(res);
    const t = types(events);
    expect(t.slice(0, 4)).toEqual(['thread.created', 'thread.item.done', 'stream_options', 'thread.item.added']);
    expect(t.at(-2)).toBe('thread.item.done');
    expect(t.at(-1)).toBe('thread.updated');

    const [created, userDone, options, added] = events as any[];
    expect(created.thread).toMatchObject({ status: { type: 'active' }, items: { data: [], has_more: false } });
    expect(created.thread).not.toHaveProperty('metadata');
    expect(created.thread).not.toHaveProperty('title');
    expect(userDone.item).toMatchObject({ type: 'user_message', thread_id: created.thread.id, attachments: [], inference_options: {} });
    expect(userDone.item).not.toHaveProperty('quoted_text');
    expect(options.stream_options).toEqual({ allow_cancel: true });
    expect(added.item).toMatchObject({ type: 'assistant_message', content: [] });

    const updates = events.filter((e) => e.type === 'thread.item.updated') as any[];
    expect(updates[0].update.type).toBe('assistant_message.content_part.added');
    expect(updates.at(-1).update.type).toBe('assistant_message.content_part.done');
    const deltas = updates.filter((u) => u.update.type === 'assistant_message.content_part.text_delta');
    expect(deltas.length).toBeGreaterThan(5);
    const streamed = deltas.map((d) => d.update.delta).join('');
    const final = (events.at(-2) as any).item;
    expect(final.content[0].text).toBe(streamed);
    expect(streamed).toContain('40 characters (5 words)');
    expect((events.at(-1) as any).thread.title).toBe('Review my order-to-cash process please');

    const thread = await json({ type: 'threads.get_by_id', params: { thread_id: created.thread.id } });
    expect(thread.body.title).toBe('Review my order-to-cash process please');
    expect(thread.body.items.data.map((i: any) => i.type)).toEqual(['user_message', 'assistant_message']);
    expect(thread.body.items.data[1].content[0].text).toBe(streamed);
    const row = await db().thread.findUniqueOrThrow({ where: { id: created.thread.id } });
    expect(row.itemCount).toBe(2);
  });

  it('threads.add_user_message streams the user message, stream_options and the answer, and keeps the first title', async () => {
    const { threadId } = await createThread(app, ada, 'First question');
    const events = await streamOf(await post(app, ada, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('Second') } }));
    expect(types(events).slice(0, 3)).toEqual(['thread.item.done', 'stream_options', 'thread.item.added']);
    expect(types(events).at(-1)).toBe('thread.item.done');
    expect(types(events)).not.toContain('thread.updated');
    const page = await json({ type: 'items.list', params: { thread_id: threadId } });
    expect(page.body.data.map((i: any) => i.type)).toEqual(['assistant_message', 'user_message', 'assistant_message', 'user_message']);
  });

  it('a long first message becomes a title of about 60 characters cut at a word', async () => {
    const long = 'Please check whether every exclusive gateway in the purchasing subprocess has a default flow and labels';
    const { events } = await createThread(app, ada, long);
    const title = (events.at(-1) as any).thread.title as string;
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('user messages carry their attachments with fresh preview urls, bind them to the thread, and the answer names them', async () => {
    const image = await seedAttachment(ada.id, 'image', 'screenshot.png');
    const file = await seedAttachment(ada.id, 'file', 'spec.pdf');
    const events = await streamOf(
      await post(app, ada, { type: 'threads.create', params: { input: { ...text('What do you see?'), attachments: [image, file] } } }),
    );
    const userItem = (events[1] as any).item;
    expect(userItem.attachments).toHaveLength(2);
    expect(userItem.attachments[0]).toMatchObject({ id: image, type: 'image', name: 'screenshot.png', mime_type: 'image/png' });
    expect(userItem.attachments[0].preview_url).toMatch(/^https?:\/\//);
    expect(userItem.attachments[1]).toMatchObject({ id: file, type: 'file' });
    expect(userItem.attachments[1]).not.toHaveProperty('preview_url');
    const answer = (events.find((e, i) => i > 1 && e.type === 'thread.item.done') as any).item.content[0].text;
    expect(answer).toContain('screenshot.png');
    expect(answer).toContain('640×480');
    expect(answer).toContain('spec.pdf');

    const threadId = (events[0] as any).thread.id;
    const rows = await db().attachment.findMany({ where: { id: { in: [image, file] } } });
    expect(rows.every((r) => r.threadId === threadId)).toBe(true);
    // Stored without URLs; minted again on read.
    const stored = await db().threadItem.findUniqueOrThrow({ where: { id: userItem.id } });
    expect(JSON.stringify(stored.payload)).not.toContain('preview_url');
    const thread = await json({ type: 'threads.get_by_id', params: { thread_id: threadId } });
    expect(thread.body.items.data[0].attachments[0].preview_url).toMatch(/^https?:\/\//);
  });

  it('threads.retry_after_item deletes newer items, emits thread.item.removed for each, and answers again', async () => {
    const { threadId, userItemId, assistantItemId } = await createThread(app, ada, 'Retry me');
    const events = await streamOf(await post(app, ada, { type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: userItemId } }));
    expect(types(events).slice(0, 3)).toEqual(['stream_options', 'thread.item.removed', 'thread.item.added']);
    expect((events[1] as any).item_id).toBe(assistantItemId);
    expect(types(events).at(-1)).toBe('thread.item.done');
    const page = await json({ type: 'items.list', params: { thread_id: threadId, order: 'asc' } });
    expect(page.body.data.map((i: any) => i.id)).toEqual([userItemId, (events.at(-1) as any).item.id]);
    expect(await db().threadItem.count({ where: { id: assistantItemId } })).toBe(0);
  });

  it('threads.retry_after_item on an item that is not a user message answers 400 before streaming', async () => {
    const { threadId, assistantItemId } = await createThread(app, ada);
    const res = await json({ type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: assistantItemId } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/item_id/);
    // The check runs after the thread's lease was taken (one statement with the thread load): it is freed again.
    expect(await db().thread.findUniqueOrThrow({ where: { id: threadId }, select: { turnId: true, turnExpiresAt: true } })).toEqual({ turnId: null, turnExpiresAt: null });
  });

  it('a locked or closed thread answers every turn request 409 with its reason, and nothing is written', async () => {
    const { threadId, userItemId } = await createThread(app, ada);
    const before = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    const turns = [
      { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('Still there?') } },
      { type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: userItemId } },
      { type: 'threads.add_client_tool_output', params: { thread_id: threadId, result: {} } },
    ];
    for (const [status, statusReason, message] of [
      ['locked', 'Archived by an admin.', 'Archived by an admin.'],
      ['closed', null, 'This conversation is closed.'],
    ] as const) {
      await db().thread.update({ where: { id: threadId }, data: { status, statusReason } });
      for (const body of turns) {
        const res = await json(body);
        expect([body.type, res.status, res.body.error]).toEqual([body.type, 409, { code: 'conflict', message }]);
      }
    }
    const after = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    expect({ ...after, status: before.status, statusReason: before.statusReason }).toEqual(before);
    expect(await db().threadItem.count({ where: { threadId } })).toBe(before.itemCount);
  });

  it('threads.add_client_tool_output completes the pending call and streams a new answer', async () => {
    const { threadId } = await createThread(app, ada);
    const callId = newId('tc');
    await addThreadItem(ada.id, threadId, {
      type: 'client_tool_call',
      id: callId,
      thread_id: threadId,
      created_at: new Date().toISOString(),
      status: 'pending',
      call_id: 'call_1',
      name: 'get_selection',
      arguments: {},
    });
    const events = await streamOf(
      await post(app, ada, { type: 'threads.add_client_tool_output', params: { thread_id: threadId, result: { selected: ['Task_1'] } } }),
    );
    expect(types(events)[0]).toBe('stream_options');
    expect(types(events).at(-1)).toBe('thread.item.done');
    const page = await json({ type: 'items.list', params: { thread_id: threadId, limit: 2 } });
    expect(page.body.data[1]).toMatchObject({ id: callId, status: 'completed', output: { selected: ['Task_1'] } });
  });

  it('threads.add_client_tool_output without a pending call answers 400 JSON', async () => {
    const { threadId } = await createThread(app, ada);
    const res = await json({ type: 'threads.add_client_tool_output', params: { thread_id: threadId, result: {} } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/pending client tool call/);
  });

  it('threads.custom_action streams stream_options and a non-retryable error; on a non-widget item it is a 400', async () => {
    const { threadId, userItemId } = await createThread(app, ada);
    const events = await streamOf(await post(app, ada, { type: 'threads.custom_action', params: { thread_id: threadId, action: { type: 'approve' } } }));
    expect(events).toEqual([
      { type: 'stream_options', stream_options: { allow_cancel: true } },
      { type: 'error', code: 'custom', message: expect.stringContaining('approve'), allow_retry: false },
    ]);
    const res = await json({ type: 'threads.custom_action', params: { thread_id: threadId, item_id: userItemId, action: { type: 'x' } } });
    expect(res.status).toBe(400);
  });

  it('threads.sync_custom_action answers 400 notSupported (this server has no widgets)', async () => {
    const { threadId } = await createThread(app, ada);
    const res = await json({ type: 'threads.sync_custom_action', params: { thread_id: threadId, action: { type: 'x' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('notSupported');
  });

  it('an exception in the responder becomes an error event with allow_retry true, a client mistake one with allow_retry false', async () => {
    const { threadId } = await createThread(app, ada);
    const failing = (err: Error): Responder =>
      async function* () {
        yield { type: 'progress_update', text: 'thinking' };
        throw err;
      };
    let undo = deps.use({ respond: failing(new Error('model exploded')) });
    try {
      const events = await streamOf(await post(app, ada, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('boom') } }));
      expect(types(events)).toEqual(['thread.item.done', 'stream_options', 'progress_update', 'error']);
      expect(events.at(-1)).toEqual({ type: 'error', code: 'stream.error', message: 'An error occurred when generating a response.', allow_retry: true });
    } finally {
      undo();
    }
    undo = deps.use({ respond: failing(new AppError('badRequest', 'That image is too large for the model.')) });
    try {
      const events = await streamOf(await post(app, ada, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('boom') } }));
      expect(events.at(-1)).toEqual({ type: 'error', code: 'custom', message: 'That image is too large for the model.', allow_retry: false });
    } finally {
      undo();
    }
    // The thread stays usable.
    const events = await streamOf(await post(app, ada, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('ok?') } }));
    expect(types(events).at(-1)).toBe('thread.item.done');
  });

  it('hidden items from a responder are stored but never streamed or listed', async () => {
    const { threadId } = await createThread(app, ada);
    const undo = deps.use({
      respond: async function* (thread, _input, ctx) {
        yield {
          type: 'thread.item.done',
          item: { type: 'hidden_context_item', id: ctx.newItemId('hidden_context_item'), thread_id: thread.id, created_at: new Date().toISOString(), content: { secret: 1 } },
        };
      },
    });
    try {
      const events = await streamOf(await post(app, ada, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('hi') } }));
      expect(types(events)).toEqual(['thread.item.done', 'stream_options']);
    } finally {
      undo();
    }
    expect(await db().threadItem.count({ where: { threadId, type: 'hidden_context_item', hidden: true } })).toBe(1);
    const page = await json({ type: 'items.list', params: { thread_id: threadId } });
    expect(page.body.data.some((i: any) => i.type === 'hidden_context_item')).toBe(false);
  });
});

describe('stream cancellation', () => {
  it('test_stream_cancellation_persists_pending_assistant_message_and_hidden_context (client aborts after the second delta)', async () => {
    const undo = deps.use({ respond: plainResponderWithDimensions(40) });
    const { threadId } = await createThread(app, ada, 'Start');
    const controller = new AbortController();
    const res = await post(app, ada, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('Tell me a long story') } }, { signal: controller.signal });
    expect(res.status).toBe(200);
    let deltas = '';
    let count = 0;
    let assistantId = '';
    try {
      for await (const ev of frames(res)) {
        if (ev.type === 'thread.item.added') assistantId = ev.item.id;
        if (ev.type === 'thread.item.updated' && ev.update.type === 'assistant_message.content_part.text_delta') {
          deltas += ev.update.delta;
          if (++count === 2) {
            controller.abort();
            break;
          }
        }
      }
    } catch {
      /* the abort */
    } finally {
      undo();
    }
    // The server notices the disconnect and saves what it had.
    let saved: { payload: unknown } | null = null;
    for (let i = 0; i < 100 && !saved; i++) {
      saved = await db().threadItem.findUnique({ where: { id: assistantId } });
      if (!saved) await new Promise((r) => setTimeout(r, 50));
    }
    expect(saved).not.toBeNull();
    const savedText = (saved!.payload as any).content[0].text as string;
    expect(savedText.startsWith(deltas)).toBe(true);
    expect(savedText.length).toBeLessThan(200);
    const hidden = await db().threadItem.findMany({ where: { threadId, type: 'sdk_hidden_context' } });
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.hidden).toBe(true);
    expect(hidden[0]!.text).toBe(CANCELLED_NOTE);

    // Readable, hidden note not shown, and the next message works.
    const thread = await json({ type: 'threads.get_by_id', params: { thread_id: threadId } });
    expect(thread.status).toBe(200);
    expect(thread.body.items.data.map((i: any) => i.type)).toEqual(['user_message', 'assistant_message', 'user_message', 'assistant_message']);
    expect(thread.body.items.data[3].content[0].text).toBe(savedText);
    const next = await streamOf(await post(app, ada, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text('Go on') } }));
    expect(types(next).at(-1)).toBe('thread.item.done');
  });
});

describe('JSON requests', () => {
  it('threads.get_by_id returns the first 20 visible items in ascending order, with has_more and after', async () => {
    const { threadId, userItemId, assistantItemId } = await createThread(app, ada);
    await addThreadItem(ada.id, threadId, { type: 'sdk_hidden_context', id: newId('shcx'), thread_id: threadId, created_at: new Date().toISOString(), content: 'x' });
    const ids = await seedItems(ada.id, threadId, 20);
    const { status, body } = await json({ type: 'threads.get_by_id', params: { thread_id: threadId } });
    expect(status).toBe(200);
    expect(body.items.data).toHaveLength(20);
    expect(body.items.data.map((i: any) => i.id)).toEqual([userItemId, assistantItemId, ...ids.slice(0, 18)]);
    expect(body.items.has_more).toBe(true);
    expect(body.items.after).toBe(ids[17]);
    expect(body).not.toHaveProperty('metadata');
  });

  it('items.list defaults to 20 newest first; after is an exclusive cursor; the last page has no after', async () => {
    const { threadId } = await createThread(app, ada);
    const ids = await seedItems(ada.id, threadId, 23);
    const first = await json({ type: 'items.list', params: { thread_id: threadId } });
    expect(first.body.data.map((i: any) => i.id)).toEqual(ids.slice(3).reverse());
    expect(first.body).toMatchObject({ has_more: true, after: ids[3] });
    const second = await json({ type: 'items.list', params: { thread_id: threadId, after: first.body.after, limit: 10 } });
    expect(second.body.data).toHaveLength(5);
    expect(second.body.data.slice(0, 3).map((i: any) => i.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(second.body.has_more).toBe(false);
    expect(second.body).not.toHaveProperty('after');
    const asc = await json({ type: 'items.list', params: { thread_id: threadId, order: 'asc', limit: 3, after: ids[0] } });
    expect(asc.body.data.map((i: any) => i.id)).toEqual(ids.slice(1, 4));
  });

  it('threads.list pages newest first with empty item pages and no metadata', async () => {
    const bob = await makeUser();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await createThread(app, bob, `Thread ${i}`)).threadId);
    const page1 = await json({ type: 'threads.list', params: { limit: 2 } }, bob);
    expect(page1.body.data.map((t: any) => t.id)).toEqual([made[2], made[1]]);
    expect(page1.body).toMatchObject({ has_more: true, after: made[1] });
    expect(page1.body.data[0]).toMatchObject({ title: 'Thread 2', status: { type: 'active' }, items: { data: [], has_more: false } });
    expect(page1.body.data[0]).not.toHaveProperty('metadata');
    const page2 = await json({ type: 'threads.list', params: { limit: 2, after: page1.body.after } }, bob);
    expect(page2.body).toEqual({ data: [expect.objectContaining({ id: made[0] })], has_more: false });
    const asc = await json({ type: 'threads.list', params: { order: 'asc' } }, bob);
    expect(asc.body.data.map((t: any) => t.id)).toEqual(made);
  });

  it('threads.update renames the thread and answers the thread with an empty items page', async () => {
    const { threadId } = await createThread(app, ada);
    const res = await json({ type: 'threads.update', params: { thread_id: threadId, title: '  Renamed  ' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: threadId, title: 'Renamed', items: { data: [], has_more: false } });
    expect((await db().thread.findUniqueOrThrow({ where: { id: threadId } })).title).toBe('Renamed');
  });

  it('threads.delete answers {} and the thread, its items and attachment rows are gone', async () => {
    const atc = await seedAttachment(ada.id);
    const events = await streamOf(await post(app, ada, { type: 'threads.create', params: { input: { ...text('bye'), attachments: [atc] } } }));
    const threadId = (events[0] as any).thread.id;
    const res = await json({ type: 'threads.delete', params: { thread_id: threadId } });
    expect(res).toEqual({ status: 200, body: {} });
    expect(await db().threadItem.count({ where: { threadId } })).toBe(0);
    expect(await db().attachment.count({ where: { id: atc } })).toBe(0);
    expect((await json({ type: 'threads.get_by_id', params: { thread_id: threadId } })).status).toBe(404);
  });

  it('items.feedback stores one vote per item and user, replaces it on a second vote, and keeps the thread counters', async () => {
    const { threadId, assistantItemId } = await createThread(app, ada);
    expect(await json({ type: 'items.feedback', params: { thread_id: threadId, item_ids: [assistantItemId], kind: 'positive' } })).toEqual({ status: 200, body: {} });
    let row = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    expect([row.positiveCount, row.negativeCount]).toEqual([1, 0]);
    await json({ type: 'items.feedback', params: { thread_id: threadId, item_ids: [assistantItemId], kind: 'negative' } });
    const votes = await db().feedback.findMany({ where: { itemId: assistantItemId } });
    expect(votes.map((v) => v.kind)).toEqual(['negative']);
    row = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    expect([row.positiveCount, row.negativeCount]).toEqual([0, 1]);
  });

  it('threads.create links the thread to the user\'s diagram and user messages to its latest revision', async () => {
    const diagramId = newId('dgm');
    const revId = newId('rev');
    await db().diagram.create({ data: { id: diagramId, userId: ada.id, name: 'O2C' } });
    await db().diagramRevision.create({ data: { id: revId, diagramId, xml: '<definitions/>', sha256: 'x' } });
    const { threadId, userItemId } = await createThread(app, ada, 'About my diagram', { diagram_id: diagramId });
    const thread = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread.diagramId).toBe(diagramId);
    expect(thread.metadata).toEqual({ diagram_id: diagramId });
    expect((await db().threadItem.findUniqueOrThrow({ where: { id: userItemId } })).diagramRevisionId).toBe(revId);
    const got = await json({ type: 'threads.get_by_id', params: { thread_id: threadId } });
    // Official thread shape: no server metadata on the wire, not even the diagram id (threads.list filters by it).
    expect(got.body).not.toHaveProperty('diagram_id');
    expect(got.body).not.toHaveProperty('metadata');
  });

  it('threads.add_structured_input and input.transcribe answer a clear 400 notSupported', async () => {
    const { threadId, userItemId } = await createThread(app, ada);
    const a = await json({ type: 'threads.add_structured_input', params: { thread_id: threadId, item_id: userItemId, input: { status: 'skipped', answers: {} } } });
    expect(a.status).toBe(400);
    expect(a.body.error).toMatchObject({ code: 'notSupported', message: expect.stringContaining('add_structured_input') });
    const b = await json({ type: 'input.transcribe', params: { audio_base64: 'AAAA', mime_type: 'audio/webm' } });
    expect(b.status).toBe(400);
    expect(b.body.error.code).toBe('notSupported');
  });
});

describe('bad requests', () => {
  it('an unknown type is a 400 that names the type field', async () => {
    const res = await json({ type: 'threads.explode', params: {} });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'badRequest', message: expect.stringMatching(/^type: /) });
  });

  it('validation errors name the bad field', async () => {
    const missing = await json({ type: 'threads.get_by_id', params: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^params\.thread_id: /);
    const bad = await json({ type: 'items.list', params: { thread_id: 'thr_0123456789abcdef', limit: -1 } });
    expect(bad.body.error.message).toMatch(/^params\.limit: /);
    const empty = await json({ type: 'threads.create', params: { input: text('   ') } });
    expect(empty.body.error.message).toMatch(/^params\.input\.content: /);
    const noParams = await json({});
    expect(noParams.status).toBe(400);
    expect(noParams.body.error.message).toMatch(/^type: /);
  });

  it('a body that is not JSON is a 400 and a non-JSON content type a 415', async () => {
    const notJson = await post(app, ada, '{"type":');
    expect(notJson.status).toBe(400);
    const form = await post(app, ada, 'type=threads.list', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe('unsupportedMediaType');
  });

  it('requests without credentials are 401 JSON', async () => {
    const res = await post(app, null, { type: 'threads.list', params: {} });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });
});

describe('CORS for the official element', () => {
  it('answers the preflight for an allowed origin and adds Access-Control-Allow-Origin to responses', async () => {
    const origin = 'https://cdn.platform.openai.com';
    const pre = await fetch(`${app.url}/api/chatkit`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const res = await post(app, ada, { type: 'threads.list', params: {} }, { headers: { origin } });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    const err = await post(app, null, { type: 'threads.list', params: {} }, { headers: { origin } });
    expect(err.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('does not allow other origins', async () => {
    const pre = await fetch(`${app.url}/api/chatkit`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });
});

// Last in the file: the refused 1 MB upload leaves its keep-alive socket unusable for the next request.
describe('body limit', () => {
  it('a body over 1 MB is refused with 413 JSON', async () => {
    const huge = await post(app, ada, { type: 'threads.create', params: { input: text('x'.repeat(1024 * 1024 + 10)) } });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('limitsReached');
  });
});
