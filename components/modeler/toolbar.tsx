'use client';
// The modeler toolbar: name (rename inline), save state, history, view, lint, file and screenshot actions.
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { SaveState } from './use-autosave';
import {
  IconAlert, IconCamera, IconCheck, IconCheckList, IconChevronDown, IconDownload, IconFit, IconGrid, IconHand,
  IconKeyboard, IconOpen, IconPlay, IconRedo, IconSliders, IconUndo, IconZoomIn, IconZoomOut,
} from './icons';

type Props = {
  name: string;
  onRename: (name: string) => void;
  save: SaveState;
  onRetrySave: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  lintActive: boolean;
  errors: number;
  warnings: number;
  onToggleLint: () => void;
  problemsOpen: boolean;
  onToggleProblems: () => void;
  onOpen: () => void;
  onExport: (kind: 'bpmn' | 'svg' | 'png') => void;
  onScreenshot: () => void;
  capturing: boolean;
  onShortcuts: () => void;
  simulating: boolean;
  onToggleSimulation: () => void;
  onShowProperties: () => void;
};

const mod = () => (typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+');

function NameEditor({ name, onRename }: { name: string; onRename: (n: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setValue(name), [name]);
  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);
  const commit = () => {
    setEditing(false);
    if (value.trim() && value.trim() !== name) onRename(value.trim());
    else setValue(name);
  };
  if (editing) {
    return (
      <input
        ref={input}
        className="pm-name-input"
        aria-label="Diagram name"
        data-testid="diagram-name-input"
        value={value}
        maxLength={120}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setValue(name);
            setEditing(false);
          }
        }}
      />
    );
  }
  return (
    <button className="pm-name" onClick={() => setEditing(true)} title="Rename" data-testid="diagram-name">
      {name}
    </button>
  );
}

function SaveBadge({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  if (save.status === 'failed') {
    return (
      <button className="pm-save pm-save-failed" onClick={onRetry} title={save.error} data-testid="save-state" data-state="failed">
        <IconAlert size={14} /> Not saved — retry
      </button>
    );
  }
  const label = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…' }[save.status];
  return (
    <span className={`pm-save pm-save-${save.status}`} data-testid="save-state" data-state={save.status} role="status" title={save.savedAt ? `Saved at ${save.savedAt.toLocaleTimeString()}` : undefined}>
      {save.status === 'saved' ? <IconCheck size={14} /> : <span className="pm-dot" />} <span className="pm-save-label">{label}</span>
    </span>
  );
}

function ExportMenu({ onExport }: { onExport: Props['onExport'] }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pick = (k: 'bpmn' | 'svg' | 'png') => {
    ref.current?.removeAttribute('open');
    onExport(k);
  };
  return (
    <details className="pm-menu" ref={ref}>
      <summary className="btn btn-ghost btn-sm" data-testid="export-menu" title="Export">
        <IconDownload /> <span className="pm-btn-label">Export</span> <IconChevronDown size={12} />
      </summary>
      <div className="pm-menu-list" role="menu">
        <button role="menuitem" onClick={() => pick('bpmn')} data-testid="export-bpmn">BPMN 2.0 XML <span>.bpmn</span></button>
        <button role="menuitem" onClick={() => pick('svg')} data-testid="export-svg">Vector image <span>.svg</span></button>
        <button role="menuitem" onClick={() => pick('png')} data-testid="export-png">Image <span>.png</span></button>
      </div>
    </details>
  );
}

type ViewProps = { zoom: number; onZoomIn: () => void; onZoomOut: () => void; onFit: () => void; handTool: boolean; onHandTool: () => void };

/** Hand tool and zoom, floating at the canvas's bottom-left (the bpmn.io watermark keeps the bottom-right). */
export function ViewControls(p: ViewProps) {
  return (
    <div className="pm-view" role="toolbar" aria-label="View">
      <button className={`pm-icon-btn${p.handTool ? ' is-on' : ''}`} onClick={p.onHandTool} aria-pressed={p.handTool} title="Hand tool (H)" aria-label="Hand tool">
        <IconHand />
      </button>
      <span className="pm-view-sep" />
      <button className="pm-icon-btn" onClick={p.onZoomOut} title={`Zoom out (${mod()}−)`} aria-label="Zoom out">
        <IconZoomOut />
      </button>
      <span className="pm-zoom" aria-label="Zoom level">{Math.round(p.zoom * 100)}%</span>
      <button className="pm-icon-btn" onClick={p.onZoomIn} title={`Zoom in (${mod()}+)`} aria-label="Zoom in">
        <IconZoomIn />
      </button>
      <button className="pm-icon-btn" onClick={p.onFit} title={`Fit diagram (${mod()}1)`} aria-label="Fit diagram">
        <IconFit />
      </button>
    </div>
  );
}

export function ModelerToolbar(p: Props) {
  const problemCount = p.errors + p.warnings;
  return (
    <div className="pm-toolbar" role="toolbar" aria-label="Diagram tools">
      <div className="pm-tb-group pm-tb-title">
        <Link href="/diagrams" className="pm-icon-btn" title="All diagrams" aria-label="All diagrams" data-testid="all-diagrams">
          <IconGrid />
        </Link>
        <NameEditor name={p.name} onRename={p.onRename} />
        <SaveBadge save={p.save} onRetry={p.onRetrySave} />
      </div>
      <div className="pm-tb-group">
        <button className="pm-icon-btn" onClick={p.onUndo} disabled={!p.canUndo} title={`Undo (${mod()}Z)`} aria-label="Undo" data-testid="undo">
          <IconUndo />
        </button>
        <button className="pm-icon-btn" onClick={p.onRedo} disabled={!p.canRedo} title={`Redo (${mod()}Shift+Z)`} aria-label="Redo" data-testid="redo">
          <IconRedo />
        </button>
      </div>
      <div className="pm-tb-group pm-lint">
        <button className={`pm-lint-toggle${p.lintActive ? ' is-on' : ''}`} onClick={p.onToggleLint} aria-pressed={p.lintActive} title={`Lint with bpmnlint (${mod()}Shift+L)`} data-testid="lint-toggle">
          <IconCheckList /> Lint
        </button>
        <button
          className={`pm-lint-count${p.errors ? ' has-errors' : p.warnings ? ' has-warnings' : ''}`}
          onClick={p.onToggleProblems}
          aria-expanded={p.problemsOpen}
          title="Show problems"
          data-testid="problems-button"
        >
          {!p.lintActive ? 'off' : problemCount === 0 ? <><IconCheck size={13} /> 0</> : <>{p.errors > 0 && <span data-testid="lint-errors">{p.errors} ✕</span>}{p.warnings > 0 && <span>{p.warnings} !</span>}</>}
        </button>
      </div>
      <div className="pm-tb-group">
        <button
          className={`pm-icon-btn${p.simulating ? ' is-on' : ''}`}
          onClick={p.onToggleSimulation}
          aria-pressed={p.simulating}
          title={p.simulating ? 'Leave token simulation (T)' : 'Token simulation: play tokens through the process (T)'}
          aria-label="Token simulation"
          data-testid="simulation-toggle"
        >
          <IconPlay />
        </button>
        <button className="pm-icon-btn" onClick={p.onShowProperties} title="Properties of the selected element" aria-label="Show properties" data-testid="show-properties">
          <IconSliders />
        </button>
      </div>
      <div className="pm-tb-spacer" />
      <div className="pm-tb-group">
        <button className="btn btn-ghost btn-sm" onClick={p.onOpen} title={`Open a .bpmn file (${mod()}O) — or drop it on the canvas`} data-testid="open-file">
          <IconOpen /> <span className="pm-btn-label">Open</span>
        </button>
        <ExportMenu onExport={p.onExport} />
        <button className="btn btn-primary btn-sm pm-shot" onClick={p.onScreenshot} disabled={p.capturing} title={`Screenshot to chat (${mod()}Shift+S)`} data-testid="screenshot">
          <IconCamera /> {p.capturing ? 'Capturing…' : 'Screenshot'}
        </button>
        <button className="pm-icon-btn" onClick={p.onShortcuts} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts" data-testid="shortcuts-button">
          <IconKeyboard />
        </button>
      </div>
    </div>
  );
}
