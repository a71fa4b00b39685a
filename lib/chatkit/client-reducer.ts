// The built-in panel's view of one thread, and the pure reducer that folds ChatKit stream events into it.
// Pure (no React, no fetch): the panel and the unit tests drive the same function.
import type {
  AssistantMessageContent,
  Thread,
  ThreadItem,
  ThreadItemUpdate,
  ThreadStreamEvent,
} from './types';
import { isHiddenItem } from './types';
import { assistantMessageText, userMessageText } from '@/lib/ai/converter';

export type ThreadInfo = Omit<Thread, 'items'>;
export type ChatError = { message: string; allowRetry: boolean; code?: string };
export type ChatNotice = { level: 'info' | 'warning' | 'danger'; message: string; title?: string };

export type ChatState = {
  thread: ThreadInfo | null;
  /** Visible items, oldest first. */
  items: ThreadItem[];
  /** Ids of items added by the stream but not yet done (still streaming). */
  pending: string[];
  streaming: boolean;
  allowCancel: boolean;
  progress: { text: string; icon?: string } | null;
  error: ChatError | null;
  notices: ChatNotice[];
};

export type ChatAction =
  | { type: 'event'; event: ThreadStreamEvent }
  | { type: 'load'; thread: ThreadInfo | null; items: ThreadItem[] }
  | { type: 'stream.start' }
  | { type: 'stream.end' }
  /** A user message shown before the server confirms it; replaced by the server's user_message. */
  | { type: 'optimistic'; item: ThreadItem }
  /** Retry: drop everything after this item locally (the server deletes it too, maybe without events). */
  | { type: 'truncate.after'; itemId: string }
  | { type: 'fail'; error: ChatError }
  | { type: 'dismiss.error' }
  | { type: 'dismiss.notice'; index: number }
  | { type: 'thread.renamed'; title: string };

export const OPTIMISTIC_PREFIX = 'local_';
export const DEFAULT_STREAM_ERROR = 'An error occurred when generating a response.';

export const emptyChatState: ChatState = {
  thread: null,
  items: [],
  pending: [],
  streaming: false,
  allowCancel: false,
  progress: null,
  error: null,
  notices: [],
};

function withoutItems(thread: Thread): ThreadInfo {
  const { items: _items, ...info } = thread;
  return info;
}

function upsert(items: ThreadItem[], item: ThreadItem): ThreadItem[] {
  const i = items.findIndex((x) => x.id === item.id);
  if (i === -1) return [...items, item];
  const next = items.slice();
  next[i] = item;
  return next;
}

function setContent(content: AssistantMessageContent[], index: number, part: AssistantMessageContent) {
  const next = content.slice();
  while (next.length < index) next.push({ type: 'output_text', text: '', annotations: [] });
  next[index] = part;
  return next;
}

/** Applies one `thread.item.updated` payload to an item (unknown combinations leave it as is). */
export function applyItemUpdate(item: ThreadItem, update: ThreadItemUpdate): ThreadItem {
  switch (update.type) {
    case 'assistant_message.content_part.added':
    case 'assistant_message.content_part.done':
      if (item.type !== 'assistant_message') return item;
      return { ...item, content: setContent(item.content, update.content_index, update.content) };
    case 'assistant_message.content_part.text_delta': {
      if (item.type !== 'assistant_message') return item;
      const part = item.content[update.content_index] ?? { type: 'output_text', text: '', annotations: [] };
      return {
        ...item,
        content: setContent(item.content, update.content_index, { ...part, text: part.text + update.delta }),
      };
    }
    case 'assistant_message.content_part.annotation_added': {
      if (item.type !== 'assistant_message') return item;
      const part = item.content[update.content_index];
      if (!part) return item;
      const annotations = part.annotations.slice();
      annotations[update.annotation_index] = update.annotation;
      return { ...item, content: setContent(item.content, update.content_index, { ...part, annotations }) };
    }
    case 'workflow.task.added':
    case 'workflow.task.updated': {
      if (item.type !== 'workflow') return item;
      const tasks = item.workflow.tasks.slice();
      tasks[update.task_index] = update.task;
      return { ...item, workflow: { ...item.workflow, tasks } };
    }
    case 'generated_image.updated':
      if (item.type !== 'generated_image') return item;
      return { ...item, image: update.image };
    case 'widget.root.updated':
      if (item.type !== 'widget') return item;
      return { ...item, widget: update.widget };
    default:
      // Widget component deltas: the built-in panel renders widgets as their final JSON only.
      return item;
  }
}

/** Folds one stream event into the state. */
export function applyStreamEvent(state: ChatState, event: ThreadStreamEvent): ChatState {
  switch (event.type) {
    case 'thread.created':
    case 'thread.updated':
      return { ...state, thread: withoutItems(event.thread) };
    case 'thread.item.added':
      if (isHiddenItem(event.item)) return state;
      return {
        ...state,
        progress: null,
        items: upsert(state.items, event.item),
        pending: state.pending.includes(event.item.id) ? state.pending : [...state.pending, event.item.id],
      };
    case 'thread.item.updated': {
      const i = state.items.findIndex((x) => x.id === event.item_id);
      if (i === -1) return state;
      const items = state.items.slice();
      items[i] = applyItemUpdate(items[i]!, event.update);
      return { ...state, items };
    }
    case 'thread.item.done':
    case 'thread.item.replaced': {
      if (isHiddenItem(event.item)) return state;
      // The server's copy of the user's message supersedes the optimistic one shown while sending.
      const base =
        event.item.type === 'user_message'
          ? state.items.filter((x) => !x.id.startsWith(OPTIMISTIC_PREFIX))
          : state.items;
      return {
        ...state,
        progress: event.type === 'thread.item.done' ? null : state.progress,
        items: upsert(base, event.item),
        pending: state.pending.filter((id) => id !== event.item.id),
      };
    }
    case 'thread.item.removed':
      return {
        ...state,
        items: state.items.filter((x) => x.id !== event.item_id),
        pending: state.pending.filter((id) => id !== event.item_id),
      };
    case 'stream_options':
      return { ...state, allowCancel: event.stream_options.allow_cancel };
    case 'progress_update':
      return { ...state, progress: { text: event.text, ...(event.icon ? { icon: event.icon } : {}) } };
    case 'error':
      return {
        ...state,
        progress: null,
        error: { message: event.message || DEFAULT_STREAM_ERROR, allowRetry: event.allow_retry, code: event.code },
      };
    case 'notice':
      return {
        ...state,
        notices: [
          ...state.notices,
          { level: event.level, message: event.message, ...(event.title ? { title: event.title } : {}) },
        ],
      };
    case 'client_effect':
      return state;
    default:
      return state;
  }
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'event':
      return applyStreamEvent(state, action.event);
    case 'load':
      return {
        ...emptyChatState,
        thread: action.thread,
        items: action.items.filter((x) => !isHiddenItem(x)),
      };
    case 'stream.start':
      return { ...state, streaming: true, allowCancel: false, error: null, progress: null, notices: [] };
    case 'stream.end':
      // Items still pending when the stream ends were cut off (stop button or dropped connection): keep what arrived.
      return { ...state, streaming: false, allowCancel: false, progress: null, pending: [] };
    case 'optimistic':
      return { ...state, items: [...state.items, action.item] };
    case 'truncate.after': {
      const i = state.items.findIndex((x) => x.id === action.itemId);
      if (i === -1) return state;
      return { ...state, items: state.items.slice(0, i + 1), pending: [] };
    }
    case 'fail':
      return {
        ...state,
        streaming: false,
        allowCancel: false,
        progress: null,
        pending: [],
        items: state.items.filter((x) => !x.id.startsWith(OPTIMISTIC_PREFIX)),
        error: action.error,
      };
    case 'dismiss.error':
      return { ...state, error: null };
    case 'dismiss.notice':
      return { ...state, notices: state.notices.filter((_, i) => i !== action.index) };
    case 'thread.renamed':
      return state.thread ? { ...state, thread: { ...state.thread, title: action.title } } : state;
  }
}

/** The plain text of an assistant message (all output_text parts). */
export function assistantText(item: ThreadItem): string {
  return item.type === 'assistant_message' ? assistantMessageText(item) : '';
}

/** The plain text of a user message (text parts, tags as @text). */
export function userText(item: ThreadItem): string {
  return item.type === 'user_message' ? userMessageText(item) : '';
}
