#!/usr/bin/env -S tsx --conditions=react-server
// What one list-page statement costs the Node thread through different `pg` paths (and porsager's `postgres`, when
// installed), 20 concurrent, the variants taking turns in 1-second blocks (seventh round, docs/benchmarks.md):
// the app's rawQuery, pool.query with and without our type parsers, a held client, rowMode 'array', json columns
// as text parsed by us, and (with --socket DIR) the server's Unix socket instead of loopback TCP.
//
//   DATABASE_URL=postgresql://…/an_empty_migrated_db npx tsx --conditions=react-server scripts/bench/pg-driver.ts [items|threads] [blocks] [--socket DIR]
import os from 'node:os';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to an empty migrated PostgreSQL database.');
process.env.NEXTAUTH_SECRET ??= 'bench-secret-0123456789abcdef0123456789abcdef';
const which = process.argv[2] === 'threads' ? 'threads' : 'items';
const BLOCKS = Number(process.argv[3] ?? 6);
const socketArg = process.argv.indexOf('--socket');
const socket = socketArg >= 0 ? process.argv[socketArg + 1] : undefined;

const { db, rawQuery, closeDatabase } = await import('@/lib/db');
const { threadItemsPageQuery, threadsPageQuery, itemFromRow } = await import('@/lib/store/chatkit-store');
const { itemWireText } = await import('@/lib/store/wire');
const { newId } = await import('@/lib/ids');
const { createUser } = await import('@/lib/auth/users');

const user = await createUser({ email: `pg-driver-${Date.now()}@example.test`, password: 'bench password 123' });
const threadId = newId('thr');
await db().thread.create({ data: { id: threadId, userId: user.id, title: 'Bench', itemCount: 1000 } });
await db().threadItem.createMany({
  data: Array.from({ length: 1000 }, (_, i) => {
    const text = i % 2 ? `Answer ${i}: yes, it has a default flow and two labelled branches.` : `Question ${i}: is the gateway after task ${i} exclusive?`;
    const row = {
      id: newId('msg'), threadId, userId: user.id, type: i % 2 ? 'assistant_message' : 'user_message', text,
      payload: i % 2 ? { type: 'assistant_message', content: [{ type: 'output_text', text, annotations: [] }] } : { type: 'user_message', content: [{ type: 'input_text', text }], attachments: [], inference_options: {} },
      createdAt: new Date(Date.now() - (1000 - i) * 1000),
    };
    return { ...row, wire: itemWireText(itemFromRow(row)) }; // as the app stores it (lib/store/wire.ts)
  }),
});
for (let i = 0; i < 20; i++) await db().thread.create({ data: { id: newId('thr'), userId: user.id, title: `Bench ${i}` } });

const q = which === 'items' ? threadItemsPageQuery(user.id, threadId, { limit: 20, order: 'desc' }, false) : threadsPageQuery(user.id, { limit: 20, order: 'desc' });
const values = q.values.map((v) => (v instanceof Date ? v.toISOString() : v));
// lib/db.ts's parsers: timestamps as UTC; the variant "json as text" leaves json/jsonb to be parsed by us.
const TIMESTAMP_OID = 1114;
const utcTimestamp = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const pgTypes = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === TIMESTAMP_OID && format !== 'binary' ? utcTimestamp : pg.types.getTypeParser(oid, format)) };
const asText = (s: string) => s;
const textTypes = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 114 || oid === 3802 ? asText : pgTypes.getTypeParser(oid, format)) };

const pool = new pg.Pool({ connectionString: url });
const held: pg.PoolClient[] = [];
for (let i = 0; i < 10; i++) held.push(await pool.connect());
const other = new pg.Pool({ connectionString: url });
const unix = socket ? new pg.Pool({ connectionString: url, host: socket }) : null;
let porsager: { unsafe: (text: string, values: unknown[], o: { prepare: boolean }) => Promise<unknown>; end: () => Promise<void> } | null = null;
try {
  const postgres = (await import('postgres')).default as unknown as (url: string, o: object) => typeof porsager;
  porsager = postgres(url, { max: 10, prepare: true, types: { ts: { to: 1114, from: [1114], serialize: (x: unknown) => x, parse: utcTimestamp } } });
} catch {
  /* not installed: that variant is left out */
}
let next = 0;
const heldClient = () => held[next++ % held.length]!;
const variants: Record<string, () => Promise<unknown>> = {
  "the app's rawQuery (pool.query, named)": () => rawQuery({ text: q.text, values: q.values }),
  'pool.query, named, our parsers': () => other.query({ name: 'b1', text: q.text, values, types: pgTypes }),
  "pool.query, named, pg's default parsers": () => other.query({ name: 'b1', text: q.text, values }),
  'held client.query, named, our parsers': () => heldClient().query({ name: 'b1', text: q.text, values, types: pgTypes }),
  "held client, named, rowMode 'array'": () => heldClient().query({ name: 'b2', text: q.text, values, types: pgTypes, rowMode: 'array' }),
  'held client, named, json as text + JSON.parse': async () => {
    const r = await heldClient().query({ name: 'b3', text: q.text, values, types: textTypes });
    for (const row of r.rows) for (const k of ['items', 'metadata']) if (typeof row[k] === 'string') row[k] = JSON.parse(row[k]);
    return r;
  },
  ...(unix ? { 'Unix socket: pool.query, named, our parsers': () => unix.query({ name: 'b1', text: q.text, values, types: pgTypes }) } : {}),
  ...(porsager ? { "porsager's postgres, unsafe + prepare": () => porsager!.unsafe(q.text, values, { prepare: true }) } : {}),
};

async function block(fn: () => Promise<unknown>, ms: number) {
  const end = performance.now() + ms;
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 20 }, async () => {
    while (performance.now() < end) {
      await fn();
      n++;
    }
  }));
  const c = process.cpuUsage(c0);
  return { n, cpu: (c.user + c.system) / 1000, sys: c.system / 1000, wall: performance.now() - t0 };
}

const names = Object.keys(variants);
const acc = new Map(names.map((n) => [n, { n: 0, cpu: 0, sys: 0, wall: 0 }]));
const load0 = os.loadavg();
for (let b = -1; b < BLOCKS; b++) {
  const start = (b + 1) % names.length; // each block one variant later, as chatkit.ts does
  for (const name of [...names.slice(start), ...names.slice(0, start)]) {
    const r = await block(variants[name]!, 1000);
    if (b < 0) continue;
    const x = acc.get(name)!;
    x.n += r.n;
    x.cpu += r.cpu;
    x.sys += r.sys;
    x.wall += r.wall;
  }
}
const la = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
console.log(`# ${which}.list statement, 20 concurrent, ${BLOCKS} × 1 s each · node ${process.version} · load ${la(load0)} → ${la(os.loadavg())}\n`);
console.log('| path | Node CPU ms / statement (of it system) | statements / s |\n|---|---:|---:|');
for (const [name, x] of acc) console.log(`| ${name} | ${(x.cpu / x.n).toFixed(3)} (${(x.sys / x.n).toFixed(3)}) | ${((x.n / x.wall) * 1000).toFixed(0)} |`);
for (const c of held) c.release();
await Promise.all([pool.end(), other.end(), unix?.end(), porsager?.end()]);
await closeDatabase();
