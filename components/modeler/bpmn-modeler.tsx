'use client';
// The BPMN editor: one bpmn-js Modeler per mount (never re-created, so undo history survives re-renders), the
// toolbar around it, autosave, lint, import/export and the screenshot button. Load it with next/dynamic ssr:false.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import 'bpmn-js-color-picker/colors/color-picker.css';
import './modeler.css';

import Modeler from 'bpmn-js/lib/Modeler';
import minimapModule from 'diagram-js-minimap';
import lintModule from 'bpmn-js-bpmnlint';
import proposalModule from './proposal-module';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { bpmnlintConfig } from './lint-config';
import { useModelerBridge } from './bridge-context';
import { useAutosave } from './use-autosave';
import { captureScreenshot, captureSubProcessSheets, NothingToCaptureError } from './screenshot';
import { subProcessSheets, type ScreenshotSource } from './screenshot-plan';
import { downloadBlob, exportBaseName } from './download';
import { ModelerToolbar, ViewControls } from './toolbar';
import { ProblemsPanel, type Problem } from './problems-panel';
import { ShortcutsOverlay } from './shortcuts-overlay';
import { describeImportError, openBpmnFile, rememberRepairs, takeRepairs } from './open-file';
import { IconAlert, IconClose } from './icons';
import { addOnModules, TOKEN_SIMULATION_TOGGLED } from './properties';
import { OPEN_PROPERTIES_EVENT } from './events';
import type { LastImport } from './import-rules';
import { isHarmlessWarning } from '@/lib/diagrams/import-check';
import { describeLayout, layoutAutomatically } from '@/lib/diagrams/auto-layout';
import { fitIntoFreeArea } from './fit';
import { apiJson } from '@/components/ui/api-client';

export type OpenDiagram = { id: string; name: string; xml: string };
type Props = {
  diagram: OpenDiagram;
  onRenamed?: (name: string) => void;
  /** Where the properties panel renders (the side pane's Properties tab); null while that pane is collapsed. */
  propertiesParent?: HTMLElement | null;
};
// bpmn-js services are untyped at the get() boundary; we use a handful of their methods.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Service = any;

type NoticeAction = { label: string; run: () => void; testId?: string };
type Notice = { kind: 'error' | 'warn' | 'info' | 'ok'; title: string; details?: string[]; actions?: NoticeAction[] } | null;

export default function BpmnModeler({ diagram, onRenamed, propertiesParent = null }: Props) {
  const router = useRouter();
  const bridge = useModelerBridge();
  const containerRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<Modeler | null>(null);
  const loadedIdRef = useRef<string | null>(null);
  const importingRef = useRef(false);
  const fileInputRef = useRef<HTMLInputElement>(null);

  const [name, setName] = useState(diagram.name);
  const [ready, setReady] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [zoom, setZoom] = useState(1);
  const [handTool, setHandTool] = useState(false);
  const [lintActive, setLintActive] = useState(true);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [dragging, setDragging] = useState(false);
  const [capturing, setCapturing] = useState(false);
  const [simulating, setSimulating] = useState(false);
  const simulatingRef = useRef(false);

  const get = useCallback((svc: string): Service => modelerRef.current?.get(svc), []);

  // Success and progress notices fade on their own; warnings and errors stay until dismissed.
  useEffect(() => {
    if (notice?.kind !== 'ok') return;
    const t = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(t);
  }, [notice]);

  const autosave = useAutosave(() => {
    const m = modelerRef.current;
    const id = loadedIdRef.current;
    if (!m || !id) return null;
    return { diagramId: id, xml: m.saveXML({ format: true }).then((r) => r.xml ?? '') };
  });
  const { markDirty, flush, reset } = autosave;

  // Create the modeler once per mount.
  useEffect(() => {
    const modeler = new Modeler({
      container: containerRef.current!,
      keyboard: { bind: true },
      additionalModules: [
        minimapModule,
        lintModule,
        ...addOnModules,
        proposalModule,
      ],
      linting: { active: true, bpmnlint: bpmnlintConfig },
    });
    modelerRef.current = modeler;
    const bus: Service = modeler.get('eventBus');
    const commandStack: Service = modeler.get('commandStack');
    bus.on('commandStack.changed', () => {
      setCanUndo(commandStack.canUndo());
      setCanRedo(commandStack.canRedo());
      // Token simulation never edits the diagram; nothing it does may reach a revision.
      if (!importingRef.current && !simulatingRef.current) markDirty();
    });
    bus.on(TOKEN_SIMULATION_TOGGLED, (e: { active: boolean }) => {
      simulatingRef.current = e.active;
      setSimulating(e.active);
    });
    bus.on('canvas.viewbox.changed', (e: { viewbox: { scale: number } }) => setZoom(e.viewbox.scale));
    bus.on('tool-manager.update', (e: { tool: string | null }) => setHandTool(e.tool === 'hand'));
    bus.on('linting.toggle', (e: { active: boolean }) => setLintActive(e.active));
    bus.on('linting.completed', (e: { issues: Record<string, { id: string; message: string; category: string; rule: string; actualElementId?: string }[]> }) => {
      const registry: Service = modeler.get('elementRegistry');
      const list: Problem[] = [];
      for (const [elementId, reports] of Object.entries(e.issues)) {
        for (const r of reports) {
          const id = r.actualElementId ?? r.id ?? elementId;
          const el = registry.get(id) ?? registry.get(elementId);
          list.push({
            elementId: el ? el.id : elementId,
            elementName: el?.businessObject?.name || '',
            elementType: (el?.type ?? '').replace(/^bpmn:/, ''),
            message: r.message,
            rule: r.rule,
            severity: r.category === 'warn' ? 'warning' : r.category === 'info' ? 'info' : 'error',
          });
        }
      }
      list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
      setProblems(list);
    });
    setReady(true);
    // Chat citations and change entries select elements here; @-mentions list them; the selection goes to the chat.
    const disconnect = bridge.connectModeler({
      flushSave: () => flush(),
      selectElements: (ids) => {
        const registry: Service = modeler.get('elementRegistry');
        const els = ids.map((id) => registry.get(id)).filter(Boolean);
        (modeler.get('selection') as Service).select(els);
        if (els[0]) (modeler.get('canvas') as Service).scrollToElement?.(els[0]);
        return els.map((el) => el.id as string);
      },
      listElements: () => {
        const registry: Service = modeler.get('elementRegistry');
        return (registry.getAll() as Service[])
          .filter((el) => !el.labelTarget && el.businessObject?.name && el.type !== 'label')
          .map((el) => ({ id: el.id as string, name: String(el.businessObject.name), type: String(el.type).replace(/^bpmn:/, '') }));
      },
    });
    bus.on('selection.changed', (e: { newSelection: Service[] }) =>
      bridge.publishSelection(
        e.newSelection
          .filter((el) => el.businessObject?.id && el.type !== 'label')
          .map((el) => ({ id: el.businessObject.id as string, name: String(el.businessObject.name ?? '').trim(), type: String(el.type).replace(/^bpmn:/, '') })),
      ),
    );
    return () => {
      void flush();
      disconnect();
      modeler.destroy();
      modelerRef.current = null;
      loadedIdRef.current = null;
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- created once; undo history must survive re-renders

  const fit = useCallback(() => {
    const canvas = get('canvas');
    if (canvas) fitIntoFreeArea(canvas, containerRef.current);
  }, [get]);

  // The properties panel lives in the side pane; follow that element as the pane opens, closes or remounts.
  useEffect(() => {
    const panel = ready ? get('propertiesPanel') : null;
    if (!panel) return;
    if (propertiesParent) panel.attachTo(propertiesParent);
    else panel.detach();
  }, [ready, propertiesParent, get]);

  /** Tell the user what the last import left out and why (or offer a layout); null when everything is drawn. */
  // `serverRepairs`: what the server repaired in an opened file before storing it (this import cannot see it).
  const importNotice = useCallback((bpmnWarnings: unknown[], serverRepairs: string[] = []): Notice => {
    const last: LastImport | null = get('importRules')?.last ?? null;
    const repairs = [...serverRepairs, ...(last?.repairs ?? [])];
    const findings = last?.findings ?? [];
    // bpmn-js's own import warnings, minus those the findings already explain in plain words.
    const extra = bpmnWarnings
      .map((w) => String((w as { message?: string })?.message ?? w))
      .filter((m) => !isHarmlessWarning(m) && !/unresolved reference|unparsable content|unknown type/i.test(m))
      .map((m) => describeImportError(m));
    const registry = get('elementRegistry');
    const drawn = registry ? registry.filter((e: { type: string; parent?: unknown; labelTarget?: unknown }) => !!e.parent && !e.labelTarget && e.type !== 'label').length : 0;
    const actions: NoticeAction[] = [];
    for (const f of findings) {
      if (f.kind !== 'collapsed' || !f.elementId) continue;
      const plane = registry?.get(`${f.elementId}_plane`);
      if (plane) actions.push({ label: `Open ${registry.get(f.elementId)?.businessObject?.name || f.elementId}`, run: () => get('canvas').setRootElement(plane), testId: 'notice-open-subprocess' });
    }
    const details = [...findings.map((f) => f.message), ...extra];
    if (!drawn && !details.length) {
      if (!last || last.total === 0) return { kind: 'info', title: 'This diagram is empty: drag an element from the palette (or reach it with Tab) to start.' };
      details.push('Nothing in this file could be drawn.');
    }
    // A repair changed the file: the note stays until dismissed (the user may compare it with the original).
    if (!details.length) return repairs.length ? { kind: 'info', title: `Opened after a repair: ${repairs.join(' ')}` } : null;
    details.push(...repairs);
    const title = drawn
      ? details.length === 1 ? details[0]! : `Not everything in this file is on the canvas (${details.length} notes):`
      : 'Nothing is drawn for this file:';
    return { kind: drawn ? 'info' : 'warn', title, details: details.length === 1 && drawn ? undefined : details, actions };
  }, [get]);

  // Import the diagram whenever another one is opened (pending edits of the previous one are saved first).
  useEffect(() => {
    const modeler = modelerRef.current;
    if (!ready || !modeler || loadedIdRef.current === diagram.id) return;
    let cancelled = false;
    const layOut = async (xml: string) => {
      setNotice({ kind: 'info', title: 'Laying the diagram out…' });
      try {
        const result = await layoutAutomatically(xml, modeler.get('moddle'));
        importingRef.current = true;
        const { warnings } = await modeler.importXML(result.xml);
        importingRef.current = false;
        loadedIdRef.current = diagram.id;
        fit();
        markDirty();
        const rest = importNotice(warnings);
        setNotice(result.lost.length ? { kind: 'warn', title: describeLayout(result), details: rest?.details } : rest ?? { kind: 'ok', title: describeLayout(result) });
      } catch (err) {
        importingRef.current = false;
        setNotice({ kind: 'error', title: 'The automatic layout failed.', details: [describeImportError(err)] });
      }
    };
    (async () => {
      await flush();
      if (cancelled) return;
      importingRef.current = true;
      try {
        const { warnings } = await modeler.importXML(diagram.xml);
        loadedIdRef.current = diagram.id;
        reset();
        fit();
        const last: LastImport | null = get('importRules')?.last ?? null;
        // A repaired file (references, plane) is saved in its repaired form.
        if (last?.repairs.length || last?.changes.length) markDirty();
        setNotice(importNotice(warnings, takeRepairs(diagram.id)));
      } catch (err) {
        loadedIdRef.current = null;
        const last: LastImport | null = get('importRules')?.last ?? null;
        if (last && !last.hasLayout && last.total > 0) {
          modeler.clear();
          setNotice({
            kind: 'warn',
            title: `This file has ${last.total} elements but no layout (BPMN DI), so there is nothing to draw yet.`,
            details: ['The automatic layout places every step left to right; you can rearrange them afterwards.'],
            actions: [{ label: 'Lay it out automatically', run: () => void layOut(last.xml), testId: 'notice-auto-layout' }],
          });
        } else {
          setNotice({ kind: 'error', title: 'This diagram could not be opened.', details: [describeImportError(err)] });
        }
      } finally {
        importingRef.current = false;
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [ready, diagram.id, diagram.xml, flush, reset, fit, get, importNotice, markDirty]);

  useEffect(() => setName(diagram.name), [diagram.id, diagram.name]);

  const rename = useCallback(
    async (next: string) => {
      const clean = next.trim();
      if (!clean || clean === name) return;
      const prev = name;
      setName(clean);
      try {
        await apiJson('PATCH', `/api/diagrams/${diagram.id}`, { name: clean }, 'the server refused');
      } catch (err) {
        setName(prev);
        setNotice({ kind: 'error', title: `Could not rename: ${(err as Error).message}` });
        return;
      }
      onRenamed?.(clean);
      router.refresh();
    },
    [diagram.id, name, onRenamed, router],
  );

  const screenshot = useCallback(async () => {
    const m = modelerRef.current;
    if (!m || capturing) return;
    setCapturing(true);
    const source = m as unknown as ScreenshotSource;
    try {
      const shot = await captureScreenshot(source, name);
      bridge.sendFiles([shot.file]);
      const sheets = shot.selection ? [] : subProcessSheets(source);
      const title = `${shot.selection ? 'Selection' : 'Diagram'} screenshot (${shot.width}×${shot.height}) added to the chat.`;
      if (!sheets.length) {
        setNotice({ kind: 'ok', title });
      } else {
        // Collapsed sub-processes are drawn on sheets of their own; offer them (one image each).
        setNotice({
          kind: 'info',
          title: `${title} ${sheets.length === 1 ? '1 collapsed sub-process has' : `${sheets.length} collapsed sub-processes have`} a sheet of ${sheets.length === 1 ? 'its' : 'their'} own.`,
          actions: [{
            label: sheets.length === 1 ? 'Add its sheet too' : `Add the ${sheets.length} sheets too`,
            testId: 'screenshot-subprocesses',
            run: () => void (async () => {
              try {
                const more = await captureSubProcessSheets(source, name);
                bridge.sendFiles(more.map((x) => x.file));
                setNotice({ kind: 'ok', title: `${more.length} sub-process sheet${more.length === 1 ? '' : 's'} added to the chat.` });
              } catch (err) {
                setNotice({ kind: 'error', title: 'The sub-process sheets could not be captured.', details: [(err as Error).message] });
              }
            })(),
          }],
        });
      }
    } catch (err) {
      if (err instanceof NothingToCaptureError) setNotice({ kind: 'warn', title: err.message });
      else setNotice({ kind: 'error', title: 'The screenshot could not be made.', details: [(err as Error).message] });
    } finally {
      setCapturing(false);
    }
  }, [bridge, capturing, name]);

  const exportAs = useCallback(
    async (kind: 'bpmn' | 'svg' | 'png') => {
      const m = modelerRef.current;
      if (!m) return;
      const base = exportBaseName(name);
      try {
        if (kind === 'bpmn') {
          const { xml } = await m.saveXML({ format: true });
          downloadBlob(new Blob([xml ?? ''], { type: 'application/bpmn+xml' }), `${base}.bpmn`);
        } else if (kind === 'svg') {
          const { svg } = await m.saveSVG();
          downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${base}.svg`);
        } else {
          const shot = await captureScreenshot(m as unknown as ScreenshotSource, name, { selectionOnly: false });
          downloadBlob(shot.file, `${base}.png`);
        }
      } catch (err) {
        setNotice({ kind: 'error', title: `Export failed: ${(err as Error).message}` });
      }
    },
    [name],
  );

  const openFile = useCallback(
    async (file: File) => {
      const m = modelerRef.current;
      if (!m) return;
      setNotice({ kind: 'info', title: `Opening ${file.name}…` });
      const result = await openBpmnFile(file, m.get('moddle'));
      if (!result.ok) {
        setNotice({ kind: 'error', title: `${file.name} could not be opened.`, details: result.problems });
        return;
      }
      await flush();
      // What the file lacks (and what the server repaired) is told when the new diagram is drawn, not here.
      rememberRepairs(result.diagramId, result.repairs);
      setNotice(null);
      router.push(`/d/${result.diagramId}`);
    },
    [flush, router],
  );

  const selectElement = useCallback(
    (elementId: string) => {
      const el = get('elementRegistry')?.get(elementId);
      if (!el) return;
      get('selection').select(el);
      get('canvas').scrollToElement?.(el);
      containerRef.current?.querySelector<SVGElement>('svg')?.focus();
    },
    [get],
  );

  const toggleLint = useCallback(() => get('linting')?.toggle(), [get]);
  const toggleSimulation = useCallback(() => {
    get('toggleMode')?.toggleMode();
    containerRef.current?.querySelector<SVGElement>('svg')?.focus();
  }, [get]);

  // App-level shortcuts (the canvas's own ones are bound by bpmn-js to the focused canvas).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      const key = e.key.toLowerCase();
      if (mod && e.shiftKey && key === 's') {
        e.preventDefault();
        void screenshot();
      } else if (mod && !e.shiftKey && key === 's') {
        e.preventDefault();
        void flush();
      } else if (mod && key === 'o') {
        e.preventDefault();
        fileInputRef.current?.click();
      } else if (mod && e.shiftKey && key === 'l') {
        e.preventDefault();
        toggleLint();
      } else if (mod && key === '1' && !typing) {
        e.preventDefault();
        fit();
      } else if ((e.key === '?' || (e.key === '/' && e.shiftKey)) && !typing && !mod) {
        e.preventDefault();
        setShortcutsOpen((v) => !v);
      } else if (e.key === 'Escape') {
        setShortcutsOpen(false);
        setProblemsOpen(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screenshot, flush, toggleLint, fit]);

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;

  return (
    <div className="pm-modeler" data-testid="modeler">
      <ModelerToolbar
        name={name}
        onRename={rename}
        save={autosave.state}
        onRetrySave={() => void flush()}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={() => get('commandStack')?.undo()}
        onRedo={() => get('commandStack')?.redo()}
        lintActive={lintActive}
        errors={errors}
        warnings={warnings}
        onToggleLint={toggleLint}
        problemsOpen={problemsOpen}
        onToggleProblems={() => setProblemsOpen((v) => !v)}
        onOpen={() => fileInputRef.current?.click()}
        onExport={exportAs}
        onScreenshot={() => void screenshot()}
        capturing={capturing}
        onShortcuts={() => setShortcutsOpen(true)}
        simulating={simulating}
        onToggleSimulation={toggleSimulation}
        onShowProperties={() => window.dispatchEvent(new Event(OPEN_PROPERTIES_EVENT))}
      />
      <input
        ref={fileInputRef}
        type="file"
        accept=".bpmn,.xml,application/xml,text/xml"
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void openFile(f);
        }}
      />
      <div
        className={`pm-canvas-wrap${dragging ? ' is-dragging' : ''}${lintActive ? '' : ' lint-off'}`}
        onDragOver={(e) => {
          if (!Array.from(e.dataTransfer.types).includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={(e) => {
          const f = e.dataTransfer.files?.[0];
          if (!f) return;
          e.preventDefault();
          setDragging(false);
          void openFile(f);
        }}
      >
        <div className="pm-canvas" ref={containerRef} data-testid="canvas" />
        <ViewControls
          zoom={zoom}
          onZoomIn={() => get('zoomScroll')?.stepZoom(1)}
          onZoomOut={() => get('zoomScroll')?.stepZoom(-1)}
          onFit={fit}
          handTool={handTool}
          onHandTool={() => get('editorActions')?.trigger('handTool')}
        />
        {problemsOpen && <ProblemsPanel problems={problems} lintActive={lintActive} onSelect={selectElement} onClose={() => setProblemsOpen(false)} onEnable={toggleLint} />}
        {/* Always present, so a screen reader announces success notices ("… screenshot added to the chat") when their
            text arrives; a live region that mounts together with its text is often not read. */}
        <div className="sr-only" role="status" aria-live="polite" data-testid="modeler-announcer">
          {notice && notice.kind !== 'error' ? notice.title : ''}
        </div>
        {notice && (
          <div className={`pm-notice pm-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined} data-testid="modeler-notice">
            <IconAlert size={16} />
            <div className="pm-notice-body">
              <div>{notice.title}</div>
              {notice.details && notice.details.length > 0 && (
                <ul>
                  {notice.details.slice(0, 6).map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                  {notice.details.length > 6 && <li>…and {notice.details.length - 6} more</li>}
                </ul>
              )}
              {notice.actions && notice.actions.length > 0 && (
                <div className="pm-notice-actions">
                  {notice.actions.map((a) => (
                    <button
                      key={a.label}
                      className="btn btn-sm"
                      data-testid={a.testId}
                      onClick={() => {
                        setNotice(null);
                        a.run();
                      }}
                    >
                      {a.label}
                    </button>
                  ))}
                </div>
              )}
            </div>
            <button className="pm-icon-btn" aria-label="Dismiss" onClick={() => setNotice(null)}>
              <IconClose size={14} />
            </button>
          </div>
        )}
        {dragging && (
          <div className="pm-drop" aria-hidden>
            <div>Drop a .bpmn or .xml file to open it as a new diagram</div>
          </div>
        )}
      </div>
      {shortcutsOpen && <ShortcutsOverlay onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}
