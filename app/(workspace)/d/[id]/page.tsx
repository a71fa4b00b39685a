import { notFound } from 'next/navigation';
import { AppHeader } from '@/components/ui/app-header';
import { WorkspaceEditor } from '@/components/modeler/workspace-editor';
import { chatUiConfigFromEnv } from '@/components/chat/chat-config.server';
import { requirePageUser } from '@/lib/auth/page';
import { getDiagram } from '@/lib/diagrams';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(userId: string, id: string) {
  try {
    return await getDiagram(userId, id);
  } catch (err) {
    // Malformed, missing and someone else's diagrams all look the same: not found.
    if (err instanceof AppError && (err.code === 'notFound' || err.code === 'badRequest')) notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return { title: id.startsWith('dgm_') ? 'Diagram' : 'Workspace' };
}

export default async function DiagramPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/d/${id}`);
  const d = await load(user.id, id);
  return (
    <div className="app">
      <AppHeader user={user} current="workspace" />
      <WorkspaceEditor userId={user.id} diagram={{ id: d.id, name: d.name, xml: d.xml }} chatConfig={chatUiConfigFromEnv()} />
    </div>
  );
}
