'use client';
// Left navigation of the admin area; highlights the section of the current URL.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const ITEMS = [
  { href: '/admin', label: 'Conversations', match: (p: string) => p === '/admin' || p.startsWith('/admin/conversations') || p.startsWith('/admin/revisions') },
  { href: '/admin/feedback', label: 'Feedback queue' },
  { href: '/admin/stats', label: 'Stats' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/audit', label: 'Audit log' },
];

export function AdminNav({ readable }: { readable: boolean }) {
  const path = usePathname() ?? '/admin';
  return (
    <nav className="admin-nav" aria-label="Admin">
      <div className="nav-title">Admin</div>
      {ITEMS.map((i) => {
        const active = i.match ? i.match(path) : path.startsWith(i.href);
        return (
          <Link key={i.href} href={i.href} aria-current={active ? 'page' : undefined}>
            <span className="nav-label">{i.label}</span>
          </Link>
        );
      })}
      <div className="nav-foot">{readable ? 'Conversation review is on.' : 'Conversation review is off (ADMIN_CAN_READ_CONVERSATIONS=false).'}</div>
    </nav>
  );
}
