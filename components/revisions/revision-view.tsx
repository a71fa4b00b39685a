'use client';
// The read-only view of a past diagram revision with its diff highlighted: what the revision changed against the
// one before it (the thread's "Changed the diagram" entry opens this), or what changed since then up to the current
// diagram (a citation of an element that is gone now opens this, on the revision the answer was about).
import Link from 'next/link';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { apiJson } from '@/components/ui/api-client';
import { revisionViewApi, revisionViewHref, type RevisionCompare } from '@/lib/diagrams/revision-link';
import type { MarkStatus, RevisionMark, RevisionView as View } from '@/lib/diagrams/revision-view';
import type { CanvasApi } from './revision-canvas';
import './revision-view.css';

const RevisionCanvas = dynamic(() => import('./revision-canvas'), {
  ssr: false,
  loading: () => <div className="rev-canvas rev-canvas-loading" aria-busy="true">Drawing the diagram…</div>,
});

type Props = { diagramId: string; revisionId: string; compare: RevisionCompare; element: string | null };

type State = { kind: 'loading' } | { kind: 'error'; message: string; notFound: boolean } | { kind: 'ready'; view: View };

const STATUS_WORD: Record<MarkStatus, string> = { added: 'Added', changed: 'Changed', removed: 'Removed' };
const ORDER: MarkStatus[] = ['added', 'changed', 'removed'];
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RevisionView({ diagramId, revisionId, compare, element }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [canvasError, setCanvasError] = useState<string | null>(null);
  const [canvas, setCanvas] = useState<CanvasApi | null>(null);
  const [selected, setSelected] = useState<string | null>(element);
  const [note, setNote] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let gone = false;
    setState({ kind: 'loading' });
    setCanvas(null);
    setCanvasError(null);
    apiJson<View>('GET', revisionViewApi(diagramId, revisionId, { compare, element: element ?? undefined }), undefined, 'Loading the revision failed')
      .then((view) => !gone && setState({ kind: 'ready', view }))
      .catch((err: { status?: number; message?: string }) => {
        if (!gone) setState({ kind: 'error', message: err?.message ?? String(err), notFound: err?.status === 404 });
      });
    return () => {
      gone = true;
    };
  }, [diagramId, revisionId, compare, element, attempt]);

  // Keyboard and screen-reader users start at the heading (it says which revision this is).
  useEffect(() => {
    if (state.kind === 'ready') heading.current?.focus();
  }, [state.kind]);

  const onReady = useCallback((api: CanvasApi, found: { initialElement: boolean }) => {
    setCanvas(api);
    if (element && !found.initialElement) setNote(`This revision has no element ${element}.`);
  }, [element]);

  const show = useCallback(
    (m: Pick<RevisionMark, 'id' | 'label'>) => {
      setSelected(m.id);
      setNote(canvas?.show(m.id) ? null : `${m.label} is not drawn in this revision (it is outlined where it is in the other one, if it has a shape).`);
    },
    [canvas],
  );

  const back = `/d/${encodeURIComponent(diagramId)}`;

  if (state.kind === 'loading') {
    return (
      <main className="rev-view" aria-busy="true">
        <div className="placeholder" role="status" data-testid="revision-loading">Loading the revision…</div>
      </main>
    );
  }
  if (state.kind === 'error') {
    return (
      <main className="rev-view">
        <div className="placeholder">
          <div className="rev-error" role="alert" data-testid="revision-error">
            <h1>{state.notFound ? 'This revision does not exist' : 'The revision could not be loaded'}</h1>
            <p>{state.notFound ? 'It may belong to a deleted diagram or to another account.' : state.message}</p>
            <p className="rev-actions">
              {!state.notFound && (
                <button type="button" className="btn" onClick={() => setAttempt((n) => n + 1)}>
                  Try again
                </button>
              )}
              <Link className="btn btn-primary" href={back}>
                Back to the diagram
              </Link>
            </p>
          </div>
        </div>
      </main>
    );
  }

  const v = state.view;
  return (
    <ReadyView
      v={v}
      back={back}
      heading={heading}
      canvas={canvas}
      canvasError={canvasError}
      setCanvasError={setCanvasError}
      onReady={onReady}
      show={show}
      selected={selected}
      note={note}
      element={element}
    />
  );
}

function ReadyView(p: {
  v: View; back: string; heading: React.RefObject<HTMLHeadingElement | null>; canvas: CanvasApi | null; canvasError: string | null;
  setCanvasError: (m: string) => void; onReady: (api: CanvasApi, found: { initialElement: boolean }) => void;
  show: (m: Pick<RevisionMark, 'id' | 'label'>) => void; selected: string | null; note: string | null; element: string | null;
}) {
  const { v, back } = p;
  const changes = useMemo(() => [...v.marks, ...v.ghosts].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)), [v.marks, v.ghosts]);
  const counts = ORDER.map((s) => [s, changes.filter((c) => c.status === s).length] as const);
  const isCurrent = v.revision.id === v.current.id;
  const other = v.other;
  const otherLink = (compare: RevisionCompare) => revisionViewHref(v.diagram.id, v.revision.id, { compare, element: p.element ?? undefined });
  const gone = v.element && !v.element.inCurrent;

  return (
    <main className="rev-view" data-testid="revision-view" data-revision-id={v.revision.id} data-compare={v.compare}>
      <div className="rev-head">
        <Link className="btn btn-sm" href={back} data-testid="revision-back">
          ← Back to the current diagram
        </Link>
        <div className="rev-title">
          <h1 ref={p.heading} tabIndex={-1} data-testid="revision-title">
            {v.diagram.name} — revision {v.revision.number}
            {isCurrent ? ' (current)' : ` of ${v.current.number}`}
          </h1>
          <div className="rev-sub">
            Saved {when(v.revision.createdAt)} · read-only ·{' '}
            {other
              ? v.compare === 'previous'
                ? `changes against revision ${other.number}`
                : `compared with the current diagram (revision ${other.number})`
              : v.compare === 'previous'
                ? 'the first revision: nothing to compare with'
                : 'this is the current diagram'}
          </div>
        </div>
        <nav className="rev-compare" aria-label="Compare with">
          <Link href={otherLink('previous')} aria-current={v.compare === 'previous' ? 'page' : undefined} replace>
            Previous revision
          </Link>
          <Link href={otherLink('current')} aria-current={v.compare === 'current' ? 'page' : undefined} replace>
            Current diagram
          </Link>
        </nav>
      </div>

      {gone && (
        <div className="alert alert-warn rev-banner" role="status" data-testid="revision-banner">
          <strong>This element was removed after this answer — viewing revision {v.revision.number}.</strong>{' '}
          {v.element!.inRevision ? `${v.element!.label} is selected below, outlined in red.` : `Revision ${v.revision.number} does not have it either.`}{' '}
          <Link href={back}>Back to the current diagram</Link>
        </div>
      )}

      <div className="rev-body">
        <div className="rev-canvas-wrap">
          {p.canvasError ? (
            <div className="alert alert-error" role="alert" data-testid="revision-error">
              {p.canvasError} <Link href={back}>Back to the diagram</Link>
            </div>
          ) : (
            <RevisionCanvas
              xml={v.revision.xml}
              marks={v.marks}
              ghosts={v.ghosts}
              initialElement={p.element}
              onReady={p.onReady}
              onError={p.setCanvasError}
              label={`Revision ${v.revision.number} of ${v.diagram.name}, read-only. Arrow keys pan.`}
            />
          )}
          <div className="rev-zoom" role="group" aria-label="Zoom">
            <button type="button" className="btn btn-sm" onClick={() => p.canvas?.fit()} disabled={!p.canvas}>Fit</button>
            <button type="button" className="btn btn-sm" onClick={() => p.canvas?.zoom(1.25)} disabled={!p.canvas} aria-label="Zoom in">+</button>
            <button type="button" className="btn btn-sm" onClick={() => p.canvas?.zoom(0.8)} disabled={!p.canvas} aria-label="Zoom out">−</button>
          </div>
        </div>
        <aside className="rev-side" aria-label="Changes">
          <h2>Changes</h2>
          <ul className="rev-legend" aria-label="Legend">
            {counts.map(([s, n]) => (
              <li key={s} className={`rev-chip is-${s}`}>
                {STATUS_WORD[s]} {n}
              </li>
            ))}
          </ul>
          {p.note && <p className="rev-note" role="status">{p.note}</p>}
          {changes.length === 0 ? (
            <p className="rev-empty" data-testid="revision-no-changes">{other ? 'No differences.' : 'Nothing to compare with.'}</p>
          ) : (
            <ul className="rev-changes" data-testid="revision-changes">
              {changes.map((c) => (
                <li key={`${c.status}:${c.id}`}>
                  <button
                    type="button"
                    className={`rev-change is-${c.status}`}
                    data-testid="revision-change"
                    data-element-id={c.id}
                    data-status={c.status}
                    aria-pressed={p.selected === c.id}
                    onClick={() => p.show(c)}
                  >
                    <span className="rev-change-status">{STATUS_WORD[c.status]}</span> {c.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </main>
  );
}
