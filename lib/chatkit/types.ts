// ChatKit wire types (snake_case, as the official client and chatkit-python 1.6.x speak them).
// Reference: the ChatKit protocol notes (docs/chatkit-compat.md lists our choices). Optional fields are omitted on the wire, never sent as null.

// ---------------------------------------------------------------- pages, threads

export type Page<T> = { data: T[]; has_more: boolean; after?: string };

export type ThreadStatus =
  | { type: 'active' }
  | { type: 'locked'; reason?: string }
  | { type: 'closed'; reason?: string };

/** A thread without its items. `metadata` is server-side only and is never serialized to the client. */
export type ThreadMetadata = {
  id: string;
  title?: string;
  created_at: string;
  status: ThreadStatus;
  allowed_image_domains?: string[];
  metadata: Record<string, unknown>;
};

/** What the client receives for a thread: metadata (minus `metadata`) plus a page of items. */
export type Thread = Omit<ThreadMetadata, 'metadata'> & {
  items: Page<ThreadItem>;
};

// ---------------------------------------------------------------- attachments

export type UploadDescriptor = { url: string; method: 'POST' | 'PUT'; headers: Record<string, string> };

type AttachmentBase = {
  id: string;
  name: string;
  mime_type: string;
  upload_descriptor?: UploadDescriptor;
  thread_id?: string;
  /** Server-side only; stripped from every response. */
  metadata?: Record<string, unknown>;
};
export type FileAttachment = AttachmentBase & { type: 'file' };
/** `preview_url` is absolute (signed, expiring); minted on every read. */
export type ImageAttachment = AttachmentBase & { type: 'image'; preview_url: string };
export type Attachment = FileAttachment | ImageAttachment;

// ---------------------------------------------------------------- content

export type InputTextContent = { type: 'input_text'; text: string };
export type InputTagContent = {
  type: 'input_tag';
  id: string;
  text: string;
  data: Record<string, unknown>;
  group?: string;
  interactive: boolean;
};
export type UserMessageContent = InputTextContent | InputTagContent;

export type InferenceOptions = { tool_choice?: { id: string }; model?: string };


type SourceBase = { title: string; description?: string; timestamp?: string; group?: string };
export type URLSource = SourceBase & { type: 'url'; url: string; attribution?: string };
export type FileSource = SourceBase & { type: 'file'; filename: string };
export type EntitySource = SourceBase & {
  type: 'entity';
  id: string;
  icon?: string;
  label?: string;
  inline_label?: string;
  interactive: boolean;
  data: Record<string, unknown>;
};
export type Source = URLSource | FileSource | EntitySource;
export type Annotation = { type: 'annotation'; source: Source; index?: number };

export type AssistantMessageContent = { type: 'output_text'; text: string; annotations: Annotation[] };

// ---------------------------------------------------------------- tasks, workflows, widgets

export type TaskStatusIndicator = 'none' | 'loading' | 'complete';
type TaskBase = { status_indicator: TaskStatusIndicator };
export type CustomTask = TaskBase & { type: 'custom'; title?: string; icon?: string; content?: string };
export type SearchTask = TaskBase & {
  type: 'web_search';
  title?: string;
  title_query?: string;
  queries: string[];
  sources: URLSource[];
};
export type ThoughtTask = TaskBase & { type: 'thought'; title?: string; content: string };
export type FileTask = TaskBase & { type: 'file'; title?: string; sources: FileSource[] };
export type ImageTask = TaskBase & { type: 'image'; title?: string };
export type Task = CustomTask | SearchTask | ThoughtTask | FileTask | ImageTask;

export type WorkflowSummary = { title: string; icon?: string } | { duration: number };
export type Workflow = {
  type: 'custom' | 'reasoning';
  tasks: Task[];
  summary?: WorkflowSummary;
  expanded: boolean;
};

/** A widget tree (Card, ListView or Basic). Kept loose: the server only stores and forwards it. */
export type WidgetRoot = { type: string; [key: string]: unknown };
export type WidgetComponent = { type: string; [key: string]: unknown };

export type Action = { type: string; payload?: unknown };

export type StructuredInputAnswer = { values: string[]; skipped: boolean };
export type StructuredInputQuestion =
  | {
      type: 'multiple_choice';
      id: string;
      question: string;
      options: { value: string }[];
      multiple: boolean;
      answer?: StructuredInputAnswer;
    }
  | { type: 'freeform'; id: string; question: string; description?: string; answer?: StructuredInputAnswer };

// ---------------------------------------------------------------- items

type ItemBase = { id: string; thread_id: string; created_at: string };

export type UserMessageItem = ItemBase & {
  type: 'user_message';
  content: UserMessageContent[];
  attachments: Attachment[];
  quoted_text?: string;
  inference_options: InferenceOptions;
};
export type AssistantMessageItem = ItemBase & { type: 'assistant_message'; content: AssistantMessageContent[] };
export type ClientToolCallItem = ItemBase & {
  type: 'client_tool_call';
  status: 'pending' | 'completed';
  call_id: string;
  name: string;
  arguments: Record<string, unknown>;
  output?: unknown;
};
export type WidgetItem = ItemBase & { type: 'widget'; widget: WidgetRoot; copy_text?: string };
export type GeneratedImageItem = ItemBase & { type: 'generated_image'; image?: { id: string; url: string } };
export type StructuredInputItem = ItemBase & {
  type: 'structured_input';
  status: 'pending' | 'answered' | 'skipped';
  inputs: StructuredInputQuestion[];
};
export type TaskItem = ItemBase & { type: 'task'; task: Task };
export type WorkflowItem = ItemBase & { type: 'workflow'; workflow: Workflow };
export type EndOfTurnItem = ItemBase & { type: 'end_of_turn' };
/** Context for the model only; never sent to the client. */
export type HiddenContextItem = ItemBase & { type: 'hidden_context_item'; content: unknown };
/** Written by the server (e.g. after a cancelled stream); never sent to the client. */
export type SDKHiddenContextItem = ItemBase & { type: 'sdk_hidden_context'; content: string };

export type ThreadItem =
  | UserMessageItem
  | AssistantMessageItem
  | ClientToolCallItem
  | WidgetItem
  | GeneratedImageItem
  | StructuredInputItem
  | TaskItem
  | WorkflowItem
  | EndOfTurnItem
  | HiddenContextItem
  | SDKHiddenContextItem;

export type ThreadItemType = ThreadItem['type'];

export const HIDDEN_ITEM_TYPES: ReadonlySet<ThreadItemType> = new Set(['hidden_context_item', 'sdk_hidden_context']);

export function isHiddenItem(item: { type: string }): boolean {
  return HIDDEN_ITEM_TYPES.has(item.type as ThreadItemType);
}

// ---------------------------------------------------------------- stream events

export type ThreadItemUpdate =
  | { type: 'assistant_message.content_part.added'; content_index: number; content: AssistantMessageContent }
  | { type: 'assistant_message.content_part.text_delta'; content_index: number; delta: string }
  | {
      type: 'assistant_message.content_part.annotation_added';
      content_index: number;
      annotation_index: number;
      annotation: Annotation;
    }
  | { type: 'assistant_message.content_part.done'; content_index: number; content: AssistantMessageContent }
  | { type: 'widget.streaming_text.value_delta'; component_id: string; delta: string; done: boolean }
  | { type: 'widget.root.updated'; widget: WidgetRoot }
  | { type: 'widget.component.updated'; component_id: string; component: WidgetComponent }
  | { type: 'workflow.task.added'; task_index: number; task: Task }
  | { type: 'workflow.task.updated'; task_index: number; task: Task }
  | { type: 'generated_image.updated'; image: { id: string; url: string }; progress?: number };

export type StreamOptions = { allow_cancel: boolean };
export type ErrorCode = 'stream.error' | 'custom' | (string & {});

export type ThreadCreatedEvent = { type: 'thread.created'; thread: Thread };
export type ThreadUpdatedEvent = { type: 'thread.updated'; thread: Thread };
export type ThreadItemAddedEvent = { type: 'thread.item.added'; item: ThreadItem };
export type ThreadItemUpdatedEvent = { type: 'thread.item.updated'; item_id: string; update: ThreadItemUpdate };
export type ThreadItemDoneEvent = { type: 'thread.item.done'; item: ThreadItem };
export type ThreadItemRemovedEvent = { type: 'thread.item.removed'; item_id: string };
export type ThreadItemReplacedEvent = { type: 'thread.item.replaced'; item: ThreadItem };
export type StreamOptionsEvent = { type: 'stream_options'; stream_options: StreamOptions };
export type ProgressUpdateEvent = { type: 'progress_update'; icon?: string; text: string };
export type ClientEffectEvent = { type: 'client_effect'; name: string; data: Record<string, unknown> };
export type ErrorEvent = { type: 'error'; code: ErrorCode; message?: string; allow_retry: boolean };
export type NoticeEvent = { type: 'notice'; level: 'info' | 'warning' | 'danger'; message: string; title?: string };

export type ThreadStreamEvent =
  | ThreadCreatedEvent
  | ThreadUpdatedEvent
  | ThreadItemAddedEvent
  | ThreadItemUpdatedEvent
  | ThreadItemDoneEvent
  | ThreadItemRemovedEvent
  | ThreadItemReplacedEvent
  | StreamOptionsEvent
  | ProgressUpdateEvent
  | ClientEffectEvent
  | ErrorEvent
  | NoticeEvent;

// ---------------------------------------------------------------- requests

// Request types are inferred from the zod schemas in ./schemas (one definition); these are names for them.
export type { ChatKitRequest, ChatKitRequestBody, RequestOf, RequestBodyOf, UserMessageInput } from './schemas';
import type { ChatKitRequest, RequestOf, RequestBodyOf } from './schemas';
export type PageParams = { limit?: number; order?: 'asc' | 'desc'; after?: string };

/** Requests answered with an event stream; the rest get one JSON body. A name that is no request type fails to compile. */
const STREAMING_TYPES = [
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.add_structured_input',
  'threads.retry_after_item',
  'threads.custom_action',
] as const satisfies readonly ChatKitRequest['type'][];
type StreamingType = (typeof STREAMING_TYPES)[number];

export type StreamingReq = RequestOf<StreamingType>;
export type NonStreamingReq = RequestOf<Exclude<ChatKitRequest['type'], StreamingType>>;
/** What a client sends for a streaming / non-streaming request. */
export type StreamingBody = RequestBodyOf<StreamingType>;
export type NonStreamingBody = RequestBodyOf<Exclude<ChatKitRequest['type'], StreamingType>>;
export type ChatKitRequestType = ChatKitRequest['type'];

export const STREAMING_REQUEST_TYPES: ReadonlySet<ChatKitRequestType> = new Set<ChatKitRequestType>(STREAMING_TYPES);

export function isStreamingRequest(req: ChatKitRequest): req is StreamingReq {
  return STREAMING_REQUEST_TYPES.has(req.type);
}

// ---------------------------------------------------------------- non-streaming responses

export type SyncCustomActionResponse = { updated_item?: ThreadItem };
export type TranscriptionResult = { text: string };
