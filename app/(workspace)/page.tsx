import { redirect } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/page';
import { createDiagram, latestDiagramId } from '@/lib/diagrams';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Workspace' };

/** The workspace entry: the most recently edited diagram; a first diagram is created for a new user. */
export default async function WorkspaceHome() {
  const user = await requirePageUser('/');
  const id = (await latestDiagramId(user.id)) ?? (await createDiagram(user.id, { name: 'My first process' })).id;
  redirect(`/d/${id}`);
}
