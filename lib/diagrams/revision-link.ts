// Where the read-only revision view lives (pure: used by the chat UIs, the view and the server alike).
//   /d/{diagramId}/revisions/{revisionId}?compare=previous|current&element={elementId}
// compare=previous (default): what this revision changed against the one before it (the thread's change entry).
// compare=current: what changed from this revision to the diagram as it is now (a citation of a removed element).
// element: select and zoom to that element; if the current diagram no longer has it, the view says so.
export type RevisionCompare = 'previous' | 'current';

export function revisionViewHref(diagramId: string, revisionId: string, opts: { compare?: RevisionCompare; element?: string } = {}): string {
  const q = new URLSearchParams();
  if (opts.compare === 'current') q.set('compare', 'current');
  if (opts.element) q.set('element', opts.element);
  const qs = q.toString();
  return `/d/${encodeURIComponent(diagramId)}/revisions/${encodeURIComponent(revisionId)}${qs ? `?${qs}` : ''}`;
}

/** The API the view reads (same query parameters; `element` is ignored there). */
export function revisionViewApi(diagramId: string, revisionId: string, compare: RevisionCompare = 'previous'): string {
  return `/api/diagrams/${encodeURIComponent(diagramId)}/revisions/${encodeURIComponent(revisionId)}?compare=${compare}`;
}

export const parseCompare = (v: unknown): RevisionCompare => (v === 'current' ? 'current' : 'previous');
