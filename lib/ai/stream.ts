// Builds the ChatKit event sequence for one streamed assistant message, in the order the protocol gives:
// thread.item.added → content_part.added → text_delta… → content_part.done → thread.item.done.
import type { AssistantMessageContent, AssistantMessageItem, ThreadStreamEvent } from '@/lib/chatkit/types';

export class AssistantMessageStream {
  private item: AssistantMessageItem;
  private buffer = '';
  private opened = false;

  constructor(threadId: string, id: string) {
    this.item = { type: 'assistant_message', id, thread_id: threadId, created_at: new Date().toISOString(), content: [] };
  }

  get id(): string {
    return this.item.id;
  }
  get started(): boolean {
    return this.opened;
  }
  get text(): string {
    return this.buffer;
  }

  start(): ThreadStreamEvent[] {
    if (this.opened) return [];
    this.opened = true;
    return [
      { type: 'thread.item.added', item: this.item },
      {
        type: 'thread.item.updated',
        item_id: this.item.id,
        update: { type: 'assistant_message.content_part.added', content_index: 0, content: { type: 'output_text', text: '', annotations: [] } },
      },
    ];
  }

  /** A text delta (opening the message first when needed). */
  delta(text: string): ThreadStreamEvent[] {
    if (!text) return [];
    this.buffer += text;
    return [
      ...this.start(),
      { type: 'thread.item.updated', item_id: this.item.id, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: text } },
    ];
  }

  finish(): ThreadStreamEvent[] {
    const content: AssistantMessageContent = { type: 'output_text', text: this.buffer, annotations: [] };
    return [
      ...this.start(),
      { type: 'thread.item.updated', item_id: this.item.id, update: { type: 'assistant_message.content_part.done', content_index: 0, content } },
      { type: 'thread.item.done', item: { ...this.item, content: [content] } },
    ];
  }
}

/** Words with their trailing whitespace, so the deltas concatenate back to the exact text. */
export function words(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
}

/** Stream a finished text word by word; stops (without finishing the item) as soon as `signal` aborts. */
export async function* streamWords(
  stream: AssistantMessageStream,
  text: string,
  signal: AbortSignal,
  delayMs = 0,
): AsyncGenerator<ThreadStreamEvent> {
  if (signal.aborted) return;
  yield* stream.start();
  for (const w of words(text)) {
    if (signal.aborted) return;
    // Yield to the event loop either way so an abort from the client is seen between words.
    await pause(delayMs, signal);
    if (signal.aborted) return;
    yield* stream.delta(w);
  }
  yield* stream.finish();
}

export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
