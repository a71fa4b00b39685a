// The one Prisma client. Opened lazily on first use (never at import, never during `next build`):
// PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set, otherwise the embedded PGlite.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env, pgliteDir } from '@/lib/env';

export type DbKind = 'pglite' | 'postgresql';

// queryEvents: the client emits a Prisma 'query' event per statement (benchmarks count statements per request).
export type DatabaseConfig =
  | { kind: 'postgresql'; url: string; queryEvents?: boolean }
  // dataDir 'memory://' keeps everything in memory; loadDataDir seeds it from a dump (tests).
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob; queryEvents?: boolean };

type Holder = { client: PrismaClient; kind: DbKind; close: () => Promise<void>; pglite?: PGlite; pool?: pg.Pool };

// On globalThis so Next's dev reloads and separately bundled routes share one connection (and one write count).
const g = globalThis as unknown as { __procmodDb?: Holder; __procmodDbConfig?: DatabaseConfig; __procmodDbWrites?: { n: number } };
const writes = (g.__procmodDbWrites ??= { n: 0 });

function configFromEnv(): DatabaseConfig {
  const url = env().DATABASE_URL;
  return url ? { kind: 'postgresql', url } : { kind: 'pglite', dataDir: path.resolve(pgliteDir()) };
}

/** Two processes writing one PGlite folder corrupt it: refuse with a message that says what to do. */
function claimPgliteDir(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = path.join(dataDir, '..', `${path.basename(dataDir)}.pid`);
  try {
    const other = Number(fs.readFileSync(lock, 'utf8'));
    // `npm start` (scripts/start.mjs) claims the folder for the app process it starts; that process takes over.
    const inherited = String(other) === process.env.PROCMOD_PGLITE_OWNER;
    if (other && other !== process.pid && !inherited) {
      try {
        process.kill(other, 0);
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${other} (is \`npm start\` running?). ` +
            'Stop that process first, or set DATABASE_URL to a PostgreSQL server to share one database.',
        );
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
      }
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.writeFileSync(lock, String(process.pid));
  process.once('exit', () => {
    try {
      if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.unlinkSync(lock);
    } catch {
      /* already gone */
    }
  });
}

// Prisma stores DateTime in `timestamp(3)` columns as UTC wall time. The drivers' own parsers would read such a
// value in the process's time zone, and pg would send a Date in it (toParam sends ISO strings instead).
const TIMESTAMP_OID = 1114;
const utcTimestamp = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const pgliteParsers = { [TIMESTAMP_OID]: utcTimestamp };
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === TIMESTAMP_OID && format !== 'binary' ? utcTimestamp : pg.types.getTypeParser(oid, format)),
};
const logOf = (config: DatabaseConfig) => (config.queryEvents ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {});

function open(config: DatabaseConfig): Holder {
  if (config.kind === 'postgresql') {
    // One pool per process, shared by Prisma's adapter and rawQuery.
    const pool = new pg.Pool({ connectionString: config.url });
    // An idle connection that breaks (server restart) must not crash the process; the next query reports it.
    pool.on('error', () => {});
    // The adapter runs on this same `pg` package; only its bundled @types/pg copy differs.
    const client = new PrismaClient({ adapter: new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0]), ...logOf(config) });
    return {
      client,
      kind: 'postgresql',
      pool,
      close: async () => {
        await client.$disconnect();
        await pool.end();
      },
    };
  }
  const memory = config.dataDir.startsWith('memory://');
  if (!memory) claimPgliteDir(config.dataDir);
  // The UTC timestamp parser is the instance's default (rawQuery); Prisma's adapter passes its own parsers per query.
  const pglite = new PGlite(config.dataDir, { parsers: pgliteParsers, ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}) });
  countWrites(pglite);
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite), ...logOf(config) });
  const analyzer = setInterval(() => {
    analyzeChangedTables(pglite).catch((err) => console.error('[db] could not refresh PGlite statistics:', err));
  }, PGLITE_ANALYZE_EVERY_MS);
  analyzer.unref();
  return {
    client,
    kind: 'pglite',
    pglite,
    close: async () => {
      clearInterval(analyzer);
      await client.$disconnect();
      await pglite.close();
      writes.n++;
    },
  };
}

// ---------------------------------------------------------------- the write count (PGlite)

/**
 * Counts every statement that may change data, at the one place every statement passes: PGlite's
 * `execProtocolRawSync`, which runs each wire-protocol message synchronously (Prisma's adapter, rawQuery,
 * transactions, exec, pgliteHandle() users and PGlite's own methods all end there). So a cache checked against
 * writeGeneration() does not depend on each writer remembering to invalidate it.
 * A statement is a write unless it is a plain read (isPlainRead); BEGIN/COMMIT/ROLLBACK count too, so any
 * transaction does, rolled back or not. The count moves before and after a write runs.
 */
function countWrites(pglite: PGlite): void {
  const raw = pglite.execProtocolRawSync.bind(pglite);
  // The kind of each prepared statement and bound portal, by name ('' is the unnamed one PGlite and Prisma use).
  const statements = new Map<string, boolean>();
  const portals = new Map<string, boolean>();
  pglite.execProtocolRawSync = (message: Uint8Array) => {
    const write = writesData(message, statements, portals);
    if (write) writes.n++;
    try {
      return raw(message);
    } finally {
      if (write) writes.n++;
    }
  };
}

const utf8 = new TextDecoder();

/** Whether a batch of frontend protocol messages may change data (anything not known to be a read counts). */
function writesData(message: Uint8Array, statements: Map<string, boolean>, portals: Map<string, boolean>): boolean {
  // The startup packet (first byte 0) carries no statement.
  if (message[0] === 0) return false;
  let write = false;
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  const cstring = (at: number): [string, number] => {
    const end = message.indexOf(0, at);
    return [utf8.decode(message.subarray(at, end)), end + 1];
  };
  for (let at = 0; at + 5 <= message.length; ) {
    const type = String.fromCharCode(message[at]!);
    const next = at + 1 + view.getInt32(at + 1);
    const body = at + 5;
    switch (type) {
      case 'Q': // simple query: one or more statements
        if (!isPlainRead(cstring(body)[0])) write = true;
        break;
      case 'P': {
        const [name, after] = cstring(body);
        statements.set(name, !isPlainRead(cstring(after)[0]));
        break;
      }
      case 'B': {
        const [portal, after] = cstring(body);
        portals.set(portal, statements.get(cstring(after)[0]) ?? true);
        break;
      }
      case 'E':
        if (portals.get(cstring(body)[0]) ?? true) write = true;
        break;
      case 'D': // describe, sync, flush, close, terminate: no statement runs
      case 'S':
      case 'H':
      case 'C':
      case 'X':
        break;
      default: // function calls, COPY data, anything else
        write = true;
    }
    if (next <= at) return true;
    at = next;
  }
  return write;
}

// A plain read starts like one, is one statement and names nothing that writes (data-modifying CTEs, SELECT INTO,
// FOR UPDATE locks, sequence and large-object functions). Bound parameters keep values out of the text, so a
// false "write" (a column named like a keyword) only costs a cache miss.
const READ_START = /^(?:\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/|\()*(?:SELECT|WITH|VALUES|TABLE|SHOW|EXPLAIN)\b/i;
const WRITE_WORD = /\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE|INTO|COPY|CALL|DO|LOCK|NOTIFY|LISTEN|UNLISTEN|ANALYZE|VACUUM|nextval|setval|set_config|pg_notify|lo_\w+|dblink\w*)\b/i;
const readKinds = new Map<string, boolean>();

export function isPlainRead(sql: string): boolean {
  let read = readKinds.get(sql);
  if (read === undefined) {
    read = READ_START.test(sql) && !WRITE_WORD.test(sql) && !/;\s*\S/.test(sql);
    // Statement texts repeat (parameters are bound); bounded in case some do not.
    if (readKinds.size >= 2000) readKinds.clear();
    readKinds.set(sql, read);
  }
  return read;
}

/**
 * A number that changes whenever a statement that may change data runs (or the database is opened or closed) —
 * on PGlite, where this process is the only one that writes. null on PostgreSQL: other processes write there.
 * Something read while it stayed the same may be reused for as long as it stays the same.
 */
export function writeGeneration(): number | null {
  db();
  return g.__procmodDb!.pglite ? writes.n : null;
}

/** How often the embedded database looks for tables whose statistics are stale (see analyzeChangedTables). */
export const PGLITE_ANALYZE_EVERY_MS = 10_000;

/**
 * PGlite runs no autovacuum, so rows that arrive while the app runs never reach the planner's statistics, and a
 * table that grew from 100 to 100,000 rows is planned as if it were tiny (docs/benchmarks.md, part c). This does
 * autovacuum's ANALYZE step: every table changed by more than 50 rows + 10 % since its last ANALYZE (PostgreSQL's
 * default autovacuum_analyze_threshold and _scale_factor) is analyzed. Queries queue behind it on the one
 * connection; an ANALYZE samples at most 30,000 rows, so it stays short however large the table.
 */
export async function analyzeChangedTables(pglite: PGlite): Promise<string[]> {
  const { rows } = await pglite.query<{ relname: string }>(
    `SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
     WHERE s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`,
  );
  for (const { relname } of rows) await pglite.exec(`ANALYZE "${relname.replaceAll('"', '""')}"`);
  return rows.map((r) => r.relname);
}

/** The embedded database's own handle (benchmarks and tests of analyzeChangedTables); null on PostgreSQL. */
export function pgliteHandle(): PGlite | null {
  db();
  return g.__procmodDb?.pglite ?? null;
}

/** A value rawQuery sends as a parameter. */
export type SqlValue = string | number | boolean | Date | null;

const toParam = (v: SqlValue | undefined) => (v instanceof Date ? v.toISOString() : (v ?? null));

let rawStatements = 0;

// Names of the prepared statements rawQuery uses on PostgreSQL, one per statement text. `pg` parses a named
// statement once per connection and then only binds and executes it, so the server skips parse and plan on every
// later request (docs/benchmarks.md, sixth round). The texts come from a few fixed templates; the bound keeps a
// caller that builds texts from data from growing the map (and every connection's statements) without end.
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 100;

function statementName(text: string): string | undefined {
  if (!env().DATABASE_PREPARED_STATEMENTS) return undefined;
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `procmod_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * One statement straight through the driver (PGlite's `query`, or the pool Prisma's adapter uses), for the hot
 * read paths: Prisma's per-statement work was ~1 ms of a ~5 ms request (docs/benchmarks.md). Takes a `Prisma.sql`
 * template, so values are always bound parameters. Rows are plain objects keyed by column name: json/jsonb parsed,
 * timestamps as Dates (UTC), bigint columns as the driver gives them. Errors are the driver's (SQLSTATE in
 * `code`); toAppError maps them like Prisma's.
 */
export async function rawQuery<T>(query: { text: string; values: unknown[] }): Promise<T[]> {
  db();
  const holder = g.__procmodDb!;
  const values = (query.values as SqlValue[]).map(toParam);
  rawStatements++;
  // No per-query parsers on PGlite: it would copy its whole parser table for every statement (seen in the profile).
  if (holder.pglite) return (await holder.pglite.query<T>(query.text, values)).rows;
  const result = await holder.pool!.query({ name: statementName(query.text), text: query.text, values, types: pgTypes });
  return result.rows as T[];
}

/** How many rawQuery statements this process has run (benchmarks count statements per request). */
export function rawStatementCount(): number {
  return rawStatements;
}

/** The Prisma client (opens the database on first call). */
export function db(): PrismaClient {
  if (!g.__procmodDb) {
    g.__procmodDb = open(g.__procmodDbConfig ?? configFromEnv());
    writes.n++;
  }
  return g.__procmodDb.client;
}

export function dbKind(): DbKind {
  return g.__procmodDb?.kind ?? (g.__procmodDbConfig ?? configFromEnv()).kind;
}

/** The database db() opens from the environment (scripts adjust it, e.g. to turn on query events). */
export function databaseConfigFromEnv(): DatabaseConfig {
  return configFromEnv();
}

/** Point db() at another database (tests, scripts). Closes the current one first. */
export async function configureDatabase(config: DatabaseConfig): Promise<void> {
  await closeDatabase();
  g.__procmodDbConfig = config;
}

export async function closeDatabase(): Promise<void> {
  const holder = g.__procmodDb;
  g.__procmodDb = undefined;
  await holder?.close();
}

export type { PrismaClient };
export { Prisma } from '@/lib/generated/prisma/client';
