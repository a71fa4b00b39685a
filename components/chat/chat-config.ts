// What the chat panel needs from the server's configuration. Client components cannot read env, so the
// workspace page builds this with `chatUiConfigFromEnv()` (chat-config.server.ts) and passes it down.

export type ChatUiMode = 'auto' | 'chatkit' | 'builtin';

export type ChatUiConfig = {
  mode: ChatUiMode;
  /** Protocol endpoint; relative is resolved against the page origin. */
  apiUrl: string;
  scriptUrl: string;
  domainKey: string;
  /** CHATKIT_DOMAIN_KEY was set to a registered key (not the localhost placeholder). */
  domainKeyConfigured?: boolean;
  scriptTimeoutMs: number;
  imageMaxBytes: number;
  fileMaxBytes: number;
  /** What the server accepts from the chat (lib/attachments/policy.ts), with each type's size limit. */
  attachmentTypes?: AttachmentTypeInfo[];
};

export type AttachmentTypeInfo = { mime: string; exts: string[]; maxBytes: number };

/** The server's accepted types, or (without them) the images and files the policy has always accepted. */
export function attachmentTypes(cfg: ChatUiConfig): AttachmentTypeInfo[] {
  if (cfg.attachmentTypes?.length) return cfg.attachmentTypes;
  return [
    ...IMAGE_MIME_TYPES.map((mime) => ({ mime, exts: mime === 'image/jpeg' ? ['jpg', 'jpeg'] : [mime.split('/')[1]!], maxBytes: cfg.imageMaxBytes })),
    ...(
      [
        ['application/pdf', ['pdf']],
        ['text/plain', ['txt']],
        ['text/markdown', ['md', 'markdown']],
        ['text/csv', ['csv']],
        ['application/json', ['json']],
        ['application/bpmn+xml', ['bpmn']],
        ['application/xml', ['xml']],
      ] as const
    ).map(([mime, exts]) => ({ mime, exts: [...exts], maxBytes: cfg.fileMaxBytes })),
  ];
}

/** An <input accept> value: every MIME type and extension the server takes. */
export function acceptAttribute(cfg: ChatUiConfig): string {
  const types = attachmentTypes(cfg);
  return [...types.map((t) => t.mime), ...types.flatMap((t) => t.exts.map((e) => `.${e}`))].join(',');
}

/** The placeholder CHATKIT_DOMAIN_KEY (lib/env.ts default): the element accepts it on localhost only. */
export const PLACEHOLDER_DOMAIN_KEY = 'domain_pk_localhost_dev';

/**
 * Which panel to show without contacting OpenAI's CDN first. `auto` tries the element only when it can work here:
 * a registered domain key is configured. Otherwise every page load would fetch the CDN script for nothing.
 */
export function initialChatUi(cfg: ChatUiConfig): 'builtin' | 'try-element' {
  if (cfg.mode === 'builtin') return 'builtin';
  if (cfg.mode === 'chatkit') return 'try-element';
  return cfg.domainKeyConfigured ? 'try-element' : 'builtin';
}

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;

export const defaultChatUiConfig: ChatUiConfig = {
  mode: 'builtin',
  apiUrl: '/api/chatkit',
  scriptUrl: 'https://cdn.platform.openai.com/deployments/chatkit/chatkit.js',
  domainKey: 'domain_pk_localhost_dev',
  scriptTimeoutMs: 4000,
  imageMaxBytes: 10 * 1024 * 1024,
  fileMaxBytes: 10 * 1024 * 1024,
};

export const SUGGESTED_QUESTIONS = [
  'Summarise this process',
  'Is anything wrong with my diagram?',
  'How many tasks are there?',
] as const;
