// Options for the official <openai-chatkit> element, built by a pure function so a test can check them against
// the @openai/chatkit types. Functions (fetch, handlers) come in as deps.
import type { ChatKitOptions } from '@openai/chatkit';
import { attachmentTypes, SUGGESTED_QUESTIONS, type ChatUiConfig } from './chat-config';
import { apiJson } from '@/components/ui/api-client';
import type { BridgeElement } from '@/components/modeler/modeler-bridge';
import { elementEntity, entityElementId, searchElements } from './mentions';
import { citationClick } from './citations';

export type ChatKitOptionDeps = {
  /** Page origin, e.g. https://procmod.example (api.url must be absolute: the element runs in a CDN iframe). */
  origin: string;
  /** fetch that adds the bearer token and metadata.diagram_id (see makeChatKitFetch). */
  fetch: typeof fetch;
  diagramName: string;
  initialThread?: string | null;
  /** Elements of the open diagram for @-mentions, and selecting one when a citation or tag is clicked. */
  elements?: { list: () => BridgeElement[]; select: (id: string) => boolean; open?: (href: string) => void };
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
      // Exactly what the server's policy takes (lib/attachments/policy.ts via the page's config), each type with
      // its own limit, so the element refuses what the server would refuse before uploading it.
      attachments: {
        enabled: true,
        maxSize: Object.fromEntries(attachmentTypes(cfg).map((t) => [t.mime, t.maxBytes])),
        maxCount: 10,
        accept: Object.fromEntries(attachmentTypes(cfg).map((t) => [t.mime, t.exts.map((e) => `.${e}`)])),
      },
    },
    threadItemActions: { feedback: true, retry: true },
    thread: { autoScroll: true },
  } satisfies ChatKitOptions;
  if (!deps.elements) return options as ChatKitOptions;
  const { list, select } = deps.elements;
  const entities: NonNullable<ChatKitOptions['entities']> = {
    showComposerMenu: true,
    onTagSearch: async (query) => searchElements(query, list()).map(elementEntity),
    onClick: (entity) => {
      if (!entityElementId(entity)) return;
      // Gone from the diagram now: open the revision the answer cited it in (the same rule as the built-in panel).
      const outcome = citationClick({ id: entity.id, title: entity.title, data: entity.data ?? {} }, select);
      if (outcome.kind === 'revision') (deps.elements?.open ?? ((href) => window.location.assign(href)))(outcome.href);
    },
  };
  return { ...options, entities } as ChatKitOptions;
}

/** Protocol requests that store a user message against the diagram's current revision (or answer it again). */
const SAVE_FIRST = new Set(['threads.create', 'threads.add_user_message', 'threads.retry_after_item']);

type ProtocolBody = { type?: unknown; metadata?: Record<string, unknown> };
function parseBody(body: string): ProtocolBody | null {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as ProtocolBody) : null;
  } catch {
    return null; // not JSON: leave the body alone
  }
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
  return apiJson('POST', '/api/chatkit/token', undefined, 'Could not start a chat session');
}

/**
 * The element's api.fetch: bearer token on requests to our API, and `metadata.diagram_id` merged into every
 * JSON protocol body. Other requests (upload PUTs to signed URLs) pass through untouched.
 */
export function makeChatKitFetch(opts: {
  apiUrl: string;
  token: TokenSource;
  diagramId: () => string | null;
  /** Runs before a request that stores a user message or re-answers one: the modeler saves pending edits, so the
   * server ties the message to the revision on screen (the built-in panel does the same before sending). */
  beforeSend?: () => Promise<void>;
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
    if (typeof body === 'string') {
      const parsed = parseBody(body);
      if (parsed) {
        if (typeof parsed.type === 'string' && SAVE_FIRST.has(parsed.type)) await opts.beforeSend?.().catch(() => {});
        if (diagramId) {
          const selection = opts.selection?.() ?? [];
          parsed.metadata = { ...(parsed.metadata ?? {}), diagram_id: diagramId, ...(selection.length ? { selection } : {}) };
          body = JSON.stringify(parsed);
        }
      }
    }
    return base(input, { ...init, headers, body });
  };
}
