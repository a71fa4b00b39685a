'use client';
// The settings page's API tokens: create (the value is shown once), list, revoke — via /api/tokens.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { apiFetch } from '@/components/ui/api-client';

export type TokenRow = { id: string; label: string; prefix: string; scope: string; createdAt: string; lastUsedAt: string | null; expiresAt: string | null };

// Mirrors lib/auth/scopes.ts (a client component cannot import the server module).
const SCOPES: { id: string; label: string; hint: string }[] = [
  { id: 'full', label: 'Full access', hint: 'everything you can do' },
  { id: 'read', label: 'Read-only', hint: 'GET requests only: lists, reads, exports' },
  { id: 'chat', label: 'Chat only', hint: 'the chat protocol and its uploads' },
];
const scopeLabel = (id: string) => SCOPES.find((s) => s.id === id)?.label ?? id;

const fmt = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '—');

export function TokenManager({ tokens }: { tokens: TokenRow[] }) {
  const router = useRouter();
  const [label, setLabel] = useState('');
  const [scope, setScope] = useState('full');
  const [created, setCreated] = useState<{ label: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function call(url: string, init: RequestInit) {
    setBusy(true);
    setError(null);
    try {
      const res = await apiFetch(url, init, 'The token request failed');
      return res.status === 204 ? null : res.json();
    } catch (err) {
      setError((err as Error).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function create(e: React.FormEvent) {
    e.preventDefault();
    const body = await call('/api/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ label, scope }) });
    if (body) {
      setCreated({ label: `${body.label} (${scopeLabel(body.scope)})`, token: body.token });
      setLabel('');
      router.refresh();
    }
  }

  async function revoke(t: TokenRow) {
    if (!window.confirm(`Revoke “${t.label}”? Programs using it stop working immediately.`)) return;
    if ((await call(`/api/tokens/${t.id}`, { method: 'DELETE' })) !== undefined) router.refresh();
  }

  return (
    <div data-testid="token-manager">
      <form className="inline-form" onSubmit={create}>
        <input className="input" value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Token name, e.g. CI pipeline" maxLength={80} aria-label="Token name" data-testid="token-label" />
        <select className="input" value={scope} onChange={(e) => setScope(e.target.value)} aria-label="Token scope" data-testid="token-scope" title={SCOPES.find((s) => s.id === scope)?.hint}>
          {SCOPES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} — {s.hint}
            </option>
          ))}
        </select>
        <button className="btn btn-primary" disabled={busy || !label.trim()} data-testid="token-create">
          Create token
        </button>
      </form>
      {error && <div className="alert alert-error" style={{ marginTop: 10 }}>{error}</div>}
      {created && (
        <div className="alert alert-info" style={{ marginTop: 10 }} data-testid="token-created">
          <div style={{ marginBottom: 6 }}>
            <strong>{created.label}</strong>: copy it now — it will not be shown again.
          </div>
          <div className="token-once" data-testid="token-value">{created.token}</div>
        </div>
      )}
      {tokens.length === 0 ? (
        <p className="muted" style={{ marginTop: 12 }}>No API tokens yet. Use one as <code>Authorization: Bearer …</code> to call the API.</p>
      ) : (
        <table className="admin-table" style={{ marginTop: 12 }} data-testid="token-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Token</th>
              <th>Scope</th>
              <th>Created</th>
              <th>Last used</th>
              <th>Expires</th>
              <th><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.label}</td>
                <td><code>{t.prefix}…</code></td>
                <td>{scopeLabel(t.scope)}</td>
                <td className="nowrap">{fmt(t.createdAt)}</td>
                <td className="nowrap">{fmt(t.lastUsedAt)}</td>
                <td className="nowrap">{t.expiresAt ? fmt(t.expiresAt) : 'never'}</td>
                <td>
                  <button className="btn btn-sm btn-danger" disabled={busy} onClick={() => revoke(t)}>
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
