import { AppHeader } from '@/components/ui/app-header';
import { requirePageUser } from '@/lib/auth/page';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Workspace' };

export default async function WorkspacePage() {
  const user = await requirePageUser('/');
  return (
    <div className="app">
      <AppHeader user={user} current="workspace" />
      <main className="workspace" data-testid="workspace">
        <section className="pane-modeler" aria-label="Diagram">
          <div className="placeholder">
            <div>
              <h3>Your diagrams live here</h3>
              <p>The BPMN modeler opens in this pane.</p>
            </div>
          </div>
        </section>
        <aside className="pane-chat" aria-label="Chat">
          <div className="placeholder">
            <div>
              <h3>Ask about your diagram</h3>
              <p>The assistant panel opens here.</p>
            </div>
          </div>
        </aside>
      </main>
    </div>
  );
}
