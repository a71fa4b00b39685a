'use client';
// The official ChatKit web component, talking to our own /api/chatkit with a short-lived bearer token.
import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { COMPOSER_FILES_EVENT } from '@/components/modeler/modeler-bridge';
import type { ChatUiConfig } from './chat-config';
import { buildChatKitOptions, createTokenSource, makeChatKitFetch } from './chatkit-options';
import { NewDiagramCard, PROPOSE_NEW_TOOL, PROPOSE_TOOL, ProposalCard, type NewDiagramArgs, type ProposalArgs, type ProposalResult } from './proposal-card';
import { useCanvasSelection } from './selection-chips';

type PendingTool = { name: string; params: Record<string, unknown>; resolve: (r: Record<string, unknown>) => void };

type Props = { diagramId: string | null; diagramName: string; config: ChatUiConfig };

const lastThreadKey = (diagramId: string | null) => `procmod.chatkit.thread.${diagramId ?? 'none'}`;

export function ChatKitElement({ diagramId, diagramName, config }: Props) {
  const diagramRef = useRef(diagramId);
  diagramRef.current = diagramId;
  const [error, setError] = useState<string | null>(null);
  // Proposals from the assistant are reviewed in a card over the element (it cannot render our UI inside).
  const [tool, setTool] = useState<PendingTool | null>(null);
  const selection = useCanvasSelection();
  const selectionRef = useRef<string[]>([]);
  selectionRef.current = selection.elements.map((e) => e.id);

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
      fetch: makeChatKitFetch({ apiUrl, token: createTokenSource(), diagramId: () => diagramRef.current, selection: () => selectionRef.current }),
      onClientTool: ({ name, params }) =>
        name === PROPOSE_TOOL || name === PROPOSE_NEW_TOOL
          ? new Promise<Record<string, unknown>>((resolve) => setTool({ name, params, resolve }))
          : { status: 'failed', errors: [`This app has no client tool "${name}".`] },
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
      {tool && (
        <div className="chat-proposal-floating">
          {tool.name === PROPOSE_TOOL ? (
            <ProposalCard
              args={tool.params as unknown as ProposalArgs}
              status="pending"
              active
              diagramId={diagramId}
              onDone={(result: ProposalResult) => {
                tool.resolve(result as unknown as Record<string, unknown>);
                setTool(null);
              }}
            />
          ) : (
            <NewDiagramCard
              args={tool.params as unknown as NewDiagramArgs}
              status="pending"
              active
              diagramId={diagramId}
              onDone={(result: ProposalResult) => {
                tool.resolve(result as unknown as Record<string, unknown>);
                setTool(null);
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
