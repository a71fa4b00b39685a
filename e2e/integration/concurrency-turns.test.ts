// One turn at a time per thread. A message sent while the thread is being answered is refused with 409 `busy`
// (nothing stored), so the transcript is always question → answer; the lease that enforces it lives in the
// database, so it holds across processes. A turn whose process was killed shows "answer interrupted" on the
// next load, and retry completes it — from any process.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { INTERRUPTED_TEXT } from '@/lib/chatkit/server';
import { createPlainResponder } from '@/lib/ai/plain-responder';
import type { ThreadItem } from '@/lib/chatkit/types';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { sharedDatabase, startChildApp, stopChildApps, type ChildApp, type SharedDb } from '../support/processes';
import { createThread, frames, post, streamOf, testChatkitDeps, text } from './chatkit-helpers';

type Item = Pick<ThreadItem, 'id' | 'type'> & { content?: { text?: string }[] };

const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
const call = (url: string, token: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${url}/api/chatkit`, { method: 'POST', headers: bearer(token), body: JSON.stringify(body), signal });
const addMessage = (url: string, token: string, threadId: string, message: string, signal?: AbortSignal) =>
  call(url, token, { type: 'threads.add_user_message', params: { thread_id: threadId, input: text(message) } }, signal);

async function listItems(url: string, token: string, threadId: string): Promise<Item[]> {
  const res = await call(url, token, { type: 'items.list', params: { thread_id: threadId, order: 'asc', limit: 100 } });
  expect(res.status).toBe(200);
  return (await res.json()).data;
}

const shape = (items: Item[]) => items.map((i) => i.type);
const alternating = (n: number) => Array.from({ length: n }, () => ['user_message', 'assistant_message']).flat();

async function expectBusy(res: Response) {
  expect(res.status).toBe(409);
  const body = await res.json();
  expect(body.error.code).toBe('busy');
  expect(body.error.message).toMatch(/still answering/);
}

describe('one process', () => {
  let app: AppServer;
  let ada: TestUser;
  let restore: (() => void) | null = null;
  const deps = testChatkitDeps();
  beforeAll(async () => {
    app = await startAppServer({ chatkit: deps.make });
    ada = await makeUser();
  });
  afterAll(() => app.close());
  afterEach(() => {
    restore?.();
    restore = null;
  });

  /** Answers only once `open()` is called, so every concurrent request arrives while the first is answered. */
  function gatedResponder() {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const plain = createPlainResponder({ delayMs: 0 });
    restore = deps.use({
      respond: async function* (thread, input, ctx, signal) {
        await gate;
        yield* plain(thread, input, ctx, signal);
      },
    });
    return { open };
  }

  it('10 simultaneous messages on one thread → one is answered, nine get 409 busy and store nothing; the transcript alternates', async () => {
    const { threadId } = await createThread(app, ada, 'First question');
    const { open } = gatedResponder();
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => addMessage(app.url, ada.token, threadId, `Question ${i}`)));
    const accepted = responses.filter((r) => r.status === 200);
    expect(accepted).toHaveLength(1);
    for (const r of responses.filter((r) => r.status !== 200)) await expectBusy(r);
    open();
    const events = await streamOf(accepted[0]!);
    expect(events.some((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message')).toBe(true);

    // Once answered, the thread takes the next message at once; three more in sequence keep the alternation.
    for (let i = 0; i < 3; i++) await streamOf(await addMessage(app.url, ada.token, threadId, `Follow-up ${i}`));
    const items = await listItems(app.url, ada.token, threadId);
    expect(shape(items)).toEqual(alternating(5));
    const row = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    expect(row).toMatchObject({ turnId: null, turnExpiresAt: null, itemCount: 10 });
  });

  it('a retry and a new message at the same moment: one wins, the other is busy', async () => {
    const { threadId, userItemId } = await createThread(app, ada, 'Something to retry');
    const { open } = gatedResponder();
    const [retry, message] = await Promise.all([
      call(app.url, ada.token, { type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: userItemId } }),
      addMessage(app.url, ada.token, threadId, 'and another thing'),
    ]);
    expect([retry.status, message.status].sort()).toEqual([200, 409]);
    await expectBusy(retry.status === 409 ? retry : message);
    open();
    await streamOf(retry.status === 200 ? retry : message);
    expect(shape(await listItems(app.url, ada.token, threadId))).toEqual(alternating(retry.status === 200 ? 1 : 2));
  });

  it('a cancelled stream frees the thread: the next message is taken, and the transcript still alternates', async () => {
    const { threadId } = await createThread(app, ada, 'Long answer please');
    restore = deps.use({ respond: createPlainResponder({ delayMs: 50 }) });
    const ctl = new AbortController();
    const res = await addMessage(app.url, ada.token, threadId, 'Tell me everything about this process in many words', ctl.signal);
    for await (const ev of frames(res)) {
      if (ev.type === 'thread.item.updated' && ev.update.type === 'assistant_message.content_part.text_delta') break;
    }
    ctl.abort();
    // The server finishes its cancellation work (saving the partial answer) and then frees the turn.
    let next: Response | null = null;
    for (let attempt = 0; attempt < 100 && !next; attempt++) {
      const r = await addMessage(app.url, ada.token, threadId, 'Shorter, then');
      if (r.status === 409) {
        await r.arrayBuffer();
        await new Promise((ok) => setTimeout(ok, 50));
      } else next = r;
    }
    expect(next?.status).toBe(200);
    await streamOf(next!);
    const items = await listItems(app.url, ada.token, threadId);
    expect(shape(items)).toEqual(alternating(3));
  });

  it("another user's thread is 404 whether or not it is busy", async () => {
    const bob = await makeUser();
    const { threadId } = await createThread(app, ada, 'Private');
    const res = await addMessage(app.url, bob.token, threadId, 'hello?');
    expect(res.status).toBe(404);
  });
});

describe('across processes', () => {
  let shared: SharedDb;
  let a: ChildApp | undefined;
  let b: ChildApp | undefined;
  const base = () => ({ ...shared.env, CHILD_SEED_EMAIL: 'turns@example.test', TURN_LEASE_SECONDS: '2' });
  beforeAll(async () => {
    shared = await sharedDatabase();
  }, 120_000);
  afterAll(async () => {
    await stopChildApps();
    await shared?.drop();
  });

  it.runIf(!!process.env.DATABASE_URL)('two processes on one PostgreSQL: 10 simultaneous messages on one thread → one answered, nine busy', async () => {
    // 400 ms a word: the first answer takes seconds, so all ten requests arrive while it holds the turn.
    a = await startChildApp({ ...base(), CHILD_RESPONDER_DELAY_MS: '400' });
    b = await startChildApp({ ...base(), CHILD_RESPONDER_DELAY_MS: '400' });
    const token = a.user!.token;
    const created = await streamOf(await call(a.url, token, { type: 'threads.create', params: { input: text('Opening question') } }));
    const threadId = (created.find((e) => e.type === 'thread.created') as { thread: { id: string } }).thread.id;
    const apps = [a, b];
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => addMessage(apps[i % 2]!.url, token, threadId, `Question ${i}`)));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of responses.filter((r) => r.status !== 200)) await expectBusy(r);
    await streamOf(responses.find((r) => r.status === 200)!);
    expect(shape(await listItems(b.url, token, threadId))).toEqual(alternating(2));
    await a.stop();
    await b.stop();
    a = b = undefined;
  }, 180_000);

  it('kill -9 mid-answer, restart → the thread says the answer was interrupted, and retry (on another process) completes it', async () => {
    a = await startChildApp({ ...base(), CHILD_RESPONDER_DELAY_MS: '300' });
    const token = a.user!.token;
    const res = await call(a.url, token, { type: 'threads.create', params: { input: text('Explain this diagram step by step please') } });
    let threadId = '';
    let userItemId = '';
    for await (const ev of frames(res)) {
      if (ev.type === 'thread.created') threadId = ev.thread.id;
      if (ev.type === 'thread.item.done' && ev.item.type === 'user_message') userItemId = ev.item.id;
      if (ev.type === 'thread.item.updated' && ev.update.type === 'assistant_message.content_part.text_delta') break;
    }
    expect(threadId && userItemId).toBeTruthy();
    await a.kill9();
    a = undefined;

    // PGlite is one process at a time, so there "another process" is the restarted one.
    b = await startChildApp({ ...base(), CHILD_RESPONDER_DELAY_MS: '0' });
    const other = shared.kind === 'postgresql' ? await startChildApp({ ...base(), CHILD_RESPONDER_DELAY_MS: '0' }) : b;
    try {
      // While the dead process's lease runs out the thread is busy; afterwards the next load shows the note.
      let items: Item[] = [];
      for (let attempt = 0; attempt < 100; attempt++) {
        items = await listItems(b.url, token, threadId);
        if (items.length > 1) break;
        await new Promise((ok) => setTimeout(ok, 100));
      }
      expect(shape(items)).toEqual(['user_message', 'assistant_message']);
      expect(items[1]!.content?.[0]?.text).toBe(INTERRUPTED_TEXT);
      // Loading again (from either process) does not add a second note.
      expect(await listItems(other.url, token, threadId)).toHaveLength(2);

      const retried = await streamOf(await call(other.url, token, { type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: userItemId } }));
      expect(retried).toContainEqual({ type: 'thread.item.removed', item_id: items[1]!.id });
      const after = await listItems(b.url, token, threadId);
      expect(shape(after)).toEqual(['user_message', 'assistant_message']);
      expect(after[1]!.content?.[0]?.text).toMatch(/I received your message/);
    } finally {
      if (other !== b) await other.stop();
    }
  }, 180_000);
});
