// A human-readable Markdown transcript of a conversation export.
import type { ThreadItem } from '@/lib/chatkit/types';
import { assistantMessageText, clientToolCallText, taskText, userMessageText, workflowLines } from '@/lib/ai/converter';
import type { ConversationExport } from './conversation';
import { escapeMarkdown } from '@/lib/markdown';

function itemMarkdown(item: ThreadItem): string | null {
  const when = item.created_at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  switch (item.type) {
    case 'user_message': {
      const text = userMessageText(item);
      const files = (item.attachments ?? []).map((a) => `- 📎 ${a.name} (${a.mime_type})`).join('\n');
      return `### You — ${when}\n\n${item.quoted_text ? `> ${item.quoted_text.replace(/\n/g, '\n> ')}\n\n` : ''}${text || '_(no text)_'}${files ? `\n\n${files}` : ''}`;
    }
    case 'assistant_message':
      return `### Assistant — ${when}\n\n${assistantMessageText(item)}`;
    case 'task':
      return `_${when}: ${escapeMarkdown(taskText(item.task))}_`;
    case 'workflow': {
      // Tool activity is what an answer rests on: every query on its own line.
      const s = item.workflow.summary;
      const head = s && 'title' in s ? s.title : item.workflow.type === 'reasoning' ? 'Reasoning' : 'Diagram queries';
      return `_${when}: ${escapeMarkdown(head)}_\n\n${workflowLines(item).map((l) => `- ${escapeMarkdown(l)}`).join('\n')}`;
    }
    case 'widget':
      return item.copy_text ? `_${when} (widget):_ ${item.copy_text}` : null;
    case 'client_tool_call':
      return `_${when}: tool ${escapeMarkdown(clientToolCallText(item))}_`;
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
