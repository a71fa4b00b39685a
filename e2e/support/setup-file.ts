// Runs in every test file: a fresh database cloned from the migrated template, and throw-away data dirs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { closeDatabase, configureDatabase } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { adminUrl } from './pg';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-data-'));
process.env.DATA_DIR = dataDir;
process.env.NEXTAUTH_SECRET ??= 'test-secret-0123456789abcdef0123456789abcdef';
process.env.NEXT_TELEMETRY_DISABLED = '1';
reloadEnv();

let dropDb: (() => Promise<void>) | null = null;

beforeAll(async () => {
  const tpl = JSON.parse(inject('dbTemplate')) as { kind: 'pglite'; dump: string } | { kind: 'postgresql'; template: string };
  if (tpl.kind === 'pglite') {
    const dump = new Blob([fs.readFileSync(tpl.dump)]);
    await configureDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir: dump });
  } else {
    const { Client } = await import('pg');
    const base = process.env.DATABASE_URL!;
    const name = `procmod_t_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl(base) });
    await admin.connect();
    // PostgreSQL refuses two clones of one template at the same moment; the other worker is done in a blink.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${tpl.template}"`);
        break;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    await configureDatabase({ kind: 'postgresql', url: url.toString() });
    dropDb = async () => {
      const c = new Client({ connectionString: adminUrl(base) });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  }
});

afterAll(async () => {
  await closeDatabase();
  await dropDb?.();
  // A write the app finished after its response (a thumbnail, a stored file) can still land while the folder goes:
  // retry instead of failing a file whose tests all passed.
  fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});
