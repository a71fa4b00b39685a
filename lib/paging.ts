// Keyset pagination, the one helper: a query fetches `limit + 1` rows in its order; the extra row only says that
// another page exists, and the last row kept is where the next page starts.

/** The rows of this page and the cursor of the next (null on the last page). */
export function keysetPage<R>(rows: R[], limit: number, cursorOf: (last: R) => string): { page: R[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, next: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}

/** Rows to fetch for a page of `limit`. */
export const fetchSize = (limit: number) => limit + 1;
