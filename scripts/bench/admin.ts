#!/usr/bin/env -S tsx --conditions=react-server
// Times the admin conversation list and search (p50/p95 over repeated runs) on a seeded PostgreSQL database.
//
//   DATABASE_URL=postgresql://…/procmod_bench npx tsx --conditions=react-server scripts/seed-admin.ts --threads 100000 --items 1000000
//   DATABASE_URL=postgresql://…/procmod_bench npx tsx --conditions=react-server scripts/bench/admin.ts [--runs 30]
import os from 'node:os';
import { db, closeDatabase, dbKind } from '@/lib/db';
import { listConversations } from '@/lib/store/admin/conversations';
import { dailyStats } from '@/lib/store/admin/stats';
import { feedbackQueue } from '@/lib/store/admin/feedback';
import type { ConversationFilters } from '@/lib/admin/filters';
import { directStats } from '../../e2e/support/stats-direct';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 30;
// --stats: only the 30-day stats, from the daily roll-up and (for comparison) counted from the rows directly.
const STATS_ONLY = process.argv.includes('--stats');
const admin = { id: 'bench-admin', role: 'ADMIN' as const };

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(label: string, fn: () => Promise<unknown>, runs = RUNS): Promise<void> {
  await fn(); // warm-up (plan cache, buffers)
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`| ${label} | ${pct(ms, 50).toFixed(1)} | ${pct(ms, 95).toFixed(1)} | ${runs} |`);
}

async function main() {
  if (dbKind() !== 'postgresql') throw new Error('Set DATABASE_URL to the seeded PostgreSQL database.');
  const [threads, items] = await Promise.all([db().thread.count(), db().threadItem.count()]);
  const someUser = await db().user.findFirst({ where: { id: { startsWith: 'seed_u_' } }, select: { email: true } });
  console.log(`Database: ${threads} threads, ${items} items · ${os.cpus().length}× ${os.cpus()[0]?.model} · ${Math.round(os.totalmem() / 2 ** 30)} GB · node ${process.version}`);
  const pg = await db().$queryRaw<{ version: string }[]>`SELECT version()`;
  console.log(pg[0]?.version);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('\n| query (page of 50) | p50 ms | p95 ms | runs |\n|---|---:|---:|---:|');
  if (STATS_ONLY) {
    await time('stats, 30 days (daily roll-up)', () => dailyStats(admin), RUNS);
    await time('stats, 30 days counted from the rows (before the roll-up)', directStats, Math.min(RUNS, 5));
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    return;
  }
  const list = (f: ConversationFilters) => () => listConversations(admin, { limit: 50, ...f });

  await time('list, newest first', list({}));
  const p1 = await listConversations(admin, { limit: 50 });
  const p2 = await listConversations(admin, { limit: 50, cursor: p1.nextCursor! });
  await time('list, 3rd page (cursor)', list({ cursor: p2.nextCursor! }));
  await time('filter: one user (email)', list({ user: someUser!.email }));
  await time('filter: has 👎', list({ negative: true }));
  await time('filter: has images', list({ images: true }));
  await time('filter: flag = escalated', list({ flag: 'escalated' }));
  await time('filter: date range (7 days)', list({ from: daysAgo(30), to: daysAgo(23) }));
  await time('search: common word "gateway"', list({ q: 'gateway' }));
  await time('search: two words "boundary timer"', list({ q: 'boundary timer' }));
  await time('search: rare word "zeppelin"', list({ q: 'zeppelin' }));
  await time('search: no match "xylophone"', list({ q: 'xylophone' }));
  await time('search "approval" + user filter', list({ q: 'approval', user: someUser!.email }));
  await time('search "refund" + has 👎', list({ q: 'refund', negative: true }));
  await time('feedback queue, newest 50', () => feedbackQueue(admin, { limit: 50 }));
  await time('stats, 30 days (daily roll-up)', () => dailyStats(admin), Math.min(RUNS, 10));

  const plan = await db().$queryRaw<{ 'QUERY PLAN': string }[]>`
    EXPLAIN SELECT i."threadId" FROM "ThreadItem" i WHERE to_tsvector('simple', i."text") @@ plainto_tsquery('simple', 'zeppelin')`;
  const usesIndex = plan.some((r) => r['QUERY PLAN'].includes('ThreadItem_text_fts'));
  console.log(`\nSearch subquery uses the GIN index "ThreadItem_text_fts": ${usesIndex ? 'yes' : 'NO'}`);
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);
}

await main();
await closeDatabase();
