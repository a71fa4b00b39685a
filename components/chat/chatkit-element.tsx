'use client';
// The official ChatKit web component, talking to our own /api/chatkit with a short-lived bearer token.
import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useModelerBridge } from '@/components/modeler/bridge-context';
import type { ChatUiConfig } from './chat-config';
import { buildChatKitOptions, createTokenSource, makeChatKitFetch } from './chatkit-options';
import { ClientToolCard, DoneEntry, isProposalTool, type ProposalResult } from './proposal-card';
import { runClientEffect } from './client-effects';
import { useCanvasSelection } from './selection-chips';
import { selectionTags } from './mentions';

type PendingTool = { name: string; params: Record<string, unknown>; resolve: (r: Record<string, unknown>) => void };

type Props = { diagramId: string | null; diagramName: string; config: ChatUiConfig };

const lastThreadKey = (diagramId: string | null) => `procmod.chatkit.thread.${diagramId ?? 'none'}`;
function readLastThread(diagramId: string | null): string | null {
  try {
    return window.localStorage.getItem(lastThreadKey(diagramId));
  } catch {
    return null; // storage disabled
  }
}
function writeLastThread(diagramId: string | null, threadId: string | null) {
  try {
    if (threadId) window.localStorage.setItem(lastThreadKey(diagramId), threadId);
    else window.localStorage.removeItem(lastThreadKey(diagramId));
  } catch {
    // storage disabled
  }
}

export function ChatKitElement({ diagramId, diagramName, config }: Props) {
  const diagramRef = useRef(diagramId);
  diagramRef.current = diagramId;
  const [error, setError] = useState<string | null>(null);
  // The thread we asked the element to show after a diagram switch; thread.change events for any other thread
  // until it arrives belong to the previous diagram and must not be filed under the new one.
  const switching = useRef<{ threadId: string | null } | null>(null);
  const token = useMemo(() => createTokenSource(), []);
  // Proposals from the assistant are reviewed in a card over the element (it cannot render our UI inside); once
  // answered, the card becomes the change entry (with its diff link) until dismissed or the next proposal.
  const [tool, setTool] = useState<PendingTool | null>(null);
  const [done, setDone] = useState<ProposalResult | null>(null);
  const bridge = useModelerBridge();
  const selection = useCanvasSelection();

  const options = useMemo(() => {
    const origin = window.location.origin;
    const apiUrl = new URL(config.apiUrl, origin).toString();
    return buildChatKitOptions(config, {
      origin,
      diagramName,
      initialThread: readLastThread(diagramRef.current),
      fetch: makeChatKitFetch({ apiUrl, token, diagramId: () => diagramRef.current, beforeSend: bridge.flushSave }),
      onClientTool: ({ name, params }) =>
        isProposalTool(name)
          ? new Promise<Record<string, unknown>>((resolve) => {
              setDone(null);
              setTool({ name, params, resolve });
            })
          : { status: 'failed', errors: [`This app has no client tool "${name}".`] },
      // Citations and @-mentions of elements: read the modeler at the moment they are used.
      elements: {
        list: () => bridge.listElements(),
        select: (id) => bridge.selectElements([id]).length > 0,
        // A cited element that is gone: save what is drawn, then open the revision view.
        open: (href) => void bridge.flushSave().finally(() => window.location.assign(href)),
      },
    });
    // initialThread only applies at first mount; later diagram switches go through setThreadId below.
  }, [config, diagramName, token, bridge]);

  const chatkit = useChatKit({
    ...options,
    onThreadChange: ({ threadId }) => {
      const s = switching.current;
      if (s) {
        if (threadId !== s.threadId) return;
        switching.current = null;
      }
      writeLastThread(diagramRef.current, threadId);
    },
    onError: ({ error: e }) => setError(e?.message ?? 'The chat hit an error.'),
    // Server-sent UI effects (e.g. highlight_elements), the same handler as the built-in panel's.
    onEffect: ({ name, data }) => {
      runClientEffect(name, data, diagramRef.current);
    },
  });

  // Another diagram opened in the same page: show its last conversation (or a new one).
  const { setThreadId } = chatkit;
  const shownFor = useRef(diagramId);
  useEffect(() => {
    if (shownFor.current === diagramId) return;
    shownFor.current = diagramId;
    const target = readLastThread(diagramId);
    switching.current = { threadId: target };
    void setThreadId(target).catch(() => {
      switching.current = null;
    });
  }, [diagramId, setThreadId]);

  // Screenshots from the modeler go straight into the element's composer (it uploads them two-phase), then the
  // composer gets the focus, as OpenAI's samples do. Screenshots taken before the element was ready are queued
  // by the bridge and delivered here.
  const { setComposerValue, focusComposer } = chatkit;
  useEffect(
    () =>
      bridge.onComposerFiles((files) => {
        void setComposerValue({ files })
          .then(() => focusComposer())
          .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
      }),
    [bridge, setComposerValue, focusComposer],
  );

  // The canvas selection becomes entity tags in the element's composer (the built-in panel shows chips): the
  // user sees and can remove them, and the message carries them, so "this" means the tagged elements. Only a
  // new, non-empty selection is put in: the element has no way to read typed text, and clearing the selection
  // should not wipe what the user wrote.
  const selected = selection.elements;
  const lastTags = useRef('');
  useEffect(() => {
    if (!selected.length) return;
    const key = selected.map((e) => e.id).join(' ');
    if (key === lastTags.current) return;
    const t = window.setTimeout(() => {
      lastTags.current = key;
      void setComposerValue({ content: selectionTags(selected) }).catch(() => {
        lastTags.current = ''; // not ready yet; the next selection change tries again
      });
    }, 250);
    return () => window.clearTimeout(t);
  }, [selected, setComposerValue]);

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
      {tool ? (
        <div className="chat-proposal-floating">
          <ClientToolCard
            name={tool.name}
            args={tool.params}
            status="pending"
            active
            diagramId={diagramId}
            onDone={(result: ProposalResult) => {
              tool.resolve(result as unknown as Record<string, unknown>);
              setTool(null);
              if (result.status === 'applied') setDone(result);
            }}
          />
        </div>
      ) : (
        done && (
          <div className="chat-proposal-floating is-entry" data-testid="proposal-entry-floating">
            <DoneEntry output={done} diagramId={diagramId} />
            <button type="button" className="chat-icon-btn" aria-label="Dismiss the change note" onClick={() => setDone(null)}>
              ×
            </button>
          </div>
        )
      )}
    </section>
  );
}
