import { describe, expect, it } from 'vitest';
import { revisionViewApi, revisionViewHref, revisionViewQuery } from './revision-link';

describe('revision view links', () => {
  it('page and API share the path shape and the query', () => {
    expect(revisionViewHref('dgm_1', 'rev_1')).toBe('/d/dgm_1/revisions/rev_1');
    expect(revisionViewHref('dgm_1', 'rev_1', { compare: 'current', element: 'Task_A' })).toBe('/d/dgm_1/revisions/rev_1?compare=current&element=Task_A');
    expect(revisionViewApi('dgm_1', 'rev_1', { compare: 'current', element: 'Task_A' })).toBe('/api/diagrams/dgm_1/revisions/rev_1?compare=current&element=Task_A');
  });

  it('reads the query, refusing an unknown compare', () => {
    expect(revisionViewQuery(new URLSearchParams('compare=current&element=X'))).toEqual({ compare: 'current', element: 'X' });
    expect(revisionViewQuery({})).toEqual({ compare: 'previous', element: null });
    expect(() => revisionViewQuery({ compare: 'sideways' })).toThrow('compare: must be "previous" or "current".');
  });
});
