// Upload quotas are hard limits under concurrency: the check and the insert it allows happen under one per-user
// lock in the database, so fifty simultaneous requests against a quota of ten let exactly ten through — in one
// process, and (on PostgreSQL) spread over two app processes sharing the database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { useAppAndUser } from '../support/suite';
import { makeUser } from '../support/users';
import { sharedDatabase, startChildApp, stopChildApps, type ChildApp, type SharedDb } from '../support/processes';
import { conversationFor } from './api-v1-helpers';
import { createThread } from './chatkit-helpers';
import * as fx from './attachments-fixtures';

const chatkit = (url: string, token: string, body: unknown) =>
  fetch(`${url}/api/chatkit`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

const createAttachment = (url: string, token: string, i: number) =>
  chatkit(url, token, { type: 'attachments.create', params: { name: `shot-${i}.png`, size: 1000 + i, mime_type: 'image/png' } });

/** Status counts, and every 429 checked for its Retry-After and error body. */
async function tally(responses: Response[]) {
  const statuses: Record<number, number> = {};
  for (const res of responses) {
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (res.status === 429) {
      const retry = Number(res.headers.get('retry-after'));
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(3600);
      expect((await res.json()).error.code).toBe('rateLimited');
    } else await res.arrayBuffer();
  }
  return statuses;
}

function setQuotas(perHour: number, perConversation = 100) {
  process.env.UPLOAD_QUOTA_PER_USER_HOUR = String(perHour);
  process.env.UPLOAD_QUOTA_PER_CONVERSATION = String(perConversation);
  reloadEnv();
}

describe('one process', () => {
  const s = useAppAndUser();
  afterEach(() => {
    delete process.env.UPLOAD_QUOTA_PER_USER_HOUR;
    delete process.env.UPLOAD_QUOTA_PER_CONVERSATION;
    reloadEnv();
  });

  it('50 simultaneous attachments.create against an hourly quota of 10 → exactly 10 accepted, 40 × 429 with Retry-After', async () => {
    setQuotas(10);
    const statuses = await tally(await Promise.all(Array.from({ length: 50 }, (_, i) => createAttachment(s.app.url, s.user.token, i))));
    expect(statuses).toEqual({ 200: 10, 429: 40 });
    expect(await db().attachment.count({ where: { userId: s.user.id } })).toBe(10);
  });

  it('50 simultaneous API uploads into one conversation limited to 10 → exactly 10 stored, 40 × 413', async () => {
    const bob = await makeUser();
    setQuotas(1000, 10);
    const conv = await conversationFor(bob);
    const up = (i: number) =>
      fetch(`${s.app.url}/api/v1/conversation/${conv}/attachment/upload?name=note-${i}.txt`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bob.token}`, 'content-type': 'text/plain' },
        body: `note number ${i}`,
      });
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => up(i)));
    const codes = await Promise.all(responses.map(async (r) => (r.status === 413 ? (await r.json()).error.code : (await r.arrayBuffer(), r.status))));
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 'limitsReached')).toHaveLength(40);
    expect(await db().attachment.count({ where: { threadId: conv } })).toBe(10);
    expect(await db().thread.findUniqueOrThrow({ where: { id: conv } })).toMatchObject({ attachmentCount: 10 });
  });

  it('a ChatKit message whose attachments would pass the conversation limit is refused (413) and stores nothing', async () => {
    const cleo = await makeUser();
    setQuotas(1000, 2);
    const { threadId } = await createThread(s.app, cleo, 'first');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const bytes = await fx.png(40 + i, 30);
      const att = await (await chatkit(s.app.url, cleo.token, { type: 'attachments.create', params: { name: `p${i}.png`, size: bytes.length, mime_type: 'image/png' } })).json();
      expect((await fetch(att.upload_descriptor.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: new Uint8Array(bytes) })).status).toBe(200);
      ids.push(att.id);
    }
    const before = await db().threadItem.count({ where: { threadId } });
    const res = await chatkit(s.app.url, cleo.token, {
      type: 'threads.add_user_message',
      params: { thread_id: threadId, input: { content: [{ type: 'input_text', text: 'three pictures' }], attachments: ids, inference_options: {} } },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'limitsReached', message: expect.stringContaining('limit of 2') });
    expect(await db().threadItem.count({ where: { threadId } })).toBe(before);
    expect(await db().attachment.count({ where: { threadId } })).toBe(0);
  });
});

describe.runIf(!!process.env.DATABASE_URL)('two processes on one PostgreSQL', () => {
  let shared: SharedDb;
  let a: ChildApp;
  let b: ChildApp;
  beforeAll(async () => {
    shared = await sharedDatabase();
    const env = { ...shared.env, UPLOAD_QUOTA_PER_USER_HOUR: '10', CHILD_SEED_EMAIL: 'quota@example.test' };
    a = await startChildApp(env);
    b = await startChildApp(env);
  }, 120_000);
  afterAll(async () => {
    await stopChildApps();
    await shared?.drop();
  });

  it('50 simultaneous attachments.create, alternating between the processes, against a quota of 10 → exactly 10 accepted', async () => {
    const apps = [a, b];
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => createAttachment(apps[i % 2]!.url, apps[i % 2]!.user!.token, i)));
    expect(await tally(responses)).toEqual({ 200: 10, 429: 40 });
  }, 120_000);
});
