// Display formatting shared by server messages and the UI (pure; safe in client components).

/** "512 bytes", "1.5 KB", "12 KB", "3.2 MB", "14 MB", "1.25 GB" — the one byte formatter. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  if (n < 1024 ** 3) {
    const mb = n / (1024 * 1024);
    return `${mb.toFixed(mb < 10 ? 1 : 0).replace(/\.0$/, '')} MB`;
  }
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

const rtf = typeof Intl !== 'undefined' ? new Intl.RelativeTimeFormat('en', { numeric: 'auto' }) : null;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", else a short date — the one relative time. */
export function relativeTime(iso: string, now = Date.now()): string {
  // Timestamps without a zone are UTC (the server always sends UTC).
  const t = Date.parse(iso.endsWith('Z') || /[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (!Number.isFinite(t)) return '';
  const s = Math.round((t - now) / 1000);
  const abs = Math.abs(s);
  if (abs < 45 || !rtf) return abs < 45 ? 'just now' : new Date(t).toLocaleString();
  if (abs < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(s / 3600), 'hour');
  if (abs < 86400 * 7) return rtf.format(Math.round(s / 86400), 'day');
  return new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
