// The janitor inside the server: every JANITOR_INTERVAL_SECONDS (0 = off) one tick. With several replicas on one
// PostgreSQL only one sweeps per tick: the first to claim the tick does (claimJanitorTick), under an advisory
// try-lock so a sweep that overruns its tick never runs beside another (withJanitorLock). Started by
// instrumentation.ts under `npm start`; tests start it only when they ask (e2e/support/child-server.ts).
import 'server-only';
import { env } from '@/lib/env';
import { claimJanitorTick, withJanitorLock } from '@/lib/store/attachments';
import { runJanitor, type JanitorReport } from './janitor';

export type JanitorTick = { tick: number; outcome: 'swept' | 'done elsewhere' | 'held'; report?: JanitorReport };

/** One tick: `now` only picks the tick (tests); the sweep itself uses the clock. */
export async function janitorTick(intervalSeconds = env().JANITOR_INTERVAL_SECONDS, now = Date.now()): Promise<JanitorTick> {
  const tick = Math.floor(now / (intervalSeconds * 1000));
  const result = await withJanitorLock(
    async (): Promise<JanitorTick> => {
      // The claim outlives the tick so a late replica cannot take it again.
      if (!(await claimJanitorTick(tick, 2 * intervalSeconds))) return { tick, outcome: 'done elsewhere' };
      return { tick, outcome: 'swept', report: await runJanitor() };
    },
    Math.max(60, 10 * intervalSeconds),
  );
  return result ?? { tick, outcome: 'held' };
}

let timer: NodeJS.Timeout | null = null;

/** Start the timer (once per process). `onTick` sees every outcome (tests, logs); errors are logged, never thrown. */
export function startJanitorTimer(onTick?: (t: JanitorTick) => void): () => void {
  const seconds = env().JANITOR_INTERVAL_SECONDS;
  if (!seconds || timer) return () => {};
  let busy = false;
  timer = setInterval(() => {
    if (busy) return;
    busy = true;
    janitorTick(seconds)
      .then((t) => {
        onTick?.(t);
        const r = t.report;
        if (r && Object.values(r).some((n) => n > 0)) console.log(`[janitor] ${JSON.stringify(r)}`);
      })
      // The database may be down for a while (503s meanwhile); the next tick tries again.
      .catch((err) => console.error(`[janitor] sweep failed: ${(err as Error).message}`))
      .finally(() => (busy = false));
  }, seconds * 1000);
  timer.unref();
  return () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
}
