import '@/components/admin/admin.css';
import { AppHeader } from '@/components/ui/app-header';
import { requirePageUser } from '@/lib/auth/page';
import { listApiTokens } from '@/lib/auth/tokens';
import { conversationsReadable } from '@/lib/admin/guard';
import { TokenManager } from '@/components/admin/token-manager';
import { AccountSecurity } from '@/components/settings/account-security';
import { hasPassword as userHasPassword } from '@/lib/auth/users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requirePageUser('/settings');
  const tokens = (await listApiTokens(user.id)).map((t) => ({
    ...t,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
  }));
  const reviewed = conversationsReadable();
  const hasPassword = await userHasPassword(user.id);
  return (
    <div className="app">
      <AppHeader user={user} current="settings" />
      <main className="settings-main" data-testid="settings">
        <div className="admin-page-head">
          <h1>Settings</h1>
        </div>
        <section className="admin-card">
          <div className="admin-card-head">
            <h2>Profile</h2>
          </div>
          <dl className="admin-card-body side-facts">
            <dt>Name</dt>
            <dd>{user.name || <span className="muted">not set</span>}</dd>
            <dt>Email</dt>
            <dd>{user.email}</dd>
            <dt>Role</dt>
            <dd>{user.role === 'ADMIN' ? 'Administrator' : 'Member'}</dd>
          </dl>
        </section>
        <section className="admin-card">
          <div className="admin-card-head">
            <h2>Security</h2>
          </div>
          <div className="admin-card-body">
            <AccountSecurity hasPassword={hasPassword} />
          </div>
        </section>
        <section className="admin-card">
          <div className="admin-card-head">
            <h2>API tokens</h2>
          </div>
          <div className="admin-card-body">
            <TokenManager tokens={tokens} />
          </div>
        </section>
        <section className="admin-card" data-testid="privacy-note">
          <div className="admin-card-head">
            <h2>Privacy</h2>
          </div>
          <div className="admin-card-body">
            {reviewed ? (
              <p style={{ margin: 0 }}>
                Administrators of this server may review conversations with the assistant — including attached images and the
                diagram version a message was sent with — to improve answers and handle reports. Every such view is recorded in an
                audit log.
              </p>
            ) : (
              <p style={{ margin: 0 }}>
                Administrators of this server cannot read conversations; they only see aggregate statistics.
              </p>
            )}
          </div>
        </section>
      </main>
    </div>
  );
}
