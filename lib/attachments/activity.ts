// A visible note in the conversation for every API upload, so the chat shows what arrived and how.
import 'server-only';
import { formatBytes } from '@/lib/format';
import { addTaskItem } from '@/lib/store';
import { SOURCE_LABEL, type UploadSource } from './policy';
import type { AttachmentRow } from '@/lib/store/attachments';

export function activityTitle(row: Pick<AttachmentRow, 'name' | 'size' | 'source'>, reused = false): string {
  const how = SOURCE_LABEL[row.source as UploadSource] ?? '';
  return `Attached ${row.name} (${formatBytes(row.size)})${how ? ` ${how}` : ''}${reused ? ' — already in this conversation, reused' : ''}`;
}

export async function recordUploadActivity(userId: string, threadId: string, row: AttachmentRow, source: UploadSource, reused: boolean): Promise<void> {
  await addTaskItem(userId, threadId, {
    type: 'file',
    status_indicator: 'complete',
    title: activityTitle({ name: row.name, size: row.size, source }, reused),
    sources: [{ type: 'file', filename: row.name, title: row.name, description: `${row.mime}, ${formatBytes(row.size)}` }],
  });
}
