#!/usr/bin/env -S tsx --conditions=react-server
// ChatKit server benchmarks:
//  (a) threads.list / items.list throughput and p50/p95 at 20 concurrency on a thread of 1,000 items,
//      beside a bare node:http server answering the same bytes (the ratio is the figure), and the same server with
//      a store that answers a prepared page from memory (the ceiling of any database lever); on PostgreSQL also the
//      server's own CPU per request (its backends' time from /proc, when it runs on this machine);
//  (b) time to first SSE event of threads.add_user_message at 10 concurrent streams, two ways: "saturated" (each
//      stream sends its next turn the moment the last ends, the responder never pauses: 200 turns, the server busy
//      all the time) and "paced" (the responder pauses 60–120 ms between words like a model, ~2–4 s a turn, and a
//      new turn starts when one ends: 10 streams open at any time, the server not saturated);
//  (c) items.list p95 with 100 vs 100,000 items in one thread.
//
//   npx tsx --conditions=react-server scripts/bench/chatkit.ts                    # embedded PGlite in a temp folder (the default deployment)
//   DATABASE_URL=postgresql://…/db npx tsx --conditions=react-server scripts/bench/chatkit.ts   # an EMPTY migrated PostgreSQL database
//   options: --seconds 5 (per throughput run), --paced-turns 100 (part b's paced variant)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fetchRetry, loadavg, pct } from './common';
import type { Store } from '@/lib/chatkit/store';

const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 5;
// --only a,b runs some parts (e.g. under --cpu-prof, where (c)'s 100,000-row seeding would drown the profile).
const onlyArg = process.argv.indexOf('--only');
const ONLY = new Set(onlyArg >= 0 ? process.argv[onlyArg + 1]!.split(',') : ['a', 'b', 'c']);
// --profile DIR writes a CPU profile of each measured /api/chatkit run only (not setup, seeding or the bare server).
const profileArg = process.argv.indexOf('--profile');
const PROFILE_DIR = profileArg >= 0 ? path.resolve(process.argv[profileArg + 1]!) : null;
const pacedArg = process.argv.indexOf('--paced-turns');
const PACED_TURNS = pacedArg >= 0 ? Number(process.argv[pacedArg + 1]) : 100;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-bench-chatkit-'));
process.env.DATA_DIR = tmp;
process.env.NEXTAUTH_SECRET ??= 'bench-secret-0123456789abcdef0123456789abcdef';
(process.env as Record<string, string>).NODE_ENV = 'production';
if (!process.env.DATABASE_URL) {
  execFileSync(process.execPath, ['scripts/db.mjs', 'migrate'], { env: process.env, stdio: 'ignore' });
}

const { db, closeDatabase, dbKind, configureDatabase, databaseConfigFromEnv, rawStatementCount, analyzeChangedTables, pgliteHandle, PGLITE_ANALYZE_EVERY_MS } = await import('@/lib/db');
// Statements per request are counted from Prisma's query events plus the ones sent through the driver (rawQuery).
await configureDatabase({ ...databaseConfigFromEnv(), queryEvents: true });
let prismaStatements = 0;
(db() as unknown as { $on(e: 'query', cb: () => void): void }).$on('query', () => prismaStatements++);
const statementCount = () => prismaStatements + rawStatementCount();
const { newId } = await import('@/lib/ids');
const { createUser } = await import('@/lib/auth/users');
const { createApiToken } = await import('@/lib/auth/tokens');
const { chatkitDeps, plainResponderWithDimensions } = await import('@/lib/store/chatkit-deps');
const { prismaStore, itemFromRow } = await import('@/lib/store/chatkit-store');
const { itemWireText } = await import('@/lib/store/wire');
const { pageCacheHits } = await import('@/lib/store/page-cache');
const { reloadEnv } = await import('@/lib/env');
/** PGlite's page cache (lib/store/page-cache.ts) on or off for what follows. */
const pageCache = (on: boolean) => {
  if (on) delete process.env.PGLITE_PAGE_CACHE_PAGES;
  else process.env.PGLITE_PAGE_CACHE_PAGES = '0';
  reloadEnv();
};
/** rawQuery's named prepared statements on PostgreSQL (lib/db.ts) on or off for what follows. */
const preparedStatements = (on: boolean) => {
  if (on) delete process.env.DATABASE_PREPARED_STATEMENTS;
  else process.env.DATABASE_PREPARED_STATEMENTS = 'false';
  reloadEnv();
};
const { startAppServer } = await import('../../e2e/support/app-server');
type Responder = import('@/lib/ai/responder').Responder;

/** Runs `fn` under the inspector's CPU profiler when --profile is given; the profile goes to PROFILE_DIR/<name>.cpuprofile. */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return fn();
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(PROFILE_DIR, { recursive: true });
    fs.writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

// cpuMs: this process's CPU time per request (client and server alike: both run here). On a shared machine it moves
// much less with the load than req/s does.
// dbCpu: the PostgreSQL server's CPU time over the run (its backends for this database, read from /proc when the
// server runs on this machine; 0 on PGlite, whose CPU is this process's).
type Run = { rps: number; p50: number; p95: number; n: number; cpuMs: number; ms: number[]; elapsed: number; cpu: number; dbCpu: number };

/** Runs (blocks) of one variant taken together. */
function combine(runs: Run[]): Run {
  const ms = runs.flatMap((r) => r.ms).sort((a, b) => a - b);
  const elapsed = runs.reduce((t, r) => t + r.elapsed, 0);
  const cpu = runs.reduce((t, r) => t + r.cpu, 0);
  const dbCpu = runs.reduce((t, r) => t + r.dbCpu, 0);
  return { rps: ms.length / elapsed, p50: pct(ms, 50), p95: pct(ms, 95), n: ms.length, cpuMs: cpu / ms.length, ms, elapsed, cpu, dbCpu };
}

/**
 * CPU ms the PostgreSQL server has spent so far in the backends serving this database (utime + stime of each from
 * /proc; a backend that is gone keeps its last figure). null when they cannot be read (PGlite, a remote server).
 */
const backendTicks = new Map<number, number>();
async function postgresCpuMs(): Promise<number | null> {
  if (dbKind() !== 'postgresql') return null;
  const { rawQuery } = await import('@/lib/db');
  const rows = await rawQuery<{ pid: number }>({ text: `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`, values: [] });
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      backendTicks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      return null;
    }
  }
  let ticks = 0;
  for (const t of backendTicks.values()) ticks += t;
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/**
 * `concurrency` workers POST the same body back to back for SECONDS; latencies per request. With `mixed`, the worker
 * whose request completes every `every`-th read then awaits `write()` (in this process, counted in the CPU time).
 */
async function load(url: string, headers: Record<string, string>, body: string, concurrency: number, mixed?: { every: number; write: () => Promise<unknown> }, seconds = SECONDS): Promise<Run> {
  const ms: number[] = [];
  const db0 = await postgresCpuMs();
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const res = await fetchRetry(url, { method: 'POST', headers, body });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      ms.push(performance.now() - t);
      if (mixed && ms.length % mixed.every === 0) await mixed.write();
    }
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  const cpuTotal = (cpu.user + cpu.system) / 1000;
  const db1 = await postgresCpuMs();
  const dbCpu = db0 !== null && db1 !== null ? db1 - db0 : 0;
  return { rps: ms.length / elapsed, p50: pct(ms, 50), p95: pct(ms, 95), n: ms.length, cpuMs: cpuTotal / ms.length, ms, elapsed, cpu: cpuTotal, dbCpu };
}

/**
 * `turns` threads.add_user_message streams, one worker per thread back to back, read in a worker thread: ms to each
 * first event. With `staggerMs`, each worker starts after a random wait below it (so paced streams do not march in step).
 */
async function streamClient(url: string, headers: Record<string, string>, threadIds: string[], turns: number, staggerMs = 0): Promise<number[]> {
  const { Worker } = await import('node:worker_threads');
  const code = `
    const { parentPort, workerData: { url, headers, threadIds, turns, staggerMs } } = require('node:worker_threads');
    const ttfe = [];
    let remaining = turns;
    const body = (threadId) => JSON.stringify({ type: 'threads.add_user_message', params: { thread_id: threadId, input: { content: [{ type: 'input_text', text: 'How many gateways are there?' }], attachments: [], inference_options: {} } } });
    const one = async (threadId) => {
      await new Promise((r) => setTimeout(r, Math.random() * staggerMs));
      while (remaining-- > 0) {
        const t = performance.now();
        const res = await fetch(url, { method: 'POST', headers, body: body(threadId) });
        const reader = res.body.getReader();
        const first = await reader.read();
        ttfe.push(performance.now() - t);
        if (!new TextDecoder().decode(first.value).startsWith('data: ')) throw new Error('first chunk is not an SSE event: HTTP ' + res.status);
        while (!(await reader.read()).done);
      }
    };
    Promise.all(threadIds.map(one)).then(() => parentPort.postMessage(ttfe), (err) => { throw err; });
  `;
  const worker = new Worker(code, { eval: true, workerData: { url, headers, threadIds, turns, staggerMs } });
  return new Promise((resolve, reject) => {
    worker.once('message', (ttfe: number[]) => void worker.terminate().then(() => resolve(ttfe)));
    worker.once('error', reject);
  });
}

/** A bare node:http server that answers every request with fixed bytes (the floor for our endpoint). */
async function bareServer(bytes: Buffer): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

async function seedThread(userId: string, items: number): Promise<string> {
  const threadId = newId('thr');
  await db().thread.create({ data: { id: threadId, userId, title: `Bench ${items}`, itemCount: items } });
  const base = Date.now() - items * 1000;
  for (let start = 0; start < items; start += 2000) {
    const rows = Array.from({ length: Math.min(2000, items - start) }, (_, k) => {
      const i = start + k;
      const user = i % 2 === 0;
      const text = user ? `Question ${i}: is the gateway after task ${i} exclusive?` : `Answer ${i}: yes, it has a default flow and two labelled branches.`;
      const row = {
        id: newId('msg'),
        threadId,
        userId,
        type: user ? 'user_message' : 'assistant_message',
        payload: user
          ? { type: 'user_message', content: [{ type: 'input_text', text }], attachments: [], inference_options: {} }
          : { type: 'assistant_message', content: [{ type: 'output_text', text, annotations: [] }] },
        text,
        createdAt: new Date(base + i * 1000),
      };
      // With the wire text the app stores beside the payload (lib/store/wire.ts), as any item it writes has.
      return { ...row, wire: itemWireText(itemFromRow(row)) };
    });
    await db().threadItem.createMany({ data: rows });
  }
  return threadId;
}

async function main() {
  const user = await createUser({ email: `bench-${Date.now()}@example.test`, password: 'bench password 123' });
  const { token } = await createApiToken(user.id, { label: 'bench' });
  // The plain responder without its word pauses; part (b)'s paced variant and its statement count wrap it (pace).
  const plain = plainResponderWithDimensions(0);
  let pace: Responder | null = null;
  const respond: Responder = (...args) => (pace ?? plain)(...args);
  // The ceiling of part (a): the same server and HTTP path with a store that answers a prepared page from memory.
  let fromMemory: Store | null = null;
  const app = await startAppServer({ chatkit: () => chatkitDeps({ respond, ...(fromMemory ? { store: fromMemory } : {}) }) });
  const url = `${app.url}/api/chatkit`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const post = async (body: unknown) => {
    const res = await fetchRetry(url, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  const cpu = os.cpus();
  console.log(`# ChatKit server benchmark · ${new Date().toISOString()}`);
  console.log(`machine: ${cpu.length}× ${cpu[0]?.model ?? '?'} · ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM · node ${process.version} · database ${dbKind()}`);

  // (a) throughput vs bare node:http
  if (ONLY.has('a')) await partA();
  if (ONLY.has('b')) await partB();
  if (ONLY.has('c')) await partC();
  await app.close();

  async function partA() {
    // The mixed runs' write: the user's oldest thread renamed (a write neither answer shows, so every answer keeps
    // its bytes; on PGlite it still empties the page cache, as any write does).
    const spare = await seedThread(user.id, 0);
    const thread1k = await seedThread(user.id, 1000);
    for (let i = 0; i < 20; i++) await seedThread(user.id, 0);
    let renames = 0;
    const write = () => prismaStore.updateThread(user.id, spare, { title: `Bench 0 (${++renames})` });
    const cached = dbKind() === 'pglite';
    // What lib/db.ts's analyzer does within 10 s of the seeding, now: measured before it, the 1,000-item page was
    // planned as a bitmap scan and sort of all its rows (8.8 instead of 5.3 ms of CPU a statement, fourth round).
    const pglite = pgliteHandle();
    if (pglite) await analyzeChangedTables(pglite);
    const itemsPage = await prismaStore.loadThreadItems(user.id, thread1k, { limit: 20, order: 'desc' });
    const itemsWire = await prismaStore.loadThreadItemsWire!(user.id, thread1k, { limit: 20, order: 'desc' });
    const threadsPage = await prismaStore.loadThreads(user.id, { limit: 20, order: 'desc' });
    const threadsWire = await prismaStore.loadThreadsWire!(user.id, { limit: 20, order: 'desc' });
    const cases = [
      { name: 'items-list', label: 'items.list (20 of 1,000 items)', body: { type: 'items.list', params: { thread_id: thread1k } }, memory: { ...prismaStore, loadThreadItems: async () => itemsPage, loadThreadItemsWire: async () => itemsWire } },
      { name: 'threads-list', label: 'threads.list (20 threads)', body: { type: 'threads.list', params: {} }, memory: { ...prismaStore, loadThreads: async () => threadsPage, loadThreadsWire: async () => threadsWire } },
    ];
    console.log(`\n## (a) throughput at 20 concurrency, ${SECONDS} × 1 s per variant, the variants taking turns\n`);
    const onPostgres = dbKind() === 'postgresql';
    console.log(`| request | server | req/s | p50 ms | p95 ms | requests | CPU ms / request |${onPostgres ? ' PostgreSQL CPU ms / request |' : ''}\n|---|---|---:|---:|---:|---:|---:|${onPostgres ? '---:|' : ''}`);
    const ratios: string[] = [];
    const counts: string[] = [];
    console.log(`(${loadavg()})`);
    for (const c of cases) {
      const body = JSON.stringify(c.body);
      const sample = await post(c.body);
      if (sample.status !== 200) throw new Error(`${c.label}: HTTP ${sample.status} ${sample.bytes}`);
      // Counted with the page cache off: what a read that asks the database costs (with it on, these are hits: 0).
      pageCache(false);
      const before = statementCount();
      for (let i = 0; i < 20; i++) await post(c.body);
      counts.push(`${c.label}: ${((statementCount() - before) / 20).toFixed(2)} database statements per request when the database is asked (20 sequential, after one warm-up)`);
      pageCache(true);
      // The ceiling's store must answer the same bytes.
      fromMemory = c.memory;
      const check = await post(c.body);
      fromMemory = null;
      if (!check.bytes.equals(sample.bytes)) throw new Error(`${c.label}: the in-memory store answers other bytes`);
      const bare = await bareServer(sample.bytes);
      // The variants take turns in 1-second blocks (SECONDS blocks each, after one warm-up block each), so load
      // that changes during the run meets them all alike. Beside steady reading (on PGlite nearly every answer a
      // cache hit): one write every 10 and every 100 reads, on PGlite the cache off (every read asks the database),
      // the ceiling (no database work at all, the credential cached too) and the bare server.
      type Variant = { label: string; url: string; on?: () => void; off?: () => void; mixed?: { every: number; write: () => Promise<unknown> }; blocks: Run[]; hits: number };
      const variant = (label: string, more: Partial<Variant> = {}): Variant => ({ label, url, blocks: [], hits: 0, ...more });
      const ours = variant('/api/chatkit, steady reading');
      const variants: Variant[] = [
        ours,
        variant('/api/chatkit, one write every 10 reads', { mixed: { every: 10, write } }),
        variant('/api/chatkit, one write every 100 reads', { mixed: { every: 100, write } }),
        ...(cached ? [variant('/api/chatkit, page cache off (PGLITE_PAGE_CACHE_PAGES=0)', { on: () => pageCache(false), off: () => pageCache(true) })] : []),
        // On PostgreSQL, the reads as unnamed statements (parsed and planned by the server on every request).
        ...(!cached ? [variant('/api/chatkit, unnamed statements (DATABASE_PREPARED_STATEMENTS=false)', { on: () => preparedStatements(false), off: () => preparedStatements(true) })] : []),
        variant('/api/chatkit, store answering from memory (the ceiling)', { on: () => (fromMemory = c.memory), off: () => (fromMemory = null) }),
        variant(`bare node:http, same ${sample.bytes.length} bytes`, { url: bare.url }),
      ];
      const ceiling = variants.at(-2)!;
      const floorV = variants.at(-1)!;
      for (let block = -1; block < SECONDS; block++) {
        // Each block starts one variant later, so the variants take every position of a round in turn (all of them
        // when --seconds is at least their number minus one). In a fixed order, the same variant read up to 15 %
        // lower first in the round than just before the ceiling (sixth round), which flattered the later ones.
        const start = (block + 1) % variants.length;
        for (const v of [...variants.slice(start), ...variants.slice(0, start)]) {
          v.on?.();
          const h = pageCacheHits();
          const run = await load(v.url, headers, body, 20, v.mixed, 1);
          v.off?.();
          if (block < 0) continue;
          v.blocks.push(run);
          v.hits += pageCacheHits() - h;
        }
      }
      await bare.close();
      if (PROFILE_DIR) {
        await profiled(c.name, () => load(url, headers, body, 20, undefined, SECONDS));
        fromMemory = c.memory;
        await profiled(`${c.name}-ceiling`, () => load(url, headers, body, 20, undefined, SECONDS));
        fromMemory = null;
      }
      const floor = combine(floorV.blocks);
      for (const v of variants) {
        const r = combine(v.blocks);
        const hits = cached && v.url === url && !v.on ? ` (${((v.hits / r.n) * 100).toFixed(0)} % cache hits)` : '';
        const server = onPostgres ? ` ${(r.dbCpu / r.n).toFixed(2)} |` : '';
        console.log(`| ${c.label} | ${v.label}${hits} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.n} | ${r.cpuMs.toFixed(2)} |${server}`);
      }
      const mixes = variants.slice(1, -2).map((v) => ({ label: v.label.replace('/api/chatkit, ', ''), run: combine(v.blocks) }));
      const oursRun = combine(ours.blocks);
      const ceilingRun = combine(ceiling.blocks);
      const share = (r: Run) => `${(r.rps / floor.rps * 100).toFixed(1)}%`;
      ratios.push(
        `${c.label}: ${share(oursRun)} of the bare server's throughput (steady reading); ${mixes.map((m) => `${m.label} ${share(m.run)}`).join('; ')}; with no database work ${share(ceilingRun)}` +
          ` · by CPU per request ${(floor.cpuMs / oursRun.cpuMs * 100).toFixed(1)}% / ${(floor.cpuMs / ceilingRun.cpuMs * 100).toFixed(1)}% (${loadavg()})`,
      );
  }
  console.log('\n' + [...ratios, ...counts].map((r) => `- ${r}`).join('\n'));
  }

  // (b) time to first SSE event
  async function partB() {
    const threads = await Promise.all(Array.from({ length: 10 }, () => post({ type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'start' }], attachments: [], inference_options: {} } } })));
    const threadIds = threads.map((t) => JSON.parse(t.bytes.toString().split('\n\n')[0]!.slice(6)).thread.id as string);
    console.log(`\n## (b) time to first SSE event, threads.add_user_message, 10 concurrent streams\n`);

    // Statements before the first event: the responder waits until the client has read the first chunk, so what
    // was counted by then is exactly what preceded the first byte (sequential turns, after one warm-up).
    let release = () => {};
    pace = async function* (...args) {
      await new Promise<void>((r) => (release = r));
      yield* plain(...args);
    };
    const firstCounts: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = statementCount();
      const res = await fetchRetry(url, { method: 'POST', headers, body: JSON.stringify({ type: 'threads.add_user_message', params: { thread_id: threadIds[0], input: { content: [{ type: 'input_text', text: 'count' }], attachments: [], inference_options: {} } } }) });
      const reader = res.body!.getReader();
      await reader.read();
      if (i > 0) firstCounts.push(statementCount() - before);
      release();
      while (!(await reader.read()).done);
    }

    const report = (name: string, ttfe: number[], seconds: number, started: string, statementsPerTurn: number) => {
      ttfe.sort((a, b) => a - b);
      console.log(`- **${name}**: first event p50 ${pct(ttfe, 50).toFixed(1)} ms · p95 ${pct(ttfe, 95).toFixed(1)} ms · max ${ttfe.at(-1)!.toFixed(1)} ms` +
        ` (${ttfe.length} turns, ${(ttfe.length / seconds).toFixed(1)} turns/s, ${statementsPerTurn.toFixed(1)} statements per turn; ${started} → ${loadavg()})`);
    };
    console.log(`- database statements before the first event: ${firstCounts.join(', ')} (sequential turns, the token cached after the first)`);

    // Saturated: the responder never pauses, each stream sends its next turn the moment the last one ends. The
    // streams are read from a worker thread: read in this process, a turn's database work (PGlite answers in
    // microtasks) ran to its end before the client's socket callback, so "first event" measured the whole turn.
    pace = null;
    let before = statementCount();
    let started = loadavg();
    let t0 = performance.now();
    const saturated = await profiled('first-event', () => streamClient(url, headers, threadIds, 200));
    report('saturated closed loop (no word pauses)', saturated, (performance.now() - t0) / 1000, started, (statementCount() - before) / 200);

    // Paced: each answer pauses 60–120 ms between words (~2–4 s for the plain responder's ~33 words), as a model
    // streams; 10 streams stay open and the server has time between turns, as in real use.
    pace = async function* (...args) {
      for await (const ev of plain(...args)) {
        if (ev.type === 'thread.item.updated' && ev.update.type === 'assistant_message.content_part.text_delta') {
          await new Promise((r) => setTimeout(r, 60 + Math.random() * 60));
        }
        yield ev;
      }
    };
    before = statementCount();
    started = loadavg();
    t0 = performance.now();
    const paced = await profiled('first-event-paced', () => streamClient(url, headers, threadIds, PACED_TURNS, 3000));
    report('paced, 10 streams open (60–120 ms word pauses)', paced, (performance.now() - t0) / 1000, started, (statementCount() - before) / PACED_TURNS);
    pace = null;
  }

  async function partC() {
    // (c) items.list p95, 100 vs 100,000 items. The rows arrive while the app runs (through Prisma, like any
    // write), so on PGlite the only statistics the planner gets are the ones lib/db.ts's analyzer refreshes.
    // The database's figure: with the page cache on, 200 identical sequential reads would be answered from memory.
    pageCache(false);
    console.log(`\n## (c) items.list (page of 20, newest first and a cursor page) vs thread size, 200 sequential requests each (page cache off)\n`);
    console.log(`(${loadavg()})\n`);
    console.log('| items in thread | when | first page p50 / p95 ms | cursor page p50 / p95 ms |\n|---:|---|---:|---:|');
    for (const size of [100, 100_000]) {
      const t0 = performance.now();
      const threadId = await seedThread(user.id, size);
      const seeded = ((performance.now() - t0) / 1000).toFixed(1);
      const mid = await db().threadItem.findFirst({ where: { threadId }, orderBy: { seq: 'asc' }, skip: Math.floor(size / 2), select: { id: true } });
      const measure = async (params: Record<string, unknown>) => {
        const ms: number[] = [];
        for (let i = 0; i < 220; i++) {
          const t = performance.now();
          const r = await post({ type: 'items.list', params: { thread_id: threadId, ...params } });
          if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
          if (i >= 20) ms.push(performance.now() - t); // first 20 are warm-up
        }
        ms.sort((a, b) => a - b);
        return `${pct(ms, 50).toFixed(1)} / ${pct(ms, 95).toFixed(1)}`;
      };
      const label = size.toLocaleString('en-US');
      console.log(`| ${label} (seeded in ${seeded} s) | right after seeding | ${await measure({})} | ${await measure({ after: mid!.id })} |`);
      if (dbKind() === 'pglite' && PGLITE_ANALYZE_EVERY_MS) {
        // Give the analyzer one full period after the last insert.
        await new Promise((r) => setTimeout(r, PGLITE_ANALYZE_EVERY_MS + 1000));
        console.log(`| ${label} | after the analyzer's next run | ${await measure({})} | ${await measure({ after: mid!.id })} |`);
      }
    }
    console.log(`(${loadavg()})`);
  }
}

try {
  await main();
} finally {
  await closeDatabase();
  fs.rmSync(tmp, { recursive: true, force: true });
}
