// Two users: for every operation, B with A's id, a random well-formed id and a malformed id → 404/404/400,
// the same 404 body for "not yours" and "missing", and A's data untouched afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import { plainResponderWithDimensions } from '@/lib/store/chatkit-deps';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { createThread, post, seedAttachment, streamOf, testChatkitDeps, text, wellFormed } from './chatkit-helpers';

let app: AppServer;
let ada: TestUser;
let bob: TestUser;
// Ada's data
let adaThread: string;
let adaUserItem: string;
let adaAnswer: string;
let adaAttachment: string;
let adaLoose: string; // an attachment not yet used in a message
// Bob's own thread, for parent-mismatch cases
let bobThread: string;

async function snapshot() {
  const [thread, items, attachments, feedback] = await Promise.all([
    db().thread.findUniqueOrThrow({ where: { id: adaThread } }),
    db().threadItem.findMany({ where: { threadId: adaThread }, orderBy: { seq: 'asc' } }),
    db().attachment.findMany({ where: { userId: ada.id }, orderBy: { id: 'asc' } }),
    db().feedback.findMany({ where: { threadId: adaThread } }),
  ]);
  return JSON.stringify({ thread, items, attachments, feedback }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

beforeAll(async () => {
  app = await startAppServer({ chatkit: testChatkitDeps({ respond: plainResponderWithDimensions(0) }).make });
  ada = await makeUser();
  bob = await makeUser();
  adaAttachment = await seedAttachment(ada.id);
  adaLoose = await seedAttachment(ada.id, 'file', 'loose.pdf');
  const events = await streamOf(await post(app, ada, { type: 'threads.create', params: { input: { ...text('Ada private'), attachments: [adaAttachment] } } }));
  adaThread = (events[0] as any).thread.id;
  const done = events.filter((e) => e.type === 'thread.item.done') as any[];
  adaUserItem = done[0].item.id;
  adaAnswer = done[1].item.id;
  await post(app, ada, { type: 'items.feedback', params: { thread_id: adaThread, item_ids: [adaAnswer], kind: 'positive' } });
  bobThread = (await createThread(app, bob, 'Bob own')).threadId;
});
afterAll(async () => {
  await app.close();
});

type Op = { name: string; body: (id: string) => unknown; kind: 'thread' | 'item' | 'attachment' };
const input = text('sneaky');

// Every operation that takes an id, with the id in the position under test.
const ops: Op[] = [
  { name: 'threads.get_by_id', kind: 'thread', body: (id) => ({ type: 'threads.get_by_id', params: { thread_id: id } }) },
  { name: 'threads.update', kind: 'thread', body: (id) => ({ type: 'threads.update', params: { thread_id: id, title: 'pwned' } }) },
  { name: 'threads.delete', kind: 'thread', body: (id) => ({ type: 'threads.delete', params: { thread_id: id } }) },
  { name: 'items.list', kind: 'thread', body: (id) => ({ type: 'items.list', params: { thread_id: id } }) },
  { name: 'items.feedback (thread)', kind: 'thread', body: (id) => ({ type: 'items.feedback', params: { thread_id: id, item_ids: [adaAnswer], kind: 'negative' } }) },
  { name: 'threads.add_user_message', kind: 'thread', body: (id) => ({ type: 'threads.add_user_message', params: { thread_id: id, input } }) },
  { name: 'threads.retry_after_item (thread)', kind: 'thread', body: (id) => ({ type: 'threads.retry_after_item', params: { thread_id: id, item_id: adaUserItem } }) },
  { name: 'threads.custom_action', kind: 'thread', body: (id) => ({ type: 'threads.custom_action', params: { thread_id: id, action: { type: 'x' } } }) },
  { name: 'threads.sync_custom_action', kind: 'thread', body: (id) => ({ type: 'threads.sync_custom_action', params: { thread_id: id, action: { type: 'x' } } }) },
  { name: 'threads.add_client_tool_output', kind: 'thread', body: (id) => ({ type: 'threads.add_client_tool_output', params: { thread_id: id, result: {} } }) },
  // Parent mismatch: Bob's own thread with Ada's item.
  { name: 'items.feedback (item in own thread)', kind: 'item', body: (id) => ({ type: 'items.feedback', params: { thread_id: bobThread, item_ids: [id], kind: 'negative' } }) },
  { name: 'threads.retry_after_item (item in own thread)', kind: 'item', body: (id) => ({ type: 'threads.retry_after_item', params: { thread_id: bobThread, item_id: id } }) },
  { name: 'threads.custom_action (item in own thread)', kind: 'item', body: (id) => ({ type: 'threads.custom_action', params: { thread_id: bobThread, item_id: id, action: { type: 'x' } } }) },
  { name: 'items.list cursor', kind: 'item', body: (id) => ({ type: 'items.list', params: { thread_id: bobThread, after: id } }) },
  { name: 'attachments.delete', kind: 'attachment', body: (id) => ({ type: 'attachments.delete', params: { attachment_id: id } }) },
  { name: 'threads.create with an attachment', kind: 'attachment', body: (id) => ({ type: 'threads.create', params: { input: { ...input, attachments: [id] } } }) },
  { name: 'threads.add_user_message with an attachment', kind: 'attachment', body: (id) => ({ type: 'threads.add_user_message', params: { thread_id: bobThread, input: { ...input, attachments: [id] } } }) },
];

describe('two-user matrix', () => {
  for (const op of ops) {
    it(`${op.name}: someone else's id and a random id give the same 404 JSON, a malformed id a 400; the owner's data is unchanged`, async () => {
      const before = await snapshot();
      const theirs = op.kind === 'thread' ? adaThread : op.kind === 'item' ? adaAnswer : adaLoose;
      const random = wellFormed(op.kind === 'thread' ? 'thr' : op.kind === 'item' ? 'msg' : 'atc');
      const malformed = op.kind === 'thread' ? 'thr_../../etc' : op.kind === 'item' ? 'msg x' : 'atc_%00';

      const a = await post(app, bob, op.body(theirs));
      const b = await post(app, bob, op.body(random));
      const c = await post(app, bob, op.body(malformed));
      // Streaming requests must be refused before a stream opens: HTTP 404 JSON, not a 200 SSE.
      expect(a.status).toBe(404);
      expect(a.headers.get('content-type')).toMatch(/application\/json/);
      expect(b.status).toBe(404);
      const [bodyA, bodyB, bodyC] = await Promise.all([a.json(), b.json(), c.json()]);
      expect(bodyA).toEqual(bodyB);
      expect(bodyA.error.code).toBe('notFound');
      expect(c.status).toBe(400);
      expect(bodyC.error.code).toBe('badRequest');

      expect(await snapshot()).toBe(before);
    });
  }

  it('a used attachment of someone else cannot be smuggled into a message, and is not re-bound', async () => {
    const before = await db().attachment.findUniqueOrThrow({ where: { id: adaAttachment } });
    const threadsBefore = await db().thread.count({ where: { userId: bob.id } });
    const res = await post(app, bob, { type: 'threads.create', params: { input: { ...input, attachments: [adaAttachment] } } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'notFound', message: 'Attachment not found' } });
    const after = await db().attachment.findUniqueOrThrow({ where: { id: adaAttachment } });
    expect(after.threadId).toBe(before.threadId);
    expect(after.threadId).toBe(adaThread);
    expect(await db().thread.count({ where: { userId: bob.id } })).toBe(threadsBefore);
  });

  it('a mix of own and foreign attachment ids is refused as a whole', async () => {
    const own = await seedAttachment(bob.id);
    const res = await post(app, bob, { type: 'threads.add_user_message', params: { thread_id: bobThread, input: { ...input, attachments: [own, adaLoose] } } });
    expect(res.status).toBe(404);
    expect((await db().attachment.findUniqueOrThrow({ where: { id: own } })).threadId).toBeNull();
    expect((await db().attachment.findUniqueOrThrow({ where: { id: adaLoose } })).threadId).toBeNull();
  });

  it('threads.list never shows another user\'s threads, and their thread id as a cursor answers the same 404 as a random one', async () => {
    const list = await (await post(app, bob, { type: 'threads.list', params: { limit: 100 } })).json();
    expect(list.data.map((t: any) => t.id)).not.toContain(adaThread);
    expect(list.data.map((t: any) => t.id)).toContain(bobThread);
    const a = await post(app, bob, { type: 'threads.list', params: { after: adaThread } });
    const b = await post(app, bob, { type: 'threads.list', params: { after: wellFormed('thr') } });
    expect(a.status).toBe(404);
    expect(await a.json()).toEqual(await b.json());
  });

  it('threads.create with someone else\'s diagram id is a 404 and creates nothing', async () => {
    const diagramId = newId('dgm');
    await db().diagram.create({ data: { id: diagramId, userId: ada.id, name: 'Ada only' } });
    const before = await db().thread.count({ where: { userId: bob.id } });
    const res = await post(app, bob, { type: 'threads.create', params: { input }, metadata: { diagram_id: diagramId } });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toBe('Diagram not found');
    expect(await db().thread.count({ where: { userId: bob.id } })).toBe(before);
  });

  it('the owner still reads the whole thread afterwards', async () => {
    const res = await post(app, ada, { type: 'threads.get_by_id', params: { thread_id: adaThread } });
    const thread = await res.json();
    expect(thread.title).toBe('Ada private');
    expect(thread.items.data.map((i: any) => i.id)).toEqual([adaUserItem, adaAnswer]);
    expect(thread.items.data[0].attachments[0].id).toBe(adaAttachment);
  });
});
