'use client';
// Promote/demote and disable/enable one user (PATCH /api/admin/users/:id); errors (last admin, yourself) inline.
import { apiJson } from '@/components/ui/api-client';
import { useApiAction } from '@/components/ui/use-api-action';

export function UserActions({ id, email, role, disabled, self }: { id: string; email: string; role: 'USER' | 'ADMIN'; disabled: boolean; self: boolean }) {
  const { busy, error, run } = useApiAction();

  async function patch(body: { role?: 'USER' | 'ADMIN'; disabled?: boolean }, confirmText: string) {
    if (!window.confirm(confirmText)) return;
    await run(() => apiJson('PATCH', `/api/admin/users/${id}`, body, 'Could not update the user'));
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4, alignItems: 'flex-end' }}>
      <div style={{ display: 'flex', gap: 6 }}>
        {role === 'USER' ? (
          <button className="btn btn-sm" disabled={busy} onClick={() => patch({ role: 'ADMIN' }, `Make ${email} an admin? They will see every conversation.`)} data-testid="promote">
            Make admin
          </button>
        ) : (
          <button className="btn btn-sm" disabled={busy} onClick={() => patch({ role: 'USER' }, `Remove admin rights from ${email}${self ? ' (yourself)' : ''}?`)} data-testid="demote">
            Remove admin
          </button>
        )}
        {disabled ? (
          <button className="btn btn-sm" disabled={busy} onClick={() => patch({ disabled: false }, `Enable ${email}?`)} data-testid="enable">
            Enable
          </button>
        ) : (
          <button className="btn btn-sm btn-danger" disabled={busy || self} title={self ? 'You cannot disable yourself' : undefined} onClick={() => patch({ disabled: true }, `Disable ${email}? Their sessions and API tokens stop working immediately.`)} data-testid="disable">
            Disable
          </button>
        )}
      </div>
      {error && <div className="hint" style={{ color: 'var(--danger)' }} role="alert">{error}</div>}
    </div>
  );
}
