'use client';
// The editor screen: modeler on the left, a side pane on the right with two tabs (Chat | Properties), a
// keyboard-accessible drag handle between them; the pane can collapse to a rail. Nothing overlays the canvas
// (the bpmn.io watermark stays visible). Both tabs stay mounted while the pane is open, so switching keeps the
// chat's draft and the properties panel's state.
import './workspace.css';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ChatPanel } from '@/components/chat/chat-panel';
import type { ChatUiConfig } from '@/components/chat/chat-config';
import { ModelerBridgeProvider } from './bridge-context';
import { CHAT_MIN, clampChatWidth, useSplit, type SideTab } from './use-split';
import { IconPanelRight } from './icons';
import { OPEN_PROPERTIES_EVENT } from './events';
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

const TABS: { id: SideTab; label: string }[] = [
  { id: 'chat', label: 'Chat' },
  { id: 'properties', label: 'Properties' },
];

export function WorkspaceEditor({ diagram, chatConfig, userId }: { diagram: OpenDiagram; chatConfig?: ChatUiConfig; userId?: string }) {
  const [name, setName] = useState(diagram.name);
  const { width, collapsed, tab, update } = useSplit(userId);
  // The element the properties panel renders into (it is attached by the modeler once this exists).
  const [propertiesParent, setPropertiesParent] = useState<HTMLDivElement | null>(null);
  const tabRefs = useRef<Record<SideTab, HTMLButtonElement | null>>({ chat: null, properties: null });
  const [resizing, setResizing] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => setName(diagram.name), [diagram.id, diagram.name]);

  const total = () => mainRef.current?.clientWidth ?? window.innerWidth;
  const effectiveWidth = typeof window === 'undefined' ? width : clampChatWidth(width, total());

  // A screenshot goes to the composer: make sure the chat is open to receive it (the bridge holds it until then).
  const openChat = useCallback(() => update({ collapsed: false, tab: 'chat' }), [update]);
  useEffect(() => {
    const openProps = () => update({ collapsed: false, tab: 'properties' });
    window.addEventListener(OPEN_PROPERTIES_EVENT, openProps);
    return () => window.removeEventListener(OPEN_PROPERTIES_EVENT, openProps);
  }, [update]);

  // Tabs follow the WAI-ARIA pattern: arrows move between them, Home/End jump.
  const onTabKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const id = TABS[next]!.id;
    update({ tab: id });
    tabRefs.current[id]?.focus();
  };

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
    <ModelerBridgeProvider onFilesSent={openChat}>
      <main className={`workspace${resizing ? ' is-resizing' : ''}`} data-testid="workspace" ref={mainRef}>
        {/* Before the modeler in the tab order, visible when focused: straight to the message box past the canvas and its tools. */}
        <a
          href="#chat-composer"
          className="pm-skip-link"
          data-testid="skip-to-composer"
          onClick={(e) => {
            e.preventDefault();
            update({ collapsed: false });
            // The composer mounts with the chat pane; focus it once it is there.
            requestAnimationFrame(() => document.getElementById('chat-composer')?.focus());
          }}
        >
          Skip to the chat message box
        </a>
        <h1 className="sr-only">{name || 'Diagram'}</h1>
        <section className="pane-modeler" aria-label="Diagram">
          <BpmnModeler diagram={diagram} onRenamed={setName} propertiesParent={collapsed ? null : propertiesParent} />
        </section>
        {collapsed ? (
          <div className="pm-chat-rail">
            <button className="pm-rail-btn" onClick={() => update({ collapsed: false })} title="Show the side panel" aria-label="Show the side panel (chat and properties)" data-testid="chat-expand">
              <IconPanelRight />
            </button>
            <span className="pm-rail-label">{tab === 'properties' ? 'Properties' : 'Assistant'}</span>
          </div>
        ) : (
          <>
            {/* The hide button sits beside the separator, not inside it: a separator is itself interactive. */}
            <div className="pm-split">
            <div
              className={`pm-split-handle${resizing ? ' is-dragging' : ''}`}
              role="separator"
              aria-orientation="vertical"
              aria-label="Resize the side panel (arrow keys; Enter hides it)"
              aria-valuenow={effectiveWidth}
              aria-valuemin={CHAT_MIN}
              tabIndex={0}
              onPointerDown={onPointerDown}
              onKeyDown={onKeyDown}
              onDoubleClick={() => update({ collapsed: true })}
              data-testid="split-handle"
            />
              <button className="pm-collapse-btn" onClick={() => update({ collapsed: true })} title="Hide the side panel" aria-label="Hide the side panel" data-testid="chat-collapse">
                ›
              </button>
            </div>
            <aside className="pane-chat pm-side" aria-label="Side panel" style={{ width: effectiveWidth }} data-testid="side-pane">
              <div className="pm-side-tabs" role="tablist" aria-label="Side panel" onKeyDown={onTabKey}>
                {TABS.map((t) => (
                  <button
                    key={t.id}
                    ref={(el) => {
                      tabRefs.current[t.id] = el;
                    }}
                    role="tab"
                    id={`pm-tab-${t.id}`}
                    aria-selected={tab === t.id}
                    aria-controls={`pm-tabpanel-${t.id}`}
                    tabIndex={tab === t.id ? 0 : -1}
                    className={`pm-side-tab${tab === t.id ? ' is-active' : ''}`}
                    onClick={() => update({ tab: t.id })}
                    data-testid={`side-tab-${t.id}`}
                  >
                    {t.label}
                  </button>
                ))}
              </div>
              {/* Outside the tablist: a tablist may only contain tabs. */}
              <button className="pm-icon-btn pm-side-hide" onClick={() => update({ collapsed: true })} title="Hide the side panel" aria-label="Hide the side panel" data-testid="side-collapse">
                ›
              </button>
              <div className="pm-chat pm-side-body" role="tabpanel" id="pm-tabpanel-chat" aria-labelledby="pm-tab-chat" hidden={tab !== 'chat'} data-testid="chat-pane">
                <ChatPanel diagramId={diagram.id} diagramName={name} config={chatConfig} />
              </div>
              <div
                className="pm-properties pm-side-body"
                role="tabpanel"
                id="pm-tabpanel-properties"
                aria-labelledby="pm-tab-properties"
                hidden={tab !== 'properties'}
                ref={setPropertiesParent}
                data-testid="properties-pane"
              />
            </aside>
          </>
        )}
      </main>
    </ModelerBridgeProvider>
  );
}
