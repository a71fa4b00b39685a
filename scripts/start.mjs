#!/usr/bin/env node
// `npm start`: prepare the database (migrations), build when there is no current build, then serve.
// Needs no external service: the embedded PGlite database lives in ./data unless DATABASE_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from './db.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = '1';
const port = process.env.PORT || '3000';
const dataDir = path.resolve(process.env.DATA_DIR || 'data');

// A stable secret for session cookies and signed URLs when none is configured.
if (!process.env.NEXTAUTH_SECRET) {
  const secretFile = path.join(dataDir, '.nextauth-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, 'utf8').trim();
}
// NEXTAUTH_URL stays unset unless configured: absolute URLs then follow each request's own origin (lib/auth/origin.ts).
// Empty counts as unset; next-auth's client module cannot parse an empty value, so drop it.
if (process.env.NEXTAUTH_URL === '') delete process.env.NEXTAUTH_URL;

/** Hash of everything the build depends on: rebuild only when it changed. */
export function sourceHash() {
  const h = createHash('sha256');
  const walk = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === 'node_modules' || name.startsWith('.') || name.endsWith('.test.ts')) continue;
        walk(path.join(p, name));
      }
    } else {
      h.update(p);
      h.update(fs.readFileSync(p));
    }
  };
  for (const p of ['app', 'components', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'package-lock.json', 'next.config.mjs', 'tsconfig.json', 'prisma/schema.prisma']) walk(p);
  h.update(process.env.NEXT_DIST_DIR || '');
  return h.digest('hex');
}

export function ensureBuild() {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const stamp = path.join(distDir, 'procmod-source-hash');
  const want = sourceHash();
  if (fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  console.log('[start] building the app (first start or changed sources)…');
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error('[start] next build failed; see the output above.');
    process.exit(r.status ?? 1);
  }
  fs.writeFileSync(stamp, want);
  console.log(`[start] build finished in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/**
 * Mark the embedded database as in use by this server from the start (lib/db.ts only claims it on the first
 * query), so the CLI and a second `npm start` refuse it even before the first request. The app process below
 * inherits the claim (PROCMOD_PGLITE_OWNER) and takes the lock over.
 */
function holdEmbeddedDatabase() {
  if (process.env.DATABASE_URL) return;
  const dir = path.resolve(process.env.PGLITE_DIR || path.join(dataDir, 'pglite'));
  const lock = path.join(path.dirname(dir), `${path.basename(dir)}.pid`);
  fs.writeFileSync(lock, String(process.pid));
  process.env.PROCMOD_PGLITE_OWNER = String(process.pid);
  process.once('exit', () => {
    try {
      if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.unlinkSync(lock);
    } catch {
      /* already gone */
    }
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    await migrate();
  } catch (err) {
    console.error(`[start] database migration failed: ${err?.message ?? err}`);
    process.exit(1);
  }
  holdEmbeddedDatabase();
  ensureBuild();
  const host = process.env.HOST || '0.0.0.0';
  console.log(`[start] serving on http://localhost:${port}`);
  // scripts/serve.mjs is `next start` plus one rule: X-Forwarded-* only from a trusted proxy (TRUST_PROXY).
  const child = spawn(process.execPath, [path.join('scripts', 'serve.mjs')], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', PORT: port, HOST: host } });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}
