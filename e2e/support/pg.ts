// PostgreSQL helpers for tests: the maintenance URL and per-run database names.
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export function templateName(): string {
  return `procmod_tpl_${process.ppid}_${process.pid}`.replace(/[^a-z0-9_]/gi, '');
}
