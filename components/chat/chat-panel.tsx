'use client';
// The chat side panel: the official ChatKit element or the built-in panel (CHAT_UI=auto|chatkit|builtin).
// `auto` tries the ChatKit script for a few seconds — only when a registered domain key is configured, so the CDN is
// not contacted for nothing — and falls back to the built-in panel, saying so discreetly.
import { useEffect, useState } from 'react';
import { BuiltinChatPanel } from './builtin-panel';
import { defaultChatUiConfig, initialChatUi, type ChatUiConfig } from './chat-config';
import { ChatKitElement } from './chatkit-element';
import { loadChatKitScript } from './chatkit-script';
import './chat.css';

export type ChatPanelProps = {
  diagramId: string | null;
  diagramName: string;
  /** From the server page: `chatUiConfigFromEnv()` (components/chat/chat-config.server.ts). Default: built-in. */
  config?: ChatUiConfig;
};

export const FALLBACK_NOTE = 'Using the built-in chat panel (the ChatKit script could not load).';

export function ChatPanel({ diagramId, diagramName, config = defaultChatUiConfig }: ChatPanelProps) {
  const start = initialChatUi(config);
  const [ui, setUi] = useState<'loading' | 'chatkit' | 'builtin' | 'fallback' | 'failed'>(start === 'builtin' ? 'builtin' : 'loading');

  useEffect(() => {
    if (start === 'builtin') {
      setUi('builtin');
      return;
    }
    let live = true;
    setUi('loading');
    void loadChatKitScript(config.scriptUrl, config.scriptTimeoutMs).then((r) => {
      if (!live) return;
      if (r === 'ready') setUi('chatkit');
      else setUi(config.mode === 'auto' ? 'fallback' : 'failed');
    });
    return () => {
      live = false;
    };
  }, [start, config.mode, config.scriptUrl, config.scriptTimeoutMs]);

  if (ui === 'loading') {
    return (
      <section className="chat-panel" aria-label="Chat" aria-busy data-testid="chat-panel" data-chat-ui="loading">
        <div className="chat-skeleton">
          <span className="sk sk-left" />
          <span className="sk sk-right" />
          <span className="sk sk-left sk-short" />
        </div>
      </section>
    );
  }
  if (ui === 'chatkit') return <ChatKitElement diagramId={diagramId} diagramName={diagramName} config={config} />;
  if (ui === 'failed') {
    return (
      <section className="chat-panel" aria-label="Chat" data-testid="chat-panel" data-chat-ui="failed">
        <div className="chat-center">
          <div className="alert alert-error">
            The ChatKit script could not load from {new URL(config.scriptUrl).host}. This server is set to
            CHAT_UI=chatkit; set CHAT_UI=auto or builtin to use the built-in panel when OpenAI&apos;s CDN is unreachable.
          </div>
        </div>
      </section>
    );
  }
  return (
    <BuiltinChatPanel
      key={config.apiUrl}
      diagramId={diagramId}
      diagramName={diagramName}
      config={config}
      notice={ui === 'fallback' ? FALLBACK_NOTE : null}
    />
  );
}

export default ChatPanel;
