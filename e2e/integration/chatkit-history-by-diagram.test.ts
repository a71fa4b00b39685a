// threads.list is per diagram when the request names one in metadata.diagram_id (the element's api.fetch always
// does), and lists every thread of the user without it; paging keeps the filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { createThread, post } from './chatkit-helpers';

let app: AppServer;
let ada: TestUser;
let bob: TestUser;
const diagrams: Record<'a' | 'b', string> = { a: newId('dgm'), b: newId('dgm') };
const threads: Record<'a' | 'b' | 'none', string[]> = { a: [], b: [], none: [] };

beforeAll(async () => {
  app = await startAppServer();
  ada = await makeUser();
  bob = await makeUser();
  for (const [k, id] of Object.entries(diagrams)) await db().diagram.create({ data: { id, userId: ada.id, name: `Diagram ${k}` } });
  for (const k of ['a', 'b', 'a', 'none', 'a'] as const) {
    const { threadId } = await createThread(app, ada, `About ${k}`, k === 'none' ? undefined : { diagram_id: diagrams[k] });
    threads[k].push(threadId);
  }
});
afterAll(() => app.close());

async function list(user: TestUser, metadata: Record<string, unknown> | undefined, params: Record<string, unknown> = {}) {
  const res = await post(app, user, { type: 'threads.list', params: { limit: 10, order: 'desc', ...params }, ...(metadata ? { metadata } : {}) });
  expect(res.status).toBe(200);
  return (await res.json()) as { data: { id: string }[]; has_more: boolean; after?: string };
}

describe('threads.list filtered by metadata.diagram_id', () => {
  it("lists only that diagram's threads, newest first", async () => {
    expect((await list(ada, { diagram_id: diagrams.a })).data.map((t) => t.id)).toEqual([...threads.a].reverse());
    expect((await list(ada, { diagram_id: diagrams.b })).data.map((t) => t.id)).toEqual(threads.b);
  });

  it('without a diagram (or with diagram_id null: "all diagrams") lists every thread of the user', async () => {
    const all = [...threads.a, ...threads.b, ...threads.none].sort();
    expect((await list(ada, undefined)).data.map((t) => t.id).sort()).toEqual(all);
    expect((await list(ada, { diagram_id: null })).data.map((t) => t.id).sort()).toEqual(all);
  });

  it('pages within the filter', async () => {
    const first = await list(ada, { diagram_id: diagrams.a }, { limit: 2 });
    expect(first.data.map((t) => t.id)).toEqual([threads.a[2], threads.a[1]]);
    expect(first.has_more).toBe(true);
    const second = await list(ada, { diagram_id: diagrams.a }, { limit: 2, after: first.after });
    expect(second.data.map((t) => t.id)).toEqual([threads.a[0]]);
    expect(second.has_more).toBe(false);
  });

  it("another user's diagram id lists nothing of ada's", async () => {
    expect((await list(bob, { diagram_id: diagrams.a })).data).toEqual([]);
  });
});
