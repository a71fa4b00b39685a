#!/usr/bin/env -S tsx --conditions=react-server
// Seeds many conversations fast for the admin benchmark: the rows are generated inside PostgreSQL with
// generate_series, in batches of multi-row INSERT … SELECT statements (parameterised $executeRaw).
//
//   DATABASE_URL=postgresql://…/procmod_bench npx tsx --conditions=react-server scripts/seed-admin.ts --threads 100000 --items 1000000
//
// Options: --threads N (default 1000) --items M (default 10×N) --users U (default max(10, N/500)) --reset
// Every seeded id starts with "seed_", so --reset removes exactly what an earlier run added.
import { db, closeDatabase } from '@/lib/db';
import { migrate } from './db.mjs';

const VOCAB = [
  'process', 'task', 'gateway', 'exclusive', 'parallel', 'event', 'start', 'end', 'timer', 'boundary', 'message',
  'lane', 'pool', 'approval', 'invoice', 'order', 'customer', 'clerk', 'manager', 'review', 'reject', 'approve',
  'escalate', 'deadline', 'subprocess', 'call', 'activity', 'sequence', 'flow', 'condition', 'default', 'loop',
  'compensation', 'error', 'signal', 'data', 'object', 'store', 'annotation', 'diagram', 'model', 'path',
  'unreachable', 'dead', 'join', 'split', 'merge', 'handoff', 'shipment', 'payment', 'refund', 'ticket',
  'support', 'onboarding', 'contract', 'legal', 'risk', 'audit', 'report', 'dashboard',
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export type SeedOptions = { threads: number; items: number; users: number; log?: (s: string) => void };

export async function seedAdmin({ threads, items, users, log = () => {} }: SeedOptions): Promise<void> {
  const perThread = Math.max(1, Math.floor(items / threads));
  const t0 = Date.now();
  const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

  await db().$executeRaw`
    INSERT INTO "User" (id, email, name, role, "createdAt", "updatedAt")
    SELECT 'seed_u_' || g, 'seed' || g || '@example.test', 'Seed user ' || g, 'USER',
           now() AT TIME ZONE 'UTC' - ((g % 60) * interval '1 day'), now() AT TIME ZONE 'UTC'
    FROM generate_series(1, ${users}::int) g ON CONFLICT DO NOTHING`;
  await db().$executeRaw`
    INSERT INTO "Diagram" (id, "userId", name, "createdAt", "updatedAt")
    SELECT 'seed_d_' || g, 'seed_u_' || g, 'Process ' || g, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM generate_series(1, ${users}::int) g ON CONFLICT DO NOTHING`;
  log(`users + diagrams: ${users} (${elapsed()})`);

  // Thread g starts (g·7919 mod 90 days) minutes ago; its items follow one minute apart.
  const BATCH_T = 20_000;
  for (let from = 1; from <= threads; from += BATCH_T) {
    const to = Math.min(threads, from + BATCH_T - 1);
    await db().$executeRaw`
      INSERT INTO "Thread" (id, "userId", "diagramId", title, "createdAt", "updatedAt", "itemCount")
      SELECT 'seed_t_' || g, 'seed_u_' || (g % ${users}::int + 1), 'seed_d_' || (g % ${users}::int + 1),
             'Question about ' || (${VOCAB}::text[])[1 + g % ${VOCAB.length}::int] || ' ' || g,
             now() AT TIME ZONE 'UTC' - (((g::bigint * 7919) % 129600) * interval '1 minute'),
             now() AT TIME ZONE 'UTC' - (((g::bigint * 7919) % 129600) * interval '1 minute') + (${perThread}::int * interval '1 minute'),
             ${perThread}::int
      FROM generate_series(${from}::int, ${to}::int) g ON CONFLICT DO NOTHING`;
  }
  log(`threads: ${threads} (${elapsed()})`);

  // Item n belongs to thread ceil(n / perThread); odd positions are questions, even ones answers. Each text is
  // 12 words drawn from the vocabulary; about 1 in 10,000 items also contains the rare word "zeppelin".
  const total = perThread * threads;
  const BATCH_I = 50_000;
  for (let from = 1; from <= total; from += BATCH_I) {
    const to = Math.min(total, from + BATCH_I - 1);
    await db().$executeRaw`
      INSERT INTO "ThreadItem" (id, "threadId", "userId", type, payload, text, "createdAt")
      SELECT 'seed_i_' || n, 'seed_t_' || th, 'seed_u_' || (th % ${users}::int + 1),
             CASE WHEN pos % 2 = 1 THEN 'user_message' ELSE 'assistant_message' END,
             CASE WHEN pos % 2 = 1
               THEN jsonb_build_object('type', 'user_message', 'content', jsonb_build_array(jsonb_build_object('type', 'input_text', 'text', txt)), 'attachments', '[]'::jsonb, 'inference_options', '{}'::jsonb)
               ELSE jsonb_build_object('type', 'assistant_message', 'content', jsonb_build_array(jsonb_build_object('type', 'output_text', 'text', txt, 'annotations', '[]'::jsonb)))
             END,
             txt,
             now() AT TIME ZONE 'UTC' - (((th::bigint * 7919) % 129600) * interval '1 minute') + (pos * interval '1 minute')
      FROM (
        SELECT n, (n - 1) / ${perThread}::int + 1 AS th, (n - 1) % ${perThread}::int + 1 AS pos,
          (SELECT string_agg((${VOCAB}::text[])[1 + floor(random() * ${VOCAB.length}::int)::int], ' ')
             FROM generate_series(1, 12) w WHERE n > 0)
          || CASE WHEN n % 10007 = 0 THEN ' zeppelin' ELSE '' END AS txt
        FROM generate_series(${from}::int, ${to}::int) n
      ) s ON CONFLICT DO NOTHING`;
    log(`items: ${to}/${total} (${elapsed()})`);
  }

  // Some feedback (1 in 20 answers up, 1 in 50 down), image attachments on 1 in 10 threads, flags on 1 in 200.
  await db().$executeRaw`
    INSERT INTO "Feedback" (id, "itemId", "threadId", "userId", kind, "createdAt")
    SELECT 'seed_f_' || i.id, i.id, i."threadId", i."userId",
           CASE WHEN i.seq % 50 = 0 THEN 'negative' ELSE 'positive' END, i."createdAt"
    FROM "ThreadItem" i
    WHERE i.id LIKE 'seed_i_%' AND i.type = 'assistant_message' AND (i.seq % 50 = 0 OR i.seq % 20 = 0)
    ON CONFLICT DO NOTHING`;
  await db().$executeRaw`
    INSERT INTO "Attachment" (id, "userId", "threadId", status, kind, mime, size, "storageKey", name, source, "createdAt", "updatedAt")
    SELECT 'seed_a_' || g, 'seed_u_' || (g % ${users}::int + 1), 'seed_t_' || g, 'ready', 'image', 'image/png', 40000 + g % 5000,
           'seed/' || g, 'diagram-20260101-120000.png', 'screenshot', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM generate_series(10, ${threads}::int, 10) g ON CONFLICT DO NOTHING`;
  await db().$executeRaw`
    INSERT INTO "Flag" (id, "threadId", status, note, "createdAt", "updatedAt")
    SELECT 'seed_fl_' || g, 'seed_t_' || g, (ARRAY['open', 'escalated', 'resolved'])[1 + g % 3]::"FlagStatus", 'seeded',
           now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM generate_series(200, ${threads}::int, 200) g ON CONFLICT DO NOTHING`;
  log(`feedback, attachments, flags (${elapsed()})`);
  await db().$executeRawUnsafe('ANALYZE');
  log(`analyze (${elapsed()})`);
}

export async function resetSeed(): Promise<void> {
  // Cascades remove the seeded threads' items, feedback, attachments and flags.
  await db().$executeRaw`DELETE FROM "User" WHERE id LIKE 'seed_u_%'`;
}

const isMain = process.argv[1]?.endsWith('seed-admin.ts');
if (isMain) {
  const threads = Number(arg('threads') ?? 1000);
  const items = Number(arg('items') ?? threads * 10);
  const users = Number(arg('users') ?? Math.max(10, Math.round(threads / 500)));
  if (![threads, items, users].every((n) => Number.isInteger(n) && n > 0)) {
    console.error('Usage: tsx --conditions=react-server scripts/seed-admin.ts --threads N --items M [--users U] [--reset]');
    process.exit(2);
  }
  await migrate({ quiet: true });
  if (process.argv.includes('--reset')) {
    await resetSeed();
    console.log('removed earlier seed rows');
  }
  await seedAdmin({ threads, items, users, log: (s) => console.log(`[seed] ${s}`) });
  await closeDatabase();
}
