// Attachments as the admin transcript shows them. Image previews need fresh signed URLs: those come from the
// attachments module's port (present = newly signed URLs for the owner); the stored payload's URL is the fallback.
import type { Attachment } from '@/lib/chatkit/types';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';

export type AttachmentView = {
  id: string;
  name: string;
  mimeType: string;
  kind: 'image' | 'file';
  previewUrl: string | null;
};

type Presenter = (ownerId: string, ids: string[]) => Promise<Attachment[]>;

let presenter: Presenter | null = null;

/** Wiring point for the attachments module (fresh signed preview URLs for the conversation owner). */
export function setAttachmentPresenter(p: Presenter | null): void {
  presenter = p;
}

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
  const present = presenter ?? (await loadDefaultPresenter());
  if (present && ids.length) {
    for (const a of await present(ownerId, ids)) {
      const v = out.get(a.id);
      if (v && a.type === 'image') v.previewUrl = a.preview_url;
    }
  }
  return out;
}

async function loadDefaultPresenter(): Promise<Presenter | null> {
  return (ownerId, ids) => attachmentsPort.present({ userId: ownerId }, ids);
}
