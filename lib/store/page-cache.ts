// The answers of the two list reads (items.list, threads.list) kept in this process, on PGlite only: there this
// process is the database's only writer, and lib/db.ts counts every statement that may change data where every
// statement passes (writeGeneration). A kept page is answered only while that count has not moved since it was read;
// no writer has to remember to invalidate anything. Off on PostgreSQL (other replicas write) and with
// PGLITE_PAGE_CACHE_PAGES=0. Pages are frozen: whoever gets one must not change it (the wire mapping copies).
import 'server-only';
import { writeGeneration } from '@/lib/db';
import { env } from '@/lib/env';

type Entry = { generation: number; value: unknown };

// On globalThis for the same reason as lib/db.ts's holder: separately bundled routes share one bounded cache.
const g = globalThis as unknown as { __procmodPageCache?: Map<string, Entry> };
const pages = (g.__procmodPageCache ??= new Map());

let hits = 0;

/** How many reads were answered from the cache in this process (tests and benchmarks). */
export function pageCacheHits(): number {
  return hits;
}

/**
 * `read()` once per key and write count: the page it returns is kept when `read` says it may be (`keep`) and no
 * statement that may write ran while it was read. The key must hold everything the answer depends on (the user
 * first). Errors (404s) are never kept.
 */
export async function cachedPage<T>(key: string, read: () => Promise<{ value: T; keep: boolean }>): Promise<T> {
  const size = env().PGLITE_PAGE_CACHE_PAGES;
  const generation = size > 0 ? writeGeneration() : null;
  if (generation === null) return (await read()).value;
  const entry = pages.get(key);
  if (entry && entry.generation === generation) {
    // Most recently used last: Map keeps insertion order, so the first key is the one to evict.
    pages.delete(key);
    pages.set(key, entry);
    hits++;
    return entry.value as T;
  }
  const { value, keep } = await read();
  if (keep && writeGeneration() === generation) {
    pages.delete(key);
    pages.set(key, { generation, value: deepFreeze(value) });
    while (pages.size > size) pages.delete(pages.keys().next().value!);
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
