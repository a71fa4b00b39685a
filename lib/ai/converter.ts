// The one converter from ChatKit thread items to model input (chatkit-python's ThreadItemConverter is the
// pattern). Pure: no storage, no network — attachments are resolved by the caller and handed in through a hook,
// so the OpenAI responder, the offline analyst (through the turn context), thread titles, the stored plain
// text and the export transcript all read messages the same way. Safe to import from client code.
import type {
  AssistantMessageItem,
  Attachment,
  ClientToolCallItem,
  InputTagContent,
  TaskItem,
  Task,
  ThreadItem,
  UserMessageItem,
  WorkflowItem,
} from '@/lib/chatkit/types';

/** One part of a model message; attachments arrive already read (data URLs), never as our URLs. */
export type ModelContent =
  | { type: 'text'; text: string }
  | { type: 'image'; dataUrl: string }
  | { type: 'file'; dataUrl: string; filename: string }
  /** An attachment not resolved yet (the turn context leaves the choice of what a model may see to the prompt). */
  | { type: 'attachment'; attachmentId: string; name: string };

export type ModelInputItem =
  | { kind: 'message'; role: 'user'; itemId: string; content: ModelContent[] }
  | { kind: 'message'; role: 'assistant'; itemId: string; text: string }
  /** Context the model reads but the user did not write (hidden items, earlier tool activity, tag data). */
  | { kind: 'context'; itemId: string; text: string }
  /** A completed tool call with its output (client tools; pending calls are dropped). */
  | { kind: 'tool_call'; itemId: string; callId: string; name: string; arguments: string; output: string };

export type ConvertOptions = {
  /** Model parts for one attachment; default: a line naming the file. Return [] to leave it out. */
  attachment?: (a: Attachment, message: UserMessageItem) => ModelContent[];
};

/** The element a tag points at, when the tag is an element mention (data.element_id, or the tag id). */
export function tagElementId(tag: InputTagContent): string | null {
  const id = tag.data?.element_id;
  return typeof id === 'string' && id ? id : null;
}

/**
 * The text of a user message as the user wrote it: text parts as they are, tags as `@label`.
 * Used for titles, the stored plain text, the chat bubbles and the transcript.
 */
export function userMessageText(item: Pick<UserMessageItem, 'content'>): string {
  return item.content.map((c) => (c.type === 'input_text' ? c.text : `@${c.text}`)).join('').trim();
}

/**
 * The text of a user message for a responder: element tags carry their id, `@Name (`Task_1`)`, so the analyst
 * and the model look the element up by id instead of guessing from its label. Quoted text comes first.
 */
export function userMessageForModel(item: Pick<UserMessageItem, 'content' | 'quoted_text'>): string {
  const body = item.content
    .map((c) => {
      if (c.type === 'input_text') return c.text;
      const id = tagElementId(c);
      return id ? `@${c.text} (\`${id}\`)` : `@${c.text}`;
    })
    .join('')
    .trim();
  return item.quoted_text ? `> ${item.quoted_text.replace(/\n/g, '\n> ')}\n\n${body}` : body;
}

/** Tag data of a canvas selection the composer carries (ChatKit element mode: the wrapper sets these tags). */
export const SELECTION_TAG_SOURCE = 'selection';
const isSelectionTag = (c: InputTagContent) => c.data?.source === SELECTION_TAG_SOURCE && !!tagElementId(c);

/**
 * The message as a command for the offline edit parser: selection tags are left out (they are what "this"
 * means, see selectedElementIds), other element tags become their quoted id, which the edit planner resolves.
 */
export function userMessageAsCommand(item: Pick<UserMessageItem, 'content'>): string {
  return item.content
    .map((c) => (c.type === 'input_text' ? c.text : isSelectionTag(c) ? ' ' : tagElementId(c) ? ` "${tagElementId(c)}" ` : c.text))
    .join('')
    // Collapse spaces a tag left behind, but keep line breaks: a step list ("1. …\n2. …") is read line by line.
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** Element ids of the selection tags in a message, in order, without repeats. */
export function selectedElementIds(item: Pick<UserMessageItem, 'content'>): string[] {
  return [...new Set(item.content.flatMap((c) => (c.type === 'input_tag' && isSelectionTag(c) ? [tagElementId(c)!] : [])))];
}

/** Element ids the user @-mentioned in a message, in order, without repeats. */
export function mentionedElementIds(item: Pick<UserMessageItem, 'content'>): string[] {
  const ids = item.content.flatMap((c) => (c.type === 'input_tag' ? [tagElementId(c)].filter((x): x is string => !!x) : []));
  return [...new Set(ids)];
}

export function assistantMessageText(item: Pick<AssistantMessageItem, 'content'>): string {
  return item.content.map((c) => c.text).join('\n\n');
}

/** One line for a task: its title, else its content, else its kind. */
export function taskText(t: Task): string {
  const title = 'title' in t && t.title ? t.title : '';
  const content = 'content' in t && t.content ? t.content : '';
  if (title && content && content !== title) return `${title} — ${content}`;
  return title || content || t.type;
}

/** A workflow as lines: tool activity (custom tasks) or reasoning (thoughts). */
export function workflowLines(item: Pick<WorkflowItem, 'workflow'>): string[] {
  return item.workflow.tasks.map(taskText);
}

export function clientToolCallText(item: ClientToolCallItem): string {
  const out = item.status === 'completed' ? ` → ${compactJson(item.output)}` : ' (waiting for the browser)';
  return `${item.name}(${compactJson(item.arguments)})${out}`;
}

/** Plain text of any item, for storage search and admin lists ('' when it has none). */
export function itemPlainText(item: ThreadItem): string {
  switch (item.type) {
    case 'user_message': return userMessageText(item);
    case 'assistant_message': return assistantMessageText(item).trim();
    case 'sdk_hidden_context': return item.content;
    default: return '';
  }
}

/** The whole thread as model input, oldest first. */
export function toModelInput(items: ThreadItem[], opts: ConvertOptions = {}): ModelInputItem[] {
  const out: ModelInputItem[] = [];
  const lastUser = [...items].reverse().find((i) => i.type === 'user_message')?.id;
  for (const item of items) out.push(...convertItem(item, { ...opts, isLastUser: item.id === lastUser }));
  return out;
}

function convertItem(item: ThreadItem, opts: ConvertOptions & { isLastUser: boolean }): ModelInputItem[] {
  switch (item.type) {
    case 'user_message':
      return userMessageToInput(item, opts);
    case 'assistant_message': {
      const text = assistantMessageText(item).trim();
      return text ? [{ kind: 'message', role: 'assistant', itemId: item.id, text }] : [];
    }
    case 'hidden_context_item': {
      const text = typeof item.content === 'string' ? item.content : compactJson(item.content, 4000);
      return text ? [{ kind: 'context', itemId: item.id, text }] : [];
    }
    case 'sdk_hidden_context':
      return item.content ? [{ kind: 'context', itemId: item.id, text: item.content }] : [];
    case 'client_tool_call':
      if (item.status !== 'completed') return [];
      return [{ kind: 'tool_call', itemId: item.id, callId: item.call_id, name: item.name, arguments: JSON.stringify(shortenLongStrings(item.arguments ?? {})), output: compactJson(item.output ?? null, 20_000) }];
    case 'workflow': {
      if (item.workflow.type === 'reasoning') return []; // the model's own thoughts are not replayed
      const lines = workflowLines(item);
      return lines.length ? [{ kind: 'context', itemId: item.id, text: `Diagram queries made for the answer that follows:\n${lines.map((l) => `- ${l}`).join('\n')}` }] : [];
    }
    case 'task':
      return taskItemToInput(item);
    case 'widget':
      return item.copy_text ? [{ kind: 'context', itemId: item.id, text: `A widget was shown to the user: ${item.copy_text}` }] : [];
    default:
      return [];
  }
}

function userMessageToInput(item: UserMessageItem, opts: ConvertOptions & { isLastUser: boolean }): ModelInputItem[] {
  // Quoted text only matters for the message being answered (chatkit-python does the same).
  const text = userMessageForModel(opts.isLastUser ? item : { ...item, quoted_text: undefined });
  const content: ModelContent[] = [{ type: 'text', text: text || '(no text; see the attachments)' }];
  for (const a of item.attachments) {
    content.push(...(opts.attachment ? opts.attachment(a, item) : [{ type: 'text' as const, text: `(attached ${a.type === 'image' ? 'image' : 'file'} "${a.name}", ${a.mime_type})` }]));
  }
  const out: ModelInputItem[] = [{ kind: 'message', role: 'user', itemId: item.id, content }];
  const tags = item.content.filter((c): c is InputTagContent => c.type === 'input_tag');
  if (tags.length) {
    const lines = tags.map((t) => `- @${t.text}: ${compactJson(t.data ?? {}, 1000)}`);
    out.push({ kind: 'context', itemId: item.id, text: `The user mentioned these items (tag data):\n${lines.join('\n')}` });
  }
  return out;
}

function taskItemToInput(item: TaskItem): ModelInputItem[] {
  const text = taskText(item.task);
  return text ? [{ kind: 'context', itemId: item.id, text: `Activity: ${text}` }] : [];
}

/** Stored tool arguments can hold a whole diagram (a generated process's XML): replayed on every later turn it
 *  would cost the model's context for nothing, so long strings are replaced by a note; the JSON stays valid. */
const REPLAY_STRING_MAX = 2000;
function shortenLongStrings(v: unknown): unknown {
  if (typeof v === 'string') return v.length > REPLAY_STRING_MAX ? `(${v.length} characters, left out of the replay)` : v;
  if (Array.isArray(v)) return v.map(shortenLongStrings);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shortenLongStrings(x)]));
  return v;
}

export function compactJson(v: unknown, max = 2000): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
