// Turns a TurnContext into model input: instructions carrying a compact summary of the diagram (counts, lanes,
// an element list within a budget, the lint summary the toolbar shows, structural checks, changes) — the model
// answers exact questions through the diagram tools, never by counting XML — and the conversation through the
// one converter, attachments as data URLs. Two wire shapes from one source: Responses API input items, and Chat
// Completions messages (fallback).
import type { ResponseInputContent, ResponseInputItem } from 'openai/resources/responses/responses';
import type { ChatCompletionContentPart, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ModelAttachment, SkippedAttachment, TurnContext } from './context';
import type { ModelContent, ModelInputItem } from './converter';
import { typeLabel } from '@/lib/bpmn';

export type PromptOptions = {
  vision: boolean;
  acceptsPdf: boolean;
  /** Characters of element list in the instructions (the tools answer the rest). */
  elementListBudget?: number;
};

export const DEFAULT_ELEMENT_LIST_BUDGET = 12_000;

export type Prompt = {
  instructions: string;
  /** Attachments that could not be sent, to be named in the answer. */
  notSent: SkippedAttachment[];
  /** Images held back because the model is configured as text-only. */
  imagesWithheld: ModelAttachment[];
  /** The conversation, attachments resolved, the current question last. */
  input: ModelInputItem[];
};

export function buildPrompt(turn: TurnContext, opts: PromptOptions): Prompt {
  const notSent: SkippedAttachment[] = [...turn.skipped];
  const imagesWithheld: ModelAttachment[] = [];
  const usable = new Map<string, ModelAttachment>();
  for (const a of turn.attachments) {
    if (a.kind === 'image' && !opts.vision) {
      imagesWithheld.push(a);
      notSent.push({ attachmentId: a.attachmentId, name: a.name, reason: 'the configured model is text-only (OPENAI_VISION=false)' });
    } else if (a.kind === 'pdf' && !opts.acceptsPdf) {
      notSent.push({ attachmentId: a.attachmentId, name: a.name, reason: 'the configured provider does not accept PDF files' });
    } else {
      usable.set(a.attachmentId, a);
    }
  }
  const resolve = (c: ModelContent): ModelContent[] => {
    if (c.type !== 'attachment') return [c];
    const a = usable.get(c.attachmentId);
    return a ? [attachmentContent(a)] : [];
  };
  const input: ModelInputItem[] = turn.history.map((m) => (m.kind === 'message' && m.role === 'user' ? { ...m, content: m.content.flatMap(resolve) } : m));
  const current: ModelContent[] = [{ type: 'text', text: turn.question || '(no text; see the attachments)' }];
  for (const id of turn.currentAttachmentIds) {
    const a = usable.get(id);
    if (a) current.push(attachmentContent(a));
  }
  if (!turn.continuation) input.push({ kind: 'message', role: 'user', itemId: 'current', content: current });
  return { instructions: instructions(turn, notSent, opts.elementListBudget ?? DEFAULT_ELEMENT_LIST_BUDGET), notSent, imagesWithheld, input };
}

function attachmentContent(a: ModelAttachment): ModelContent {
  if (a.kind === 'image') return { type: 'image', dataUrl: a.dataUrl };
  if (a.kind === 'pdf') return { type: 'file', dataUrl: a.dataUrl, filename: a.name };
  return { type: 'text', text: `Attached file "${a.name}" (${a.mime})${a.truncated ? ', trimmed' : ''}:\n\`\`\`\n${a.text}\n\`\`\`` };
}

function instructions(turn: TurnContext, notSent: SkippedAttachment[], listBudget: number): string {
  const out: string[] = [
    'You are the assistant inside Procmod, a BPMN process modeller. The user is editing a BPMN 2.0 diagram and asks about it.',
    'For anything exact — counts, lanes, pools, paths, successors, conditions, loops, reachability, problems, changes — call the diagram tools and answer from their results; never count or trace the diagram yourself.',
    'Cite every element you name as **Name** (`Id`) so the user can click it; an element without a name by its type and id, e.g. exclusive gateway (`Gateway_1`). Be concise and concrete; suggest fixes in BPMN terms.',
    'Screenshots the user attaches are pictures of this diagram unless they say otherwise.',
  ];
  const d = turn.diagram;
  if (!d) {
    out.push('', 'No diagram is attached to this conversation.');
  } else {
    out.push('', `## Diagram "${d.name}" (id ${d.diagramId}, revision ${d.revisionId})`);
    if (d.parseError) out.push(`The XML could not be parsed: ${d.parseError}`);
    const a = d.analysis;
    if (a) {
      const m = a.model;
      const byType = new Map<string, number>();
      for (const n of m.nodes) byType.set(n.type, (byType.get(n.type) ?? 0) + 1);
      out.push(`- ${m.nodes.length} flow elements: ${[...byType].map(([t, c]) => `${c} ${typeLabel(t)}`).join(', ') || 'none'}; ${m.flows.length} sequence flows, ${m.messageFlows.length} message flows`);
      if (m.participants.length) out.push(`- Pools: ${m.participants.map((p) => `${p.name ?? '(unnamed)'} (${p.id})`).join(', ')}`);
      if (m.lanes.length) out.push(`- Lanes: ${m.lanes.map((l) => `${l.name ?? '(unnamed)'} (${l.id})`).join(', ')}`);
      if (a.warnings.length) out.push(`- Import warnings: ${a.warnings.length} (ask the tools for details)`);
      if (d.elementList) {
        const list = d.elementList.length > listBudget ? `${d.elementList.slice(0, d.elementList.lastIndexOf('\n', listBudget))}\n- … more elements; use the tools to list them` : d.elementList;
        out.push('', '## Elements (type "name" (id) [lane] → next)', list);
      }
      const errors = a.lint.filter((f) => f.category === 'error').length;
      const warnings = a.lint.filter((f) => f.category === 'warn').length;
      out.push('', `## Problems (bpmnlint, as the toolbar counts them): ${a.lint.length ? `${errors} errors, ${warnings} warnings` : 'none'}`);
      for (const f of a.lint.slice(0, 10)) out.push(`- ${f.rule} [${f.category}] ${f.elementId ?? '-'}${f.elementName ? ` "${f.elementName}"` : ''}: ${f.message}`);
      if (a.lint.length > 10) out.push(`- … ${a.lint.length - 10} more; ask the lint tool`);
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
  if (turn.mentions?.length) out.push('', `The user @-mentioned these element ids: ${turn.mentions.join(', ')}.`);
  if (notSent.length) {
    out.push('', '## Attachments you cannot see', ...notSent.map((s) => `- ${s.name}: ${s.reason}`), 'The user has been told about these.');
  }
  return out.join('\n');
}

export function toResponsesInput(input: ModelInputItem[]): ResponseInputItem[] {
  return input.flatMap((t): ResponseInputItem[] => {
    if (t.kind === 'tool_call') {
      return [
        { type: 'function_call', call_id: t.callId, name: t.name, arguments: t.arguments },
        { type: 'function_call_output', call_id: t.callId, output: t.output },
      ];
    }
    if (t.kind === 'context') return [{ role: 'developer', content: t.text }];
    if (t.role === 'assistant') return [{ role: 'assistant', content: t.text }];
    const content: ResponseInputContent[] = t.content.flatMap((c): ResponseInputContent[] => {
      if (c.type === 'text') return [{ type: 'input_text', text: c.text }];
      if (c.type === 'image') return [{ type: 'input_image', image_url: c.dataUrl, detail: 'auto' }];
      if (c.type === 'file') return [{ type: 'input_file', file_data: c.dataUrl, filename: c.filename }];
      return [];
    });
    return [{ role: 'user', content }];
  });
}

export function toChatMessages(instructions: string, input: ModelInputItem[]): ChatCompletionMessageParam[] {
  const msgs: ChatCompletionMessageParam[] = [{ role: 'system', content: instructions }];
  for (const t of input) {
    if (t.kind === 'tool_call') {
      msgs.push({ role: 'assistant', content: null, tool_calls: [{ id: t.callId, type: 'function', function: { name: t.name, arguments: t.arguments } }] });
      msgs.push({ role: 'tool', tool_call_id: t.callId, content: t.output });
    } else if (t.kind === 'context') {
      msgs.push({ role: 'system', content: t.text });
    } else if (t.role === 'assistant') {
      msgs.push({ role: 'assistant', content: t.text });
    } else {
      // Chat Completions takes no PDF parts from compatible servers; PDFs are filtered out before (acceptsPdf).
      const parts = t.content.flatMap((c): ChatCompletionContentPart[] => {
        if (c.type === 'text') return [{ type: 'text', text: c.text }];
        if (c.type === 'image') return [{ type: 'image_url', image_url: { url: c.dataUrl } }];
        return [];
      });
      msgs.push({ role: 'user', content: parts });
    }
  }
  return msgs;
}
