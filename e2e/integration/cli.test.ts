// The operator CLI against its own fresh database, then the token it printed used over HTTP.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../scripts/db.mjs';
import { configureDatabase } from '@/lib/db';
import { startAppServer, type AppServer } from '../support/app-server';
import { adminUrl } from '../support/pg';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-cli-'));
const cliEnv: NodeJS.ProcessEnv = { ...process.env };
let app: AppServer;
let dropPg: (() => Promise<void>) | null = null;

function cliFull(...args: string[]) {
  return run(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/cli.ts', ...args], { cwd: root, env: cliEnv });
}

async function cli(...args: string[]) {
  const { stdout } = await cliFull(...args);
  return stdout.trim().split('\n');
}

beforeAll(async () => {
  // A database of its own: the CLI runs in other processes, and PGlite allows one process per data dir.
  if (process.env.DATABASE_URL) {
    const { Client } = await import('pg');
    const name = `procmod_cli_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl(process.env.DATABASE_URL) });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    cliEnv.DATABASE_URL = url.toString();
    dropPg = async () => {
      const c = new Client({ connectionString: adminUrl(process.env.DATABASE_URL!) });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    cliEnv.PGLITE_DIR = path.join(work, 'pglite');
  }
  const saved = { ...process.env };
  Object.assign(process.env, { DATABASE_URL: cliEnv.DATABASE_URL ?? '', PGLITE_DIR: cliEnv.PGLITE_DIR ?? '' });
  if (!cliEnv.DATABASE_URL) delete process.env.DATABASE_URL;
  await migrate({ quiet: true });
  process.env = saved;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await configureDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await dropPg?.();
  fs.rmSync(work, { recursive: true, force: true });
});


describe('operator CLI', () => {
  it('says which database and files folder it uses; on the embedded database it refuses while a server holds it', async () => {
    const { stdout, stderr } = await cliFull('janitor');
    expect(JSON.parse(stdout.trim())).toMatchObject({ pendingRemoved: 0, interruptedRemoved: 0, tempFilesRemoved: 0, orphansRemoved: 0 });
    if (cliEnv.DATABASE_URL) expect(stderr).toContain(`database: PostgreSQL 127.0.0.1:${new URL(cliEnv.DATABASE_URL).port}${new URL(cliEnv.DATABASE_URL).pathname}`);
    else expect(stderr).toContain(`database: embedded PGlite in ${cliEnv.PGLITE_DIR}`);
    expect(stderr).toMatch(/files: local folder \/\S+\/files/);
    if (cliEnv.DATABASE_URL) return;

    // This test process stands in for a running server: its pid in the folder's lock file, as lib/db.ts writes it.
    const lock = `${cliEnv.PGLITE_DIR}.pid`;
    fs.writeFileSync(lock, String(process.pid));
    try {
      await expect(cliFull('janitor')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`in use by process ${process.pid}`) });
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }, 120_000);

  it('creates users and a token, refuses a duplicate email, and the token authenticates GET /api/me', async () => {
    const [created] = await cli('user:create', '--email', 'Ops@Example.test', '--password', 'password123', '--name', 'Ops');
    const user = JSON.parse(created!);
    expect(Object.keys(user).sort()).toEqual(['email', 'id', 'role']);
    expect(user).toMatchObject({ email: 'ops@example.test', role: 'ADMIN' }); // the first account is an admin

    const [second] = await cli('user:create', '--email', 'member@example.test', '--password', 'password123');
    expect(JSON.parse(second!).role).toBe('USER');

    const tokenLines = await cli('token:create', '--email', 'member@example.test', '--label', 'ci');
    const token = tokenLines.at(-1)!;
    expect(token).toMatch(/^pmk_[A-Za-z0-9_-]{20,}$/);
    const readToken = (await cli('token:create', '--email', 'member@example.test', '--label', 'ro', '--scope', 'read')).at(-1)!;
    await expect(cli('token:create', '--email', 'member@example.test', '--scope', 'root')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--scope must be one of'),
    });

    const listed = (await cli('user:list')).map((l) => JSON.parse(l));
    expect(listed.map((u) => u.email)).toEqual(['ops@example.test', 'member@example.test']);

    await expect(cli('user:create', '--email', 'ops@example.test', '--password', 'password123')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already exists'),
    });

    // Serve the HTTP API on the database the CLI wrote.
    await configureDatabase(cliEnv.DATABASE_URL ? { kind: 'postgresql', url: cliEnv.DATABASE_URL } : { kind: 'pglite', dataDir: cliEnv.PGLITE_DIR! });
    app = await startAppServer();
    const me = await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'member@example.test', role: 'USER' });

    // --scope read: reads work, writes are refused.
    expect((await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${readToken}` } })).status).toBe(200);
    const write = await fetch(`${app.url}/api/diagrams`, { method: 'POST', headers: { authorization: `Bearer ${readToken}`, 'content-type': 'application/json' }, body: '{}' });
    expect(write.status).toBe(403);
  }, 300_000);
});
