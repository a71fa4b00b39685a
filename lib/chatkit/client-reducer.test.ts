import { describe, expect, it } from 'vitest';
import { chatReducer, emptyChatState, applyStreamEvent, type ChatState, OPTIMISTIC_PREFIX } from './client-reducer';
import type { AssistantMessageItem, ThreadStreamEvent, UserMessageItem } from './types';

const T = '2026-01-01T00:00:00.000Z';
const thread = { id: 'thr_1', created_at: T, status: { type: 'active' as const }, items: { data: [], has_more: false } };
const user = (id: string, text: string): UserMessageItem => ({
  id,
  thread_id: 'thr_1',
  created_at: T,
  type: 'user_message',
  content: [{ type: 'input_text', text }],
  attachments: [],
  inference_options: {},
});
const assistant = (id: string, text: string | null): AssistantMessageItem => ({
  id,
  thread_id: 'thr_1',
  created_at: T,
  type: 'assistant_message',
  content: text === null ? [] : [{ type: 'output_text', text, annotations: [] }],
});

const fold = (events: ThreadStreamEvent[], from: ChatState = emptyChatState) =>
  events.reduce(applyStreamEvent, from);

describe('chat event reducer', () => {
  it('builds an assistant message from added, content_part.added, deltas and done', () => {
    const s1 = fold([
      { type: 'thread.created', thread },
      { type: 'thread.item.done', item: user('msg_u', 'How many tasks?') },
      { type: 'stream_options', stream_options: { allow_cancel: true } },
      { type: 'thread.item.added', item: assistant('msg_a', null) },
      {
        type: 'thread.item.updated',
        item_id: 'msg_a',
        update: { type: 'assistant_message.content_part.added', content_index: 0, content: { type: 'output_text', text: '', annotations: [] } },
      },
      { type: 'thread.item.updated', item_id: 'msg_a', update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'There are ' } },
      { type: 'thread.item.updated', item_id: 'msg_a', update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: '2 tasks.' } },
    ]);
    expect(s1.thread?.id).toBe('thr_1');
    expect('items' in (s1.thread ?? {})).toBe(false);
    expect(s1.allowCancel).toBe(true);
    expect(s1.pending).toEqual(['msg_a']);
    expect(s1.items.map((i) => i.id)).toEqual(['msg_u', 'msg_a']);
    expect((s1.items[1] as AssistantMessageItem).content[0]!.text).toBe('There are 2 tasks.');

    const s2 = fold(
      [
        { type: 'thread.item.updated', item_id: 'msg_a', update: { type: 'assistant_message.content_part.done', content_index: 0, content: { type: 'output_text', text: 'There are 2 tasks.', annotations: [] } } },
        { type: 'thread.item.done', item: assistant('msg_a', 'There are 2 tasks.') },
      ],
      s1,
    );
    expect(s2.pending).toEqual([]);
    expect(s2.items).toHaveLength(2);
    expect((s2.items[1] as AssistantMessageItem).content).toEqual([{ type: 'output_text', text: 'There are 2 tasks.', annotations: [] }]);
  });

  it('ignores updates for unknown items and deltas that arrive before content_part.added create the part', () => {
    const s = fold([
      { type: 'thread.item.updated', item_id: 'nope', update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'x' } },
      { type: 'thread.item.added', item: assistant('msg_a', null) },
      { type: 'thread.item.updated', item_id: 'msg_a', update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'Hi' } },
    ]);
    expect(s.items).toHaveLength(1);
    expect((s.items[0] as AssistantMessageItem).content[0]!.text).toBe('Hi');
  });

  it('removes an item on thread.item.removed and replaces one in place on thread.item.replaced', () => {
    const start = fold([
      { type: 'thread.item.done', item: user('msg_u', 'a') },
      { type: 'thread.item.done', item: assistant('msg_a', 'first') },
      { type: 'thread.item.done', item: assistant('msg_b', 'second') },
    ]);
    const removed = fold([{ type: 'thread.item.removed', item_id: 'msg_a' }], start);
    expect(removed.items.map((i) => i.id)).toEqual(['msg_u', 'msg_b']);

    const replaced = fold([{ type: 'thread.item.replaced', item: assistant('msg_a', 'edited') }], start);
    expect(replaced.items.map((i) => i.id)).toEqual(['msg_u', 'msg_a', 'msg_b']);
    expect((replaced.items[1] as AssistantMessageItem).content[0]!.text).toBe('edited');
  });

  it('records an error event with its message and retry flag, and falls back to a default message', () => {
    const s = fold([{ type: 'error', code: 'custom', message: 'The model is busy (429).', allow_retry: true }]);
    expect(s.error).toEqual({ message: 'The model is busy (429).', allowRetry: true, code: 'custom' });
    const s2 = fold([{ type: 'error', code: 'stream.error', allow_retry: false }]);
    expect(s2.error?.message).toMatch(/error occurred/);
    expect(s2.error?.allowRetry).toBe(false);
  });

  it('keeps notices and progress updates, and clears progress when an item arrives', () => {
    const s = fold([
      { type: 'notice', level: 'warning', message: 'Images are not sent to this model.' },
      { type: 'progress_update', text: 'Reading the diagram…' },
    ]);
    expect(s.notices).toEqual([{ level: 'warning', message: 'Images are not sent to this model.' }]);
    expect(s.progress?.text).toBe('Reading the diagram…');
    expect(fold([{ type: 'thread.item.added', item: assistant('msg_a', null) }], s).progress).toBeNull();
  });

  it('never shows hidden items', () => {
    const s = fold([
      { type: 'thread.item.done', item: { id: 'h1', thread_id: 'thr_1', created_at: T, type: 'sdk_hidden_context', content: 'cancelled' } },
    ]);
    expect(s.items).toEqual([]);
  });

  it('replaces the optimistic user message with the server copy, and drops it when sending fails', () => {
    const optimistic = user(`${OPTIMISTIC_PREFIX}1`, 'hi');
    let s = chatReducer(emptyChatState, { type: 'optimistic', item: optimistic });
    s = chatReducer(s, { type: 'stream.start' });
    expect(s.streaming).toBe(true);
    const confirmed = chatReducer(s, { type: 'event', event: { type: 'thread.item.done', item: user('msg_u', 'hi') } });
    expect(confirmed.items.map((i) => i.id)).toEqual(['msg_u']);
    const failed = chatReducer(s, { type: 'fail', error: { message: 'Attachment not found', allowRetry: false } });
    expect(failed.items).toEqual([]);
    expect(failed.streaming).toBe(false);
    expect(failed.error?.message).toBe('Attachment not found');
  });

  it('truncates after the retried user message and ends a stream that was cut off', () => {
    let s = fold([
      { type: 'thread.item.done', item: user('msg_u', 'a') },
      { type: 'thread.item.done', item: assistant('msg_a', 'old answer') },
    ]);
    s = chatReducer(s, { type: 'truncate.after', itemId: 'msg_u' });
    expect(s.items.map((i) => i.id)).toEqual(['msg_u']);
    s = chatReducer(s, { type: 'stream.start' });
    s = chatReducer(s, { type: 'event', event: { type: 'thread.item.added', item: assistant('msg_b', 'partial') } });
    s = chatReducer(s, { type: 'stream.end' });
    expect(s.streaming).toBe(false);
    expect(s.pending).toEqual([]);
    expect(s.items.map((i) => i.id)).toEqual(['msg_u', 'msg_b']);
  });

  it('loads a thread without its hidden items and resets the stream state', () => {
    const dirty = { ...emptyChatState, error: { message: 'x', allowRetry: false }, streaming: true };
    const s = chatReducer(dirty, {
      type: 'load',
      thread: { id: 'thr_1', created_at: T, status: { type: 'active' }, title: 'Tasks' },
      items: [user('msg_u', 'a'), { id: 'h', thread_id: 'thr_1', created_at: T, type: 'hidden_context_item', content: {} }],
    });
    expect(s.items.map((i) => i.id)).toEqual(['msg_u']);
    expect(s.error).toBeNull();
    expect(s.streaming).toBe(false);
    expect(chatReducer(s, { type: 'thread.renamed', title: 'Renamed' }).thread?.title).toBe('Renamed');
  });
});
