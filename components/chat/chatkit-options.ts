// Options for the official <openai-chatkit> element, built by a pure function so a test can check them against
// the @openai/chatkit types. Functions (fetch, handlers) come in as deps.
import type { ChatKitOptions } from '@openai/chatkit';
import { IMAGE_MIME_TYPES, SUGGESTED_QUESTIONS, type ChatUiConfig } from './chat-config';
import { ensureOk } from '@/components/ui/api-client';

export type ChatKitOptionDeps = {
  /** Page origin, e.g. https://procmod.example (api.url must be absolute: the element runs in a CDN iframe). */
  origin: string;
  /** fetch that adds the bearer token and metadata.diagram_id (see makeChatKitFetch). */
  fetch: typeof fetch;
  diagramName: string;
  initialThread?: string | null;
  /** Runs client tool calls (diagram proposals) in the modeler and resolves with their outcome. */
  onClientTool?: ChatKitOptions['onClientTool'];
};

export function buildChatKitOptions(cfg: ChatUiConfig, deps: ChatKitOptionDeps) {
  const options = {
    api: {
      url: new URL(cfg.apiUrl, deps.origin).toString(),
      domainKey: cfg.domainKey,
      uploadStrategy: { type: 'two_phase' },
      fetch: deps.fetch,
    },
    theme: {
      colorScheme: 'light',
      radius: 'round',
      density: 'normal',
      color: { accent: { primary: '#1f4fd1', level: 1 } },
      typography: { baseSize: 15 },
    },
    initialThread: deps.initialThread ?? null,
    ...(deps.onClientTool ? { onClientTool: deps.onClientTool } : {}),
    frameTitle: 'Procmod assistant',
    header: { enabled: true, title: { enabled: true } },
    history: { enabled: true, showDelete: true, showRename: true },
    startScreen: {
      greeting: deps.diagramName ? `Ask about ${deps.diagramName}` : 'Ask about your diagram',
      prompts: SUGGESTED_QUESTIONS.map((q) => ({ label: q, prompt: q, icon: 'sparkle' as const })),
    },
    composer: {
      placeholder: 'Ask about your diagram…',
      attachments: {
        enabled: true,
        maxSize: cfg.imageMaxBytes,
        maxCount: 10,
        accept: Object.fromEntries(IMAGE_MIME_TYPES.map((m) => [m, [`.${m.split('/')[1] === 'jpeg' ? 'jpg' : m.split('/')[1]}`]])),
      },
    },
    threadItemActions: { feedback: true, retry: true },
    thread: { autoScroll: true },
  } satisfies ChatKitOptions;
  return options as ChatKitOptions;
}

export type TokenSource = () => Promise<string>;

/**
 * Short-lived bearer tokens from /api/chatkit/token, refreshed a minute before they expire.
 * `mint` is injectable for tests.
 */
export function createTokenSource(
  mint: () => Promise<{ token: string; expires_at: string }> = defaultMint,
  now: () => number = Date.now,
): TokenSource {
  let current: { token: string; expiresAt: number } | null = null;
  let inflight: Promise<string> | null = null;
  return async () => {
    if (current && current.expiresAt - now() > 60_000) return current.token;
    inflight ??= mint()
      .then((r) => {
        current = { token: r.token, expiresAt: Date.parse(r.expires_at) };
        return r.token;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  };
}

async function defaultMint(): Promise<{ token: string; expires_at: string }> {
  const res = await fetch('/api/chatkit/token', { method: 'POST', credentials: 'same-origin' });
  await ensureOk(res, 'Could not start a chat session');
  return res.json();
}

/**
 * The element's api.fetch: bearer token on requests to our API, and `metadata.diagram_id` merged into every
 * JSON protocol body. Other requests (upload PUTs to signed URLs) pass through untouched.
 */
export function makeChatKitFetch(opts: {
  apiUrl: string;
  token: TokenSource;
  diagramId: () => string | null;
  /** Element ids selected on the canvas, sent as metadata.selection ("this/it" in a message). */
  selection?: () => string[];
  baseFetch?: typeof fetch;
}): typeof fetch {
  const base = opts.baseFetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));
  const api = new URL(opts.apiUrl);
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, api);
    if (url.origin !== api.origin || url.pathname !== api.pathname) return base(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set('Authorization', `Bearer ${await opts.token()}`);
    let body = init?.body;
    const diagramId = opts.diagramId();
    const selection = opts.selection?.() ?? [];
    if (diagramId && typeof body === 'string') {
      try {
        const parsed = JSON.parse(body) as { metadata?: Record<string, unknown> };
        if (parsed && typeof parsed === 'object') {
          parsed.metadata = { ...(parsed.metadata ?? {}), diagram_id: diagramId, ...(selection.length ? { selection } : {}) };
          body = JSON.stringify(parsed);
        }
      } catch {
        // not JSON: leave the body alone
      }
    }
    return base(input, { ...init, headers, body });
  };
}
