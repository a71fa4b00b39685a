// Prepares one migrated database that every test file clones (migrating per file would cost seconds each).
// PGlite: a migrated data dir dumped to a tarball. PostgreSQL (DATABASE_URL set): a migrated template database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../scripts/db.mjs';
import { adminUrl, templateName } from './pg';

export default async function setup(project: TestProject) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-test-'));
  const pgUrl = process.env.DATABASE_URL;
  if (pgUrl) {
    const { Client } = await import('pg');
    const tpl = templateName();
    const admin = new Client({ connectionString: adminUrl(pgUrl) });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${tpl}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${tpl}"`);
    await admin.end();
    const url = new URL(pgUrl);
    url.pathname = `/${tpl}`;
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url.toString();
    await migrate({ quiet: true });
    process.env.DATABASE_URL = saved;
    project.provide('dbTemplate', JSON.stringify({ kind: 'postgresql', template: tpl }));
    return async () => {
      const c = new Client({ connectionString: adminUrl(pgUrl) });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${tpl}" WITH (FORCE)`);
      await c.end();
      fs.rmSync(work, { recursive: true, force: true });
    };
  } else {
    const dir = path.join(work, 'pglite');
    const saved = process.env.PGLITE_DIR;
    process.env.PGLITE_DIR = dir;
    await migrate({ quiet: true });
    process.env.PGLITE_DIR = saved;
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = await PGlite.create(dir);
    const dump = await pg.dumpDataDir('none');
    await pg.close();
    const dumpPath = path.join(work, 'migrated.tar');
    fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
    project.provide('dbTemplate', JSON.stringify({ kind: 'pglite', dump: dumpPath }));
  }
  return () => fs.rmSync(work, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}
