// The janitor's timer across replicas: two app processes on one PostgreSQL (a cluster of the suite's own), each
// ticking every second. Per tick exactly one of them sweeps; while another session holds the advisory lock neither
// does, and sweeping resumes once it is released. (One process on PGlite: reliability-crash.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../scripts/db.mjs';
import { startChildApp, stopChildApps, type ChildApp } from '../support/processes';
import { postgresBin, startOwnCluster, type OwnCluster } from './reliability-pg';

type Tick = { pid: number; tick: number; outcome: 'swept' | 'done elsewhere' | 'held' };

const ticksOf = (apps: ChildApp[]): Tick[] =>
  apps.flatMap((a) => [...a.output().matchAll(/^JANITOR (.+)$/gm)].map((m) => JSON.parse(m[1]!) as Tick));

async function until(what: string, probe: () => boolean, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (probe()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe.runIf(postgresBin())('janitor timer, two replicas on PostgreSQL', () => {
  let pg: OwnCluster;
  let apps: ChildApp[];
  beforeAll(async () => {
    pg = await startOwnCluster();
    const saved = { ...process.env };
    process.env.DATABASE_URL = pg.url;
    try {
      await migrate({ quiet: true });
    } finally {
      process.env = saved;
    }
    const env = { DATABASE_URL: pg.url, JANITOR_INTERVAL_SECONDS: '1' };
    apps = [await startChildApp(env), await startChildApp(env)];
  }, 180_000);
  afterAll(async () => {
    await stopChildApps();
    pg?.destroy();
  });

  it('sweeps once per tick, never beside a sweep holding the lock', async () => {
    // Ticks both processes have reported.
    const both = () => {
      const ticks = ticksOf(apps);
      return [...new Set(ticks.map((t) => t.tick))].filter((k) => new Set(ticks.filter((t) => t.tick === k).map((t) => t.pid)).size === 2);
    };
    await until('five ticks seen by both processes', () => both().length >= 5);
    const ticks = ticksOf(apps);
    for (const k of new Set(ticks.map((t) => t.tick))) {
      expect(ticks.filter((t) => t.tick === k && t.outcome === 'swept').length, `tick ${k}`).toBeLessThanOrEqual(1);
    }
    for (const k of both()) {
      const outcomes = ticks.filter((t) => t.tick === k).map((t) => t.outcome).sort();
      expect(outcomes[outcomes.length - 1], `tick ${k}`).toBe('swept');
      expect(['done elsewhere', 'held']).toContain(outcomes[0]);
    }

    // Another session holds the lock (a sweep on a third replica, say): both skip until it is released.
    const { Client } = await import('pg');
    const holder = new Client({ connectionString: pg.url });
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtext('procmod:janitor'))`);
    const heldFrom = ticksOf(apps).length;
    await until('both processes to find the lock held', () => new Set(ticksOf(apps).slice(heldFrom).filter((t) => t.outcome === 'held').map((t) => t.pid)).size === 2);
    await holder.query(`SELECT pg_advisory_unlock(hashtext('procmod:janitor'))`);
    await holder.end();
    const releasedAt = ticksOf(apps).length;
    await until('a sweep after the release', () => ticksOf(apps).slice(releasedAt).some((t) => t.outcome === 'swept'));
    const total = ticksOf(apps);
    console.log(
      `[reliability] janitor, 2 replicas: ${total.length} ticks, ${total.filter((t) => t.outcome === 'swept').length} sweeps, ` +
        `${new Set(total.map((t) => t.tick)).size} distinct ticks, 0 ticks swept twice`,
    );
  }, 240_000);
});
