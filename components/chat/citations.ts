// Cited diagram elements in assistant Markdown: the entity annotations of a message, and the rewrite that
// turns their mentions into links the chat renderer shows as buttons (pure, so it is unit-tested).
import type { Annotation, EntitySource } from '@/lib/chatkit/types';
import { unescapeMarkdown } from '@/lib/markdown';

export type Citation = EntitySource;

export const CITE_HASH = '#cite-';

/** The element entities among a message's annotations, one per id. */
export function citationsOf(annotations: Annotation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const a of annotations) if (a.source.type === 'entity' && !seen.has(a.source.id)) seen.set(a.source.id, a.source);
  return [...seen.values()];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Turns the cited mentions into links the renderer recognises: `**Name** (`Id`)` becomes one link, a bare
 * `Id` or a bold name of a cited element its own. Fenced code is left alone.
 */
export function linkCitations(text: string, citations: Citation[]): string {
  if (!citations.length) return text;
  const ids = new Set(citations.map((c) => c.id));
  const byTitle = new Map(citations.map((c) => [c.title, c.id]));
  const href = (id: string) => `${CITE_HASH}${encodeURIComponent(id)}`;
  return text
    .split(/(```[\s\S]*?(?:```|$))/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/\*\*((?:\\.|[^*\n])+)\*\* \(`([^`\n]+)`\)/g, (m, name: string, id: string) => (ids.has(id) ? `[**${name}**](${href(id)}) (\`${id}\`)` : m))
        .replace(/`([^`\n]+)`/g, (m, id: string, at: number, all: string) => {
          // Already inside a link (from the rule above), or the `(Id)` after a linked name: leave it.
          const before = all[at - 1];
          if (!ids.has(id) || before === '[' || before === '(' || all.startsWith('](', at + m.length)) return m;
          return `[\`${id}\`](${href(id)})`;
        })
        .replace(/\*\*((?:\\.|[^*\n])+)\*\*/g, (m, name: string, at: number, all: string) => {
          const id = byTitle.get(unescapeMarkdown(name));
          if (!id || all[at - 1] === '[' || all.startsWith('](', at + m.length)) return m;
          return `[**${name}**](${href(id)})`;
        });
    })
    .join('');
}

