import { describe, expect, it } from 'vitest';
import { fetchSize, keysetPage } from './paging';

describe('keysetPage', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}` }));
  it('keeps `limit` rows and points the next page at the last one kept when one more row came back', () => {
    expect(fetchSize(3)).toBe(4);
    expect(keysetPage(rows(4), 3, (r) => r.id)).toEqual({ page: rows(3), next: 'r2' });
  });
  it('has no next page when the query returned `limit` rows or fewer', () => {
    expect(keysetPage(rows(3), 3, (r) => r.id)).toEqual({ page: rows(3), next: null });
    expect(keysetPage([], 3, (r: { id: string }) => r.id)).toEqual({ page: [], next: null });
  });
});
