// Our ChatKit `client_effect` events (fire-and-forget UI effects the server streams; never stored): their names
// and data, shared by the server that emits them and both chat UIs that run them (the element's onEffect, the
// built-in panel's stream loop).

/** Point at diagram elements on the canvas (the elements an answer cites, or those a change just added). */
export const HIGHLIGHT_ELEMENTS = 'highlight_elements';

export type HighlightElementsData = {
  element_ids: string[];
  /** The diagram the ids belong to; a UI showing another diagram ignores the effect. */
  diagram_id?: string;
  /** Why: the answer cited them, or an applied change added or changed them. */
  reason: 'cited' | 'changed';
};

/** The data of a highlight effect, or null when `data` is not one (effects come from the network). */
export function highlightData(name: string, data: unknown): HighlightElementsData | null {
  if (name !== HIGHLIGHT_ELEMENTS || !data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.element_ids)) return null;
  const ids = d.element_ids.filter((x): x is string => typeof x === 'string').slice(0, 100);
  return {
    element_ids: ids,
    ...(typeof d.diagram_id === 'string' ? { diagram_id: d.diagram_id } : {}),
    reason: d.reason === 'changed' ? 'changed' : 'cited',
  };
}
