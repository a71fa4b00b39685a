// Server-side half of the chat configuration: read once per request by the workspace page.
import { ALLOWED_TYPES, maxBytesFor } from '@/lib/attachments/policy';
import { env } from '@/lib/env';
import { PLACEHOLDER_DOMAIN_KEY, type ChatUiConfig } from './chat-config';

export function chatUiConfigFromEnv(): ChatUiConfig {
  const e = env();
  return {
    mode: e.CHAT_UI,
    apiUrl: '/api/chatkit',
    scriptUrl: e.CHATKIT_SCRIPT_URL,
    domainKey: e.CHATKIT_DOMAIN_KEY,
    domainKeyConfigured: e.CHATKIT_DOMAIN_KEY !== PLACEHOLDER_DOMAIN_KEY,
    scriptTimeoutMs: e.CHATKIT_SCRIPT_TIMEOUT_MS,
    imageMaxBytes: e.IMAGE_MAX_BYTES,
    fileMaxBytes: e.FILE_MAX_BYTES,
    attachmentTypes: ALLOWED_TYPES.map((t) => ({ mime: t.mime, exts: [...t.exts], maxBytes: maxBytesFor(t, 'chatkit_two_phase') })),
  };
}
