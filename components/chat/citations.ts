// Cited diagram elements in assistant Markdown: the entity annotations of a message, and the rewrite that
// turns their mentions into links the chat renderer shows as buttons (pure, so it is unit-tested).
import type { Annotation, EntitySource } from '@/lib/chatkit/types';
import { unescapeMarkdown } from '@/lib/markdown';
import { revisionViewHref } from '@/lib/diagrams/revision-link';

export type Citation = EntitySource;

export const CITE_HASH = '#cite-';

/** The element entities among a message's annotations, one per id. */
export function citationsOf(annotations: Annotation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const a of annotations) if (a.source.type === 'entity' && !seen.has(a.source.id)) seen.set(a.source.id, a.source);
  return [...seen.values()];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An unnamed element's citation (its title is "Exclusive gateway (Gateway_1)"): the type part of the title. */
function unnamedType(c: Citation): string | null {
  if (c.data?.unnamed !== 'true') return null;
  const suffix = ` (${c.id})`;
  return c.title.endsWith(suffix) ? c.title.slice(0, -suffix.length) : null;
}

// A plain word shaped like a generated id (Gateway_1, Flow_2), not part of a URL, a path or a longer word.
const ID_WORD = /(?<![\w`\-/#=.:])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Za-z]+[0-9][A-Za-z0-9]*)(?![\w`\-/])/g;

/**
 * Turns the cited mentions into links the renderer recognises: `**Name** (`Id`)` becomes one link, a bare
 * `Id` (quoted or not) or a bold name of a cited element its own. An unnamed element reads as its type and id —
 * "Exclusive gateway (`Gateway_1`)" — unless the words just before already say the type. Fenced code is left alone.
 */
export function linkCitations(text: string, citations: Citation[]): string {
  if (!citations.length) return text;
  const byId = new Map(citations.map((c) => [c.id, c]));
  const byTitle = new Map(citations.filter((c) => !unnamedType(c)).map((c) => [c.title, c.id]));
  const href = (id: string) => `${CITE_HASH}${encodeURIComponent(id)}`;
  // The link text of a bare id: the id as code, or for an unnamed element "Type (`Id`)" when the text before the
  // mention does not name the type already ("the gateway `Gateway_1`").
  const idText = (id: string, before: string) => {
    const type = unnamedType(byId.get(id)!);
    const last = type?.toLowerCase().split(' ').pop();
    if (!type || (last && before.slice(-40).toLowerCase().split(/\s+/).slice(-4).some((w) => w.replace(/\W+$/, '') === last))) return `\`${id}\``;
    return `${type} (\`${id}\`)`;
  };
  return text
    .split(/(```[\s\S]*?(?:```|$))/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      // Plain ids first, outside inline code and outside link targets.
      const plain = part
        .split(/(`[^`\n]+`|\]\([^)\s]*\))/)
        .map((seg, j) => (j % 2 === 1 ? seg : seg.replace(ID_WORD, (m, id: string, at: number, all: string) => (byId.has(id) ? `[${idText(id, all.slice(0, at))}](${href(id)})` : m))))
        .join('');
      return plain
        .replace(/\*\*((?:\\.|[^*\n])+)\*\* \(`([^`\n]+)`\)/g, (m, name: string, id: string) => (byId.has(id) ? `[**${name}**](${href(id)}) (\`${id}\`)` : m))
        .replace(/`([^`\n]+)`/g, (m, id: string, at: number, all: string) => {
          // Already inside a link (from the rules above), or the `(Id)` after a linked name: leave it.
          const before = all[at - 1];
          if (!byId.has(id) || before === '[' || before === '(' || all.startsWith('](', at + m.length)) return m;
          return `[${idText(id, all.slice(0, at))}](${href(id)})`;
        })
        .replace(/\*\*((?:\\.|[^*\n])+)\*\*/g, (m, name: string, at: number, all: string) => {
          const id = byTitle.get(unescapeMarkdown(name));
          if (!id || all[at - 1] === '[' || all.startsWith('](', at + m.length)) return m;
          return `[**${name}**](${href(id)})`;
        });
    })
    .join('');
}

/** What clicking a cited element does: select it on the canvas, or open the revision it was cited in when it is gone. */
export type CitationClick =
  | { kind: 'selected' }
  | { kind: 'revision'; href: string }
  | { kind: 'unavailable'; message: string };

/**
 * The one rule for a citation click in both chat UIs. `select` is the open modeler's (undefined when no diagram is
 * open); the entity's data carries the element id and the diagram and revision the answer was about.
 */
export function citationClick(c: Pick<Citation, 'id' | 'title' | 'data'>, select: ((id: string) => boolean) | undefined): CitationClick {
  const data = (c.data ?? {}) as Record<string, unknown>;
  const id = typeof data.element_id === 'string' && data.element_id ? data.element_id : c.id;
  if (select?.(id)) return { kind: 'selected' };
  const diagram = typeof data.diagram_id === 'string' ? data.diagram_id : null;
  const revision = typeof data.revision_id === 'string' ? data.revision_id : null;
  if (diagram && revision) return { kind: 'revision', href: revisionViewHref(diagram, revision, { compare: 'current', element: id }) };
  return {
    kind: 'unavailable',
    message: select
      ? `“${c.title}” (${id}) is no longer in this diagram. It may have been deleted or its id changed.`
      : `Open the diagram to see “${c.title}” (${id}).`,
  };
}
