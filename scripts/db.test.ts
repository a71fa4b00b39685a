// Migrations through scripts/db.mjs on empty databases: apply all, then nothing, and status is clean.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, status } from './db.mjs';
import { adminUrl } from '../e2e/support/pg';

const migrationCount = fs.readdirSync(path.resolve(import.meta.dirname, '..', 'prisma', 'migrations')).filter((d) => /^\d+_/.test(d)).length;
const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
afterEach(() => {
  process.env.DATABASE_URL = saved.DATABASE_URL;
  process.env.PGLITE_DIR = saved.PGLITE_DIR;
  if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  if (saved.PGLITE_DIR === undefined) delete process.env.PGLITE_DIR;
});

async function expectFreshMigrationCycle(kind: 'pglite' | 'postgresql') {
  const before = await status();
  expect(before.db).toBe(kind);
  expect(before.clean).toBe(false);
  expect(before.pending).toHaveLength(migrationCount);

  const applied = await migrate({ quiet: true });
  expect(applied).toHaveLength(migrationCount);
  expect(await migrate({ quiet: true })).toEqual([]);

  const after = await status();
  expect(after).toMatchObject({ db: kind, clean: true, pending: [], failed: [], edited: [] });
}

describe('database migrations', () => {
  it('apply to an empty PGlite database, a second run applies nothing, and status is clean', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-migrate-'));
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = path.join(dir, 'pglite');
    try {
      await expectFreshMigrationCycle('pglite');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!saved.DATABASE_URL)('apply to an empty PostgreSQL database, a second run applies nothing, and status is clean', async () => {
    const { Client } = await import('pg');
    const name = `procmod_mig_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl(saved.DATABASE_URL!) });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(saved.DATABASE_URL!);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    try {
      await expectFreshMigrationCycle('postgresql');
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
