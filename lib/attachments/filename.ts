// Display names only (storage keys are always server-generated ids). A name is refused when it smuggles a path
// or control characters; otherwise it is normalised and given the extension of what the bytes really are.
import { AppError } from '@/lib/errors';
import { typeByExt, type AllowedType } from './policy';

const MAX_BYTES = 255;
// Bidi overrides/isolates and marks: they make "gnp.exe" look like "exe.png".
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** 400 for names with path parts or control characters (`../../etc/passwd`, `a\u0000.png`). */
export function checkFilename(raw: string): void {
  if (CONTROL.test(raw)) throw new AppError('badRequest', 'The file name contains control characters; rename the file and try again.');
  if (/[\\/]/.test(raw) || raw.split(/[\\/]/).some((p) => p === '..')) {
    throw new AppError('badRequest', 'The file name must be a plain name such as report.pdf, without folders or "..".');
  }
}

/** NFC, no bidi controls, no leading dots, ≤255 UTF-8 bytes, ending in an extension of `type`. */
export function normalizeFilename(raw: string, type: AllowedType): string {
  checkFilename(raw);
  let name = raw.normalize('NFC').replace(BIDI, '').replace(/[\p{Cf}]/gu, '').trim();
  // ".png" is an extension without a name, not a hidden file called "png".
  if (/^\.[^.]+$/.test(name) && typeByExt(name.slice(1))) name = '';
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '').trim();
  const m = /^(.*)\.([^.]{1,10})$/.exec(name);
  let stem = m ? m[1]! : name;
  const ext = m ? m[2]!.toLowerCase() : '';
  if (m && !type.exts.includes(ext) && !typeByExt(ext)) stem = name; // "a.jpg.php" keeps ".php" visible, then gets ".jpg"
  if (!stem) stem = type.kind === 'image' ? 'image' : 'file';
  const finalExt = type.exts.includes(ext) ? ext : type.exts[0]!;
  return `${truncateUtf8(stem, MAX_BYTES - Buffer.byteLength(`.${finalExt}`))}.${finalExt}`;
}

/** Cut at a code point boundary so the result is still valid UTF-8. */
function truncateUtf8(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s) <= maxBytes) return s;
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch) > maxBytes) break;
    out += ch;
  }
  return out;
}

/** A name for the file before its type is known (`?name=`, Content-Disposition, URL path); checked, not yet final. */
export function provisionalName(raw: string | null | undefined, fallback = 'upload'): string {
  checkFilename(raw ?? '');
  // Cleaned at creation already (a pending attachment's name is shown and echoed before any bytes arrive).
  const n = (raw ?? '').normalize('NFC').replace(BIDI, '').replace(/[\p{Cf}]/gu, '').trim();
  if (!n) return fallback;
  return truncateUtf8(n, MAX_BYTES);
}
