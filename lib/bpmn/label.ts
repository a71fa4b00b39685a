// How an element is named to people where its name may be missing: "Check order", or for an unnamed element its
// type and id, "Exclusive gateway (Gateway_1)" — never a bare id.
import { typeLabel } from './model';

export function elementLabel(e: { id: string; name: string | null; type: string }): string {
  if (e.name) return e.name;
  const t = e.type && e.type !== 'Unknown' ? typeLabel(e.type) : 'element';
  return `${t.charAt(0).toUpperCase()}${t.slice(1)} (${e.id})`;
}

/** "a" or "an" before an English type label ("an exclusive gateway", "a user task", "an unnamed task"). */
export const indefiniteArticle = (label: string) => (/^(?:[aeio]|u(?!s|ni|ri))/i.test(label) ? 'an' : 'a');
