// PostgreSQL stopped mid-traffic: every request answers 503 JSON with Retry-After (never a 500, never a hang), and
// once the database is back the same app process serves again — no restart. Runs on a cluster of its own
// (reliability-pg.ts), never the shared one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildApp, stopChildApps, type ChildApp } from '../support/processes';
import { postgresBin, startMigratedCluster, until, type OwnCluster } from './reliability-pg';

type Outcome = { name: string; status: number; code?: string; retryAfter: string | null; json: boolean };

describe.runIf(postgresBin())('PostgreSQL stopped mid-traffic', () => {
  let pg: OwnCluster;
  let app: ChildApp;
  beforeAll(async () => {
    pg = await startMigratedCluster();
    // Sign-ups are part of the traffic: a limit high enough that the throttle never answers instead of the database.
    app = await startChildApp({ DATABASE_URL: pg.url, CHILD_SEED_EMAIL: 'traffic@example.test', SIGNUPS_PER_HOUR: '100000' });
  }, 180_000);
  afterAll(async () => {
    await stopChildApps();
    pg?.destroy();
  });

  const requests = (): [string, () => Promise<Response>][] => {
    const auth = { authorization: `Bearer ${app.user!.token}`, 'content-type': 'application/json' };
    const chatkit = (body: unknown) => fetch(`${app.url}/api/chatkit`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    return [
      ['health', () => fetch(`${app.url}/api/health`)],
      ['me', () => fetch(`${app.url}/api/me`, { headers: auth })],
      ['diagrams.list', () => fetch(`${app.url}/api/diagrams`, { headers: auth })],
      ['diagrams.create', () => fetch(`${app.url}/api/diagrams`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'During the outage' }) })],
      ['threads.list', () => chatkit({ type: 'threads.list', params: { limit: 5 } })],
      ['threads.create', () => chatkit({ type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'Hello' }], attachments: [], inference_options: {} } } })],
      ['signup', () => fetch(`${app.url}/api/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `x${Date.now()}@example.test`, password: 'long enough password' }) })],
    ];
  };

  async function outcome(name: string, send: () => Promise<Response>): Promise<Outcome> {
    const res = await send();
    const text = await res.text();
    let body: { error?: { code?: string } } | null = null;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { name, status: res.status, code: body?.error?.code, retryAfter: res.headers.get('retry-after'), json: body !== null };
  }
  const round = () => Promise.all(requests().map(([name, send]) => outcome(name, send)));

  it('answers 503 JSON with Retry-After while it is down and recovers without a restart', async () => {
    const before = await round();
    expect(before.map((o) => [o.name, o.status < 300])).toEqual(before.map((o) => [o.name, true]));

    // Traffic keeps flowing while the server shuts down underneath it.
    let stopping = true;
    const during: Outcome[] = [];
    const traffic = (async () => {
      while (stopping) during.push(...(await round()));
    })();
    await pg.stop();
    const down: Outcome[] = [];
    for (let i = 0; i < 3; i++) down.push(...(await round()));
    stopping = false;
    await traffic;

    // Requests that raced the shutdown may have succeeded; none failed any other way.
    for (const o of [...during, ...down]) {
      if (o.status < 300) continue;
      expect(o, o.name).toMatchObject({ status: 503, code: 'unavailable', json: true });
      expect(Number(o.retryAfter), o.name).toBeGreaterThan(0);
    }
    // /api/me asks nothing but who the bearer is, which the 5-second credential cache (docs/deploy.md) may still know;
    // everything else needs the database and must say it is unavailable.
    expect(down.filter((o) => o.name !== 'me').every((o) => o.status === 503)).toBe(true);
    expect(down.filter((o) => o.name === 'me').every((o) => o.status === 503 || o.status === 200)).toBe(true);
    expect(down.length).toBe(3 * requests().length);

    await pg.start();
    // The pool reconnects on its own: wait for health (state, not time), then everything serves again.
    await until('health after the restart of PostgreSQL', async () => (await fetch(`${app.url}/api/health`)).status === 200);
    const after = await round();
    expect(after.map((o) => [o.name, o.status < 300])).toEqual(after.map((o) => [o.name, true]));
    expect(app.proc.exitCode).toBeNull();
    console.log(`[reliability] PostgreSQL down: ${during.length + down.length} requests, ${[...during, ...down].filter((o) => o.status === 503).length} × 503 JSON + Retry-After, 0 other failures; recovered without a restart`);
  }, 180_000);
});
