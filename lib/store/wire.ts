// The stored wire text of an item ("ThreadItem"."wire"): the exact bytes items.list answered for it when it read
// the payload (jsonb → JSON.parse → itemToWire → JSON.stringify), made once when the item is written, so a page
// is answered by joining stored texts: no jsonb building or printing in the database, no parse, reshape and
// stringify in the app (eighth round, docs/benchmarks.md).
import 'server-only';
import { itemToWire } from '@/lib/chatkit/serialize';
import type { ThreadItem } from '@/lib/chatkit/types';

/**
 * The item's wire text, or null when a read must mint something into it: a user message's attachments get newly
 * signed URLs on every read (presentItems), so such an item is always read through its payload.
 * `item` is the item as read back from its row (itemFromRow: the stored payload under the columns).
 */
export function itemWireText(item: ThreadItem): string | null {
  if (item.type === 'user_message' && item.attachments.length) return null;
  return JSON.stringify(inJsonbKeyOrder(itemToWire(item)));
}

/**
 * A copy with every object's keys in the order jsonb keeps them (shorter UTF-8 first, then bytewise), which is
 * the order JSON.parse saw them in on the payload path. Keys that are array indices still come first and ascending
 * in both: any JS object puts them there.
 */
function inJsonbKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbKeyOrder);
  if (!value || typeof value !== 'object') return value;
  const src = value as Record<string, unknown>;
  const keys = Object.keys(src)
    .map((k) => ({ k, b: Buffer.from(k, 'utf8') }))
    .sort((x, y) => x.b.length - y.b.length || Buffer.compare(x.b, y.b));
  const out: Record<string, unknown> = {};
  for (const { k } of keys) out[k] = inJsonbKeyOrder(src[k]);
  return out;
}
