// The admin stats daily roll-up: DailyUserStat is kept by database triggers as rows are written, and
// after any mix of writes and deletes (cascades included) the stats read from it equal a direct count of the rows.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import { prismaStore } from '@/lib/store/chatkit-store';
import { dailyStats } from '@/lib/store/admin/stats';
import type { ThreadItem } from '@/lib/chatkit/types';
import { makeUser } from '../support/users';
import { seedAttachment } from './chatkit-helpers';
import { directStats } from '../support/stats-direct';

const admin = { id: 'stats-admin', role: 'ADMIN' as const };
const DAY = 86400_000;

const fromRollup = async () =>
  (await dailyStats(admin)).map(({ users: _u, newUsers: _n, feedbackRatio: _f, ...rest }) => rest);

const message = (threadId: string, type: 'user_message' | 'assistant_message', at: number, text: string): ThreadItem =>
  (type === 'user_message'
    ? { id: newId('msg'), thread_id: threadId, created_at: new Date(at).toISOString(), type, content: [{ type: 'input_text', text }], attachments: [], inference_options: {} }
    : { id: newId('msg'), thread_id: threadId, created_at: new Date(at).toISOString(), type, content: [{ type: 'output_text', text, annotations: [] }] }) as ThreadItem;

describe('admin stats roll-up', () => {
  it('equals a direct count after mixed writes, updates and deletes, cascades included', { timeout: 120_000 }, async () => {
    const [ada, bo, cy] = [await makeUser(), await makeUser(), await makeUser()];
    const t0 = new Date().setUTCHours(0, 0, 0, 0);
    const threads: string[] = [];
    // Three users, threads and messages spread over today, yesterday and two weeks ago (created_at is the item's).
    for (const [i, u] of [ada, bo, cy, ada, bo].entries()) {
      const at = t0 - [0, 1, 14, 1, 0][i]! * DAY + 3600_000;
      const thread = await prismaStore.createThread(u.id, { metadata: {} }, { item: (id) => message(id, 'user_message', at, `question ${i}`) });
      threads.push(thread.id);
      await prismaStore.addThreadItem(u.id, thread.id, message(thread.id, 'assistant_message', at + 1000, `answer ${i}`));
      await prismaStore.addThreadItem(u.id, thread.id, { id: newId('tsk'), thread_id: thread.id, created_at: new Date(at + 2000).toISOString(), type: 'task', task: { type: 'custom', title: 'note' } } as ThreadItem);
      await prismaStore.addThreadItem(u.id, thread.id, message(thread.id, 'user_message', at + 3000, `follow-up ${i}`));
      await prismaStore.addThreadItem(u.id, thread.id, message(thread.id, 'assistant_message', at + 4000, `second answer ${i}`));
    }
    expect(await fromRollup()).toEqual(await directStats());

    // Feedback given, then changed (an upsert moves kind and day), items deleted after a point (retry).
    const answers = await db().threadItem.findMany({ where: { type: 'assistant_message' }, orderBy: { seq: 'asc' } });
    const mine = (tid: string) => answers.filter((a) => a.threadId === tid).map((a) => a.id);
    await prismaStore.addFeedback(ada.id, threads[0]!, mine(threads[0]!), 'positive');
    await prismaStore.addFeedback(bo.id, threads[1]!, mine(threads[1]!), 'negative');
    await prismaStore.addFeedback(ada.id, threads[0]!, mine(threads[0]!).slice(0, 1), 'negative');
    const firstUser = await db().threadItem.findFirstOrThrow({ where: { threadId: threads[3], type: 'user_message' }, orderBy: { seq: 'asc' } });
    await prismaStore.deleteItemsAfter(ada.id, threads[3]!, firstUser.id);
    // Attachments: ready, pending, one made ready later, a screenshot by name and by source, one deleted.
    await seedAttachment(ada.id, 'image', 'diagram-20261201-101500.png');
    const pending = await seedAttachment(bo.id, 'file', 'report.pdf');
    await db().attachment.update({ where: { id: pending }, data: { status: 'pending' } });
    const later = await seedAttachment(cy.id, 'image', 'photo.png');
    await db().attachment.update({ where: { id: later }, data: { status: 'pending' } });
    await db().attachment.update({ where: { id: later }, data: { status: 'ready', size: 9999, source: 'screenshot' } });
    const gone = await seedAttachment(cy.id, 'file', 'gone.pdf');
    await db().attachment.update({ where: { id: gone }, data: { threadId: threads[2] } });
    await db().attachment.delete({ where: { id: gone } });
    expect(await fromRollup()).toEqual(await directStats());

    // A deleted thread takes its items, feedback and attachments with it; a deleted user everything of theirs.
    await db().attachment.update({ where: { id: later }, data: { threadId: threads[2] } });
    await prismaStore.deleteThread(bo.id, threads[1]!);
    await prismaStore.deleteThread(cy.id, threads[2]!);
    await db().user.delete({ where: { id: ada.id } });
    const after = await fromRollup();
    expect(after).toEqual(await directStats());
    // The scenario reached the stats at all: bo's thread of today is still there.
    expect(after.at(-1)!.messages).toBeGreaterThan(0);
  });
});
