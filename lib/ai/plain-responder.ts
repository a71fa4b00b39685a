// A deterministic responder: no model, it tells the user what it received (text length, attachments, image
// sizes), streamed word by word exactly like a model answer. Used until (and instead of) the real AI.
import type { Responder } from './responder';
import { userMessageText } from './converter';
import type { AssistantMessageItem, ThreadStreamEvent, UserMessageItem } from '@/lib/chatkit/types';

export type PlainResponderOptions = {
  /** Pause between words, so streams look and cancel like real ones. */
  delayMs?: number;
  /** Image dimensions when known (the Attachment wire shape has none). */
  describeAttachment?: (userId: string, attachmentId: string) => Promise<{ width?: number; height?: number } | null>;
};

export function createPlainResponder(opts: PlainResponderOptions = {}): Responder {
  const delayMs = opts.delayMs ?? 10;
  return async function* plainResponder(thread, input, ctx, signal): AsyncGenerator<ThreadStreamEvent> {
    const text = await replyText(input, ctx.userId, opts);
    const item: AssistantMessageItem = {
      type: 'assistant_message',
      id: ctx.newItemId('assistant_message'),
      thread_id: thread.id,
      created_at: new Date().toISOString(),
      content: [],
    };
    yield { type: 'thread.item.added', item };
    yield {
      type: 'thread.item.updated',
      item_id: item.id,
      update: { type: 'assistant_message.content_part.added', content_index: 0, content: { type: 'output_text', text: '', annotations: [] } },
    };
    const words = text.match(/\S+\s*/g) ?? [];
    for (const word of words) {
      if (signal.aborted) return;
      if (delayMs > 0) await sleep(delayMs, signal);
      if (signal.aborted) return;
      yield { type: 'thread.item.updated', item_id: item.id, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: word } };
    }
    const content = { type: 'output_text' as const, text, annotations: [] };
    yield { type: 'thread.item.updated', item_id: item.id, update: { type: 'assistant_message.content_part.done', content_index: 0, content } };
    yield { type: 'thread.item.done', item: { ...item, content: [content] } };
  };
}

export const plainResponder: Responder = createPlainResponder();

async function replyText(input: UserMessageItem | null, userId: string, opts: PlainResponderOptions): Promise<string> {
  if (!input) return 'Thanks, I received the result. There is nothing more for me to do with it.';
  const text = userMessageText(input);
  const parts: string[] = [];
  parts.push(
    text
      ? `I received your message of ${text.length} ${text.length === 1 ? 'character' : 'characters'} (${countWords(text)} ${countWords(text) === 1 ? 'word' : 'words'}).`
      : 'I received a message without text.',
  );
  if (input.attachments.length) {
    const described = await Promise.all(
      input.attachments.map(async (a) => {
        if (a.type !== 'image') return `the file "${a.name}" (${a.mime_type})`;
        const dims = await opts.describeAttachment?.(userId, a.id).catch(() => null);
        const size = dims?.width && dims?.height ? `, ${dims.width}×${dims.height} pixels` : '';
        return `the image "${a.name}" (${a.mime_type}${size})`;
      }),
    );
    parts.push(`You attached ${described.length === 1 ? 'one file' : `${described.length} files`}: ${described.join(', ')}.`);
  } else {
    parts.push('You did not attach any files.');
  }
  if (input.quoted_text) parts.push(`You quoted ${input.quoted_text.length} characters.`);
  parts.push('This is the plain responder: it only describes what it receives, so no model has read your message.');
  return parts.join(' ');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
