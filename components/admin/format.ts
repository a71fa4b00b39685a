// Small display helpers shared by the admin pages (server and client).
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
}

export function fmtDate(iso: string): string {
  return iso.slice(0, 10);
}

export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** «match» markers from ts_headline → segments to render with <mark>. */
export function highlightSegments(s: string): { text: string; hit: boolean }[] {
  return s.split(/(«[^»]*»)/).filter(Boolean).map((part) =>
    part.startsWith('«') ? { text: part.slice(1, -1), hit: true } : { text: part, hit: false },
  );
}
