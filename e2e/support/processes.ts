// Tests across processes: a database that several app processes (child-server.ts) can open, and those processes.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { migrate } from '../../scripts/db.mjs';
import { adminUrl } from './pg';

const root = path.resolve(import.meta.dirname, '..', '..');

export type SharedDb = { env: Record<string, string>; kind: 'pglite' | 'postgresql'; drop: () => Promise<void> };

/** A migrated database of its own: PostgreSQL when DATABASE_URL is set (shareable), else a PGlite folder (one process at a time). */
export async function sharedDatabase(): Promise<SharedDb> {
  const base = process.env.DATABASE_URL;
  const saved = { ...process.env };
  if (base) {
    const { Client } = await import('pg');
    const name = `procmod_mp_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl(base) });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    try {
      await migrate({ quiet: true });
    } finally {
      process.env = saved;
    }
    return {
      kind: 'postgresql',
      env: { DATABASE_URL: url.toString() },
      drop: async () => {
        const c = new Client({ connectionString: adminUrl(base) });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-mp-'));
  process.env.PGLITE_DIR = path.join(work, 'pglite');
  try {
    await migrate({ quiet: true });
  } finally {
    process.env = saved;
  }
  return {
    kind: 'pglite',
    env: { PGLITE_DIR: path.join(work, 'pglite'), DATA_DIR: work },
    drop: async () => fs.rmSync(work, { recursive: true, force: true }),
  };
}

export type Seeded = { id: string; email: string; token: string };
export type ChildApp = { url: string; pid: number; user?: Seeded; admin?: Seeded; proc: ChildProcess; output: () => string; stop: () => Promise<void>; kill9: () => Promise<void> };

const started = new Set<ChildProcess>();
// A test that times out while a child starts must not leave it running.
process.once('exit', () => started.forEach((p) => p.kill('SIGKILL')));

/** Stop every child app this test file started (afterAll), ready or not. */
export async function stopChildApps(): Promise<void> {
  await Promise.all([...started].map((p) => new Promise<void>((resolve) => (p.once('exit', () => resolve()), p.kill('SIGTERM')))));
}

/** Start child-server.ts with `env` on top of ours; resolves once it prints READY. `nodeArgs`: e.g. --cpu-prof. */
export async function startChildApp(env: Record<string, string>, nodeArgs: string[] = []): Promise<ChildApp> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete merged.DATABASE_URL;
  // tsx as a loader in this very process (its CLI would run the server in a grandchild that a kill would miss).
  const proc = spawn(process.execPath, [...nodeArgs, '--conditions=react-server', '--import', 'tsx', 'e2e/support/child-server.ts'], {
    cwd: root,
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(proc);
  proc.once('exit', () => started.delete(proc));
  let out = '';
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const ready = await new Promise<Omit<ChildApp, 'proc' | 'output' | 'stop' | 'kill9'>>((resolve, reject) => {
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      out += d.toString();
      const m = /^READY (.+)$/m.exec(buf);
      if (m) resolve(JSON.parse(m[1]!));
    });
    proc.once('exit', (code) => reject(new Error(`child app exited (${code}) before it was ready:\n${out}`)));
  });
  const stopWith = async (sig: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(sig);
    await exited;
  };
  return { ...ready, proc, output: () => out, stop: () => stopWith('SIGTERM'), kill9: () => stopWith('SIGKILL') };
}
