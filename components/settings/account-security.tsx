'use client';
// Settings → Security: change the password (current one required) and "sign out everywhere". Both end every
// session, this one included, so afterwards the browser goes to the sign-in page.
import { useState } from 'react';
import { apiJson } from '@/components/ui/api-client';

function toSignIn(reason: string) {
  window.location.assign(`/signin?notice=${encodeURIComponent(reason)}`);
}

export function AccountSecurity({ hasPassword }: { hasPassword: boolean }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function changePassword(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (next !== repeat) return setError('The two new passwords differ. Type the same new password twice.');
    setBusy(true);
    try {
      await apiJson('POST', '/api/me/password', { currentPassword: current, newPassword: next }, 'Could not change the password');
      toSignIn('password-changed');
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  async function signOutEverywhere() {
    if (!window.confirm('Sign out on every device and browser, this one included? API tokens keep working.')) return;
    setBusy(true);
    setError(null);
    try {
      await apiJson('DELETE', '/api/me/sessions', undefined, 'Could not sign out everywhere');
      toSignIn('signed-out-everywhere');
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <div data-testid="account-security">
      {error && (
        <div className="alert alert-error" role="alert" data-testid="security-error" style={{ marginBottom: 10 }}>
          {error}
        </div>
      )}
      {hasPassword ? (
        <form onSubmit={changePassword} data-testid="password-form" style={{ maxWidth: 360 }}>
          <div className="field">
            <label htmlFor="current-password">Current password</label>
            <input className="input" id="current-password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="new-password">New password</label>
            <input className="input" id="new-password" type="password" autoComplete="new-password" minLength={8} value={next} onChange={(e) => setNext(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="repeat-password">New password again</label>
            <input className="input" id="repeat-password" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
          </div>
          <button className="btn btn-primary" disabled={busy || !current || !next || !repeat} data-testid="password-submit">
            Change password
          </button>
          <p className="muted" style={{ fontSize: 13 }}>Changing it signs you out everywhere; sign in again with the new password.</p>
        </form>
      ) : (
        <p className="muted">You sign in through an external provider, so there is no password to change here.</p>
      )}
      <div style={{ marginTop: 16 }}>
        <button className="btn btn-danger" disabled={busy} onClick={signOutEverywhere} data-testid="sign-out-everywhere">
          Sign out everywhere
        </button>
        <span className="muted" style={{ marginLeft: 8, fontSize: 13 }}>Ends every session of your account on all devices.</span>
      </div>
    </div>
  );
}
