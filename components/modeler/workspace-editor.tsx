'use client';
// The editor screen: modeler on the left, chat panel on the right, a keyboard-accessible drag handle between
// them; the chat pane can collapse to a rail. The chat never overlays the canvas (the bpmn.io watermark stays visible).
import './workspace.css';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ChatPanel } from '@/components/chat/chat-panel';
import type { ChatUiConfig } from '@/components/chat/chat-config';
import { COMPOSER_FILES_EVENT } from './modeler-bridge';
import { CHAT_MIN, clampChatWidth, useSplit } from './use-split';
import { IconPanelRight } from './icons';
import type { OpenDiagram } from './bpmn-modeler';

const BpmnModeler = dynamic(() => import('./bpmn-modeler'), {
  ssr: false,
  loading: () => (
    <div className="pm-loading" data-testid="modeler-loading">
      <div className="pm-spinner" />
      Loading the modeler…
    </div>
  ),
});

export function WorkspaceEditor({ diagram, chatConfig }: { diagram: OpenDiagram; chatConfig?: ChatUiConfig }) {
  const [name, setName] = useState(diagram.name);
  const { width, collapsed, update } = useSplit();
  const [resizing, setResizing] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => setName(diagram.name), [diagram.id, diagram.name]);

  const total = () => mainRef.current?.clientWidth ?? window.innerWidth;
  const effectiveWidth = typeof window === 'undefined' ? width : clampChatWidth(width, total());

  // A screenshot goes to the composer: make sure the chat is open to receive it.
  useEffect(() => {
    const open = () => update({ collapsed: false });
    window.addEventListener(COMPOSER_FILES_EVENT, open);
    return () => window.removeEventListener(COMPOSER_FILES_EVENT, open);
  }, [update]);

  // Keep the split valid when the window shrinks.
  const [, forceRender] = useState(0);
  useEffect(() => {
    const onResize = () => forceRender((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const onPointerDown = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      e.preventDefault();
      const handle = e.currentTarget;
      handle.setPointerCapture(e.pointerId);
      setResizing(true);
      const right = mainRef.current!.getBoundingClientRect().right;
      const move = (ev: PointerEvent) => update({ width: clampChatWidth(right - ev.clientX, total()) });
      const up = () => {
        setResizing(false);
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        window.dispatchEvent(new Event('resize'));
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    },
    [update],
  );

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 64 : 16;
    const set = (w: number) => {
      e.preventDefault();
      update({ width: clampChatWidth(w, total()) });
    };
    if (e.key === 'ArrowLeft') set(effectiveWidth + step);
    else if (e.key === 'ArrowRight') set(effectiveWidth - step);
    else if (e.key === 'Home') set(total());
    else if (e.key === 'End') set(CHAT_MIN);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      update({ collapsed: true });
    }
  };

  return (
    <main className={`workspace${resizing ? ' is-resizing' : ''}`} data-testid="workspace" ref={mainRef}>
      <h1 className="sr-only">{name || 'Diagram'}</h1>
      <section className="pane-modeler" aria-label="Diagram">
        <BpmnModeler diagram={diagram} onRenamed={setName} />
      </section>
      {collapsed ? (
        <div className="pm-chat-rail">
          <button className="pm-rail-btn" onClick={() => update({ collapsed: false })} title="Show the chat" aria-label="Show the chat" data-testid="chat-expand">
            <IconPanelRight />
          </button>
          <span className="pm-rail-label">Assistant</span>
        </div>
      ) : (
        <>
          {/* The hide button sits beside the separator, not inside it: a separator is itself interactive. */}
          <div className="pm-split">
          <div
            className={`pm-split-handle${resizing ? ' is-dragging' : ''}`}
            role="separator"
            aria-orientation="vertical"
            aria-label="Resize the chat panel (arrow keys; Enter hides it)"
            aria-valuenow={effectiveWidth}
            aria-valuemin={CHAT_MIN}
            tabIndex={0}
            onPointerDown={onPointerDown}
            onKeyDown={onKeyDown}
            onDoubleClick={() => update({ collapsed: true })}
            data-testid="split-handle"
          />
            <button className="pm-collapse-btn" onClick={() => update({ collapsed: true })} title="Hide the chat" aria-label="Hide the chat" data-testid="chat-collapse">
              ›
            </button>
          </div>
          <aside className="pane-chat pm-chat" aria-label="Chat" style={{ width: effectiveWidth }} data-testid="chat-pane">
            <ChatPanel diagramId={diagram.id} diagramName={name} config={chatConfig} />
          </aside>
        </>
      )}
    </main>
  );
}
