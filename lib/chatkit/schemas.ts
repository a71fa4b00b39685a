// zod schemas for every ChatKit request. Lenient like pydantic (unknown fields are dropped, null = absent),
// strict where it matters: ids must be well formed (malformed → 400 naming the field, unknown → 404 later).
import { z } from 'zod';
import { isWellFormedId, type IdPrefix } from '@/lib/ids';
import type { UserMessageContent } from './types';

export const MAX_PAGE_SIZE = 100;
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;
export const MAX_TITLE_LENGTH = 200;

const id = (prefix?: IdPrefix) =>
  z.string().refine((v) => isWellFormedId(v, prefix), { message: `not a valid ${prefix ?? 'item'} id` });

const threadId = id('thr');
const itemId = id();
const attachmentId = id('atc');

/** Optional that also accepts null (the client and Python treat them alike). */
const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined).optional();

const record = z.record(z.string(), z.unknown());

const pageParams = (cursor: z.ZodType<string>) => ({
  limit: opt(z.number().int().min(1)).transform((v) => (v === undefined ? undefined : Math.min(v, MAX_PAGE_SIZE))),
  order: opt(z.enum(['asc', 'desc'])),
  after: opt(cursor),
});

const userMessageContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('input_text'), text: z.string().max(100_000) }),
  z.object({
    type: z.literal('input_tag'),
    id: z.string().max(200),
    text: z.string().max(1000),
    data: opt(record).transform((v) => v ?? {}),
    group: opt(z.string().max(200)),
    interactive: opt(z.boolean()).transform((v) => v ?? false),
  }),
]);

export const userMessageInputSchema = z
  .object({
    content: z.array(userMessageContent).max(100),
    attachments: opt(z.array(attachmentId).max(MAX_ATTACHMENTS_PER_MESSAGE)).transform((v) => v ?? []),
    quoted_text: opt(z.string().max(100_000)),
    inference_options: opt(
      z.object({ tool_choice: opt(z.object({ id: z.string().max(200) })), model: opt(z.string().max(200)) }),
    ).transform((v) => v ?? {}),
  })
  .refine((input) => input.attachments.length > 0 || input.content.some((c) => c.text.trim() !== ''), {
    message: 'the message is empty (send some text or an attachment)',
    path: ['content'],
  });

const action = z.object({ type: z.string().min(1).max(200), payload: z.unknown().optional() });

const req = <T extends string, P extends z.ZodRawShape>(type: T, params: P) =>
  z.object({
    type: z.literal(type),
    params: z.object(params),
    metadata: opt(record).transform((v) => v ?? {}),
  });

export const chatKitRequestSchema = z.discriminatedUnion('type', [
  req('threads.create', { input: userMessageInputSchema }),
  req('threads.add_user_message', { thread_id: threadId, input: userMessageInputSchema }),
  req('threads.add_client_tool_output', { thread_id: threadId, result: z.unknown() }),
  req('threads.add_structured_input', {
    thread_id: threadId,
    item_id: itemId,
    input: z.object({
      status: z.enum(['answered', 'skipped']),
      answers: z.record(z.string(), z.object({ values: z.array(z.string()), skipped: z.boolean() })),
    }),
  }),
  req('threads.retry_after_item', { thread_id: threadId, item_id: itemId }),
  req('threads.custom_action', { thread_id: threadId, item_id: opt(itemId), action }),
  req('threads.sync_custom_action', { thread_id: threadId, item_id: opt(itemId), action }),
  req('threads.get_by_id', { thread_id: threadId }),
  req('threads.list', pageParams(threadId)),
  req('threads.update', { thread_id: threadId, title: z.string().trim().max(MAX_TITLE_LENGTH) }),
  req('threads.delete', { thread_id: threadId }),
  req('items.list', { thread_id: threadId, ...pageParams(itemId) }),
  req('items.feedback', {
    thread_id: threadId,
    item_ids: z.array(itemId).min(1).max(100),
    kind: z.enum(['positive', 'negative']),
  }),
  req('attachments.create', {
    name: z.string().min(1).max(1000),
    size: z.number().int().min(0),
    mime_type: z.string().max(200),
  }),
  req('attachments.delete', { attachment_id: attachmentId }),
  req('input.transcribe', { audio_base64: z.string(), mime_type: z.string().max(200) }),
]);

/** A request as the server handles it: parsed, null stripped, defaults filled in. The one definition of each request. */
export type ChatKitRequest = z.output<typeof chatKitRequestSchema>;
/** A request as a client may send it (optional fields may be left out or null). */
export type ChatKitRequestBody = z.input<typeof chatKitRequestSchema>;
export type RequestOf<T extends ChatKitRequest['type']> = Extract<ChatKitRequest, { type: T }>;
export type RequestBodyOf<T extends ChatKitRequest['type']> = Extract<ChatKitRequestBody, { type: T }>;
/** The `input` param of threads.create / threads.add_user_message. `attachments` are ids. */
export type UserMessageInput = z.output<typeof userMessageInputSchema>;

// Compile-time check: parsed message content is exactly what user message items store (types.ts).
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _ContentIsStorable = Assert<Same<UserMessageInput['content'][number], UserMessageContent>>;
