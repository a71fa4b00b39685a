// Small display helpers shared by the admin pages (server and client).
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
}

export function fmtDate(iso: string): string {
  return iso.slice(0, 10);
}


/** «match» markers from ts_headline → segments to render with <mark>. */
export function highlightSegments(s: string): { text: string; hit: boolean }[] {
  return s.split(/(«[^»]*»)/).filter(Boolean).map((part) =>
    part.startsWith('«') ? { text: part.slice(1, -1), hit: true } : { text: part, hit: false },
  );
}
