// Content-Disposition, both ways, through the `content-disposition` package (RFC 6266 / 8187: quoting, the
// ASCII fallback, filename* winning over filename) instead of hand-written regexes and string building.
import { create, parse } from 'content-disposition';
import { AppError } from '@/lib/errors';

/** `attachment; filename="…"; filename*=UTF-8''…` (inline for what the browser should show in place). */
export function contentDisposition(filename: string, type: 'attachment' | 'inline' = 'attachment'): string {
  return create(filename, { type });
}

/**
 * The file name a Content-Disposition header carries (filename* preferred), or null when it has none. A header that
 * cannot be parsed, or a filename* that is not valid percent-encoding, is a 400 when `strict` (the client's own
 * request) and simply no name otherwise (a remote server's answer is only a hint).
 */
export function dispositionFilename(header: string | null | undefined, strict = true): string | null {
  if (!header) return null;
  let params: Record<string, string>;
  try {
    params = parse(header).parameters;
  } catch {
    if (!strict) return null;
    throw new AppError('badRequest', 'The Content-Disposition header is malformed; send e.g. attachment; filename="report.pdf".');
  }
  if (params.filename !== undefined) return params.filename;
  // The package leaves a filename* it could not decode under its raw name.
  if (params['filename*'] !== undefined) {
    if (!strict) return null;
    throw new AppError('badRequest', 'Content-Disposition filename* is not valid percent-encoding.');
  }
  return null;
}
