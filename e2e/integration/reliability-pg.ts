// A PostgreSQL cluster of the reliability suite's own (initdb + pg_ctl in a temp folder, loopback, a free port), so
// a test can stop and start the server mid-traffic without touching the shared one on 5432 that other suites use.
// Needs PostgreSQL's server binaries (Debian: /usr/lib/postgresql/<version>/bin, or PG_BIN); as root they run as
// the `postgres` user, which initdb requires.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type OwnCluster = { url: string; stop: () => Promise<void>; start: () => Promise<void>; destroy: () => void };

export function postgresBin(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  return newest ? path.join(base, newest, 'bin') : null;
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

export async function startOwnCluster(): Promise<OwnCluster> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (install postgresql, or set PG_BIN)');
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-rel-pg-'));
  const data = path.join(dir, 'data');
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const argv = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
  const run = (cmd: string, args: string[]) => execFileSync(...argv(cmd, args), { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  // Start and stop without blocking this process: the test's traffic keeps flowing meanwhile.
  const runAsync = async (cmd: string, args: string[]) => void (await promisify(execFile)(...argv(cmd, args), { cwd: dir }));
  run('initdb', ['-D', data, '-U', 'procmod', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => runAsync('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
  const stop = () => runAsync('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'procmod', 'procmod_rel']);
  return {
    url: `postgresql://procmod@127.0.0.1:${port}/procmod_rel`,
    start,
    stop,
    destroy: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
