'use client';
// A proposed diagram change (client tool `propose_diagram_change`): previewed on the canvas, reviewed change by
// change, applied as one undoable step or discarded. Completed calls render as the thread entry
// "Changed the diagram: +1 task, +1 flow". Used by the built-in panel and, over the canvas, by the ChatKit element.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { changeSummary, type BatchOutcome, type EditOp, type LintDelta, type RevisionRef } from '@/lib/bpmn/edits';
import { proposalBridge, type ProposalService } from '@/components/modeler/proposal-bridge';
import { useModelerBridge } from '@/components/modeler/bridge-context';
import { revisionViewHref } from '@/lib/diagrams/revision-link';
import { apiJson } from '@/components/ui/api-client';
import './proposal-card.css';

export const PROPOSE_TOOL = 'propose_diagram_change';
export const PROPOSE_NEW_TOOL = 'propose_new_diagram';

export type ProposalArgs = {
  revision: RevisionRef | null;
  operations: EditOp[];
  lintDelta?: Pick<LintDelta, 'text' | 'addedErrors'> & { added?: { message: string; elementName: string | null }[] };
  summary?: string;
};

export type ProposalResult =
  | { status: 'applied'; revision_id: string | null; applied: number[]; rejected: number[]; summary: string; element_ids: string[]; save_error?: string }
  | { status: 'discarded'; rejected: number[] }
  | { status: 'failed'; errors: string[] }
  | { status: 'created'; diagram_id: string; name: string };

type Props = {
  args: ProposalArgs;
  status: 'pending' | 'completed';
  output?: unknown;
  /** Only the newest pending call can be answered. */
  active: boolean;
  diagramId: string | null;
  onDone?: (result: ProposalResult) => void | Promise<void>;
};

function useService(): ProposalService | null {
  const [svc, setSvc] = useState<ProposalService | null>(() => proposalBridge.service);
  useEffect(() => {
    if (svc) return;
    const t = setInterval(() => {
      if (proposalBridge.service) setSvc(proposalBridge.service);
    }, 250);
    return () => clearInterval(t);
  }, [svc]);
  return svc;
}

async function saveRevision(diagramId: string, xml: string): Promise<string> {
  const body = await apiJson<{ revision?: { id?: string } }>('POST', `/api/diagrams/${diagramId}/revisions`, { xml }, 'Saving the changed diagram failed');
  return body.revision?.id ?? '';
}

/** The thread entry of a finished proposal; an applied change links to its revision's diff view. */
export function DoneEntry({ output, diagramId }: { output: unknown; diagramId: string | null }) {
  const bridge = useModelerBridge();
  const o = (output ?? {}) as Partial<ProposalResult> & Record<string, unknown>;
  if (o.status === 'applied') {
    const ids = Array.isArray(o.element_ids) ? (o.element_ids as string[]) : [];
    const revisionId = typeof o.revision_id === 'string' && o.revision_id ? o.revision_id : null;
    return (
      <div className="chat-proposal-entry is-applied" data-testid="proposal-entry" role="status">
        <span>{String(o.summary ?? 'Changed the diagram')}</span>
        {diagramId && revisionId && (
          <a className="btn btn-sm btn-ghost" href={revisionViewHref(diagramId, revisionId)} data-testid="proposal-entry-diff">
            View changes
          </a>
        )}
        {ids.length > 0 && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => bridge.selectElements(ids)}>
            Show
          </button>
        )}
        {typeof o.save_error === 'string' && <span className="chat-proposal-warn">Not saved yet: {o.save_error}</span>}
      </div>
    );
  }
  if (o.status === 'created') {
    return (
      <div className="chat-proposal-entry is-applied" data-testid="proposal-entry" role="status">
        <span>Created the diagram “{String(o.name ?? 'New process')}”</span>
        {typeof o.diagram_id === 'string' && (
          <a className="btn btn-sm btn-ghost" href={`/d/${o.diagram_id}`}>
            Open
          </a>
        )}
      </div>
    );
  }
  if (o.status === 'failed') {
    return (
      <div className="chat-proposal-entry is-failed" data-testid="proposal-entry">
        The proposed change could not be applied: {Array.isArray(o.errors) ? o.errors.join(' ') : 'unknown reason'}
      </div>
    );
  }
  return (
    <div className="chat-proposal-entry" data-testid="proposal-entry">
      Proposal discarded; the diagram was not changed.
    </div>
  );
}

export function ProposalCard({ args, status, output, active, diagramId, onDone }: Props) {
  const service = useService();
  const bridge = useModelerBridge();
  const ops = useMemo(() => (Array.isArray(args.operations) ? args.operations : []), [args.operations]);
  const [accepted, setAccepted] = useState<Set<number>>(() => new Set(ops.map((_, i) => i)));
  const [full, setFull] = useState<BatchOutcome | null>(null);
  const [current, setCurrent] = useState<BatchOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = status === 'pending' && active;
  const seq = useRef(0);

  // Plan the whole proposal once (labels for every change), then the accepted subset whenever it changes.
  useEffect(() => {
    if (!live || !service) return;
    let gone = false;
    void service.prepare(ops, args.revision, undefined).then((o) => !gone && setFull(o), (e: unknown) => !gone && setError(String((e as Error)?.message ?? e)));
    return () => {
      gone = true;
    };
  }, [live, service, ops, args.revision]);

  useEffect(() => {
    if (!live || !service || !full?.ok) return;
    const mine = ++seq.current;
    void service.prepare(ops, args.revision, [...accepted].sort((a, b) => a - b)).then((o) => {
      if (mine !== seq.current) return;
      setCurrent(o);
      if (o.ok) service.preview(o);
      else service.clearPreview();
    });
  }, [live, service, full, ops, args.revision, accepted]);

  useEffect(() => () => proposalBridge.service?.clearPreview(), []);

  const finish = useCallback(
    async (result: ProposalResult) => {
      setBusy(true);
      try {
        await onDone?.(result);
      } finally {
        setBusy(false);
      }
    },
    [onDone],
  );

  const apply = useCallback(async () => {
    if (!service || !current?.ok || busy) return;
    setBusy(true);
    setError(null);
    try {
      service.apply(current);
    } catch (e) {
      setBusy(false);
      setError(`The change could not be applied: ${(e as Error).message}`);
      return;
    }
    let revisionId: string | null = null;
    let saveError: string | undefined;
    try {
      await bridge.flushSave();
      if (diagramId) revisionId = await saveRevision(diagramId, await service.xml());
    } catch (e) {
      saveError = (e as Error).message;
    }
    const applied = [...accepted].sort((a, b) => a - b);
    await finish({
      status: 'applied',
      revision_id: revisionId,
      applied,
      rejected: ops.map((_, i) => i).filter((i) => !accepted.has(i)),
      summary: changeSummary(current.changes),
      element_ids: [...new Set(current.changes.flatMap((c) => [...c.added, ...c.changed]))],
      ...(saveError ? { save_error: saveError } : {}),
    });
  }, [service, bridge, current, busy, diagramId, accepted, ops, finish]);

  const discard = useCallback(async () => {
    service?.clearPreview();
    if (full && !full.ok) await finish({ status: 'failed', errors: full.errors.map((e) => e.message) });
    else await finish({ status: 'discarded', rejected: ops.map((_, i) => i) });
  }, [service, full, ops, finish]);

  if (status === 'completed') return <DoneEntry output={output} diagramId={diagramId} />;

  const labels = full?.ok ? full.changes.map((c) => c.summary) : ops.map((o) => o.op);
  const sub = args.summary && args.summary !== labels.join('; ') ? args.summary : null;
  const delta = current?.ok ? current.lint.delta : null;
  const subsetError = current && !current.ok ? current.errors.map((e) => e.message).join(' ') : null;

  return (
    <div className="chat-proposal" data-testid="proposal-card" aria-label="Proposed diagram change" role="group">
      <div className="chat-proposal-head">
        <strong>Proposed change</strong>
        {sub && <span className="chat-proposal-sub">{sub}</span>}
      </div>
      {!live ? (
        <p className="chat-proposal-note">This proposal was superseded by a newer message.</p>
      ) : !service ? (
        <p className="chat-proposal-note" aria-busy>Waiting for the diagram editor…</p>
      ) : !full ? (
        <p className="chat-proposal-note" aria-busy>Checking the change against the diagram…</p>
      ) : !full.ok ? (
        <div className="chat-proposal-error" role="alert" data-testid="proposal-error">
          {full.errors.map((e, i) => (
            <p key={i}>{e.message}</p>
          ))}
        </div>
      ) : (
        <>
          <ul className="chat-proposal-list">
            {labels.map((text, i) => (
              <li key={i}>
                <label>
                  <input
                    type="checkbox"
                    checked={accepted.has(i)}
                    disabled={busy || ops.length === 1}
                    onChange={(e) =>
                      setAccepted((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.add(i);
                        else next.delete(i);
                        return next;
                      })
                    }
                    data-testid="proposal-change"
                  />
                  <span>{text}</span>
                </label>
              </li>
            ))}
          </ul>
          {subsetError && (
            <p className="chat-proposal-error" role="alert">
              {subsetError}
            </p>
          )}
          {delta && (
            <p className={`chat-proposal-lint${delta.addedErrors ? ' is-bad' : ''}`} data-testid="proposal-lint">
              Problems check: {delta.text}.
              {delta.addedErrors > 0 && (
                <>
                  {' '}
                  Warning: applying this leaves {delta.addedErrors} new error{delta.addedErrors === 1 ? '' : 's'} in the diagram (
                  {delta.added.filter((f) => f.category === 'error').slice(0, 3).map((f) => `${f.elementName ?? f.elementId ?? 'diagram'}: ${f.message}`).join('; ')}
                  ). You can apply it and fix them afterwards, or discard it.
                </>
              )}
            </p>
          )}
          <p className="chat-proposal-legend" aria-hidden>
            <i className="is-added" /> added <i className="is-changed" /> changed <i className="is-removed" /> removed
          </p>
        </>
      )}
      {error && (
        <p className="chat-proposal-error" role="alert">
          {error}
        </p>
      )}
      {live && (
        <div className="chat-proposal-actions">
          {full?.ok && (
            <button type="button" className="btn btn-sm btn-primary" onClick={() => void apply()} disabled={busy || !current?.ok || accepted.size === 0} data-testid="proposal-apply">
              {busy ? 'Applying…' : accepted.size < ops.length ? `Apply ${accepted.size} of ${ops.length}` : 'Apply'}
            </button>
          )}
          <button type="button" className="btn btn-sm" onClick={() => void discard()} disabled={busy} data-testid="proposal-discard">
            {full && !full.ok ? 'Dismiss' : 'Discard'}
          </button>
        </div>
      )}
    </div>
  );
}

export type NewDiagramArgs = { name: string; xml: string; steps: string[]; lint: string; lanes?: string[]; into_current?: boolean };

/** A generated process: create it as a new diagram, or draw it into the open diagram when that is empty. */
export function NewDiagramCard({ args, status, output, active, diagramId, onDone }: Omit<Props, 'args'> & { args: NewDiagramArgs }) {
  const service = useService();
  const bridge = useModelerBridge();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (status === 'completed') return <DoneEntry output={output} diagramId={diagramId} />;
  const canDrawHere = !!service && !!args.into_current && service.isEmpty();
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const { diagram } = await apiJson<{ diagram: { id: string; name: string } }>('POST', '/api/diagrams', { name: args.name, xml: args.xml }, 'Creating the diagram failed');
      await onDone?.({ status: 'created', diagram_id: diagram.id, name: diagram.name });
      window.location.assign(`/d/${diagram.id}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  const drawHere = async () => {
    if (!service) return;
    setBusy(true);
    setError(null);
    try {
      await service.insertProcess(args.xml);
      await bridge.flushSave();
      const revisionId = diagramId ? await saveRevision(diagramId, await service.xml()) : null;
      await onDone?.({ status: 'applied', revision_id: revisionId, applied: [0], rejected: [], summary: `Changed the diagram: drew the process (${args.steps.length} steps)`, element_ids: [] });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="chat-proposal" data-testid="proposal-card" aria-label="Proposed new process" role="group">
      <div className="chat-proposal-head">
        <strong>New process: {args.name}</strong>
        <span className="chat-proposal-sub">Problems check: {args.lint}.</span>
        {!!args.lanes?.length && <span className="chat-proposal-sub">Lanes: {args.lanes.join(', ')}</span>}
      </div>
      <ol className="chat-proposal-list chat-proposal-steps">
        {args.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {error && (
        <p className="chat-proposal-error" role="alert">
          {error}
        </p>
      )}
      {status === 'pending' && active && (
        <div className="chat-proposal-actions">
          {canDrawHere && (
            <button type="button" className="btn btn-sm btn-primary" disabled={busy} onClick={() => void drawHere()} data-testid="proposal-draw-here">
              Draw in this diagram
            </button>
          )}
          <button type="button" className={`btn btn-sm${canDrawHere ? '' : ' btn-primary'}`} disabled={busy} onClick={() => void create()} data-testid="proposal-create">
            Create as new diagram
          </button>
          <button type="button" className="btn btn-sm" disabled={busy} onClick={() => void onDone?.({ status: 'discarded', rejected: [0] })} data-testid="proposal-discard">
            Discard
          </button>
        </div>
      )}
    </div>
  );
}

export const isProposalTool = (name: string) => name === PROPOSE_TOOL || name === PROPOSE_NEW_TOOL;

/** The card for one client tool call, in either chat UI: a change proposal or a generated process. */
export function ClientToolCard({ name, args, ...rest }: Omit<Props, 'args'> & { name: string; args: Record<string, unknown> }) {
  if (name === PROPOSE_TOOL) return <ProposalCard args={args as unknown as ProposalArgs} {...rest} />;
  if (name === PROPOSE_NEW_TOOL) return <NewDiagramCard args={args as unknown as NewDiagramArgs} {...rest} />;
  return null;
}
