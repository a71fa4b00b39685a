#!/usr/bin/env node
// Smoke test of a production build under whatever `node` runs this (CI: Node 24 LTS): `next build` into its own
// folder, `scripts/start.mjs` on a throw-away embedded database, then a few real requests. Prints the usual totals
// line and writes PROCMOD_TEST_TOTALS like scripts/test.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-smoke-'));
const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };

async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  NEXTAUTH_URL: base,
  NEXTAUTH_SECRET: 'smoke-secret-0123456789abcdef0123456789abcdef',
  DATA_DIR: data,
  DATABASE_URL: '',
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || `.next-node${process.versions.node.split('.')[0]}`,
  NEXT_TELEMETRY_DISABLED: '1',
  CHAT_UI: 'builtin',
  // Two sign-ups per address: the forged-address check below needs only three.
  SIGNUPS_PER_HOUR: '2',
  TRUST_PROXY: 'false',
};
console.log(`[smoke] node ${process.version}: build into ${env.NEXT_DIST_DIR} and start on ${base}`);
const server = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: 'inherit' });

async function check(name, fn) {
  try {
    await fn();
    totals.passed++;
    console.log(`[smoke] ✓ ${name}`);
  } catch (err) {
    totals.failed++;
    totals.failures.push(`smoke ${name}: ${err?.message ?? err}`);
    console.log(`[smoke] ✗ ${name}: ${err?.message ?? err}`);
  }
}
const expect = (cond, what) => {
  if (!cond) throw new Error(what);
};

let healthy = false;
// The first start builds (minutes on a small machine; over ten on a busy one).
for (let i = 0; i < 3600 && server.exitCode === null && !healthy; i++) {
  healthy = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
  if (!healthy) await new Promise((r) => setTimeout(r, 500));
}
await check('the server builds, migrates and answers /api/health', async () => {
  expect(healthy, `not healthy (server ${server.exitCode === null ? 'still running' : `exited ${server.exitCode}`})`);
  const body = await (await fetch(`${base}/api/health`)).json();
  expect(body.ok === true && body.db === 'pglite', JSON.stringify(body));
});
if (healthy) {
  await check('the sign-in page renders', async () => {
    const res = await fetch(`${base}/signin`);
    expect(res.status === 200, `status ${res.status}`);
    expect(/Sign in/i.test(await res.text()), 'no "Sign in" on the page');
  });
  await check('sign-up, then a ChatKit conversation answered by the offline analyst', async () => {
    const signup = await fetch(`${base}/api/signup`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email: 'smoke@example.test', password: 'correct horse battery' }) });
    expect(signup.status === 201, `signup ${signup.status}: ${await signup.text()}`);
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
    const { csrfToken } = await csrf.json();
    const signin = await fetch(`${base}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; '), origin: base },
      body: new URLSearchParams({ csrfToken, email: 'smoke@example.test', password: 'correct horse battery', json: 'true' }).toString(),
    });
    cookies.push(...signin.headers.getSetCookie().map((c) => c.split(';')[0]));
    const chat = await fetch(`${base}/api/chatkit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.join('; '), origin: base },
      body: JSON.stringify({ type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'Hello' }], attachments: [], inference_options: {} } } }),
    });
    const text = await chat.text();
    expect(chat.status === 200, `chatkit ${chat.status}: ${text.slice(0, 300)}`);
    expect(text.includes('"assistant_message"'), 'no assistant message in the stream');
  });
  await check('a keep-alive connection idle for longer than Node\'s default 5 s still answers the next request', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (b) => (got += b));
    const answers = () => (got.match(/^HTTP\/1\.1 200/gm) ?? []).length;
    const until = async (n, ms) => {
      for (const t0 = Date.now(); answers() < n && !socket.destroyed && Date.now() - t0 < ms; ) await new Promise((r) => setTimeout(r, 50));
    };
    const ask = () => socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
    await new Promise((r) => socket.once('connect', r));
    ask();
    await until(1, 10_000);
    expect(answers() === 1, 'no answer to the first request');
    await new Promise((r) => setTimeout(r, 6_500));
    expect(!socket.destroyed, 'the server closed the idle connection after less than 6.5 s');
    ask();
    await until(2, 10_000);
    socket.destroy();
    expect(answers() === 2, 'no answer on the reused connection');
  });
  await check('a client-sent X-Forwarded-For does not pick the throttle bucket (the socket address does)', async () => {
    // The sign-up above was the first of two; a forged address must not open a fresh bucket for the third.
    const signUp = (n, forged) =>
      fetch(`${base}/api/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': forged },
        body: JSON.stringify({ email: `smoke${n}@example.test`, password: 'correct horse battery' }),
      });
    const second = await signUp(2, '192.0.2.2');
    expect(second.status === 201, `second sign-up ${second.status}`);
    const third = await signUp(3, '192.0.2.3');
    expect(third.status === 429 && third.headers.get('retry-after'), `third sign-up ${third.status}, not 429 with Retry-After`);
  });
}

server.kill('SIGTERM');
await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
fs.rmSync(data, { recursive: true, force: true });
if (process.env.PROCMOD_TEST_TOTALS) fs.writeFileSync(process.env.PROCMOD_TEST_TOTALS, JSON.stringify(totals));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
