'use client';
// Admin → Users: create an account with an initial password (POST /api/admin/users). The admin passes the password
// on; the user can change it in Settings.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { apiJson } from '@/components/ui/api-client';

export function CreateUserForm() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<'USER' | 'ADMIN'>('USER');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const u = await apiJson<{ email: string }>('POST', '/api/admin/users', { email, name: name || undefined, password, role }, 'Could not create the user');
      setDone(`Created ${u.email}. Give them the initial password; they can change it in Settings.`);
      setEmail('');
      setName('');
      setPassword('');
      setRole('USER');
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button className="btn btn-primary" onClick={() => setOpen(true)} data-testid="create-user-open">
        Create user
      </button>
    );
  }
  return (
    <form className="admin-card admin-card-body" onSubmit={submit} data-testid="create-user-form" style={{ maxWidth: 420 }}>
      <h2 style={{ marginTop: 0 }}>New user</h2>
      {error && <div className="alert alert-error" role="alert" data-testid="create-user-error">{error}</div>}
      {done && <div className="alert alert-info" role="status" data-testid="create-user-done">{done}</div>}
      <div className="field">
        <label htmlFor="new-user-email">Email</label>
        <input className="input" id="new-user-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="new-user-name">Name (optional)</label>
        <input className="input" id="new-user-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Initial password (at least 8 characters)</label>
        <input className="input" id="new-user-password" type="text" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={8} autoComplete="new-password" />
      </div>
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select className="input" id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as 'USER' | 'ADMIN')}>
          <option value="USER">Member</option>
          <option value="ADMIN">Admin (sees every conversation)</option>
        </select>
      </div>
      <div style={{ display: 'flex', gap: 8 }}>
        <button className="btn btn-primary" disabled={busy || !email || password.length < 8} data-testid="create-user-submit">
          {busy ? 'Creating…' : 'Create user'}
        </button>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </form>
  );
}
