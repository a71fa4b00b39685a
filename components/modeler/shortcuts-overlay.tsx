'use client';
// The "?" overlay: every keyboard shortcut, grouped. Mod = Ctrl (Cmd on a Mac).
import { useEffect, useRef } from 'react';
import { SHORTCUT_GROUPS } from './shortcuts';
import { IconClose } from './icons';

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="pm-overlay" onClick={onClose} data-testid="shortcuts-overlay">
      <div className="pm-dialog" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" tabIndex={-1} ref={ref} onClick={(e) => e.stopPropagation()}>
        <header>
          <h2>Keyboard shortcuts</h2>
          <button className="pm-icon-btn" aria-label="Close" onClick={onClose}>
            <IconClose size={16} />
          </button>
        </header>
        <div className="pm-shortcut-grid">
          {SHORTCUT_GROUPS.map((g) => (
            <section key={g.title}>
              <h3>{g.title}</h3>
              <dl>
                {g.items.map((s) => (
                  <div key={s.label}>
                    <dt>
                      {s.keys.map((k, i) => (
                        <kbd key={i}>{k === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : k}</kbd>
                      ))}
                    </dt>
                    <dd>{s.label}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="muted">Canvas shortcuts work when the canvas has focus (click it once). Press Esc to close.</p>
      </div>
    </div>
  );
}
