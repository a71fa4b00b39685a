'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { apiJson } from '@/components/ui/api-client';

export function SignUpForm() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiJson('POST', '/api/signup', { name: name || undefined, email, password }, 'Sign-up failed');
      const signed = await signIn('credentials', { email, password, redirect: false, callbackUrl: '/' });
      if (!signed || signed.error) throw new Error('Your account was created, but signing in failed. Try signing in.');
      window.location.assign('/');
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <>
      <h1>Create your account</h1>
      <p className="sub">Start modelling in under a minute.</p>
      {error && (
        <div className="alert alert-error" role="alert" data-testid="signup-error">
          {error}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="name">Name <span className="hint">(optional)</span></label>
          <input id="name" className="input" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </div>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" className="input" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" className="input" type="password" autoComplete="new-password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} />
          <span className="hint">At least 8 characters.</span>
        </div>
        <button className="btn btn-primary btn-block" type="submit" disabled={busy || !email || password.length < 8}>
          {busy ? 'Creating account…' : 'Create account'}
        </button>
      </form>
    </>
  );
}
