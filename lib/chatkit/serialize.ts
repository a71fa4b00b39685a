// Wire serialization: snake_case shapes as-is, null/undefined fields omitted (like pydantic exclude_none),
// server-side `metadata` of threads and attachments never sent.
import type { Attachment, Page, Thread, ThreadItem, ThreadMetadata, ThreadStreamEvent } from './types';
import type { WirePage } from './store';

/** Deep copy without null/undefined object fields (array slots are kept). */
export function omitNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => omitNulls(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // for…in over a plain object (own keys only, no prototype chain to walk): Object.entries' pair arrays were
    // the largest block of our own code on the list answers (docs/benchmarks.md, fourth round).
    const out: Record<string, unknown> = {};
    const src = value as Record<string, unknown>;
    for (const k in src) {
      const v = src[k];
      if (v !== null && v !== undefined) out[k] = typeof v === 'object' ? omitNulls(v) : v;
    }
    return out as T;
  }
  return value;
}

export function attachmentToWire(a: Attachment): Attachment {
  const { metadata: _metadata, ...rest } = a;
  return omitNulls(rest) as Attachment;
}

export function itemToWire(item: ThreadItem): ThreadItem {
  if (item.type === 'user_message') return omitNulls({ ...item, attachments: item.attachments.map(attachmentToWire) });
  return omitNulls(item);
}

export const EMPTY_PAGE: Page<never> = { data: [], has_more: false };

export function threadToWire(thread: ThreadMetadata | Thread, items: Page<ThreadItem> = EMPTY_PAGE): Thread {
  const page = 'items' in thread && thread.items ? thread.items : items;
  // The official shape only: server-side metadata (the diagram id too) never leaves. Per-diagram history is a
  // threads.list filter (metadata.diagram_id on the request), not a field on the thread.
  return omitNulls({
    id: thread.id,
    title: thread.title,
    created_at: thread.created_at,
    status: thread.status,
    allowed_image_domains: thread.allowed_image_domains,
    items: { ...page, data: page.data.map(itemToWire) },
  }) as Thread;
}

/** A page on the wire; `map` gives wire values (itemToWire, threadToWire: null-free already, not copied again). */
export function pageToWire<T, U>(page: Page<T>, map: (t: T) => U): Page<U> {
  const out: Page<U> = { data: page.data.map(map), has_more: page.has_more };
  if (page.after !== null && page.after !== undefined) out.after = page.after;
  return out;
}

/** A JSON answer that is text already (a store's wire-ready page): the endpoint sends it as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** The answer for a wire page: the text pageToWire + JSON.stringify give for the same page. */
export function wirePageJson(page: WirePage): JsonText {
  const after = page.after !== undefined ? `,"after":${JSON.stringify(page.after)}` : '';
  return new JsonText(`{"data":${page.wire},"has_more":${page.has_more}${after}}`);
}

export function eventToWire(ev: ThreadStreamEvent): ThreadStreamEvent {
  switch (ev.type) {
    case 'thread.created':
    case 'thread.updated':
      return { type: ev.type, thread: threadToWire(ev.thread) };
    case 'thread.item.added':
    case 'thread.item.done':
    case 'thread.item.replaced':
      return { type: ev.type, item: itemToWire(ev.item) };
    default:
      return omitNulls(ev);
  }
}
