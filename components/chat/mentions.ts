// @-mentions of diagram elements, shared by the built-in composer and the ChatKit element (entities): search by
// name (case-, diacritics- and width-insensitive, any script), the entity a tag carries, and the message content
// with each `@Name` of an element turned into an `input_tag` whose data holds the element id.
import type { Entity } from '@openai/chatkit';
import type { UserMessageContent } from '@/lib/chatkit/types';
import type { BridgeElement } from '@/components/modeler/modeler-bridge';
import { SELECTION_TAG_SOURCE } from '@/lib/ai/converter';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Elements whose name (or id) contains the query; names that start with it first. */
export function searchElements(query: string, list: BridgeElement[], limit = 8): BridgeElement[] {
  const q = fold(query);
  const scored = list
    .map((el) => {
      const name = fold(el.name);
      const score = !q ? 1 : name.startsWith(q) ? 3 : name.includes(q) ? 2 : el.id.toLowerCase().includes(q) ? 1 : 0;
      return { el, score };
    })
    .filter((x) => x.score > 0);
  scored.sort((a, b) => b.score - a.score || a.el.name.localeCompare(b.el.name));
  return scored.slice(0, limit).map((x) => x.el);
}

const typeLabel = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** The ChatKit entity of an element: what the element's tags and citation clicks carry. */
export function elementEntity(el: BridgeElement): Entity {
  return { id: el.id, title: el.name, group: typeLabel(el.type), interactive: true, data: { kind: 'bpmn_element', element_id: el.id, element_type: el.type } };
}

/** The element id an entity (a clicked citation or tag) points at, if it is one of ours. */
export function entityElementId(entity: Pick<Entity, 'id' | 'data'>): string | null {
  const id = entity.data?.element_id;
  return typeof id === 'string' && id ? id : null;
}

/**
 * Message content from composer text: every `@Name` that names an element of the open diagram becomes a tag
 * (longest names first, so "@Check order twice" prefers "Check order twice" over "Check order"). `chosen` maps
 * a name to the element picked from the popup, for names that several elements share.
 */
export function contentWithMentions(value: string, list: BridgeElement[], chosen: Map<string, string> = new Map()): UserMessageContent[] {
  const names = [...new Set(list.map((e) => e.name))].filter(Boolean).sort((a, b) => b.length - a.length);
  const out: UserMessageContent[] = [];
  let text = '';
  let i = 0;
  while (i < value.length) {
    if (value[i] === '@' && (i === 0 || /\s|[(（「"']/.test(value[i - 1]!))) {
      const name = names.find((n) => value.startsWith(n, i + 1) && !/[\p{L}\p{N}]/u.test(value[i + 1 + n.length] ?? ' '));
      if (name) {
        const el = list.find((e) => e.id === chosen.get(name)) ?? list.find((e) => e.name === name)!;
        if (text) out.push({ type: 'input_text', text });
        text = '';
        out.push({ type: 'input_tag', id: el.id, text: el.name, data: { kind: 'bpmn_element', element_id: el.id, element_type: el.type }, interactive: true });
        i += 1 + name.length;
        continue;
      }
    }
    text += value[i];
    i += 1;
  }
  if (text) out.push({ type: 'input_text', text });
  return out;
}

/**
 * The canvas selection as composer content for the ChatKit element: one removable tag per element (unnamed ones
 * by their type), marked as the selection so the server reads them as what "this" means. At most 8, as the chips.
 */
export function selectionTags(elements: BridgeElement[]): UserMessageContent[] {
  return elements.slice(0, 8).map((el) => ({
    type: 'input_tag' as const,
    id: el.id,
    text: el.name || typeLabel(el.type),
    group: typeLabel(el.type),
    data: { kind: 'bpmn_element', element_id: el.id, element_type: el.type, source: SELECTION_TAG_SOURCE },
    interactive: true,
  }));
}
