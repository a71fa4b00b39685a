// Attachments as the admin transcript shows them. Image previews need fresh signed URLs: those come from the
// attachments module's port (newly signed URLs for the owner); the stored payload's URL is the fallback.
import 'server-only';
import type { Attachment } from '@/lib/chatkit/types';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';

export type AttachmentView = {
  id: string;
  name: string;
  mimeType: string;
  kind: 'image' | 'file';
  previewUrl: string | null;
};

export async function presentAttachments(ownerId: string, stored: Attachment[]): Promise<Map<string, AttachmentView>> {
  const out = new Map<string, AttachmentView>();
  for (const a of stored) {
    out.set(a.id, {
      id: a.id,
      name: a.name,
      mimeType: a.mime_type,
      kind: a.type === 'image' ? 'image' : 'file',
      previewUrl: a.type === 'image' ? a.preview_url ?? null : null,
    });
  }
  const ids = [...out.keys()];
  if (ids.length) {
    for (const a of await attachmentsPort.present({ userId: ownerId }, ids)) {
      const v = out.get(a.id);
      if (v && a.type === 'image') v.previewUrl = a.preview_url;
    }
  }
  return out;
}
