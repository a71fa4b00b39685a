import Link from 'next/link';
import { Pager, hrefWith } from '@/components/admin/pager';
import { requirePageAdmin } from '@/lib/auth/page';
import { listUsers } from '@/lib/admin/users';
import { UserActions } from '@/components/admin/user-actions';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { fmtDateTime } from '@/components/admin/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Users' };

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SP }) {
  const admin = await requirePageAdmin('/admin/users');
  const sp = await searchParams;
  const q = typeof sp.q === 'string' ? sp.q : '';
  const cursor = typeof sp.cursor === 'string' ? sp.cursor : null;
  const page = await listUsers(admin, { q, cursor, limit: 50 });
  return (
    <>
      <div className="admin-page-head">
        <div>
          <h1>Users</h1>
          <div className="sub">Roles and access. Disabling someone ends their sessions and API tokens at once.</div>
        </div>
      </div>
      <div style={{ marginBottom: 16 }}>
        <CreateUserForm />
      </div>
      <div className="admin-card">
        <form className="admin-filters" method="get" action="/admin/users" role="search">
          <label className="search">
            Find
            <input className="input" type="search" name="q" defaultValue={q} placeholder="Email or name" />
          </label>
          <div className="actions">
            <button className="btn btn-primary" type="submit">Search</button>
          </div>
        </form>
        {page.data.length === 0 ? (
          <div className="empty-state">
            <h3>No users found</h3>
          </div>
        ) : (
          <table className="admin-table" data-testid="users-table">
            <thead>
              <tr>
                <th>User</th>
                <th>Role</th>
                <th>State</th>
                <th className="num">Conversations</th>
                <th>Joined</th>
                <th>Last active</th>
                <th><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((u) => (
                <tr key={u.id} data-testid="user-row" data-email={u.email}>
                  <td>
                    <div>{u.email}{u.id === admin.id && <span className="muted"> (you)</span>}</div>
                    {u.name && <div className="sub">{u.name}</div>}
                  </td>
                  <td>{u.role === 'ADMIN' ? <span className="flag-pill role-admin">admin</span> : <span className="muted">user</span>}</td>
                  <td>{u.disabled ? <span className="flag-pill state-disabled">disabled</span> : <span className="muted">active</span>}</td>
                  <td className="num">
                    {u.conversations > 0 ? <Link href={`/admin?user=${encodeURIComponent(u.email)}`}>{u.conversations}</Link> : 0}
                  </td>
                  <td className="nowrap">{fmtDateTime(u.createdAt)}</td>
                  <td className="nowrap">{fmtDateTime(u.lastActiveAt)}</td>
                  <td>
                    <UserActions id={u.id} email={u.email} role={u.role} disabled={u.disabled} self={u.id === admin.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager
          shown={page.data.length}
          firstHref={cursor ? hrefWith('/admin/users', { q }) : null}
          nextHref={page.nextCursor ? hrefWith('/admin/users', { q, cursor: page.nextCursor }) : null}
          firstLabel="← First"
          nextLabel="Next →"
        />
      </div>
    </>
  );
}
