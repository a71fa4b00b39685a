import { AppHeader } from '@/components/ui/app-header';
import { DiagramList } from '@/components/modeler/diagram-list';
import { requirePageUser } from '@/lib/auth/page';
import { listDiagrams } from '@/lib/diagrams';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Diagrams' };

export default async function DiagramsPage() {
  const user = await requirePageUser('/diagrams');
  const rows = await listDiagrams(user.id);
  const initial = rows.map((d) => ({ id: d.id, name: d.name, updatedAt: d.updatedAt.toISOString(), thumbnail: d.thumbnail }));
  return (
    <div className="app">
      <AppHeader user={user} current="workspace" />
      <main className="workspace" data-testid="workspace">
        <DiagramList initial={initial} />
      </main>
    </div>
  );
}
