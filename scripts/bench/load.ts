#!/usr/bin/env -S tsx --conditions=react-server
// 60-second mixed load on the ChatKit server (issue 16): `--streams` threads.add_user_message turns kept open all the
// time (each worker starts its next turn as soon as the last one ends) plus `--rps` JSON requests per second
// (items.list and threads.list, alternating) sent on a fixed schedule whatever the answers do (open loop, so a slow
// server shows as latency, not as fewer requests).
//
// The app runs in a child process of its own (e2e/support/child-server.ts: the real route handlers on node:http,
// 127.0.0.1), so its memory is its own: VmRSS from /proc/<pid>/status before the load, its peak during it, and
// `--settle` seconds after it plus a full GC. The streams are real ChatKit SSE turns answered by the plain
// responder at its normal pace (10 ms per word, 33 words per answer); `--word-ms` changes that.
//
//   npx tsx --conditions=react-server scripts/bench/load.ts                     # PGlite in a temp folder
//   DATABASE_URL=postgresql://…/procmod_load npx tsx --conditions=react-server scripts/bench/load.ts
//     (a fresh database is created beside the named one on that server, migrated, and dropped afterwards)
//   options: --seconds 60 --warmup 5 --streams 50 --rps 20 --users 10 --settle 30 --word-ms 10
//            --cpu-prof DIR (profile the server child; the .cpuprofile is written there when it exits)
import fs from 'node:fs';
import os from 'node:os';
import { fetchRetry, loadavg, pct } from './common';
import { sharedDatabase, startChildApp } from '../../e2e/support/processes';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const SECONDS = arg('seconds', 60);
// The load runs this long first, unmeasured: 50 turns starting within a second and the first calls of each code path
// (JIT, connection pool) are a start-up transient, not the steady mix (its JSON figures are printed on their own).
const WARMUP = arg('warmup', 5);
const STREAMS = arg('streams', 50);
const RPS = arg('rps', 20);
const USERS = arg('users', 10);
const SETTLE = arg('settle', 30);
const WORD_MS = arg('word-ms', 10);
const profIdx = process.argv.indexOf('--cpu-prof');
const PROF_DIR = profIdx >= 0 ? process.argv[profIdx + 1]! : undefined;
// A turn that has not ended after this long is cut off and counted as an error (a stuck stream must not hang the run).
const STREAM_CUTOFF_MS = 120_000;

process.env.NEXTAUTH_SECRET ??= 'bench-secret-0123456789abcdef0123456789abcdef';
(process.env as Record<string, string>).NODE_ENV = 'production';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? `${fmt(pct(s, 50))} / ${fmt(pct(s, 95))} / ${fmt(s.at(-1)!)}` : '–';
};

function rssMb(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
}

type User = { id: string; token: string };

/** Users and their API tokens, written before the server starts (PGlite admits one process at a time). */
async function seedUsers(n: number): Promise<User[]> {
  const { createUser } = await import('@/lib/auth/users');
  const { createApiToken } = await import('@/lib/auth/tokens');
  const { closeDatabase } = await import('@/lib/db');
  const users: User[] = [];
  for (let i = 0; i < n; i++) {
    const u = await createUser({ email: `load-${i}-${Date.now()}@example.test`, password: 'bench password 123' });
    users.push({ id: u.id, token: (await createApiToken(u.id, { label: 'load bench' })).token });
  }
  await closeDatabase();
  return users;
}

const message = (text: string) => ({ content: [{ type: 'input_text', text }], attachments: [], inference_options: {} });

type Turn = { ok: boolean; firstMs: number; totalMs: number; error?: string };

/** One SSE turn: POST, time to the first `data:` event and to the end; an `error` event or a non-200 is an error. */
async function turn(url: string, token: string, body: unknown): Promise<Turn & { text: string }> {
  const t = performance.now();
  const signal = AbortSignal.timeout(STREAM_CUTOFF_MS);
  let firstMs = NaN;
  let text = '';
  try {
    const res = await fetchRetry(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body), signal });
    if (res.status !== 200) return { ok: false, firstMs, totalMs: performance.now() - t, error: `HTTP ${res.status} ${(await res.text()).slice(0, 200)}`, text };
    const decoder = new TextDecoder();
    const reader = res.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (Number.isNaN(firstMs)) firstMs = performance.now() - t;
      text += decoder.decode(r.value, { stream: true });
    }
  } catch (err) {
    return { ok: false, firstMs, totalMs: performance.now() - t, error: String((err as Error).message ?? err), text };
  }
  const totalMs = performance.now() - t;
  const failed = /^data: (\{"type":"error".*)$/m.exec(text);
  if (failed) return { ok: false, firstMs, totalMs, error: failed[1]!.slice(0, 200), text };
  if (!/"type":"thread\.item\.done"/.test(text)) return { ok: false, firstMs, totalMs, error: 'stream ended without thread.item.done', text };
  return { ok: true, firstMs, totalMs, text };
}

async function main() {
  const database = await sharedDatabase();
  try {
    if (database.kind === 'postgresql') process.env.DATABASE_URL = database.env.DATABASE_URL;
    else Object.assign(process.env, database.env);
    const users = await seedUsers(USERS);

    const nodeArgs = ['--expose-gc'];
    if (PROF_DIR) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${PROF_DIR}`);
    // PROCMOD_PGLITE_OWNER: the server takes the PGlite folder over from this process, which has closed it (as `npm start` hands it on).
    const app = await startChildApp({ ...database.env, CHILD_RESPONDER_DELAY_MS: String(WORD_MS), PROCMOD_PGLITE_OWNER: String(process.pid) }, nodeArgs);
    try {
      await run(app, users, database.kind);
    } catch (err) {
      console.error(`server output (last 3,000 characters):\n${app.output().slice(-3000)}`);
      throw err;
    } finally {
      await app.stop();
    }
  } finally {
    await database.drop();
  }
}

async function run(app: Awaited<ReturnType<typeof startChildApp>>, users: User[], kind: string) {
  const url = `${app.url}/api/chatkit`;
  const cpu = os.cpus();
  console.log(`# ChatKit 60-second load · ${new Date().toISOString()}`);
  console.log(`machine: ${cpu.length}× ${cpu[0]?.model ?? '?'} · ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM · node ${process.version} · database ${kind}`);
  console.log(`load: ${STREAMS} open streams (plain responder, ${WORD_MS} ms per word) + ${RPS} JSON requests/s for ${SECONDS} s, ${users.length} users; server pid ${app.pid}`);

  // One thread per stream worker (at least one per user), spread over the users; creating it is itself a turn
  // (and warms the server up).
  const threads: { user: User; id: string }[] = [];
  const nThreads = Math.max(STREAMS, users.length);
  for (let start = 0; start < nThreads; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, nThreads - start) }, async (_, k) => {
        const user = users[(start + k) % users.length]!;
        const r = await turn(url, user.token, { type: 'threads.create', params: { input: message('Load test: start') } });
        if (!r.ok) throw new Error(`threads.create: ${r.error}`);
        return { user, id: JSON.parse(r.text.split('\n\n')[0]!.slice(6)).thread.id as string };
      }),
    );
    threads.push(...batch);
  }
  await sleep(2000);
  global.gc?.();
  app.proc.kill('SIGUSR2');
  await sleep(1000);
  const rssBefore = rssMb(app.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(app.pid))), 250);
  const loadStart = loadavg();
  console.log(`(${loadStart} at the start)`);

  const cpu0 = cpuSeconds(app.pid);
  const t0 = performance.now();
  const end = t0 + (WARMUP + SECONDS) * 1000;
  const all: (Turn & { at: number })[] = [];
  const errors = new Map<string, number>();
  const noteError = (e: string) => errors.set(e, (errors.get(e) ?? 0) + 1);

  const streamWorker = async (thread: { user: User; id: string }, n: number) => {
    // Stagger the first turns over one second so the workers do not move in lockstep.
    await sleep((n / STREAMS) * 1000);
    let i = 0;
    while (performance.now() < end) {
      const at = performance.now() - t0;
      const r = await turn(url, thread.user.token, { type: 'threads.add_user_message', params: { thread_id: thread.id, input: message(`How many gateways are there in the process? (turn ${++i})`) } });
      all.push({ ...r, at });
      if (!r.ok) {
        noteError(`stream: ${r.error}`);
        await sleep(200); // a refused turn must not spin
      }
    }
  };

  // Open loop: request k goes out at t0 + k / RPS whatever happened to the earlier ones.
  const allJson: { kind: string; ms: number; ok: boolean; at: number }[] = [];
  const pendingJson: Promise<void>[] = [];
  const jsonRequest = async (k: number) => {
    const thread = threads[k % threads.length]!;
    const kindOf = k % 2 === 0 ? 'items.list' : 'threads.list';
    const body = kindOf === 'items.list' ? { type: 'items.list', params: { thread_id: thread.id, order: 'desc', limit: 20 } } : { type: 'threads.list', params: { limit: 20 } };
    const t = performance.now();
    try {
      const res = await fetchRetry(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${thread.user.token}` }, body: JSON.stringify(body) });
      const text = await res.text();
      allJson.push({ kind: kindOf, ms: performance.now() - t, ok: res.status === 200, at: t - t0 });
      if (res.status !== 200) noteError(`${kindOf}: HTTP ${res.status} ${text.slice(0, 200)}`);
    } catch (err) {
      allJson.push({ kind: kindOf, ms: performance.now() - t, ok: false, at: t - t0 });
      noteError(`${kindOf}: ${(err as Error).message}`);
    }
  };
  let lateMs = 0; // how far behind its schedule the load generator itself fell (its own event loop on a busy machine)
  const scheduler = (async () => {
    for (let k = 0; ; k++) {
      const due = t0 + (k * 1000) / RPS;
      if (due >= end) break;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      else lateMs = Math.max(lateMs, -wait);
      pendingJson.push(jsonRequest(k));
    }
  })();

  await Promise.all([...threads.slice(0, STREAMS).map(streamWorker), scheduler]);
  await Promise.all(pendingJson);
  const elapsed = (performance.now() - t0) / 1000 - WARMUP;
  const measured = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at >= WARMUP * 1000);
  const turns = measured(all);
  const warmJson = allJson.filter((j) => j.at < WARMUP * 1000);
  const serverCpu = (cpuSeconds(app.pid) - cpu0) / (elapsed + WARMUP);
  clearInterval(sampler);
  const loadEnd = loadavg();
  const rssEnd = rssMb(app.pid);

  // Memory after the load: idle for SETTLE seconds, then a full GC in the server.
  await sleep(SETTLE * 1000);
  const rssSettled = rssMb(app.pid);
  const gcs = (app.output().match(/^GC$/gm) ?? []).length;
  app.proc.kill('SIGUSR2');
  for (let i = 0; i < 50 && (app.output().match(/^GC$/gm) ?? []).length === gcs; i++) await sleep(100);
  await sleep(500);
  const rssAfter = rssMb(app.pid);

  const json = measured(allJson);
  const ok = turns.filter((t) => t.ok);
  const over10 = turns.filter((t) => t.totalMs > 10_000).length;
  console.log(`(${loadEnd} at the end; measured: the ${SECONDS} s after a ${WARMUP} s warm-up, ${elapsed.toFixed(1)} s including the last turns; the load generator fell at most ${lateMs.toFixed(0)} ms behind its JSON schedule; the server process used ${(serverCpu * 100).toFixed(0)} % of one core)\n`);
  console.log('| measure | value |\n|---|---|');
  console.log(`| streams started / finished / errored | ${turns.length} / ${ok.length} / ${turns.length - ok.length} (${(turns.length / elapsed).toFixed(1)} turns/s) |`);
  console.log(`| stream duration p50 / p95 / max ms | ${summary(ok.map((t) => t.totalMs))} |`);
  console.log(`| streams over 10 s | ${over10} |`);
  console.log(`| time to first event p50 / p95 / max ms | ${summary(turns.filter((t) => !Number.isNaN(t.firstMs)).map((t) => t.firstMs))} |`);
  for (const k of ['items.list', 'threads.list']) {
    const xs = json.filter((j) => j.kind === k);
    console.log(`| ${k} p50 / p95 / max ms (${xs.length} sent, ${xs.filter((j) => !j.ok).length} errors) | ${summary(xs.map((j) => j.ms))} |`);
  }
  console.log(`| JSON, both, p50 / p95 / max ms (${json.length} sent, ${json.filter((j) => !j.ok).length} errors) | ${summary(json.map((j) => j.ms))} |`);
  console.log(`| server RSS before / peak / at the end MB | ${rssBefore.toFixed(0)} / ${rssPeak.toFixed(0)} / ${rssEnd.toFixed(0)} |`);
  console.log(`| server RSS ${SETTLE} s later / after a full GC MB | ${rssSettled.toFixed(0)} / ${rssAfter.toFixed(0)} (${(((rssAfter - rssBefore) / rssBefore) * 100).toFixed(1)} % vs before) |`);
  console.log(`| during the warm-up (not above): turns started, JSON p50 / p95 / max ms | ${all.length - turns.length}, ${summary(warmJson.map((j) => j.ms))} |`);
  // When the slowest ones were sent: a pause of the whole server shows as several at the same moment.
  const slowest = [...json].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\nslowest JSON requests (sent at, from the warm-up's start): ${slowest.map((j) => `${fmt(j.ms)} ms at +${(j.at / 1000).toFixed(1)} s`).join(', ')}`);
  if (errors.size) {
    console.log('\nerrors:');
    for (const [e, n] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`- ${n}× ${e}`);
  }
  const json95 = pct(json.map((j) => j.ms).sort((a, b) => a - b), 95);
  const jsonTarget = kind === 'pglite' ? 500 : 200;
  console.log(`\ntargets: no stream over 10 s: ${over10 === 0 ? 'met' : 'NOT met'} · JSON p95 ≤ ${jsonTarget} ms: ${json95 <= jsonTarget ? 'met' : 'NOT met'} (${fmt(json95)}) · RSS after within 10 %: ${rssAfter <= rssBefore * 1.1 ? 'met' : 'NOT met'}`);
}

await main();
