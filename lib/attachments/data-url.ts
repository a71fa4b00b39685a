// Strict data: URL parsing. Node's base64 decoder is lenient (it skips "$$" and trailing junk), so the text is
// checked first, and its size is checked before anything is decoded.
import { AppError } from '@/lib/errors';
import { tooLarge } from './policy';

const DATA_URL = /^data:([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)?((?:;[a-z0-9!#$&^_.+-]+=[^;,]*)*)(;base64)?,(.*)$/is;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export type DecodedDataUrl = { mime: string; name: string | null; bytes: Buffer };

export function decodeDataUrl(value: string, maxBytes: number): DecodedDataUrl {
  const m = DATA_URL.exec(value);
  if (!m) throw new AppError('badRequest', 'Malformed data URL: expected data:<type>;base64,<data>.');
  const [, mime = '', params = '', b64, data = ''] = m;
  if (!b64) throw new AppError('badRequest', 'The data URL must be base64-encoded (data:<type>;base64,…).');
  if (data.length === 0) throw new AppError('badRequest', 'The file is empty (0 bytes).');
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const size = (data.length / 4) * 3 - padding;
  if (data.length % 4 === 0 && size > maxBytes) throw tooLarge(size, maxBytes);
  if (data.length % 4 !== 0 || !BASE64.test(data)) {
    throw new AppError('badRequest', 'The data URL contains invalid base64 (only A–Z, a–z, 0–9, +, / and = padding; no spaces or line breaks).');
  }
  const nameParam = /;name=([^;,]*)/i.exec(params)?.[1];
  let name: string | null = null;
  if (nameParam) {
    try {
      name = decodeURIComponent(nameParam);
    } catch {
      throw new AppError('badRequest', 'The data URL name parameter is not valid percent-encoding.');
    }
  }
  return { mime: mime.toLowerCase(), name, bytes: Buffer.from(data, 'base64') };
}
