// Every lib/admin entry point takes the calling admin and checks the role again here, so a route or page that
// forgot requireAdmin still cannot read across users.
import 'server-only';
import { AppError } from '@/lib/errors';
import { env } from '@/lib/env';

export type AdminActor = { id: string; role: 'USER' | 'ADMIN' | string };

export function assertAdmin(actor: AdminActor | null | undefined): asserts actor is AdminActor {
  if (!actor || actor.role !== 'ADMIN') throw new AppError('notFound', 'Not found');
}

/** ADMIN_CAN_READ_CONVERSATIONS: when off, transcripts, search, the feedback queue and export are closed. */
export function conversationsReadable(): boolean {
  return env().ADMIN_CAN_READ_CONVERSATIONS;
}

export function assertConversationsReadable(): void {
  if (!conversationsReadable()) {
    throw new AppError(
      'forbidden',
      'Reading conversations is turned off on this server (ADMIN_CAN_READ_CONVERSATIONS=false). Statistics stay available.',
    );
  }
}
