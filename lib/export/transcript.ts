// A human-readable Markdown transcript of a conversation export.
import type { ThreadItem } from '@/lib/chatkit/types';
import type { ConversationExport } from './conversation';

function itemMarkdown(item: ThreadItem): string | null {
  const when = item.created_at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  switch (item.type) {
    case 'user_message': {
      const text = item.content.map((c) => (c.type === 'input_text' ? c.text : `@${c.text}`)).join(' ').trim();
      const files = (item.attachments ?? []).map((a) => `- 📎 ${a.name} (${a.mime_type})`).join('\n');
      return `### You — ${when}\n\n${item.quoted_text ? `> ${item.quoted_text}\n\n` : ''}${text || '_(no text)_'}${files ? `\n\n${files}` : ''}`;
    }
    case 'assistant_message':
      return `### Assistant — ${when}\n\n${item.content.map((c) => c.text).join('\n\n')}`;
    case 'task':
      return `_${when}: ${item.task.title ?? item.task.type}_`;
    case 'workflow':
      return `_${when}: ${item.workflow.tasks.map((t) => t.title ?? t.type).join('; ')}_`;
    case 'widget':
      return item.copy_text ? `_${when} (widget):_ ${item.copy_text}` : null;
    case 'client_tool_call':
      return `_${when}: tool ${item.name} (${item.status})_`;
    default:
      return null;
  }
}

export function transcriptMarkdown(exp: ConversationExport): string {
  const lines = [`# ${exp.thread.title ?? 'Conversation'}`, '', `Conversation \`${exp.thread.id}\`, started ${exp.thread.created_at}, exported ${exp.exportedAt}.`, ''];
  for (const item of exp.items) {
    const md = itemMarkdown(item);
    if (md) lines.push(md, '');
  }
  if (exp.attachments.length) {
    lines.push('## Attachments', '');
    for (const a of exp.attachments) lines.push(`- [${a.name}](${encodeURI(a.path)}) — ${a.type}, ${a.size} bytes, sha256 \`${a.sha256}\``);
    lines.push('');
  }
  if (exp.diagramRevisions.length) {
    lines.push('## Diagram revisions', '');
    for (const r of exp.diagramRevisions) lines.push(`- [${r.diagramName} — ${r.createdAt}](${encodeURI(r.path)})`);
    lines.push('');
  }
  return lines.join('\n');
}
