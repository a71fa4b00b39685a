#!/usr/bin/env node
// Offline migrations on PGlite or PostgreSQL through @prisma/schema-engine-wasm (the Prisma CLI would
// download a native schema engine, which air-gapped installs cannot do).
//
//   node scripts/db.mjs migrate        apply prisma/migrations (records _prisma_migrations like `prisma migrate deploy`)
//   node scripts/db.mjs status         report applied / pending / edited / failed migrations (exit 1 unless clean)
//   node scripts/db.mjs new NAME       write the next migration from the schema diff (no database needed)
//
// DATABASE_URL=postgresql://… selects PostgreSQL; otherwise PGlite in PGLITE_DIR (default ./data/pglite).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = path.join(root, 'prisma', 'migrations');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');
// The schema a migration was written from, kept beside it: the engine cannot diff from a migrations
// folder through a driver adapter (it would need a shadow database), so `new` diffs snapshot → schema.
const SNAPSHOT = 'schema.snapshot';
const filters = { externalTables: [], externalEnums: [] };

let enginePromise = null;
// Instantiate the wasm once per process: a second instantiation under live engine objects corrupts its memory.
function loadEngineModule() {
  enginePromise ??= instantiateEngine();
  return enginePromise;
}

async function instantiateEngine() {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  // The wasm reports Rust panics through this global; without it a panic hides its message.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => { throw new Error(`schema engine panic: ${m}`); } };
  // The package index imports the .wasm as an ES module, which Node 20 refuses; instantiate it by hand.
  const wasmBytes = fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return bg;
}

/** Opens the configured database; returns the adapter factory and a close function. */
export async function openAdapter(env = process.env, { memory = false } = {}) {
  const url = memory ? '' : env.DATABASE_URL ?? '';
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const factory = new PrismaPg(pool);
    // @prisma/adapter-pg runs a migration script split on every ";", which cuts a function body (the stats
    // triggers, migration daily_user_stat_rollup) apart; pg's simple-query protocol runs the whole script as is.
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      adapter.executeScript = async (script) => {
        try {
          await pool.query(script);
        } catch (error) {
          adapter.onError(error); // the adapter's own error mapping (throws)
        }
      };
      return adapter;
    };
    return { kind: 'postgresql', factory, close: () => pool.end() };
  }
  if (url) throw new Error(`DATABASE_URL must start with postgresql:// (got "${url.split(':')[0]}:…"); leave it unset for the embedded database.`);
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const dir = memory ? 'memory://' : path.resolve(root, env.PGLITE_DIR || path.join(env.DATA_DIR || 'data', 'pglite'));
  if (!memory) {
    fs.mkdirSync(dir, { recursive: true });
    refuseIfInUse(dir);
  }
  const pglite = await PGlite.create(dir);
  return { kind: 'pglite', factory: new PrismaPGlite(pglite), close: () => pglite.close(), raw: pglite };
}

/** lib/db.ts marks a PGlite folder in use with <dir>.pid; two processes on one folder would corrupt it. */
function refuseIfInUse(dir) {
  const lock = path.join(path.dirname(dir), `${path.basename(dir)}.pid`);
  const pid = Number(fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : 0);
  if (!pid || pid === process.pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale lock from a process that is gone
  }
  throw new Error(`the embedded database in ${dir} is in use by process ${pid} (is \`npm start\` running?). Stop it first.`);
}

function readMigrations() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

// The engine always wants an adapter; `new` needs no real database, so it gets an in-memory PGlite.
async function withEngine(fn, { needsDb = true } = {}) {
  const bg = await loadEngineModule();
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  const db = await openAdapter(process.env, { memory: !needsDb });
  const schema = fs.readFileSync(schemaPath, 'utf8');
  try {
    const factory = bindMigrationAwareSqlAdapterFactory(db.factory);
    const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory);
    return await fn(engine, db, schema);
  } finally {
    await db.close();
  }
}

/** Applies pending migrations; returns the names applied. */
export async function migrate({ quiet = false } = {}) {
  return withEngine(async (engine, db) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters });
    // PGlite runs no autovacuum, so the planner would never get statistics; refresh them at every start.
    if (db.raw) await db.raw.exec('ANALYZE');
    if (!quiet) {
      console.log(
        appliedMigrationNames.length
          ? `[db] ${db.kind}: applied ${appliedMigrationNames.length} migration(s): ${appliedMigrationNames.join(', ')}`
          : `[db] ${db.kind}: database is up to date`,
      );
    }
    return appliedMigrationNames;
  });
}

/** Reports the migration state; `clean` is true when every migration is applied, none edited or failed. */
export async function status() {
  return withEngine(async (engine, db) => {
    const migrationsList = readMigrations();
    let history;
    try {
      history = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    } catch (err) {
      // P1014: _prisma_migrations does not exist yet, i.e. nothing has been applied.
      if (!String(err?.message ?? err).includes('P1014') && !/does not exist/.test(String(err?.message ?? err))) throw err;
      history = { history: { diagnostic: 'databaseIsBehind', unappliedMigrationNames: migrationsList.migrationDirectories.map((d) => d.path) }, failedMigrationNames: [], editedMigrationNames: [] };
    }
    const pending = history.history?.unappliedMigrationNames ?? [];
    const failed = history.failedMigrationNames ?? [];
    const edited = history.editedMigrationNames ?? [];
    const unknown = history.history?.unpersistedMigrationNames ?? [];
    const clean = !history.history && !failed.length && !edited.length;
    return { db: db.kind, total: migrationsList.migrationDirectories.length, pending, failed, edited, unknown, clean, diagnostic: history.history?.diagnostic ?? null };
  });
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the last snapshot → current schema. */
export async function newMigration(name) {
  if (!/^[a-z0-9_]+$/i.test(name ?? '')) throw new Error('usage: db.mjs new NAME   (letters, digits and _ only)');
  return withEngine(async (engine, _db, schema) => {
    const dirs = fs.existsSync(migrationsDir) ? fs.readdirSync(migrationsDir).filter((d) => /^\d+_/.test(d)).sort() : [];
    const last = dirs.at(-1);
    const from = last
      ? { tag: 'schemaDatamodel', files: [{ path: 'prev.prisma', content: fs.readFileSync(path.join(migrationsDir, last, SNAPSHOT), 'utf8') }] }
      : { tag: 'empty' };
    const to = { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] };
    // The engine prints the script through the log callback-free stdout channel: capture it.
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters });
    const sql = result?.stdout ?? '';
    if (!sql.trim() || /This is an empty migration/.test(sql)) {
      console.log('[db] schema unchanged since the last migration; nothing written');
      return null;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
    fs.writeFileSync(path.join(dir, SNAPSHOT), schema);
    const lock = path.join(migrationsDir, 'migration_lock.toml');
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
    console.log(`[db] wrote ${path.relative(root, dir)}/migration.sql`);
    return dir;
  }, { needsDb: false });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [cmd, arg] = process.argv.slice(2);
  try {
    if (cmd === 'migrate') await migrate();
    else if (cmd === 'status') {
      const s = await status();
      console.log(JSON.stringify(s));
      process.exitCode = s.clean ? 0 : 1;
    } else if (cmd === 'new') await newMigration(arg);
    else {
      console.error('usage: node scripts/db.mjs migrate | status | new NAME');
      process.exitCode = 2;
    }
  } catch (err) {
    console.error(`[db] ${cmd} failed: ${err?.message ?? err}`);
    process.exitCode = 1;
  }
  // pg's pool keeps the event loop alive for ~10 s after the work is done.
  process.exit(process.exitCode ?? 0);
}
