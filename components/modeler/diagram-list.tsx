'use client';
// The diagram list: thumbnails, open, new, rename, duplicate, delete (with confirmation), empty state.
import './workspace.css';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { IconPlus } from './icons';
import { apiJson } from '@/components/ui/api-client';
import { relativeTime } from '@/lib/format';

export type DiagramCard = { id: string; name: string; updatedAt: string; thumbnail: string | null };

const api = (method: string, path: string, body?: unknown) => apiJson(method, path, body, 'The diagram request failed');

const thumbSrc = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export function DiagramList({ initial }: { initial: DiagramCard[] }) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<DiagramCard | null>(null);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? items.filter((d) => d.name.toLowerCase().includes(q)) : items;
  }, [items, query]);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const create = () => run(async () => {
    const { diagram } = await api('POST', '/api/diagrams', {});
    router.push(`/d/${diagram.id}`);
  });
  const duplicate = (d: DiagramCard) => run(async () => {
    const { diagram } = await api('POST', `/api/diagrams/${d.id}/duplicate`);
    setItems((xs) => [{ ...diagram, updatedAt: diagram.updatedAt }, ...xs]);
  });
  const rename = (d: DiagramCard, name: string) => run(async () => {
    setRenaming(null);
    if (!name.trim() || name.trim() === d.name) return;
    const { diagram } = await api('PATCH', `/api/diagrams/${d.id}`, { name });
    setItems((xs) => xs.map((x) => (x.id === d.id ? { ...x, name: diagram.name } : x)));
  });
  const remove = (d: DiagramCard) => run(async () => {
    setConfirming(null);
    await api('DELETE', `/api/diagrams/${d.id}`);
    setItems((xs) => xs.filter((x) => x.id !== d.id));
  });

  return (
    <div className="pm-list-page">
      <div className="pm-list-inner">
        <div className="pm-list-head">
          <div>
            <h1>Diagrams</h1>
            <p>{items.length ? `${items.length} diagram${items.length > 1 ? 's' : ''}, saved as you edit.` : 'Your BPMN processes, saved as you edit.'}</p>
          </div>
          <div className="spacer" />
          {items.length > 3 && <input className="input pm-search" placeholder="Filter by name" aria-label="Filter diagrams by name" value={query} onChange={(e) => setQuery(e.target.value)} />}
          <button className="btn btn-primary" onClick={create} disabled={busy} data-testid="new-diagram">
            <IconPlus /> New diagram
          </button>
        </div>
        {error && <div className="alert alert-error" role="alert">{error}</div>}
        {items.length === 0 ? (
          <div className="pm-empty" data-testid="diagrams-empty">
            <img src="/logo.svg" alt="" width={44} height={44} />
            <h2>No diagrams yet</h2>
            <p>Start from a simple process (start → task → end) and shape it with the palette. Or open a .bpmn file from Camunda Modeler or any BPMN tool.</p>
            <div className="actions">
              <button className="btn btn-primary" onClick={create} disabled={busy}>
                <IconPlus /> Create your first diagram
              </button>
            </div>
          </div>
        ) : (
          <ul className="pm-grid" data-testid="diagram-list">
            {shown.map((d) => (
              <li key={d.id} className="pm-card" data-testid="diagram-card">
                <Link href={`/d/${d.id}`} className="pm-card-thumb" aria-label={`Open ${d.name}`}>
                  {d.thumbnail ? <img src={thumbSrc(d.thumbnail)} alt="" /> : <span className="pm-thumb-empty">No preview</span>}
                </Link>
                <div className="pm-card-body">
                  <div className="pm-card-text">
                    {renaming === d.id ? (
                      <input
                        className="pm-card-rename"
                        autoFocus
                        defaultValue={d.name}
                        aria-label="New name"
                        maxLength={120}
                        onBlur={(e) => rename(d, e.currentTarget.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') e.currentTarget.blur();
                          if (e.key === 'Escape') setRenaming(null);
                        }}
                      />
                    ) : (
                      <Link href={`/d/${d.id}`} className="pm-card-name" title={d.name}>{d.name}</Link>
                    )}
                    <span className="pm-card-time" title={new Date(d.updatedAt).toLocaleString()}>Edited {relativeTime(d.updatedAt)}</span>
                  </div>
                  <details className="pm-card-menu">
                    <summary className="btn btn-ghost btn-icon btn-sm" aria-label={`Actions for ${d.name}`}>⋯</summary>
                    <div className="menu" role="menu">
                      <Link href={`/d/${d.id}`} role="menuitem">Open</Link>
                      <button role="menuitem" onClick={(e) => { e.currentTarget.closest('details')?.removeAttribute('open'); setRenaming(d.id); }}>Rename</button>
                      <button role="menuitem" onClick={(e) => { e.currentTarget.closest('details')?.removeAttribute('open'); void duplicate(d); }}>Duplicate</button>
                      <button role="menuitem" className="btn-danger" onClick={(e) => { e.currentTarget.closest('details')?.removeAttribute('open'); setConfirming(d); }}>Delete…</button>
                    </div>
                  </details>
                </div>
              </li>
            ))}
            {!query && (
              <li>
                <button className="pm-card-new" style={{ width: '100%', height: '100%' }} onClick={create} disabled={busy}>
                  <span><IconPlus size={22} /></span>
                  New diagram
                </button>
              </li>
            )}
          </ul>
        )}
      </div>
      {confirming && (
        <div className="pm-confirm" role="dialog" aria-modal="true" aria-labelledby="pm-del-title" onClick={() => setConfirming(null)}>
          <div onClick={(e) => e.stopPropagation()}>
            <h2 id="pm-del-title">Delete “{confirming.name}”?</h2>
            <p>The diagram and all its saved versions are removed. Conversations about it stay in your chat history.</p>
            <div className="actions">
              <button className="btn" autoFocus onClick={() => setConfirming(null)}>Cancel</button>
              <button className="btn btn-danger-solid" onClick={() => remove(confirming)} data-testid="confirm-delete">Delete diagram</button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

/** Placeholder cards while the list loads. */
export function DiagramListSkeleton() {
  return (
    <div className="pm-list-page" aria-busy="true">
      <div className="pm-list-inner">
        <div className="pm-list-head"><div><h1>Diagrams</h1><p>Loading…</p></div></div>
        <div className="pm-grid">{Array.from({ length: 6 }, (_, i) => <div key={i} className="pm-skeleton" />)}</div>
      </div>
    </div>
  );
}
