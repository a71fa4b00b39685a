'use client';
// Conversation history: the current diagram's threads first (toggle for all), switch, rename, delete with confirm.
import { useState } from 'react';
import type { Thread } from '@/lib/chatkit/types';
import { relativeTime } from '@/lib/format';
import { IconPencil, IconPlus, IconTrash, IconX } from './icons';

export function threadTitle(t: { title?: string } | null | undefined): string {
  return t?.title?.trim() || 'New conversation';
}

type Props = {
  threads: Thread[] | null;
  /** Which of them belong to the open diagram (from the server's filtered list); null: cannot split. */
  mineIds: Set<string> | null;
  loading: boolean;
  error: string | null;
  currentId: string | null;
  diagramId: string | null;
  diagramName: string;
  onSelect: (id: string) => void;
  onNew: () => void;
  onRename: (id: string, title: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onClose: () => void;
  hasMore: boolean;
  onMore: () => void;
};

function Row({
  t,
  current,
  onSelect,
  onRename,
  onDelete,
}: {
  t: Thread;
  current: boolean;
  onSelect: () => void;
  onRename: (title: string) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [title, setTitle] = useState(t.title ?? '');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string | null>(null);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setErr(null);
    try {
      await fn();
      setMode('view');
    } catch (e) {
      setErr(e instanceof Error ? e.message : 'That did not work.');
    } finally {
      setBusy(false);
    }
  };

  if (mode === 'rename') {
    return (
      <li className="chat-hist-row is-editing" data-testid="thread-row">
        <form
          className="chat-hist-rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (title.trim()) void run(() => onRename(title.trim()));
          }}
        >
          <input
            className="input"
            autoFocus
            value={title}
            maxLength={200}
            aria-label="Conversation title"
            data-testid="thread-rename-input"
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setMode('view');
              }
            }}
          />
          <button type="submit" className="btn btn-primary btn-sm" disabled={busy || !title.trim()}>
            Save
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
        {err && <div className="chat-hist-err">{err}</div>}
      </li>
    );
  }

  return (
    <li className={`chat-hist-row ${current ? 'is-current' : ''}`} data-testid="thread-row" data-thread-id={t.id}>
      <button type="button" className="chat-hist-main" onClick={onSelect} aria-current={current ? 'true' : undefined}>
        <span className="chat-hist-title">{threadTitle(t)}</span>
        <span className="chat-hist-time">{relativeTime(t.created_at)}</span>
      </button>
      {mode === 'confirm' ? (
        <div className="chat-hist-confirm" role="group" aria-label="Confirm delete">
          <span>Delete?</span>
          <button type="button" className="btn btn-sm btn-danger" disabled={busy} onClick={() => void run(onDelete)} data-testid="thread-delete-confirm">
            Delete
          </button>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      ) : (
        <div className="chat-hist-actions">
          <button type="button" className="chat-icon-btn" aria-label={`Rename ${threadTitle(t)}`} title="Rename" onClick={() => setMode('rename')}>
            <IconPencil width={14} height={14} />
          </button>
          <button type="button" className="chat-icon-btn" aria-label={`Delete ${threadTitle(t)}`} title="Delete" onClick={() => setMode('confirm')}>
            <IconTrash width={14} height={14} />
          </button>
        </div>
      )}
      {err && <div className="chat-hist-err">{err}</div>}
    </li>
  );
}

export function ThreadHistory(p: Props) {
  const [scope, setScope] = useState<'diagram' | 'all'>('diagram');
  const all = p.threads ?? [];
  // Without an open diagram (or before the server said which threads are its) there is nothing to split by.
  const ids = p.mineIds;
  const canSplit = ids !== null && p.diagramId !== null;
  const mine = canSplit ? all.filter((t) => ids.has(t.id)) : all;
  const others = canSplit ? all.filter((t) => !ids.has(t.id)) : [];
  const showOthers = scope === 'all' || !canSplit;

  const rows = (list: Thread[]) =>
    list.map((t) => (
      <Row
        key={t.id}
        t={t}
        current={t.id === p.currentId}
        onSelect={() => p.onSelect(t.id)}
        onRename={(title) => p.onRename(t.id, title)}
        onDelete={() => p.onDelete(t.id)}
      />
    ));

  return (
    <div className="chat-history" data-testid="thread-history">
      <div className="chat-history-head">
        <h3>Conversations</h3>
        <button type="button" className="btn btn-sm" onClick={p.onNew}>
          <IconPlus width={14} height={14} /> New
        </button>
        <button type="button" className="chat-icon-btn" aria-label="Close history" onClick={p.onClose}>
          <IconX />
        </button>
      </div>
      {canSplit && (
        <div className="chat-seg" role="tablist" aria-label="Which conversations">
          <button type="button" role="tab" aria-selected={scope === 'diagram'} onClick={() => setScope('diagram')}>
            This diagram
          </button>
          <button type="button" role="tab" aria-selected={scope === 'all'} onClick={() => setScope('all')}>
            All diagrams
          </button>
        </div>
      )}
      <div className="chat-history-body">
        {p.error && <div className="alert alert-error">{p.error}</div>}
        {p.loading && !p.threads && (
          <ul className="chat-hist-list" aria-busy>
            {[0, 1, 2].map((i) => (
              <li key={i} className="chat-hist-skeleton" />
            ))}
          </ul>
        )}
        {p.threads && (
          <>
            {canSplit && <div className="chat-hist-group">{p.diagramName || 'This diagram'}</div>}
            {mine.length === 0 && canSplit && <p className="chat-hist-empty">No conversations about this diagram yet.</p>}
            {!canSplit && all.length === 0 && <p className="chat-hist-empty">No conversations yet.</p>}
            <ul className="chat-hist-list" aria-label={canSplit ? 'Conversations about this diagram' : 'Conversations'}>{rows(canSplit ? mine : all)}</ul>
            {canSplit && showOthers && others.length > 0 && (
              <>
                <div className="chat-hist-group">Other diagrams</div>
                <ul className="chat-hist-list" aria-label="Other conversations">{rows(others)}</ul>
              </>
            )}
            {p.hasMore && (
              <button type="button" className="btn btn-ghost btn-sm chat-hist-more" onClick={p.onMore} disabled={p.loading}>
                {p.loading ? 'Loading…' : 'Show older'}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
