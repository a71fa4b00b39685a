'use client';
// Thread history for the built-in panel: list (paged), rename, delete. It lists every diagram's threads and
// splits them itself ("This diagram" / "All diagrams" in thread-history.tsx).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatKitClient } from '@/lib/chatkit/client';
import type { Thread } from '@/lib/chatkit/types';

const PAGE = 30;

export function useThreads(client: ChatKitClient) {
  const [threads, setThreads] = useState<Thread[] | null>(null);
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const page = await client.listThreads({ limit: PAGE, order: 'desc' }, undefined, { allDiagrams: true });
      if (mine !== seq.current) return;
      setThreads(page.data);
      setHasMore(page.has_more);
      setAfter(page.after);
      setError(null);
    } catch (e) {
      if (mine === seq.current) setError(e instanceof Error ? e.message : 'Could not load conversations.');
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [client]);

  const more = useCallback(async () => {
    if (!after) return;
    setLoading(true);
    try {
      const page = await client.listThreads({ limit: PAGE, order: 'desc', after }, undefined, { allDiagrams: true });
      setThreads((t) => [...(t ?? []), ...page.data.filter((x) => !(t ?? []).some((y) => y.id === x.id))]);
      setHasMore(page.has_more);
      setAfter(page.after);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not load conversations.');
    } finally {
      setLoading(false);
    }
  }, [client, after]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const rename = useCallback(
    async (id: string, title: string) => {
      const updated = await client.renameThread(id, title);
      setThreads((t) => t?.map((x) => (x.id === id ? { ...x, title: updated.title ?? title } : x)) ?? t);
    },
    [client],
  );

  const remove = useCallback(
    async (id: string) => {
      await client.deleteThread(id);
      setThreads((t) => t?.filter((x) => x.id !== id) ?? t);
    },
    [client],
  );

  /** Puts a thread first (created or updated by a stream) without a round trip. */
  const upsertLocal = useCallback((thread: Thread) => {
    setThreads((t) => {
      const list = t ?? [];
      const existing = list.find((x) => x.id === thread.id);
      const merged = existing ? { ...existing, ...thread, items: existing.items } : thread;
      return [merged, ...list.filter((x) => x.id !== thread.id)];
    });
  }, []);

  return { threads, hasMore, loading, error, refresh, more, rename, remove, upsertLocal };
}
