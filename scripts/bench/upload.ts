#!/usr/bin/env -S tsx --conditions=react-server
// Attachment upload benchmarks:
//  (a) a ~4.5 MB PNG through each API method (URL, data URL, multipart, raw, two-step) — p50/p95 request time
//      (client and server share this process over loopback HTTP, so this is the server's time plus the transfer);
//  (b) a 50 MB two-step upload (streamed from disk) — time and the process's peak RSS growth.
//
//   npx tsx --conditions=react-server scripts/bench/upload.ts [--runs 7]          # embedded PGlite in a temp folder
//   DATABASE_URL=postgresql://…/empty_db npx tsx --conditions=react-server scripts/bench/upload.ts
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 7;
const MB = 1024 * 1024;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-bench-upload-'));
process.env.DATA_DIR = tmp;
process.env.NEXTAUTH_SECRET ??= 'bench-secret-0123456789abcdef0123456789abcdef';
process.env.UPLOAD_QUOTA_PER_USER_HOUR = '100000';
process.env.UPLOAD_QUOTA_PER_CONVERSATION = '100000';
(process.env as Record<string, string>).NODE_ENV = 'production';
if (!process.env.DATABASE_URL) execFileSync(process.execPath, ['scripts/db.mjs', 'migrate'], { env: process.env, stdio: 'ignore' });

const { closeDatabase, dbKind, db } = await import('@/lib/db');
const { reloadEnv } = await import('@/lib/env');
const { createUser } = await import('@/lib/auth/users');
const { createApiToken } = await import('@/lib/auth/tokens');
const { prismaStore } = await import('@/lib/store');
const { startAppServer } = await import('../../e2e/support/app-server');

const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;

// A noisy, uncompressed PNG just under the 4.5 MB API limit (noise: re-encoding has real work to do).
const W = 1250;
const H = 1250;
const raw = Buffer.alloc(W * H * 3);
for (let i = 0; i < raw.length; i++) raw[i] = (Math.imul(i, 2654435761) >>> 24) & 0xff;
const png = await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();

const fileServer = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length }).end(png));
await new Promise<void>((r) => fileServer.listen(0, '127.0.0.1', r));
const fileHost = `127.0.0.1:${(fileServer.address() as AddressInfo).port}`;

const app = await startAppServer();
process.env.ATTACHMENT_URL_ALLOWLIST = fileHost;
reloadEnv();
const user = await createUser({ email: `bench-${Date.now()}@example.test`, password: 'correct horse battery' });
const { token } = await createApiToken(user.id, { label: 'bench' });
const auth = { authorization: `Bearer ${token}` };

// Each upload goes to a fresh conversation, so identical bytes are processed rather than deduplicated.
const conv = async () => (await prismaStore.createThread(user.id, { metadata: {} })).id;
const endpoint = (c: string, q = '') => `${app.url}/api/v1/conversation/${c}/attachment/upload${q}`;
const json = (file: unknown) => ({ method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ file }) });

const methods: Record<string, (c: string) => Promise<Response>> = {
  url: (c) => fetch(endpoint(c), json(`http://${fileHost}/big.png`)),
  'data URL': (c) => fetch(endpoint(c), json(`data:image/png;base64,${png.toString('base64')}`)),
  multipart: (c) => {
    const f = new FormData();
    f.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'big.png');
    return fetch(endpoint(c), { method: 'POST', headers: auth, body: f });
  },
  raw: (c) => fetch(endpoint(c, '?name=big.png'), { method: 'POST', headers: { ...auth, 'content-type': 'image/png' }, body: new Uint8Array(png) }),
  'two-step (announce + PUT)': async (c) => {
    const a = await (await fetch(endpoint(c), json({ type: 'image/png', size: png.length, name: 'big.png' }))).json();
    return fetch(a.uploadRequest.url, { method: 'PUT', headers: a.uploadRequest.headers, body: new Uint8Array(png) });
  },
};

console.log(`database: ${dbKind()} · PNG ${(png.length / MB).toFixed(2)} MB (${W}×${H}) · ${RUNS} runs per method after 1 warm-up`);
const rows: string[] = [];
for (const [name, run] of Object.entries(methods)) {
  const ms: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const c = await conv();
    const t = performance.now();
    const res = await run(c);
    const body = await res.text();
    if (res.status !== 201 && res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${body}`);
    if (i > 0) ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  rows.push(`| ${name} | ${pct(ms, 50).toFixed(0)} | ${pct(ms, 95).toFixed(0)} |`);
  console.log(rows.at(-1));
}

// (b) 50 MB two-step, streamed from a file on disk; RSS sampled every 10 ms.
const bigPath = path.join(tmp, 'big.csv');
{
  const line = 'step,owner,duration,notes\n' + 'review,ada,42,"all good"\n'.repeat(1);
  const fd = fs.openSync(bigPath, 'w');
  const block = Buffer.from(line.repeat(Math.ceil(MB / line.length))).subarray(0, MB);
  for (let i = 0; i < 50; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
}
const size = fs.statSync(bigPath).size;
const c = await conv();
(globalThis as { gc?: () => void }).gc?.();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const t0 = performance.now();
const a = await (await fetch(endpoint(c), json({ type: 'text/csv', size, name: 'big.csv' }))).json();
// The PUT comes from curl in its own process, so the RSS measured here is the server's alone.
const out = await new Promise<string>((resolve, reject) =>
  execFile('curl', ['-sS', '-X', 'PUT', '-H', 'Content-Type: text/csv', '-T', bigPath, a.uploadRequest.url], { maxBuffer: 1 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
);
const done = JSON.parse(out);
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
if (done.status !== 'ready') throw new Error(`two-step 50 MB: ${JSON.stringify(done)}`);
const row = await db().attachment.findUniqueOrThrow({ where: { id: done.id } });
console.log(`\n50 MB two-step: ${seconds.toFixed(2)} s (${(size / MB / seconds).toFixed(0)} MB/s), peak RSS growth ${((peak - baseline) / MB).toFixed(0)} MB, stored ${row.size} bytes`);
console.log('\n| method | p50 ms | p95 ms |\n|---|---:|---:|\n' + rows.join('\n'));

await app.close();
fileServer.close();
await closeDatabase();
fs.rmSync(tmp, { recursive: true, force: true });
