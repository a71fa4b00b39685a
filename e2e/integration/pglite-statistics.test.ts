// PGlite statistics while the app runs: PGlite has no autovacuum, so lib/db.ts analyzes the tables that
// changed enough since their last ANALYZE (PostgreSQL's default thresholds), on a timer.
import { describe, expect, it } from 'vitest';
import { analyzeChangedTables, db, dbKind, pgliteHandle } from '@/lib/db';
import { newId } from '@/lib/ids';
import { makeUser } from '../support/users';

describe.runIf(dbKind() === 'pglite')('PGlite statistics', () => {
  it('analyzes a table once it has grown past the threshold, and leaves unchanged tables alone', { timeout: 120_000 }, async () => {
    const pglite = pgliteHandle()!;
    await analyzeChangedTables(pglite); // settle whatever the template and setup left
    const u = await makeUser();
    const threadId = newId('thr');
    await db().thread.create({ data: { id: threadId, userId: u.id, itemCount: 600 } });
    const estimate = async () =>
      Number((await pglite.query<{ n: number }>(`SELECT reltuples::float8 AS n FROM pg_class WHERE relname = 'ThreadItem'`)).rows[0]!.n);
    const before = await estimate();
    await db().threadItem.createMany({
      data: Array.from({ length: 600 }, (_, i) => ({ id: newId('msg'), threadId, userId: u.id, type: 'user_message', payload: {}, text: `row ${i}` })),
    });
    // Nothing told the planner yet — unless the app's own 10-second analyzer (the same function, on a timer in this
    // process) ran in between; then it did this call's work, and this call finds nothing left to do.
    const analyzed = await analyzeChangedTables(pglite);
    if (!analyzed.includes('ThreadItem')) expect(await estimate(), 'analyzed by the timer meanwhile').not.toBe(before);
    expect(await estimate()).toBeGreaterThanOrEqual(600);
    // Nothing changed since: nothing to do.
    expect(await analyzeChangedTables(pglite)).not.toContain('ThreadItem');
  });
});
