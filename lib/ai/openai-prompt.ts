// Turns a TurnContext into model input: instructions carrying the diagram (trimmed XML, element list,
// lint findings, structural checks, changes) and the conversation with attachments as data URLs.
// Two shapes from one source: Responses API input items, and Chat Completions messages (fallback).
import type { ResponseInputContent, ResponseInputItem } from 'openai/resources/responses/responses';
import type { ChatCompletionContentPart, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ModelAttachment, SkippedAttachment, TurnContext } from './context';

export type PromptOptions = { vision: boolean; acceptsPdf: boolean };

export type Prompt = {
  instructions: string;
  /** Attachments that could not be sent, to be named in the answer. */
  notSent: SkippedAttachment[];
  /** Images held back because the model is configured as text-only. */
  imagesWithheld: ModelAttachment[];
  turns: { role: 'user' | 'assistant' | 'context'; text: string; attachments: ModelAttachment[] }[];
};

export function buildPrompt(turn: TurnContext, opts: PromptOptions): Prompt {
  const notSent: SkippedAttachment[] = [...turn.skipped];
  const imagesWithheld: ModelAttachment[] = [];
  const usable = turn.attachments.filter((a) => {
    if (a.kind === 'image' && !opts.vision) {
      imagesWithheld.push(a);
      notSent.push({ attachmentId: a.attachmentId, name: a.name, reason: 'the configured model is text-only (OPENAI_VISION=false)' });
      return false;
    }
    if (a.kind === 'pdf' && !opts.acceptsPdf) {
      notSent.push({ attachmentId: a.attachmentId, name: a.name, reason: 'the configured provider does not accept PDF files' });
      return false;
    }
    return true;
  });
  const byMessage = (id: string) => usable.filter((a) => a.messageId === id);
  const turns: Prompt['turns'] = turn.history.map((m) => ({ role: m.role, text: m.text, attachments: m.role === 'user' ? byMessage(m.itemId) : [] }));
  const currentId = usable.find((a) => turn.currentAttachmentIds.includes(a.attachmentId))?.messageId;
  turns.push({ role: 'user', text: turn.question || '(no text; see the attachments)', attachments: currentId ? byMessage(currentId) : [] });
  return { instructions: instructions(turn, notSent), notSent, imagesWithheld, turns };
}

function instructions(turn: TurnContext, notSent: SkippedAttachment[]): string {
  const out: string[] = [
    'You are the assistant inside Procmod, a BPMN process modeller. The user is editing a BPMN 2.0 diagram and asks about it.',
    'Answer from the diagram below. Cite elements as **Name** (`Id`) so the user can find them. Be concise and concrete; suggest fixes in BPMN terms.',
    'Screenshots the user attaches are pictures of this diagram unless they say otherwise.',
  ];
  const d = turn.diagram;
  if (!d) {
    out.push('', 'No diagram is attached to this conversation.');
  } else {
    out.push('', `## Diagram "${d.name}" (id ${d.diagramId}, revision ${d.revisionId})`, '```xml', d.xmlForModel, '```');
    if (d.elementList) out.push('', '## Element list (the XML above was trimmed)', d.elementList);
    if (d.parseError) out.push('', `The XML could not be parsed: ${d.parseError}`);
    const a = d.analysis;
    if (a) {
      out.push('', '## bpmnlint findings (recommended rules)');
      out.push(a.lint.length ? a.lint.map((f) => `- ${f.rule} [${f.category}] ${f.elementId ?? '-'}${f.elementName ? ` "${f.elementName}"` : ''}: ${f.message}. Fix: ${f.fix}`).join('\n') : '- none');
      const un = a.graph.unreachable.map((n) => `${n.id}${n.name ? ` "${n.name}"` : ''}`);
      const de = a.graph.deadEnds.map((n) => `${n.id}${n.name ? ` "${n.name}"` : ''}`);
      out.push('', '## Structural checks', `- Unreachable from any start event: ${un.join(', ') || 'none'}`, `- Dead ends (no outgoing flow, not an end event): ${de.join(', ') || 'none'}`);
    }
    if (d.previousRevisionId && d.previousRevisionId !== d.revisionId && d.changes) {
      out.push('', '## Changed since you last answered', d.changes.lines.length ? d.changes.lines.map((l) => `- ${l}`).join('\n') : '- only layout changed');
    } else if (d.previousRevisionId === d.revisionId) {
      out.push('', '## Changed since you last answered', '- nothing');
    }
  }
  if (notSent.length) {
    out.push('', '## Attachments you cannot see', ...notSent.map((s) => `- ${s.name}: ${s.reason}`), 'The user has been told about these.');
  }
  return out.join('\n');
}

function textOf(a: ModelAttachment): string | null {
  return a.kind === 'text' ? `Attached file "${a.name}" (${a.mime})${a.truncated ? ', trimmed' : ''}:\n\`\`\`\n${a.text}\n\`\`\`` : null;
}

export function toResponsesInput(p: Prompt): ResponseInputItem[] {
  return p.turns.map((t): ResponseInputItem => {
    if (t.role === 'assistant') return { role: 'assistant', content: t.text };
    if (t.role === 'context') return { role: 'developer', content: t.text };
    const content: ResponseInputContent[] = [{ type: 'input_text', text: t.text }];
    for (const a of t.attachments) {
      if (a.kind === 'image') content.push({ type: 'input_image', image_url: a.dataUrl, detail: 'auto' });
      else if (a.kind === 'pdf') content.push({ type: 'input_file', file_data: a.dataUrl, filename: a.name });
      else content.push({ type: 'input_text', text: textOf(a)! });
    }
    return { role: 'user', content };
  });
}

export function toChatMessages(p: Prompt): ChatCompletionMessageParam[] {
  const msgs: ChatCompletionMessageParam[] = [{ role: 'system', content: p.instructions }];
  for (const t of p.turns) {
    if (t.role === 'assistant') msgs.push({ role: 'assistant', content: t.text });
    else if (t.role === 'context') msgs.push({ role: 'system', content: t.text });
    else {
      const parts: ChatCompletionContentPart[] = [{ type: 'text', text: t.text }];
      for (const a of t.attachments) {
        if (a.kind === 'image') parts.push({ type: 'image_url', image_url: { url: a.dataUrl } });
        else if (a.kind === 'text') parts.push({ type: 'text', text: textOf(a)! });
      }
      msgs.push({ role: 'user', content: parts });
    }
  }
  return msgs;
}
