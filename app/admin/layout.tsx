import '@/components/admin/admin.css';
import { AppHeader } from '@/components/ui/app-header';
import { AdminNav } from '@/components/admin/admin-nav';
import { requirePageAdmin } from '@/lib/auth/page';
import { conversationsReadable } from '@/lib/admin/guard';

export const dynamic = 'force-dynamic';
export const metadata = { title: { default: 'Admin', template: '%s · Admin · Procmod' } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageAdmin('/admin');
  return (
    <div className="app">
      <AppHeader user={user} current="admin" />
      <div className="admin-shell">
        <AdminNav readable={conversationsReadable()} />
        <main className="admin-main" data-testid="admin-main">
          {children}
        </main>
      </div>
    </div>
  );
}
