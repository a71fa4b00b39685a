// Runs once when a server process starts (`npm start`, `next dev`): the janitor's timer (JANITOR_INTERVAL_SECONDS).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJanitorTimer } = await import('@/lib/attachments/janitor-timer');
  startJanitorTimer();
}
