import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { db } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { searchTuning } from '@/lib/store/admin/conversations';
import { startAppServer, type AppServer } from '../support/app-server';
import { authHeaders, makeUser, type TestUser } from '../support/users';
import { seedConversation, type Seeded } from './admin-fixtures';

let app: AppServer;
let admin: TestUser;
let alice: TestUser;
let bob: TestUser;
const c: Record<string, Seeded> = {};
const day = (d: string) => new Date(`${d}T12:00:00.000Z`);

beforeAll(async () => {
  app = await startAppServer();
  admin = await makeUser({ admin: true });
  alice = await makeUser({ email: 'alice@example.test' });
  bob = await makeUser({ email: 'bob@example.test' });
  c.timer = await seedConversation(alice.id, {
    title: 'Timers', diagramName: 'Invoice approval', at: day('2026-03-01'),
    turns: [{ user: 'How do I add an escalation timer to the approval task?', answer: 'Attach a boundary timer event.', feedback: 'negative' }],
  });
  c.gateway = await seedConversation(alice.id, {
    title: 'Gateways', at: day('2026-03-05'),
    turns: [
      { user: 'Is an exclusive gateway right here?', answer: 'Yes, use an XOR gateway.', feedback: 'positive', image: 'diagram-20260305-101500.png' },
    ],
  });
  c.lanes = await seedConversation(bob.id, {
    title: 'Lanes', at: day('2026-03-10'),
    turns: [{ user: 'Should the clerk get a lane of their own?', answer: 'Give each role a lane.' }],
  });
  for (let i = 0; i < 5; i++) {
    c[`bulk${i}`] = await seedConversation(bob.id, {
      title: `Bulk ${i}`, at: day(`2026-02-0${i + 1}`),
      turns: [{ user: `Filler question number ${i}`, answer: 'Filler answer.' }],
    });
  }
});
afterAll(() => app.close());

const get = async (path: string, who: TestUser = admin) => {
  const res = await fetch(app.url + path, { headers: authHeaders(who) });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};
const ids = (page: { data: { id: string }[] }) => page.data.map((r) => r.id);

describe('admin conversation list', () => {
  it('lists every user’s conversations, newest activity first, with counts, user and diagram', async () => {
    const page = await get('/api/admin/conversations');
    expect(page.data).toHaveLength(8);
    expect(page.data[0].id).toBe(c.lanes!.threadId);
    const gw = page.data.find((r: { id: string }) => r.id === c.gateway!.threadId);
    expect(gw).toMatchObject({
      title: 'Gateways', user: { email: 'alice@example.test' }, messageCount: 2, attachmentCount: 1, imageCount: 1,
      positiveCount: 1, negativeCount: 0, flag: null,
    });
    const timer = page.data.find((r: { id: string }) => r.id === c.timer!.threadId);
    expect(timer).toMatchObject({ diagram: { name: 'Invoice approval' }, negativeCount: 1 });
  });

  it('pages with a cursor without repeating or skipping a conversation', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { data: { id: string }[]; nextCursor: string | null } = await get(
        `/api/admin/conversations?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it('filters by user email or id', async () => {
    expect(ids(await get('/api/admin/conversations?user=alice@example.test')).sort()).toEqual([c.gateway!.threadId, c.timer!.threadId].sort());
    expect(ids(await get(`/api/admin/conversations?user=${bob.id}`))).toHaveLength(6);
    expect(ids(await get('/api/admin/conversations?user=nobody@example.test'))).toEqual([]);
  });

  it('filters by date range of activity', async () => {
    expect(ids(await get('/api/admin/conversations?from=2026-03-01&to=2026-03-06')).sort()).toEqual([c.gateway!.threadId, c.timer!.threadId].sort());
    expect(ids(await get('/api/admin/conversations?to=2026-02-02'))).toHaveLength(2);
  });

  it('filters by images, negative feedback and diagram', async () => {
    expect(ids(await get('/api/admin/conversations?images=1'))).toEqual([c.gateway!.threadId]);
    expect(ids(await get('/api/admin/conversations?negative=1'))).toEqual([c.timer!.threadId]);
    expect(ids(await get(`/api/admin/conversations?diagram=${c.lanes!.diagramId}`))).toEqual([c.lanes!.threadId]);
  });

  it('finds conversations by words in their messages, with a highlighted snippet', async () => {
    const page = await get('/api/admin/conversations?q=escalation%20timer');
    expect(ids(page)).toEqual([c.timer!.threadId]);
    expect(page.data[0].snippet).toContain('«escalation»');
    expect(ids(await get('/api/admin/conversations?q=gateway'))).toEqual([c.gateway!.threadId]);
    expect(ids(await get('/api/admin/conversations?q=lane&user=alice@example.test'))).toEqual([]);
    expect(ids(await get('/api/admin/conversations?q=zebra'))).toEqual([]);
    // Quotes and operators are words, not SQL or tsquery syntax.
    expect(ids(await get(`/api/admin/conversations?q=${encodeURIComponent("'); DROP TABLE \"Thread\"; -- & | !")}`))).toEqual([]);
    expect(await db().thread.count()).toBe(8);
  });

  it('gives the same results when a term counts as common (threads walked newest first) as when it is rare', async () => {
    const rare = await get('/api/admin/conversations?q=question');
    searchTuning.rareTermItems = 1;
    try {
      const common = await get('/api/admin/conversations?q=question');
      expect(ids(common)).toEqual(ids(rare));
      expect(ids(common)).toHaveLength(5);
      expect(ids(await get('/api/admin/conversations?q=question&user=bob@example.test&limit=1'))).toEqual([c.bulk4!.threadId]);
      expect(ids(await get('/api/admin/conversations?q=question&user=alice@example.test'))).toEqual([]);
    } finally {
      searchTuning.rareTermItems = 5000;
    }
  });
});

describe('flags', () => {
  it('sets, changes and clears a flag, filters by it, and audits every change', async () => {
    const h = { ...authHeaders(admin), 'content-type': 'application/json' };
    const url = `${app.url}/api/admin/conversations/${c.lanes!.threadId}/flag`;
    expect((await fetch(url, { method: 'PUT', headers: h, body: JSON.stringify({ status: 'open', note: 'Wrong advice?' }) })).status).toBe(200);
    expect(ids(await get('/api/admin/conversations?flag=open'))).toEqual([c.lanes!.threadId]);
    expect(ids(await get('/api/admin/conversations?flag=any'))).toEqual([c.lanes!.threadId]);
    expect(ids(await get('/api/admin/conversations?flag=none'))).toHaveLength(7);
    const put = await fetch(url, { method: 'PUT', headers: h, body: JSON.stringify({ status: 'escalated', note: 'Ask the BPMN lead' }) });
    expect(await put.json()).toMatchObject({ status: 'escalated', note: 'Ask the BPMN lead' });
    expect(ids(await get('/api/admin/conversations?flag=open'))).toEqual([]);
    const row = (await get('/api/admin/conversations?flag=escalated')).data[0];
    expect(row.flag).toEqual({ status: 'escalated', note: 'Ask the BPMN lead' });
    expect((await fetch(url, { method: 'DELETE', headers: h })).status).toBe(204);
    expect((await fetch(url, { method: 'DELETE', headers: h })).status).toBe(404);

    const audit = await get(`/api/admin/audit?target=${c.lanes!.threadId}`);
    expect(audit.data.map((e: { action: string }) => e.action)).toEqual(['flag.clear', 'flag.set', 'flag.set']);
    expect(audit.data[1]).toMatchObject({ actor: { id: admin.id }, detail: { from: 'open', to: 'escalated' } });
  });

  it('never shows the flag or its note to the conversation’s owner', async () => {
    const h = { ...authHeaders(admin), 'content-type': 'application/json' };
    const url = `${app.url}/api/admin/conversations/${c.lanes!.threadId}/flag`;
    expect((await fetch(url, { method: 'PUT', headers: h, body: JSON.stringify({ status: 'escalated', note: 'SECRET-ADMIN-NOTE' }) })).status).toBe(200);
    const owner = { ...authHeaders(bob), 'content-type': 'application/json' };
    for (const body of [
      { type: 'threads.get_by_id', params: { thread_id: c.lanes!.threadId } },
      { type: 'threads.list', params: { limit: 20 } },
      { type: 'items.list', params: { thread_id: c.lanes!.threadId, limit: 20 } },
    ]) {
      const res = await fetch(`${app.url}/api/chatkit`, { method: 'POST', headers: owner, body: JSON.stringify(body) });
      expect(res.status, body.type).toBe(200);
      const text = await res.text();
      expect(text).toContain(c.lanes!.threadId);
      expect(text).not.toContain('SECRET-ADMIN-NOTE');
      expect(text).not.toContain('escalated');
    }
    // The owner cannot reach the admin flag endpoint either.
    expect((await fetch(url, { method: 'PUT', headers: owner, body: JSON.stringify({ status: 'resolved' }) })).status).toBe(404);
    expect((await fetch(url, { method: 'DELETE', headers: h })).status).toBe(204);
  });

  it('has no way to change or delete audit entries over HTTP', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await fetch(`${app.url}/api/admin/audit`, { method, headers: { ...authHeaders(admin), 'content-type': 'application/json' }, body: '{}' });
      expect(res.status, method).toBe(405);
    }
  });

  it('answers 404 when flagging a conversation that does not exist', async () => {
    const res = await fetch(`${app.url}/api/admin/conversations/thr_missing/flag`, {
      method: 'PUT',
      headers: { ...authHeaders(admin), 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'open' }),
    });
    expect(res.status).toBe(404);
  });
});

describe('transcript', () => {
  it('returns items in order with feedback on the answer and the revision on the user message, and audits the view', async () => {
    const t = await get(`/api/admin/conversations/${c.gateway!.threadId}`);
    expect(t.thread).toMatchObject({ title: 'Gateways', user: { email: 'alice@example.test' } });
    expect(t.items.map((i: { type: string }) => i.type)).toEqual(['user_message', 'assistant_message']);
    expect(t.items[0]).toMatchObject({ diagramRevisionId: c.gateway!.revisionId, attachments: [{ kind: 'image', name: 'diagram-20260305-101500.png' }] });
    expect(t.items[0].attachments[0].previewUrl).toMatch(/^http/);
    expect(t.items[1].feedback).toEqual([expect.objectContaining({ kind: 'positive' })]);
    const audit = await get(`/api/admin/audit?action=transcript.view&target=${c.gateway!.threadId}`);
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0].actor.email).toBe(admin.email);
  });

  it('serves the linked diagram revision XML, audited', async () => {
    const rev = await get(`/api/admin/revisions/${c.gateway!.revisionId}`);
    expect(rev.xml).toContain('bpmn:definitions');
    expect(rev.owner).toBe('alice@example.test');
    expect((await get(`/api/admin/audit?action=revision.view`)).data[0].target).toBe(c.gateway!.revisionId);
  });
});

describe('feedback queue', () => {
  it('lists thumbs-down answers newest first with the question and the answer', async () => {
    const extra = await seedConversation(bob.id, {
      at: day('2026-03-12'),
      turns: [
        { user: 'First question', answer: 'Fine answer' },
        { user: 'Second question', answer: 'Bad answer', feedback: 'negative' },
      ],
    });
    const q = await get('/api/admin/feedback');
    expect(q.data.map((e: { threadId: string }) => e.threadId)).toEqual([extra.threadId, c.timer!.threadId]);
    expect(q.data[0]).toMatchObject({ question: 'Second question', answer: 'Bad answer', itemId: extra.answerIds[1], user: { email: 'bob@example.test' } });
    const first = await get('/api/admin/feedback?limit=1');
    expect(first.data).toHaveLength(1);
    const second = await get(`/api/admin/feedback?limit=1&cursor=${first.nextCursor}`);
    expect(second.data[0].threadId).toBe(c.timer!.threadId);
    expect(second.nextCursor).toBeNull();
    await db().thread.delete({ where: { id: extra.threadId } });
  });
});

describe('stats', () => {
  it('has 30 days with today’s conversations, messages, screenshots and feedback', async () => {
    await seedConversation(bob.id, {
      turns: [{ user: 'Today', answer: 'Now', feedback: 'negative', image: 'modeler-20260101-120000.png' }],
    });
    const { days } = await get('/api/admin/stats');
    expect(days).toHaveLength(30);
    const today = days[29];
    expect(today.day).toBe(new Date().toISOString().slice(0, 10));
    expect(today).toMatchObject({ conversations: 1, messages: 2, attachments: 1, attachmentBytes: 1234, screenshots: 1, negative: 1, feedbackRatio: 0 });
    expect(today).toMatchObject({ users: 3, newUsers: 3, activeUsers: 1 });
  });
});

describe('export', () => {
  it('streams the filtered conversations as JSONL in the per-conversation export format, audited', async () => {
    const res = await fetch(`${app.url}/api/admin/export?user=alice@example.test`, { headers: authHeaders(admin) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/ndjson/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.thread.id).sort()).toEqual([c.gateway!.threadId, c.timer!.threadId].sort());
    const timer = lines.find((l) => l.thread.id === c.timer!.threadId);
    expect(timer).toMatchObject({ format: 'procmod.conversation.v1', owner: { email: 'alice@example.test' } });
    expect(timer.items[0]).toMatchObject({ type: 'user_message', thread_id: c.timer!.threadId, content: [{ type: 'input_text' }] });
    expect(timer.items[1]).toMatchObject({ type: 'assistant_message', content: [{ type: 'output_text', text: 'Attach a boundary timer event.' }] });
    expect(timer.diagramRevisions[0]).toMatchObject({ id: c.timer!.revisionId, diagramName: 'Invoice approval' });
    const audit = await get('/api/admin/audit?action=export.conversations');
    expect(audit.data[0].detail).toMatchObject({ format: 'jsonl', filters: { user: 'alice@example.test' } });
  });

  it('streams a zip with one folder per conversation in the per-conversation layout', async () => {
    const res = await fetch(`${app.url}/api/admin/export?format=zip&user=alice@example.test`, { headers: authHeaders(admin) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const names = await zipEntries(Buffer.from(await res.arrayBuffer()));
    expect(names).toContain('index.json');
    for (const id of [c.timer!.threadId, c.gateway!.threadId]) {
      expect(names).toContain(`${id}/conversation.json`);
      expect(names).toContain(`${id}/transcript.md`);
      expect(names.some((n) => n.startsWith(`${id}/diagrams/`) && n.endsWith('.bpmn'))).toBe(true);
    }
    expect(names.some((n) => n.startsWith(`${c.lanes!.threadId}/`))).toBe(false);
    expect((await get('/api/admin/audit?action=export.conversations')).data[0].detail.format).toBe('zip');
  });

  it('refuses an unknown export format', async () => {
    const res = await fetch(`${app.url}/api/admin/export?format=csv`, { headers: authHeaders(admin) });
    expect(res.status).toBe(400);
  });
});

function zipEntries(buf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('ADMIN_CAN_READ_CONVERSATIONS=false', () => {
  it('closes transcripts, search, the feedback queue and export but keeps the list and stats', async () => {
    process.env.ADMIN_CAN_READ_CONVERSATIONS = 'false';
    reloadEnv();
    try {
      const h = authHeaders(admin);
      for (const path of [`/api/admin/conversations/${c.timer!.threadId}`, '/api/admin/conversations?q=timer', '/api/admin/feedback', '/api/admin/export', `/api/admin/revisions/${c.timer!.revisionId}`]) {
        const res = await fetch(app.url + path, { headers: h });
        expect(res.status, path).toBe(403);
        expect((await res.json()).error.message).toMatch(/ADMIN_CAN_READ_CONVERSATIONS/);
      }
      expect((await fetch(`${app.url}/api/admin/stats`, { headers: h })).status).toBe(200);
      expect((await fetch(`${app.url}/api/admin/conversations`, { headers: h })).status).toBe(200);
    } finally {
      delete process.env.ADMIN_CAN_READ_CONVERSATIONS;
      reloadEnv();
    }
  });
});
