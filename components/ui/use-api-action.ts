'use client';
// One request a button starts: `busy` while it runs (buttons disable), the server's message in `error` when it
// fails, and the page's server data refreshed when it succeeds.
import { useCallback, useState } from 'react';
import { useRouter } from 'next/navigation';

export function useApiAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Runs `action`; resolves true when it succeeded (then the page is refreshed). */
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await action();
        router.refresh();
        return true;
      } catch (err) {
        setError((err as Error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [router],
  );
  return { busy, error, run };
}
