import Link from 'next/link';
import { SignOutButton } from '@/components/ui/sign-out-button';

export type HeaderUser = { email: string; name: string | null; role: 'USER' | 'ADMIN' };

export function AppHeader({ user, current, children }: { user: HeaderUser; current?: 'workspace' | 'admin' | 'settings'; children?: React.ReactNode }) {
  const initials = (user.name || user.email).slice(0, 2);
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label="Procmod home">
        <img src="/logo.svg" alt="" /> Procmod
      </Link>
      <nav aria-label="Main">
        <Link href="/" aria-current={current === 'workspace' ? 'page' : undefined}>
          Workspace
        </Link>
        {user.role === 'ADMIN' && (
          <Link href="/admin" aria-current={current === 'admin' ? 'page' : undefined} data-testid="admin-link">
            Admin
          </Link>
        )}
      </nav>
      <div className="spacer">{children}</div>
      <details className="user-menu">
        <summary data-testid="user-menu">
          <span className="avatar" aria-hidden>
            {initials}
          </span>
          <span>{user.name || user.email}</span>
        </summary>
        <div className="menu" role="menu">
          <div className="menu-head">
            <div>
              {user.name || user.email} {user.role === 'ADMIN' && <span className="badge badge-admin">Admin</span>}
            </div>
            <div className="email">{user.email}</div>
          </div>
          <Link href="/settings">Settings &amp; API tokens</Link>
          {user.role === 'ADMIN' && <Link href="/admin">Admin</Link>}
          <SignOutButton />
        </div>
      </details>
    </header>
  );
}
