'use client';

/** Chat side panel (minimal placeholder; the full built-in panel replaces it). */
export type ChatPanelProps = { diagramId: string | null; diagramName: string };

export function ChatPanel({ diagramId, diagramName }: ChatPanelProps) {
  return (
    <aside className="chat-panel" aria-label="Chat" data-diagram-id={diagramId ?? ''}>
      <p className="empty-state">Ask about {diagramName || 'your diagram'}.</p>
    </aside>
  );
}

export default ChatPanel;
