// Where the read-only revision view lives (pure: used by the chat UIs, the view and the server alike).
//   /d/{diagramId}/revisions/{revisionId}?compare=previous|current&element={elementId}
// compare=previous (default): what this revision changed against the one before it (the thread's change entry).
// compare=current: what changed from this revision to the diagram as it is now (a citation of a removed element).
// element: select and zoom to that element; if the current diagram no longer has it, the view says so.
import { badRequest } from '@/lib/errors';

export type RevisionCompare = 'previous' | 'current';

export function revisionViewHref(diagramId: string, revisionId: string, opts: { compare?: RevisionCompare; element?: string } = {}): string {
  const q = new URLSearchParams();
  if (opts.compare === 'current') q.set('compare', 'current');
  if (opts.element) q.set('element', opts.element);
  const qs = q.toString();
  return `/d/${encodeURIComponent(diagramId)}/revisions/${encodeURIComponent(revisionId)}${qs ? `?${qs}` : ''}`;
}

/** The API the view reads: the same path under /api and the same query. */
export function revisionViewApi(diagramId: string, revisionId: string, opts: { compare?: RevisionCompare; element?: string } = {}): string {
  return `/api${revisionViewHref(diagramId, revisionId, opts)}`;
}

export const MAX_ELEMENT_ID = 200;

/** The query of the page and the API; a value that is neither of the two compares, or an overlong id, is refused. */
export function revisionViewQuery(q: URLSearchParams | Record<string, string | string[] | undefined>): { compare: RevisionCompare; element: string | null } {
  const get = (k: string) => {
    const v = q instanceof URLSearchParams ? q.get(k) : q[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const compare = get('compare');
  if (compare !== undefined && compare !== 'previous' && compare !== 'current') {
    throw badRequest('compare: must be "previous" or "current".');
  }
  const element = get('element')?.trim() || null;
  if (element && element.length > MAX_ELEMENT_ID) throw badRequest(`element: at most ${MAX_ELEMENT_ID} characters.`);
  return { compare: compare === 'current' ? 'current' : 'previous', element };
}
