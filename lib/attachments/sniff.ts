// What a file really is, from its bytes. Binary types by magic number (file-type); everything else must be
// valid UTF-8 text, and then the name's extension picks among the text types. The declared type is never used here.
import fs from 'node:fs';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '@/lib/errors';
import { ACCEPT_DESCRIPTION, svgRefused, typeByExt, typeByMime, type AllowedType } from './policy';

const HEAD_BYTES = 64 * 1024;

export async function readHead(path: string, n = HEAD_BYTES): Promise<Buffer> {
  const fh = await fs.promises.open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function unsupported(what: string): AppError {
  return new AppError('unsupportedMediaType', `${what} can't be attached. Allowed: ${ACCEPT_DESCRIPTION}.`);
}

/** Sniff the file at `path`; `name` (already sanitised or raw) only chooses among text types. */
export async function sniffFile(path: string, name: string): Promise<AllowedType> {
  const head = await readHead(path);
  if (head.length === 0) throw new AppError('badRequest', 'The file is empty (0 bytes).');
  const ft = await fileTypeFromBuffer(head);
  if (ft && ft.mime !== 'application/xml') {
    if (ft.mime === 'image/svg+xml') throw svgRefused();
    const t = typeByMime(ft.mime);
    if (!t || t.text) throw unsupported(`A ${ft.ext.toUpperCase()} file (${ft.mime})`);
    return t;
  }
  await assertUtf8Text(path);
  return textTypeFor(head.toString('utf8'), name);
}

/** Valid UTF-8 with no NULs or stray control characters, checked while streaming (files may be 50 MB). */
async function assertUtf8Text(path: string): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const notText = () => unsupported('A binary file of unknown type');
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 256 * 1024 })) {
      // eslint-disable-next-line no-control-regex
      if (/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/.test(decoder.decode(chunk as Buffer, { stream: true }))) throw notText();
    }
    decoder.decode();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notText();
  }
}

function textTypeFor(head: string, name: string): AllowedType {
  const body = head.replace(/^\uFEFF/, '').trimStart();
  const markup = body.replace(/^<\?xml[^>]*\?>\s*/i, '').replace(/^(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  if (/^<svg[\s>]/i.test(markup) || /<svg[\s>][\s\S]*xmlns=["']http:\/\/www\.w3\.org\/2000\/svg/i.test(markup.slice(0, 4096))) throw svgRefused();
  if (/^<(html|head|body|script)[\s>]/i.test(markup) || /^<!doctype\s+html/i.test(body)) {
    throw unsupported('An HTML page');
  }
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1] ?? '';
  const byExt = typeByExt(ext);
  if (byExt?.text) {
    if ((byExt.mime === 'application/xml' || byExt.mime === 'application/bpmn+xml') && !body.startsWith('<')) {
      throw new AppError('invalidFile', `This .${ext} file does not contain XML.`);
    }
    if (byExt.mime === 'application/json' && !/^[[{"\d\-tfn]/.test(body)) {
      throw new AppError('invalidFile', 'This .json file does not contain JSON.');
    }
    return byExt;
  }
  if (body.startsWith('<') && /bpmn/i.test(body.slice(0, 2048)) && /definitions/i.test(body.slice(0, 4096))) return typeByExt('bpmn')!;
  if (body.startsWith('<?xml')) return typeByExt('xml')!;
  return typeByExt('txt')!;
}
