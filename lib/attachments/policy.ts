// The single source of truth for what may be attached and how big it may be. Every upload path asks here.
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { formatBytes } from '@/lib/format';

export type AttachmentKind = 'image' | 'file';

export type AllowedType = {
  mime: string;
  kind: AttachmentKind;
  /** Preferred extension first; any of these is accepted on a file name. */
  exts: string[];
  label: string;
  /** Validated as UTF-8 text rather than by magic bytes. */
  text?: boolean;
};

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { mime: 'image/png', kind: 'image', exts: ['png'], label: 'PNG image' },
  { mime: 'image/jpeg', kind: 'image', exts: ['jpg', 'jpeg'], label: 'JPEG image' },
  { mime: 'image/webp', kind: 'image', exts: ['webp'], label: 'WebP image' },
  { mime: 'image/gif', kind: 'image', exts: ['gif'], label: 'GIF image' },
  { mime: 'application/pdf', kind: 'file', exts: ['pdf'], label: 'PDF document' },
  { mime: 'text/plain', kind: 'file', exts: ['txt', 'text', 'log'], label: 'text file', text: true },
  { mime: 'text/markdown', kind: 'file', exts: ['md', 'markdown'], label: 'Markdown file', text: true },
  { mime: 'text/csv', kind: 'file', exts: ['csv'], label: 'CSV file', text: true },
  { mime: 'application/json', kind: 'file', exts: ['json'], label: 'JSON file', text: true },
  { mime: 'application/bpmn+xml', kind: 'file', exts: ['bpmn'], label: 'BPMN diagram', text: true },
  { mime: 'application/xml', kind: 'file', exts: ['xml'], label: 'XML file', text: true },
];

export const ACCEPT_DESCRIPTION = 'PNG, JPEG, WebP or (static) GIF images, and PDF, TXT, MD, CSV, JSON, BPMN or XML files';

export function typeByMime(mime: string): AllowedType | undefined {
  return ALLOWED_TYPES.find((t) => t.mime === normalizeMime(mime));
}

export function typeByExt(ext: string): AllowedType | undefined {
  const e = ext.toLowerCase().replace(/^\./, '');
  return ALLOWED_TYPES.find((t) => t.exts.includes(e));
}

/** `Image/JPG; charset=x` → `image/jpeg`. */
export function normalizeMime(mime: string | null | undefined): string {
  const m = (mime ?? '').split(';')[0]!.trim().toLowerCase();
  const aliases: Record<string, string> = {
    'image/jpg': 'image/jpeg',
    'image/pjpeg': 'image/jpeg',
    'text/x-markdown': 'text/markdown',
    'text/xml': 'application/xml',
    'text/json': 'application/json',
    'application/csv': 'text/csv',
  };
  return aliases[m] ?? m;
}

/** Declared types we refuse outright (never stored as-is, whatever the bytes are). */
const NEVER = /^(image\/svg\+xml|text\/html|application\/xhtml\+xml|(text|application)\/(x-)?javascript|text\/ecmascript)$/;

function isTextLike(mime: string): boolean {
  return mime.startsWith('text/') || mime === 'application/json' || mime === 'application/xml' || mime.endsWith('+xml') || mime === 'application/vnd.ms-excel';
}

/** A declared type that says nothing (browsers send these for unknown extensions). */
export function isUninformative(mime: string): boolean {
  const m = normalizeMime(mime);
  return m === '' || m === 'application/octet-stream' || m === 'binary/octet-stream';
}

/** 415 for a declared type we never accept (SVG, HTML, scripts, video…) — before any bytes are read. */
export function checkDeclaredType(declared: string | null | undefined): void {
  const m = normalizeMime(declared);
  if (isUninformative(m)) return;
  if (m === 'image/svg+xml') throw svgRefused();
  if (NEVER.test(m) || (!typeByMime(m) && !isTextLike(m))) {
    throw new AppError('unsupportedMediaType', `${m} files can't be attached. Allowed: ${ACCEPT_DESCRIPTION}.`);
  }
}

/** 415 when the bytes are not what the client said they were (the declared type is never trusted). */
export function checkDeclaredMatches(declared: string | null | undefined, sniffed: AllowedType): void {
  const m = normalizeMime(declared);
  if (isUninformative(m) || m === sniffed.mime) return;
  if (sniffed.text && isTextLike(m) && !NEVER.test(m)) return;
  throw new AppError('unsupportedMediaType', `The file says it is ${m}, but its contents are a ${sniffed.label}. Send it with its real type.`);
}

export function svgRefused(): AppError {
  return new AppError('unsupportedMediaType', 'SVG images are not accepted (they can carry scripts). Export the picture as PNG and attach that.');
}

export type Limits = { imageMaxBytes: number; imageMaxPixels: number; fileMaxBytes: number };

export function limits(): Limits {
  const e = env();
  return { imageMaxBytes: e.IMAGE_MAX_BYTES, imageMaxPixels: e.IMAGE_MAX_PIXELS, fileMaxBytes: e.FILE_MAX_BYTES };
}

/** How bytes arrived; decides the streaming cap. */
export type UploadSource =
  | 'chatkit_two_phase'
  | 'chatkit_direct'
  | 'url'
  | 'data_url'
  | 'multipart'
  | 'raw'
  | 'two_step'
  | 'screenshot';

export const SOURCE_LABEL: Record<UploadSource, string> = {
  chatkit_two_phase: 'from the chat',
  chatkit_direct: 'from the chat',
  url: 'from a URL',
  data_url: 'as a data URL',
  multipart: 'by form upload',
  raw: 'by direct upload',
  two_step: 'by two-step upload',
  screenshot: 'as a screenshot',
};

/** The most bytes any file may have on this path (checked while streaming, before the type is known). */
export function streamCap(source: UploadSource): number {
  const e = env();
  const l = limits();
  const kindMax = Math.max(l.imageMaxBytes, l.fileMaxBytes);
  if (source === 'two_step') return Math.max(e.API_TWO_STEP_MAX_BYTES, 1);
  if (source === 'url' || source === 'data_url' || source === 'multipart' || source === 'raw') return Math.min(e.API_UPLOAD_MAX_BYTES, kindMax);
  return kindMax;
}

/** The cap for a known type on a path: images keep the image limit; two-step files may use the two-step limit. */
export function maxBytesFor(type: AllowedType, source: UploadSource): number {
  const l = limits();
  const kindMax = type.kind === 'image' ? l.imageMaxBytes : source === 'two_step' ? env().API_TWO_STEP_MAX_BYTES : l.fileMaxBytes;
  return Math.min(kindMax, streamCap(source));
}

export function tooLarge(size: number | null, limit: number, what = 'This file'): AppError {
  const sized = size === null ? `${what} is larger than` : `${what} is ${formatBytes(size)};`;
  return new AppError('limitsReached', size === null ? `${sized} the limit of ${formatBytes(limit)}.` : `${sized} the limit is ${formatBytes(limit)}.`);
}

export function checkSize(type: AllowedType, size: number, source: UploadSource): void {
  const max = maxBytesFor(type, source);
  if (size > max) throw tooLarge(size, max, type.kind === 'image' ? 'This image' : 'This file');
  if (size === 0) throw new AppError('badRequest', 'The file is empty (0 bytes).');
}

export function checkPixels(width: number, height: number): void {
  const max = limits().imageMaxPixels;
  if (width * height > max) {
    const mp = (n: number) => `${Math.round(n / 1e5) / 10} megapixels`;
    throw new AppError('invalidFile', `This image is ${width} × ${height} pixels (${mp(width * height)}); the limit is ${mp(max)}.`);
  }
}
