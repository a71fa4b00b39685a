'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';

export type ProviderButton = { id: string; name: string };

function safeCallback(url: string | null): string {
  // Only same-site paths: never an open redirect.
  return url && url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

export function SignInForm({ providers, callbackUrl, initialError, notice }: { providers: ProviderButton[]; callbackUrl: string | null; initialError?: string | null; notice?: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [busy, setBusy] = useState(false);
  const target = safeCallback(callbackUrl);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await signIn('credentials', { email, password, redirect: false, callbackUrl: target });
    if (!res || res.error) {
      setBusy(false);
      // 429: the server's message says how long to wait (too many failed attempts).
      setError(
        res?.status === 429 && res.error
          ? res.error
          : res?.error === 'CredentialsSignin' || !res
            ? 'Wrong email or password. Check both and try again.'
            : 'Sign-in failed. Try again in a moment.',
      );
      return;
    }
    window.location.assign(target);
  }

  return (
    <>
      <h1>Sign in</h1>
      <p className="sub">Welcome back. Pick up where you left off.</p>
      {notice && <div className="alert alert-info">{notice}</div>}
      {error && (
        <div className="alert alert-error" role="alert" data-testid="signin-error">
          {error}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" className="input" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" className="input" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button className="btn btn-primary btn-block" type="submit" disabled={busy || !email || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {providers.length > 0 && (
        <>
          <div className="divider">or</div>
          {providers.map((p) => (
            <button key={p.id} className="btn btn-block" style={{ marginBottom: 8 }} onClick={() => signIn(p.id, { callbackUrl: target })}>
              Continue with {p.name}
            </button>
          ))}
        </>
      )}
    </>
  );
}
