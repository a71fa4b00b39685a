'use client';
// The official ChatKit web component, talking to our own /api/chatkit with a short-lived bearer token.
import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { COMPOSER_FILES_EVENT, modelerBridge } from '@/components/modeler/modeler-bridge';
import type { ChatUiConfig } from './chat-config';
import { buildChatKitOptions, createTokenSource, makeChatKitFetch } from './chatkit-options';

type Props = { diagramId: string | null; diagramName: string; config: ChatUiConfig };

const lastThreadKey = (diagramId: string | null) => `procmod.chatkit.thread.${diagramId ?? 'none'}`;

export function ChatKitElement({ diagramId, diagramName, config }: Props) {
  const diagramRef = useRef(diagramId);
  diagramRef.current = diagramId;
  const [error, setError] = useState<string | null>(null);

  const options = useMemo(() => {
    const origin = window.location.origin;
    const apiUrl = new URL(config.apiUrl, origin).toString();
    let initialThread: string | null = null;
    try {
      initialThread = window.localStorage.getItem(lastThreadKey(diagramId));
    } catch {
      // storage disabled
    }
    return buildChatKitOptions(config, {
      origin,
      diagramName,
      initialThread,
      fetch: makeChatKitFetch({ apiUrl, token: createTokenSource(), diagramId: () => diagramRef.current }),
      // Citations and @-mentions of elements: read the modeler at the moment they are used.
      elements: { list: () => modelerBridge.listElements?.() ?? [], select: (id) => modelerBridge.selectElement?.(id) ?? false },
    });
    // Options are rebuilt per diagram (new greeting, that diagram's last thread); the fetch reads the ref.
  }, [config, diagramId, diagramName]);

  const chatkit = useChatKit({
    ...options,
    onThreadChange: ({ threadId }) => {
      try {
        if (threadId) window.localStorage.setItem(lastThreadKey(diagramRef.current), threadId);
        else window.localStorage.removeItem(lastThreadKey(diagramRef.current));
      } catch {
        // storage disabled
      }
    },
    onError: ({ error: e }) => setError(e?.message ?? 'The chat hit an error.'),
  });

  // Screenshots from the modeler go straight into the element's composer (it uploads them two-phase).
  const setComposerValue = chatkit.setComposerValue;
  useEffect(() => {
    const onFiles = (e: Event) => {
      const files = (e as CustomEvent<{ files?: File[] }>).detail?.files;
      if (files?.length) void setComposerValue({ files }).catch((err: unknown) => setError(String(err)));
    };
    window.addEventListener(COMPOSER_FILES_EVENT, onFiles);
    return () => window.removeEventListener(COMPOSER_FILES_EVENT, onFiles);
  }, [setComposerValue]);

  return (
    <section className="chat-panel chat-panel-chatkit" aria-label="Chat" data-testid="chat-panel" data-chat-ui="chatkit">
      {error && (
        <div className="chat-fallback-note" role="status">
          <span>{error}</span>
          <button type="button" className="chat-icon-btn" aria-label="Dismiss" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
      <ChatKit control={chatkit.control} className="chat-chatkit" />
    </section>
  );
}
