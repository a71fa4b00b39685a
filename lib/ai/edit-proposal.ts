// Proposals as ChatKit client tool calls (`propose_diagram_change`): the tool spec a model sees, the server-side
// check (apply to a copy of the revision + lint gate) and the offline analyst's edit turn. The browser shows the
// proposal, applies or discards it and answers with threads.add_client_tool_output.
import { applyBatchToCopy, changeSummary, formatIssues, proposeInput, proposeToolJsonSchema, type EditOp } from '@/lib/bpmn/edits';
import type { BatchOutcome } from '@/lib/bpmn/edits';
import type { ClientToolCallItem, ThreadItem, ThreadStreamEvent } from '@/lib/chatkit/types';
import type { RespondContext } from './responder';
import type { TurnContext } from './context';
import { parseEditRequest, understoodForms } from './edit-intents';
import { buildProcess, generateProcess, graphProblems, processGraph, type ProcessGraph } from './generate';
import { z } from 'zod';

export const PROPOSE_TOOL_NAME = 'propose_diagram_change';
/** A whole new process (generated from a description): created as a new diagram or drawn into an empty one. */
export const PROPOSE_NEW_TOOL_NAME = 'propose_new_diagram';

export const proposeToolSpec = {
  name: PROPOSE_TOOL_NAME,
  description:
    'Propose a change to the diagram the user is looking at. The user sees it highlighted on the canvas and applies or discards it; ' +
    'the outcome comes back as the tool result. Refer to elements by id (preferred) or exact name. Operations run in order; ' +
    'give new elements an id to refer to them later in the same batch. A proposal that adds lint errors is returned to you with the findings to repair.',
  parameters: proposeToolJsonSchema(),
};

export type ProposalArguments = {
  revision: { id?: string; fingerprint: string };
  operations: EditOp[];
  lintDelta: { text: string; addedErrors: number; added: { rule: string; message: string; elementId: string | null; elementName: string | null }[] };
  summary: string;
  changes: string[];
};

type Ok = Extract<BatchOutcome, { ok: true }>;

function argumentsOf(outcome: Ok, revisionId: string | null, operations: EditOp[], summary?: string): ProposalArguments {
  return {
    revision: { ...(revisionId ? { id: revisionId } : {}), fingerprint: outcome.fingerprintBefore },
    operations,
    lintDelta: {
      text: outcome.lint.delta.text,
      addedErrors: outcome.lint.delta.addedErrors,
      added: outcome.lint.delta.added.map((f) => ({ rule: f.rule, message: f.message, elementId: f.elementId, elementName: f.elementName })),
    },
    summary: summary ?? outcome.changes.map((c) => c.summary).join('; '),
    changes: outcome.changes.map((c) => c.summary),
  };
}

export type EditToolContext = { xml?: string; revisionId?: string | null; selection?: string[] } | null;

/**
 * The model-facing check for `propose_diagram_change`: schema, planning on a copy of the revision, lint gate.
 * A rejection is what the model reads for its repair round; success replaces the arguments with the full
 * proposal (revision fingerprint, lint delta, per-change summaries) the browser needs.
 */
export async function checkProposal(
  args: Record<string, unknown>,
  ctx: EditToolContext,
  opts: { allowNewErrors?: boolean } = {},
): Promise<{ ok: true; arguments: Record<string, unknown> } | { ok: false; result: unknown }> {
  const parsed = proposeInput.safeParse(args);
  if (!parsed.success) return { ok: false, result: { error: 'The operations do not match the schema.', issues: formatIssues(parsed.error) } };
  if (!ctx?.xml) return { ok: false, result: { error: 'No diagram is open, so there is nothing to change. Ask the user to open a diagram.' } };
  const outcome = await applyBatchToCopy(ctx.xml, parsed.data.operations);
  if (!outcome.ok) return { ok: false, result: { error: 'The change cannot be applied to the current diagram; nothing was shown to the user.', problems: outcome.errors.map((e) => e.message) } };
  if (outcome.lint.delta.addedErrors > 0 && !opts.allowNewErrors) {
    return {
      ok: false,
      result: {
        error: `The change would add ${outcome.lint.delta.addedErrors} lint error(s); repair the operations and propose again (e.g. connect new elements, add an end event after a boundary event).`,
        findings: outcome.lint.delta.added.filter((f) => f.category === 'error').map((f) => ({ rule: f.rule, element: f.elementId, name: f.elementName, message: f.message, fix: f.fix })),
      },
    };
  }
  return { ok: true, arguments: argumentsOf(outcome, ctx.revisionId ?? null, parsed.data.operations, parsed.data.summary) as unknown as Record<string, unknown> };
}

/** The client tool as the model responder registers it (lib/ai/client-tools.ts `registerClientTool`). */
export const proposeDiagramChangeTool = {
  spec: proposeToolSpec,
  validate: (args: Record<string, unknown>, ctx: EditToolContext) => checkProposal(args, ctx),
};

export const proposeNewToolSpec = {
  name: PROPOSE_NEW_TOOL_NAME,
  description:
    'Draw a whole new process from a description the user gave ("draw the process I just described", "model our hiring process"). ' +
    'Give every step as a node (tasks of the right type, exclusiveGateway for a decision with the question as its name, parallelGateway for parallel work), ' +
    'one startEvent, endEvents, and the sequence flows between them (name the flows leaving a decision, e.g. "yes"/"no", mark one as default); ' +
    'lanes when the description names roles or departments. We lay it out and check it; a graph with problems or lint errors comes back to you to repair. ' +
    'The user then creates it as a new diagram (or draws it into the open diagram when that is empty). For changes to an existing diagram use propose_diagram_change.',
  parameters: z.toJSONSchema(processGraph, { target: 'draft-7' }) as Record<string, unknown>,
};

/** The arguments the browser's card needs for a generated process (propose_new_diagram). */
export type NewDiagramArguments = { name: string; xml: string; steps: string[]; lint: string; lanes: string[]; into_current: boolean };

const lintLine = (lint: { category: string }[]) => {
  const errors = lint.filter((f) => f.category === 'error').length;
  return lint.length ? `${lint.length} finding(s)${errors ? `, ${errors} error(s)` : ''}` : 'no problems';
};

/**
 * The model-facing check for `propose_new_diagram`: the graph must be complete (ids, start, end, lanes), is built
 * and laid out, and must lint without errors; otherwise the model reads what to repair. Success replaces the
 * graph with what the card shows and creates: name, XML, step names, lint line, whether it may go into the open
 * (empty, lane-less) diagram.
 */
export async function checkNewProcess(args: Record<string, unknown>, ctx: EditToolContext & { empty?: boolean }): Promise<{ ok: true; arguments: Record<string, unknown> } | { ok: false; result: unknown }> {
  const parsed = processGraph.safeParse(args);
  if (!parsed.success) return { ok: false, result: { error: 'The process does not match the schema.', issues: formatIssues(parsed.error) } };
  const graph: ProcessGraph = parsed.data;
  const problems = graphProblems(graph);
  if (problems.length) return { ok: false, result: { error: 'The process cannot be drawn as given; nothing was shown to the user.', problems } };
  const { xml, lint } = await buildProcess(graph);
  const errors = lint.filter((f) => f.category === 'error');
  if (errors.length) {
    return {
      ok: false,
      result: {
        error: `The process has ${errors.length} lint error(s); repair the nodes or flows and propose again.`,
        findings: errors.map((f) => ({ rule: f.rule, name: f.elementName, message: f.message, fix: f.fix })),
      },
    };
  }
  const steps = graph.nodes.filter((n) => n.type !== 'startEvent' && n.type !== 'endEvent' && n.name).map((n) => n.name!);
  const out: NewDiagramArguments = { name: graph.name, xml, steps, lint: lintLine(lint), lanes: graph.lanes ?? [], into_current: !!ctx?.empty && !graph.lanes?.length };
  return { ok: true, arguments: out as unknown as Record<string, unknown> };
}

/** The client tool as the model responder registers it: the open diagram counts as empty without flow nodes. */
export const proposeNewDiagramTool = {
  spec: proposeNewToolSpec,
  validate: (args: Record<string, unknown>, ctx: (EditToolContext & { model?: { nodes: unknown[] } }) | null) =>
    checkNewProcess(args, { ...(ctx ?? {}), empty: !ctx?.model || ctx.model.nodes.length === 0 }),
};

/** Element ids from `metadata.selection` that exist in the diagram (client ids are never trusted blindly). */
export function selectionOf(requestMetadata: Record<string, unknown>, known: (id: string) => boolean): string[] {
  const raw = requestMetadata.selection;
  if (!Array.isArray(raw)) return [];
  return raw.filter((v): v is string => typeof v === 'string' && v.length <= 200 && known(v)).slice(0, 50);
}

/**
 * The offline analyst's lint gate: a boundary event the batch adds without a path gets an end event after it
 * ("… timed out"); anything else that still adds errors is offered with the warning, never silently.
 */
async function repairOffline(xml: string, operations: EditOp[]): Promise<{ operations: EditOp[]; outcome: BatchOutcome }> {
  let ops = operations.map((op) => (op.op === 'addBoundaryEvent' && !op.id ? { ...op, id: `Event_${Math.random().toString(36).slice(2, 9)}` } : op));
  let outcome = await applyBatchToCopy(xml, ops);
  if (!outcome.ok || !outcome.lint.delta.addedErrors) return { operations: ops, outcome };
  const extra: EditOp[] = [];
  for (const op of ops) {
    if (op.op !== 'addBoundaryEvent' || !op.id) continue;
    const stuck = outcome.lint.delta.added.some((f) => f.elementId === op.id && (f.rule === 'no-implicit-end' || f.rule === 'no-disconnected'));
    if (!stuck) continue;
    const ended = op.event === 'timer' ? 'timed out' : op.event === 'error' ? 'failed' : 'interrupted';
    const change = outcome.changes.find((c) => c.op === op);
    const hostName = change?.summary.match(/to "([^"]+)"$/)?.[1] ?? op.element;
    extra.push({ op: 'addElement', type: 'endEvent', name: `${hostName} ${ended}`, after: op.id });
  }
  if (!extra.length) return { operations: ops, outcome };
  ops = [...ops, ...extra];
  outcome = await applyBatchToCopy(xml, ops);
  return { operations: ops, outcome };
}

export type OfflineEditReply = { text: string; call?: Omit<ClientToolCallItem, 'id' | 'thread_id' | 'created_at'> };

/** Answers an imperative request with a proposal (or says exactly what it could not do). Null: not an edit. */
export async function offlineEditReply(turn: TurnContext, ctx: RespondContext): Promise<OfflineEditReply | null> {
  const model = turn.diagram?.analysis?.model;
  const selection = model ? selectionOf(ctx.requestMetadata, (id) => model.names.has(id) || model.byId.has(id)) : [];
  const parsed = parseEditRequest(turn.question, selection);
  if (!parsed) return null;
  const forms = understoodForms(turn.question);
  const formList = forms.map((f) => `- ${f}`).join('\n');
  if (parsed.kind === 'unparsed') return { text: `${parsed.reason}\n\nThese are the forms I understand:\n${formList}` };
  if (parsed.kind === 'generate') return generateReply(parsed.previous ? previousUserText(turn) : parsed.description, turn);
  if (!turn.diagram) return { text: 'No diagram is open, so there is nothing to change. Open a diagram and ask again.' };
  const { operations, outcome } = await repairOffline(turn.diagram.xml, parsed.operations);
  if (!outcome.ok) {
    return { text: `I can't make that change: ${outcome.errors.map((e) => e.message.replace(/^Change \d+: /, '')).join(' ')}\n\nThese are the forms I understand:\n${formList}` };
  }
  const args = argumentsOf(outcome, turn.diagram.revisionId, operations);
  const lines = outcome.changes.map((c) => `- ${c.summary}`).join('\n');
  const warn = outcome.lint.delta.addedErrors
    ? `\n\n**Warning:** this change leaves ${outcome.lint.delta.addedErrors} new error${outcome.lint.delta.addedErrors === 1 ? '' : 's'} in the diagram: ${outcome.lint.delta.added.filter((f) => f.category === 'error').map((f) => `${f.elementName ?? f.elementId}: ${f.message}`).join('; ')}.`
    : '';
  return {
    text: `Here is the change I propose:\n${lines}\n\nProblems check: ${outcome.lint.delta.text}.${warn}\nIt is highlighted on the canvas (added green, changed amber, removed red). Choose **Apply** or **Discard**; one Ctrl+Z undoes it after applying.`,
    call: { type: 'client_tool_call', status: 'pending', call_id: `call_${Math.random().toString(36).slice(2, 14)}`, name: PROPOSE_TOOL_NAME, arguments: args as unknown as Record<string, unknown> },
  };
}

/** The user's message before this one (where "the process I just described" is). */
function previousUserText(turn: TurnContext): string {
  const last = [...turn.history].reverse().find((i) => i.kind === 'message' && i.role === 'user');
  if (!last || last.kind !== 'message' || last.role !== 'user') return '';
  return last.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n').trim();
}

function processName(question: string): string {
  const m = /(?:process|diagram|workflow|prozess|diagramm|ablauf)\s+(?:for|of|für|zum|zur)\s+([^:\n]{3,60}?)\s*(?::|\n|$)/i.exec(question);
  const name = m?.[1]?.trim();
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : 'New process';
}

async function generateReply(description: string, turn: TurnContext): Promise<OfflineEditReply> {
  let g: Awaited<ReturnType<typeof generateProcess>>;
  const name = processName(turn.question);
  try {
    g = await generateProcess(description, name);
  } catch (err) {
    return { text: `${(err as Error).message}

For example:
\`\`\`
create a process:
1. Receive order
2. Check stock
3. If in stock, ship the goods, otherwise notify the customer
4. Send invoice
\`\`\`` };
  }
  const empty = !turn.diagram?.analysis || turn.diagram.analysis.model.nodes.length === 0;
  const steps = g.steps.map((s, i) => (s.kind === 'task' ? `${i + 1}. ${s.name}` : `${i + 1}. ${s.question} yes → ${s.yes}, no → ${s.no}`)).join('\n');
  return {
    text: `I drew this process from your description:\n${steps}\n\nProblems check: ${lintLine(g.lint)}. ${empty ? 'Draw it into this (empty) diagram or create it as a new diagram.' : 'It will be created as a new diagram; this one stays as it is.'}`,
    call: {
      type: 'client_tool_call',
      status: 'pending',
      call_id: `call_${Math.random().toString(36).slice(2, 14)}`,
      name: PROPOSE_NEW_TOOL_NAME,
      arguments: { name, xml: g.xml, steps: g.names, lint: lintLine(g.lint), lanes: g.lanes, into_current: empty && !g.lanes.length } satisfies NewDiagramArguments,
    },
  };
}

/** After the browser answered a proposal: what the analyst says. Null when the newest item is no proposal. */
export function toolOutputReply(items: ThreadItem[]): string | null {
  const call = [...items].reverse().find((i): i is ClientToolCallItem => i.type === 'client_tool_call');
  if (!call || (call.name !== PROPOSE_TOOL_NAME && call.name !== PROPOSE_NEW_TOOL_NAME) || call.status !== 'completed') return null;
  const out = (call.output ?? {}) as { status?: string; summary?: string; revision_id?: string; rejected?: number[]; errors?: string[]; save_error?: string; name?: string };
  if (out.status === 'created') return `Created the diagram "${out.name ?? 'New process'}"; it is open in the editor now.`;
  if (out.status === 'applied') {
    const rejected = out.rejected?.length ? ` You left out ${out.rejected.length} of the proposed change${out.rejected.length === 1 ? '' : 's'}.` : '';
    const saved = out.save_error ? ` It is on the canvas but was not saved yet (${out.save_error}); it will be saved with your next edit.` : out.revision_id ? ' It is saved as a new revision.' : '';
    return `Done. ${out.summary ?? changeSummary([])}.${rejected}${saved} One Ctrl+Z in the editor undoes the whole change.`;
  }
  if (out.status === 'failed') return `The change was not applied: ${(out.errors ?? []).join(' ') || 'the editor refused it'}.`;
  return 'OK, I left the diagram as it was.';
}

/** Events for one offline edit reply: the message, then the pending client tool call that ends the turn. */
export function proposalCallEvent(threadId: string, ctx: RespondContext, call: NonNullable<OfflineEditReply['call']>): ThreadStreamEvent {
  const item: ClientToolCallItem = { ...call, id: ctx.newItemId('client_tool_call'), thread_id: threadId, created_at: new Date().toISOString() };
  return { type: 'thread.item.done', item };
}
