// Citations: every diagram element an answer names becomes a ChatKit entity annotation carrying the element id
// and the diagram revision it was cited in, so both chat UIs can turn it into a link that selects the element.
// One post-processor for every responder (analyst or model): answers cite elements as **Name** (`Id`); a bare
// `Id` in backticks, a bold **Name** that names exactly one element, or a plain id-shaped word (`Gateway_1`) count
// too. An unnamed element's citation is titled with its type and id ("Exclusive gateway (Gateway_1)").
import type { Annotation, EntitySource, ThreadItem, ThreadStreamEvent, AssistantMessageContent } from '@/lib/chatkit/types';
import { typeLabel, type DiagramModel } from '@/lib/bpmn';
import { elementLabel } from '@/lib/bpmn/label';
import { elementRef } from '@/lib/bpmn/tools';
import type { Responder } from './responder';
import { unescapeMarkdown } from '@/lib/markdown';

export type CitationTarget = {
  model: DiagramModel;
  revisionId: string | null;
  diagramId: string | null;
};

/**
 * The `data` of an element entity (strings only: the ChatKit Entity type allows nothing else). `unnamed: 'true'`
 * marks an element without a name, whose title is its type and id.
 */
export type ElementEntityData = { kind: 'bpmn_element'; element_id: string; revision_id?: string; diagram_id?: string; element_type?: string; unnamed?: 'true' };

export function elementSource(t: CitationTarget, id: string): EntitySource {
  const ref = elementRef(t.model, id);
  const known = ref.type !== 'Unknown';
  const data: ElementEntityData = { kind: 'bpmn_element', element_id: id };
  if (t.revisionId) data.revision_id = t.revisionId;
  if (t.diagramId) data.diagram_id = t.diagramId;
  if (known) data.element_type = ref.type;
  if (!ref.name) data.unnamed = 'true';
  return {
    type: 'entity',
    id,
    title: elementLabel(ref),
    description: known ? `${typeLabel(ref.type)} · ${id}` : id,
    group: 'Diagram elements',
    interactive: true,
    data,
  };
}

const CODE = /`([^`\n]{1,200})`/g;
// A plain word shaped like a generated id (Gateway_1, Activity_0x1ab, Flow_2): letters, then `_` or digits.
const ID_WORD = /(?<![\w`\-])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Za-z]+[0-9][A-Za-z0-9]*)(?![\w`\-])/g;
const STRONG = /\*\*((?:\\.|[^*\n]){1,300})\*\*/g;

/**
 * Entity annotations for the elements a text names, one per element, in order of first mention; `index` is the
 * character offset just after the mention. Ids that are not in the model are ignored (an answer may quote code).
 */
export function citationAnnotations(text: string, t: CitationTarget): Annotation[] {
  const found = new Map<string, number>();
  const add = (id: string, index: number) => {
    if (!found.has(id) || found.get(id)! > index) found.set(id, index);
  };
  for (const m of text.matchAll(CODE)) {
    const id = m[1]!.trim();
    if (t.model.names.has(id)) add(id, m.index! + m[0].length);
  }
  // Ids written without backticks, outside code spans (a model does not always quote them).
  const outsideCode = text.replace(CODE, (m) => ' '.repeat(m.length));
  for (const m of outsideCode.matchAll(ID_WORD)) {
    const id = m[1]!;
    if (t.model.names.has(id)) add(id, m.index! + m[0].length);
  }
  // Bold names: only a name that belongs to exactly one element (a shared label would be a guess).
  const byName = new Map<string, string[]>();
  for (const [id, name] of t.model.names) {
    if (!name) continue;
    const key = norm(name);
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  for (const m of text.matchAll(STRONG)) {
    const ids = byName.get(norm(unescapeMarkdown(m[1]!)));
    if (ids?.length === 1) add(ids[0]!, m.index! + m[0].length);
  }
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([id, index]) => ({ type: 'annotation', source: elementSource(t, id), index }));
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Wraps a responder: every assistant message it finishes gets its citations as `annotation_added` updates
 * (before `content_part.done`) and in the final item. `target` is asked once per turn, lazily, and only when a
 * message is finished; null (no diagram) leaves the answer as it is.
 */
export function withCitations(responder: Responder, target: (...args: Parameters<Responder>) => Promise<CitationTarget | null>): Responder {
  return async function* cited(thread, input, ctx, signal): AsyncGenerator<ThreadStreamEvent> {
    let resolved: Promise<CitationTarget | null> | null = null;
    const get = () => (resolved ??= target(thread, input, ctx, signal).catch(() => null));
    const annotated = new Map<string, Map<number, Annotation[]>>();
    const annotate = async (itemId: string, index: number, content: AssistantMessageContent) => {
      const t = await get();
      const list = t ? citationAnnotations(content.text, t) : [];
      const perItem = annotated.get(itemId) ?? new Map<number, Annotation[]>();
      perItem.set(index, list);
      annotated.set(itemId, perItem);
      return list;
    };
    for await (const ev of responder(thread, input, ctx, signal)) {
      if (ev.type === 'thread.item.updated' && ev.update.type === 'assistant_message.content_part.done') {
        const { content_index, content } = ev.update;
        const list = await annotate(ev.item_id, content_index, content);
        const base = content.annotations.length;
        for (const [i, annotation] of list.entries()) {
          yield { type: 'thread.item.updated', item_id: ev.item_id, update: { type: 'assistant_message.content_part.annotation_added', content_index, annotation_index: base + i, annotation } };
        }
        yield { ...ev, update: { ...ev.update, content: { ...content, annotations: [...content.annotations, ...list] } } };
        continue;
      }
      if (ev.type === 'thread.item.done' && ev.item.type === 'assistant_message') {
        const perItem = annotated.get(ev.item.id);
        const content = await Promise.all(
          ev.item.content.map(async (c, i) => {
            const list = perItem?.get(i) ?? (await annotate(ev.item.id, i, c));
            return { ...c, annotations: [...c.annotations, ...list] };
          }),
        );
        yield { ...ev, item: { ...ev.item, content } as ThreadItem };
        continue;
      }
      yield ev;
    }
  };
}
