// Runs once when a server process starts (`npm start`, `next dev`): the janitor's timer (JANITOR_INTERVAL_SECONDS).
export async function register(): Promise<void> {
  // Not in `next build`'s workers: they must never open the database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startJanitorTimer } = await import('@/lib/attachments/janitor-timer');
  startJanitorTimer();
}
