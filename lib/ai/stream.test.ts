import { describe, expect, it } from 'vitest';
import { AssistantMessageStream, streamWords, words } from './stream';
import { createDiagramAnalyst } from './analyst';
import type { ThreadStreamEvent } from '@/lib/chatkit/types';

const kinds = (events: ThreadStreamEvent[]) => events.map((e) => (e.type === 'thread.item.updated' ? e.update.type.split('.').pop() : e.type));

describe('streamWords', () => {
  it('emits added → part added → deltas → part done → done, and the deltas rebuild the text exactly', async () => {
    const text = '  Hello **world**,\n\n- one\n- two  ';
    expect(words(text).join('')).toBe(text);
    const events: ThreadStreamEvent[] = [];
    for await (const e of streamWords(new AssistantMessageStream('thr_1', 'msg_1'), text, new AbortController().signal)) events.push(e);
    expect(kinds(events)).toEqual(['thread.item.added', 'added', 'text_delta', 'text_delta', 'text_delta', 'text_delta', 'text_delta', 'text_delta', 'done', 'thread.item.done']);
    const done = events.at(-1)!;
    expect(done.type === 'thread.item.done' && done.item.type === 'assistant_message' && done.item.content[0]!.text).toBe(text);
  });

  it('stops at once when the signal aborts, without finishing the item', async () => {
    const abort = new AbortController();
    const events: ThreadStreamEvent[] = [];
    for await (const e of streamWords(new AssistantMessageStream('thr_1', 'msg_1'), 'a b c d e f g h', abort.signal, 5)) {
      events.push(e);
      if (events.length === 4) abort.abort();
    }
    expect(kinds(events)).toEqual(['thread.item.added', 'added', 'text_delta', 'text_delta']);
  });
});

describe('the Diagram Analyst responder', () => {
  it('answers a follow-up without a user message and honours an already aborted signal', async () => {
    const analyst = createDiagramAnalyst({ delayMs: 0 });
    const thread = { id: 'thr_1', created_at: '', status: { type: 'active' as const }, metadata: {} };
    const ctx = { userId: 'u', threadMetadata: {}, requestMetadata: {}, loadItems: async () => [], newItemId: () => 'msg_a' };
    const events: ThreadStreamEvent[] = [];
    for await (const e of analyst(thread, null, ctx, new AbortController().signal)) events.push(e);
    expect(events.at(-1)).toMatchObject({ type: 'thread.item.done', item: { id: 'msg_a', type: 'assistant_message' } });
    const aborted = new AbortController();
    aborted.abort();
    const none: ThreadStreamEvent[] = [];
    for await (const e of analyst(thread, null, ctx, aborted.signal)) none.push(e);
    expect(none).toEqual([]);
  });
});
