// A small typed client for our ChatKit endpoint (POST /api/chatkit), used by the built-in panel and by tests.
// JSON requests return the parsed body; streaming requests yield ThreadStreamEvents parsed from `data:` frames.
// Every failure surfaces as ApiError (lib/api-error.ts) carrying the server's own message.
import { ApiError, errorFromResponse, isAbortError } from '@/lib/api-error';
import { readSseJson } from './client-sse';
import type {
  Attachment,
  ChatKitRequestBody,
  NonStreamingBody,
  Page,
  StreamingBody,
  Thread,
  ThreadItem,
  ThreadStreamEvent,
  UserMessageInput,
} from './types';

export type ChatKitClientOptions = {
  /** Endpoint; relative URLs resolve against the page (same origin: the session cookie goes along). */
  url?: string;
  fetch?: typeof fetch;
  /** Extra headers per request (e.g. Authorization for tests or other origins). */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Merged into every request's `metadata` (the panel sends { diagram_id }). */
  metadata?: () => Record<string, unknown>;
};

type ResponseOf<T extends NonStreamingBody['type']> = T extends 'threads.list'
  ? Page<Thread>
  : T extends 'threads.get_by_id' | 'threads.update'
    ? Thread
    : T extends 'items.list'
      ? Page<ThreadItem>
      : T extends 'attachments.create'
        ? Attachment
        : T extends 'input.transcribe'
          ? { text: string }
          : T extends 'threads.sync_custom_action'
            ? { updated_item?: ThreadItem }
            : Record<string, never>;

export function createChatKitClient(opts: ChatKitClientOptions = {}) {
  const url = opts.url ?? '/api/chatkit';
  const doFetch = opts.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));

  async function post(req: ChatKitRequestBody, accept: string, signal?: AbortSignal): Promise<Response> {
    const metadata = { ...(opts.metadata?.() ?? {}), ...(req.metadata ?? {}) };
    const body = JSON.stringify({ ...req, metadata });
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, ...((await opts.headers?.()) ?? {}) },
        body,
        signal,
        credentials: 'same-origin',
      });
    } catch (err) {
      if (isAbortError(err)) throw new ApiError('Stopped.', 0, 'aborted');
      throw new ApiError('Could not reach the chat server. Check your connection and try again.', 0, 'network');
    }
    if (!res.ok) throw await errorFromResponse(res, 'The chat server refused the request.');
    return res;
  }

  /** A non-streaming request; resolves with the JSON body. */
  async function request<R extends NonStreamingBody>(req: R, signal?: AbortSignal): Promise<ResponseOf<R['type']>> {
    const res = await post(req, 'application/json', signal);
    try {
      return (await res.json()) as ResponseOf<R['type']>;
    } catch {
      throw new ApiError('The chat server sent an unreadable answer.', res.status, 'protocol');
    }
  }

  /** A streaming request; yields events until the server ends the body. Abort via `signal`. */
  async function* stream(req: StreamingBody, signal?: AbortSignal): AsyncGenerator<ThreadStreamEvent> {
    const res = await post(req, 'text/event-stream', signal);
    const type = res.headers.get('content-type') ?? '';
    if (!type.includes('text/event-stream') || !res.body) {
      throw new ApiError('The chat server did not answer with an event stream.', res.status, 'protocol');
    }
    try {
      yield* readSseJson<ThreadStreamEvent>(res.body);
    } catch (err) {
      if (isAbortError(err) || signal?.aborted) throw new ApiError('Stopped.', 0, 'aborted');
      if (err instanceof ApiError) throw err;
      throw new ApiError(
        err instanceof Error && err.message.startsWith('The chat server') ? err.message : 'The connection to the chat server was lost.',
        0,
        'network',
      );
    }
  }

  const text = (value: string): UserMessageInput => ({
    content: [{ type: 'input_text', text: value }],
    attachments: [],
    inference_options: {},
  });

  return {
    url,
    request,
    stream,
    /** Builds a UserMessageInput from text and attachment ids. */
    input(value: string, attachmentIds: string[] = []): UserMessageInput {
      return { ...text(value), attachments: attachmentIds };
    },
    createThread: (input: UserMessageInput, metadata?: Record<string, unknown>, signal?: AbortSignal) =>
      stream({ type: 'threads.create', params: { input }, ...(metadata ? { metadata } : {}) }, signal),
    addUserMessage: (threadId: string, input: UserMessageInput, signal?: AbortSignal) =>
      stream({ type: 'threads.add_user_message', params: { thread_id: threadId, input } }, signal),
    retryAfterItem: (threadId: string, itemId: string, signal?: AbortSignal) =>
      stream({ type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: itemId } }, signal),
    /** `allDiagrams`: every thread of the user, not only the open diagram's (the server filters by metadata.diagram_id). */
    listThreads: (params: { limit?: number; order?: 'asc' | 'desc'; after?: string } = {}, signal?: AbortSignal, opts: { allDiagrams?: boolean } = {}) =>
      request({ type: 'threads.list', params, ...(opts.allDiagrams ? { metadata: { diagram_id: null } } : {}) }, signal),
    getThread: (threadId: string, signal?: AbortSignal) =>
      request({ type: 'threads.get_by_id', params: { thread_id: threadId } }, signal),
    listItems: (
      threadId: string,
      params: { limit?: number; order?: 'asc' | 'desc'; after?: string } = {},
      signal?: AbortSignal,
    ) => request({ type: 'items.list', params: { thread_id: threadId, ...params } }, signal),
    renameThread: (threadId: string, title: string) =>
      request({ type: 'threads.update', params: { thread_id: threadId, title } }),
    deleteThread: (threadId: string) => request({ type: 'threads.delete', params: { thread_id: threadId } }),
    feedback: (threadId: string, itemIds: string[], kind: 'positive' | 'negative') =>
      request({ type: 'items.feedback', params: { thread_id: threadId, item_ids: itemIds, kind } }),
    createAttachment: (file: { name: string; size: number; type: string }) =>
      request({ type: 'attachments.create', params: { name: file.name, size: file.size, mime_type: file.type } }),
    deleteAttachment: (attachmentId: string) =>
      request({ type: 'attachments.delete', params: { attachment_id: attachmentId } }),
  };
}

export type ChatKitClient = ReturnType<typeof createChatKitClient>;

/**
 * Every visible item of a thread, oldest first: `get_by_id` returns the first 20 ascending; later pages are
 * fetched with items.list (asc, after the last id) until has_more is false.
 */
export async function loadWholeThread(client: ChatKitClient, threadId: string, signal?: AbortSignal) {
  const thread = await client.getThread(threadId, signal);
  const items = [...thread.items.data];
  let page = thread.items;
  while (page.has_more && items.length) {
    page = await client.listItems(threadId, { order: 'asc', limit: 100, after: items[items.length - 1]!.id }, signal);
    items.push(...page.data);
  }
  return { thread, items };
}
