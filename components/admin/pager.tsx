import Link from 'next/link';

/** Footer of an admin table: how many rows are shown, and links back to the first page and on to the next. */
export function Pager({
  shown,
  note,
  firstHref,
  nextHref,
  firstLabel = '← Newest',
  nextLabel = 'Older →',
}: {
  shown: number;
  note?: string;
  firstHref: string | null;
  nextHref: string | null;
  firstLabel?: string;
  nextLabel?: string;
}) {
  return (
    <div className="admin-pager">
      <span>
        {shown} shown{note ?? ''}
      </span>
      <span style={{ display: 'flex', gap: 6 }}>
        {firstHref && (
          <Link className="btn btn-sm" href={firstHref}>
            {firstLabel}
          </Link>
        )}
        {nextHref && (
          <Link className="btn btn-sm" href={nextHref} data-testid="next-page">
            {nextLabel}
          </Link>
        )}
      </span>
    </div>
  );
}

/** `path?query` from the non-empty params. */
export function hrefWith(path: string, params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
