'use client';
// Thread history for the built-in panel: list (paged), rename, delete. It lists every diagram's threads, and asks
// the server which of them belong to the open diagram (threads.list filtered by metadata.diagram_id) to split them
// into "This diagram" / "All diagrams" (thread-history.tsx); threads themselves carry no diagram id.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatKitClient } from '@/lib/chatkit/client';
import type { Thread } from '@/lib/chatkit/types';

const PAGE = 30;

export function useThreads(client: ChatKitClient, diagramId: string | null) {
  const [threads, setThreads] = useState<Thread[] | null>(null);
  // Ids of the open diagram's threads (newest 100); null without a diagram or before they are known.
  const [mineIds, setMineIds] = useState<Set<string> | null>(null);
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const [page, own] = await Promise.all([
        client.listThreads({ limit: PAGE, order: 'desc' }, undefined, { allDiagrams: true }),
        diagramId ? client.listThreads({ limit: 100, order: 'desc' }) : Promise.resolve(null),
      ]);
      if (mine !== seq.current) return;
      setThreads(page.data);
      setMineIds(own ? new Set(own.data.map((t) => t.id)) : null);
      setHasMore(page.has_more);
      setAfter(page.after);
      setError(null);
    } catch (e) {
      if (mine === seq.current) setError(e instanceof Error ? e.message : 'Could not load conversations.');
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [client, diagramId]);

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

  /** Puts a thread first (created or updated by a stream) without a round trip; `created` ones are the open diagram's. */
  const upsertLocal = useCallback((thread: Thread, opts: { created?: boolean } = {}) => {
    if (opts.created) setMineIds((m) => (m ? new Set([...m, thread.id]) : m));
    setThreads((t) => {
      const list = t ?? [];
      const existing = list.find((x) => x.id === thread.id);
      const merged = existing ? { ...existing, ...thread, items: existing.items } : thread;
      return [merged, ...list.filter((x) => x.id !== thread.id)];
    });
  }, []);

  return { threads, mine: mineIds, hasMore, loading, error, refresh, more, rename, remove, upsertLocal };
}
