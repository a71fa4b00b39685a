'use client';
// Set / change / clear the admin flag of a conversation (PUT/DELETE /api/admin/conversations/:id/flag).
import { useState } from 'react';
import { apiJson } from '@/components/ui/api-client';
import { useApiAction } from '@/components/ui/use-api-action';

type Status = 'open' | 'escalated' | 'resolved';
type Flag = { status: Status; note: string; updatedAt?: string; updatedBy?: string | null } | null;

export function FlagControls({ threadId, flag }: { threadId: string; flag: Flag }) {
  const [status, setStatus] = useState<Status>(flag?.status ?? 'open');
  const [note, setNote] = useState(flag?.note ?? '');
  const { busy, error, run } = useApiAction();
  const [saved, setSaved] = useState(false);

  async function send(method: 'PUT' | 'DELETE') {
    setSaved(false);
    const ok = await run(() => apiJson(method, `/api/admin/conversations/${threadId}/flag`, method === 'PUT' ? { status, note } : undefined, 'Could not save the flag'));
    if (!ok) return;
    setSaved(true);
    if (method === 'DELETE') setNote('');
  }

  return (
    <div className="flag-form" data-testid="flag-controls">
      <div className="seg" role="group" aria-label="Flag status">
        {(['open', 'escalated', 'resolved'] as const).map((s) => (
          <button key={s} type="button" className="btn btn-sm" aria-pressed={status === s} onClick={() => setStatus(s)} data-testid={`flag-status-${s}`}>
            {s[0]!.toUpperCase() + s.slice(1)}
          </button>
        ))}
      </div>
      <label className="hint" htmlFor="flag-note">Note (admins only; the user never sees it)</label>
      <textarea id="flag-note" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} data-testid="flag-note" />
      {error && <div className="alert alert-error">{error}</div>}
      {saved && !error && <div className="hint" data-testid="flag-saved">Saved.</div>}
      <div style={{ display: 'flex', gap: 6 }}>
        <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={() => send('PUT')} data-testid="flag-save">
          {flag ? 'Update flag' : 'Flag conversation'}
        </button>
        {flag && (
          <button type="button" className="btn btn-sm btn-danger" disabled={busy} onClick={() => send('DELETE')} data-testid="flag-clear">
            Remove flag
          </button>
        )}
      </div>
      {flag?.updatedAt && (
        <div className="hint">
          Current: <span className={`flag-pill flag-${flag.status}`} data-testid="flag-current">{flag.status}</span> · {flag.updatedBy ?? 'unknown'} ·{' '}
          {new Date(flag.updatedAt).toISOString().slice(0, 16).replace('T', ' ')}
        </div>
      )}
    </div>
  );
}
