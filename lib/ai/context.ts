// The context for one turn: conversation so far, the diagram revision the user was looking at (trimmed XML,
// structural analysis, bpmnlint findings, changes since the assistant last answered) and the attachments,
// read from our own storage as base64 data URLs — a model provider can never reach our URLs.
import { threadDiagramId, userMessageRevisions } from '@/lib/store';
import { currentRevision, revisionOfUser } from '@/lib/diagrams/diagrams';
import { readAttachmentForModel, type AttachmentForModel } from '@/lib/attachments/read';
import type { RespondContext } from './responder';
import type { Attachment, ThreadItem, ThreadMetadata, UserMessageItem } from '@/lib/chatkit/types';
import type { CitationTarget } from './citations';
import { mentionedElementIds, selectedElementIds, toModelInput, userMessageAsCommand, userMessageForModel, type ModelInputItem } from './converter';
import { BpmnModdle } from 'bpmn-moddle';
import { analyseBpmn, buildModel, diffModels, parseBpmn, type DiagramAnalysis, type DiagramDiff, type DiagramModel, typeLabel } from '@/lib/bpmn';

type AttachmentBase = { attachmentId: string; name: string; mime: string; size: number; messageId: string };
export type ImageInput = AttachmentBase & {
  kind: 'image';
  width: number | null;
  height: number | null;
  dataUrl: string;
  /** Revision of the diagram stored with the message the image came with. */
  revisionId: string | null;
};
export type TextInput = AttachmentBase & { kind: 'text'; text: string; truncated: boolean };
export type PdfInput = AttachmentBase & { kind: 'pdf'; dataUrl: string };
export type ModelAttachment = ImageInput | TextInput | PdfInput;
export type SkippedAttachment = { attachmentId: string; name: string; reason: string };

export type DiagramContext = {
  diagramId: string;
  name: string;
  revisionId: string;
  /** Full XML of the revision. */
  xml: string;
  /** What goes to a model: XML without layout, trimmed to the budget. */
  xmlForModel: string;
  xmlTrimmed: boolean;
  /** One line per element (type, name, id, lanes, next elements); null when the XML could not be parsed. */
  elementList: string | null;
  analysis: DiagramAnalysis | null;
  parseError: string | null;
  /** Revision the assistant answered about last time (null on the first answer). */
  previousRevisionId: string | null;
  changes: DiagramDiff | null;
  /** The model of that earlier revision (for the diff tool); null when it is this one or unreadable. */
  previousModel?: DiagramModel | null;
};

export type TurnContext = {
  /** The message being answered as a responder reads it (element tags carry their ids; see converter.ts). */
  question: string;
  /** True after a client tool output: there is no new user message, the history ends with the tool result. */
  continuation?: boolean;
  /** Element ids the user @-mentioned in the message being answered. */
  mentions?: string[];
  /** The message for the offline edit parser (selection tags left out, other tags as quoted ids). */
  command?: string;
  /** Element ids the message carries as the canvas selection (selection tags, ChatKit element mode). */
  selectionTags?: string[];
  /** Earlier conversation through the one converter, oldest first (the current question excluded);
   * attachments are `{ type: 'attachment' }` references the prompt resolves against `attachments`. */
  history: ModelInputItem[];
  diagram: DiagramContext | null;
  attachments: ModelAttachment[];
  skipped: SkippedAttachment[];
  /** Attachment ids of the message being answered. */
  currentAttachmentIds: string[];
};

export type ContextOptions = {
  readAttachment?: (userId: string, attachmentId: string) => Promise<AttachmentForModel>;
  xmlBudget?: number;
  textBudget?: number;
  maxImages?: number;
  /** Leave attachments unread (for callers that only need the diagram, e.g. citations). */
  skipAttachments?: boolean;
};

export const DEFAULT_XML_BUDGET = 60_000;
export const DEFAULT_TEXT_BUDGET = 20_000;
export const DEFAULT_MAX_IMAGES = 8;

const TEXT_EXT = /\.(txt|md|markdown|csv|tsv|json|bpmn|xml|log|ya?ml)$/i;
const TEXT_MIME = /^(text\/|application\/(json|xml|x-yaml|yaml|csv)|[a-z]+\/[a-z.+-]*\+xml$)/i;

/** Attachments stay references here; which of them a model may see is the prompt's decision. */
const attachmentRef = (a: Attachment) => [{ type: 'attachment' as const, attachmentId: a.id, name: a.name }];

export async function buildTurnContext(
  thread: ThreadMetadata,
  input: UserMessageItem | null,
  ctx: RespondContext,
  opts: ContextOptions = {},
): Promise<TurnContext> {
  const items = await ctx.loadItems();
  const currentId = input?.id ?? null;
  const history = toModelInput(items.filter((i) => i.id !== currentId), { attachment: attachmentRef });

  // Which revision each user message was sent with (stored by lib/store; not part of the wire item).
  const revisionOf = await userMessageRevisions(ctx.userId, thread.id);

  const diagram = await loadDiagram(thread, input, items, revisionOf, ctx, opts.xmlBudget ?? DEFAULT_XML_BUDGET);

  const userMessages = items.filter((i): i is UserMessageItem => i.type === 'user_message');
  if (input && !userMessages.some((m) => m.id === input.id)) userMessages.push(input);
  const { attachments, skipped } = opts.skipAttachments ? { attachments: [], skipped: [] } : await loadAttachments(ctx.userId, userMessages, revisionOf, opts);

  const turn: TurnContext = {
    question: input ? userMessageForModel(input) : '',
    continuation: !input,
    mentions: input ? mentionedElementIds(input) : [],
    command: input ? userMessageAsCommand(input) : '',
    selectionTags: input ? selectedElementIds(input) : [],
    history,
    diagram,
    attachments,
    skipped,
    currentAttachmentIds: input?.attachments.map((a) => a.id) ?? [],
  };
  turns.set(ctx, turn);
  return turn;
}

// The turn a responder built, kept for the citation post-processor so it does not parse the diagram again.
const turns = new WeakMap<RespondContext, TurnContext>();

/** What citations point at in this turn: the diagram model and the revision answered about. */
export async function citationTarget(thread: ThreadMetadata, input: UserMessageItem | null, ctx: RespondContext): Promise<CitationTarget | null> {
  const turn = turns.get(ctx) ?? (await buildTurnContext(thread, input, ctx, { skipAttachments: true }));
  const d = turn.diagram;
  return d?.analysis ? { model: d.analysis.model, revisionId: d.revisionId, diagramId: d.diagramId } : null;
}

async function loadDiagram(
  thread: ThreadMetadata,
  input: UserMessageItem | null,
  items: ThreadItem[],
  revisionOf: Map<string, string | null>,
  ctx: RespondContext,
  budget: number,
): Promise<DiagramContext | null> {
  const requested = ctx.requestMetadata.diagram_id;
  const diagramId = await threadDiagramId(ctx.userId, thread.id, typeof requested === 'string' ? requested : null);
  // The revision stored with the message being answered (or, after a tool output, the latest user message).
  const lastUser = input ?? [...items].reverse().find((i) => i.type === 'user_message') ?? null;
  const wantedRevision = (lastUser && revisionOf.get(lastUser.id)) ?? null;
  const revision =
    (wantedRevision && (await revisionOfUser(ctx.userId, wantedRevision))) || (diagramId && (await currentRevision(ctx.userId, diagramId))) || null;
  if (!revision) return null;

  let analysis: DiagramAnalysis | null = null;
  let parseError: string | null = null;
  try {
    analysis = await analyseBpmn(revision.xml);
  } catch (err) {
    parseError = (err as Error).message;
  }

  const previousRevisionId = previousAnsweredRevision(items, input, revisionOf);
  let changes: DiagramDiff | null = null;
  let previousModel: DiagramModel | null = null;
  if (analysis && previousRevisionId && previousRevisionId !== revision.id) {
    const prev = await revisionOfUser(ctx.userId, previousRevisionId);
    if (prev) {
      try {
        previousModel = buildModel((await parseBpmn(prev.xml)).definitions);
        changes = diffModels(previousModel, analysis.model);
      } catch {
        changes = null;
        previousModel = null;
      }
    }
  }

  const { xml: xmlForModel, trimmed } = await trimXml(revision.xml, budget);
  return {
    diagramId: revision.diagram.id,
    name: revision.diagram.name,
    revisionId: revision.id,
    xml: revision.xml,
    xmlForModel,
    xmlTrimmed: trimmed,
    elementList: analysis ? elementList(analysis) : null,
    analysis,
    parseError,
    previousRevisionId,
    changes,
    previousModel,
  };
}

/** The revision stored with the latest earlier user message that got an assistant answer. */
function previousAnsweredRevision(items: ThreadItem[], input: UserMessageItem | null, revisionOf: Map<string, string | null>): string | null {
  const end = input ? items.findIndex((i) => i.id === input.id) : items.length;
  const upto = end === -1 ? items : items.slice(0, end);
  let answered: string | null = null;
  let lastUser: string | null = null;
  for (const it of upto) {
    if (it.type === 'user_message') lastUser = it.id;
    else if (it.type === 'assistant_message' && lastUser) answered = lastUser;
  }
  return answered ? (revisionOf.get(answered) ?? null) : null;
}

/**
 * Layout (DI) is dropped first — it is most of the bytes and none of the meaning; then the text is cut. The diagram
 * is parsed and written again without its DI, so layout under any prefix goes; a text that does not parse is kept
 * as stored (the parse error is reported to the model separately).
 */
export async function trimXml(xml: string, budget: number): Promise<{ xml: string; trimmed: boolean }> {
  let out = xml;
  try {
    const { definitions } = await parseBpmn(xml);
    definitions.diagrams = [];
    out = (await new BpmnModdle().toXML(definitions, { format: true })).xml;
  } catch {
    // keep the stored text
  }
  if (out.length <= budget) return { xml: out, trimmed: false };
  out = `${out.slice(0, budget)}\n<!-- … trimmed: ${out.length - budget} more characters; see the element list -->`;
  return { xml: out, trimmed: true };
}

export function elementList(a: DiagramAnalysis): string {
  const m = a.model;
  const lines = m.nodes.map((n) => {
    const lanes = n.laneIds.map((l) => m.names.get(l) ?? l).join(', ');
    const next = n.outgoing.map((f) => m.flowById.get(f)?.targetId).filter(Boolean).join(', ');
    return `- ${typeLabel(n.type)} ${n.name ? `"${n.name}" ` : ''}(${n.id})${lanes ? ` [lane ${lanes}]` : ''}${n.scopeId !== n.processId ? ` [in ${n.scopeId}]` : ''}${next ? ` → ${next}` : ''}`;
  });
  return lines.join('\n');
}

async function loadAttachments(
  userId: string,
  messages: UserMessageItem[],
  revisionOf: Map<string, string | null>,
  opts: ContextOptions,
): Promise<{ attachments: ModelAttachment[]; skipped: SkippedAttachment[] }> {
  const read = opts.readAttachment ?? readAttachmentForModel;
  const textBudget = opts.textBudget ?? DEFAULT_TEXT_BUDGET;
  const maxImages = opts.maxImages ?? DEFAULT_MAX_IMAGES;
  const attachments: ModelAttachment[] = [];
  const skipped: SkippedAttachment[] = [];
  const refs = messages.flatMap((m) => m.attachments.map((a) => ({ a, messageId: m.id })));
  const imageRefs = refs.filter((r) => r.a.type === 'image');
  // Newest images are the ones that matter; older ones beyond the cap are named, not sent.
  const keepImages = new Set(imageRefs.slice(-maxImages).map((r) => r.a.id));
  const seen = new Set<string>();
  for (const { a, messageId } of refs) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    if (a.type === 'image' && !keepImages.has(a.id)) {
      skipped.push({ attachmentId: a.id, name: a.name, reason: `only the newest ${maxImages} images are sent` });
      continue;
    }
    let file: AttachmentForModel;
    try {
      file = await read(userId, a.id);
    } catch {
      skipped.push({ attachmentId: a.id, name: a.name, reason: 'it is no longer available in storage' });
      continue;
    }
    const base = { attachmentId: file.id, name: file.name, mime: file.mime, size: file.size || file.bytes.length, messageId };
    if (file.kind === 'image' && /^image\/(png|jpeg|gif|webp)$/.test(file.mime)) {
      attachments.push({ ...base, kind: 'image', width: file.width, height: file.height, dataUrl: dataUrl(file.mime, file.bytes), revisionId: revisionOf.get(messageId) ?? null });
    } else if (file.mime === 'application/pdf') {
      attachments.push({ ...base, kind: 'pdf', dataUrl: dataUrl(file.mime, file.bytes) });
    } else if (TEXT_MIME.test(file.mime) || TEXT_EXT.test(file.name)) {
      const text = file.bytes.toString('utf8');
      attachments.push({ ...base, kind: 'text', text: text.length > textBudget ? text.slice(0, textBudget) : text, truncated: text.length > textBudget });
    } else {
      skipped.push({ attachmentId: a.id, name: file.name, reason: `${file.mime || 'this file type'} cannot be given to the model` });
    }
  }
  return { attachments, skipped };
}

function dataUrl(mime: string, bytes: Buffer): string {
  return `data:${mime};base64,${bytes.toString('base64')}`;
}
