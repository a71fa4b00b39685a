// SVG → PNG on the server (fallback for browsers that cannot rasterise the canvas).
// The SVG is rebuilt from a SAX parse through an allow-list: no scripts, no event handlers, no <foreignObject>,
// no references to anything but "#fragment" or an embedded raster data: URL — so rendering can never fetch.
import sharp from 'sharp';
import { Parser } from 'saxen';
import { AppError } from '@/lib/errors';

import { RENDER_MAX_EDGE, targetSize } from '@/lib/bpmn/render-size';

// The size rule is shared with the browser capture (one function, one result).
export { RENDER_MAX_EDGE, RENDER_MAX_SCALE, targetSize } from '@/lib/bpmn/render-size';
export const RENDER_MAX_SVG_BYTES = 8 * 1024 * 1024;
/** Beyond this (user units) a size is not a diagram but an attack; smaller huge sizes are scaled down. */
export const RENDER_ABSURD_EDGE = 1_000_000;

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'marker', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'title', 'desc', 'clipPath', 'mask', 'pattern', 'linearGradient', 'radialGradient', 'stop', 'image',
  'style', 'metadata',
]);
// Filters are left out on purpose: bpmn-js never emits them, and a huge blur radius is a cheap way to burn CPU.
/** Kept as a plain group: links are dropped, their drawing kept. */
const UNWRAP = new Set(['a', 'switch']);
const REF_ATTRS = new Set(['href', 'xlink:href']);
const SAFE_DATA_URL = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

export class SvgRejected extends AppError {
  constructor(message: string) {
    super('invalidFile', message);
  }
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** url(...) to anything but a local fragment becomes `none`; @import and legacy script hooks are removed. */
export function sanitizeCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (m, _q, target: string) => (target.trim().startsWith('#') ? m : 'none'))
    .replace(/expression\s*\(/gi, 'none(')
    .replace(/(javascript|vbscript)\s*:/gi, '')
    .replace(/-moz-binding|behavior\s*:/gi, '');
}

function sanitizeAttr(name: string, value: string): string | null {
  const lower = name.toLowerCase();
  if (!/^[a-zA-Z_][-a-zA-Z0-9_.:]*$/.test(name)) return null;
  if (lower.startsWith('on')) return null;
  if (lower === 'xmlns') return value === SVG_NS ? value : null;
  if (lower.startsWith('xmlns:')) return lower === 'xmlns:xlink' && value === XLINK_NS ? value : null;
  if (name.includes(':') && !['xlink:href', 'xml:space', 'xml:lang'].includes(name)) return null;
  if (REF_ATTRS.has(name)) {
    const v = value.trim();
    return v.startsWith('#') || SAFE_DATA_URL.test(v) ? v : null;
  }
  if (lower === 'src' || lower === 'action' || lower === 'formaction') return null;
  if (/url\s*\(|@import|javascript:|expression\s*\(/i.test(value)) return sanitizeCss(value);
  return value;
}

export type SanitizedSvg = { svg: string; width: number; height: number };

/** Parse, allow-list and re-serialise an SVG document. Throws SvgRejected for anything that is not one. */
export function sanitizeSvg(input: string): string {
  if (/<!DOCTYPE|<!ENTITY/i.test(input)) throw new SvgRejected('SVGs with a DOCTYPE or entity declarations are not accepted.');
  const out: string[] = [];
  // Depth counter while inside a dropped subtree; stack of what each open tag became.
  let dropDepth = 0;
  const stack: ('keep' | 'unwrap' | 'drop')[] = [];
  let rootSeen = false;
  let inStyle = false;
  let failure: string | null = null;

  const parser = new Parser();
  parser.on('openTag', (name: string, getAttrs: () => Record<string, string>, decode: (s: string) => string, selfClosing: boolean) => {
    if (dropDepth > 0) {
      if (!selfClosing) { dropDepth++; stack.push('drop'); }
      return;
    }
    if (!rootSeen) {
      if (name !== 'svg') { failure = 'The document is not an SVG image.'; return; }
      rootSeen = true;
    }
    const mode = ELEMENTS.has(name) ? 'keep' : UNWRAP.has(name) ? 'unwrap' : 'drop';
    if (mode === 'drop') {
      if (!selfClosing) { dropDepth = 1; stack.push('drop'); }
      return;
    }
    const tag = mode === 'unwrap' ? 'g' : name;
    const attrs = mode === 'unwrap' ? {} : getAttrs();
    let s = `<${tag}`;
    for (const [k, raw] of Object.entries(attrs)) {
      const v = sanitizeAttr(k, decode(String(raw)));
      if (v !== null) s += ` ${k}="${escapeAttr(v)}"`;
    }
    if (tag === 'image' && !('href' in attrs) && !('xlink:href' in attrs)) { /* an image with no source draws nothing */ }
    out.push(selfClosing ? `${s}/>` : `${s}>`);
    if (!selfClosing) {
      stack.push(mode);
      if (tag === 'style') inStyle = true;
    }
  });
  parser.on('closeTag', (name: string, _decode: unknown, selfClosing: boolean) => {
    if (selfClosing) return;
    const mode = stack.pop();
    if (mode === 'drop') { dropDepth = Math.max(0, dropDepth - 1); return; }
    if (mode === undefined) return;
    const tag = mode === 'unwrap' ? 'g' : name;
    if (tag === 'style') inStyle = false;
    out.push(`</${tag}>`);
  });
  parser.on('text', (text: string, decode: (s: string) => string) => {
    if (dropDepth > 0 || !rootSeen) return;
    const t = decode(text);
    out.push(escapeText(inStyle ? sanitizeCss(t) : t));
  });
  parser.on('cdata', (text: string) => {
    if (dropDepth > 0 || !rootSeen) return;
    out.push(escapeText(inStyle ? sanitizeCss(text) : text));
  });
  parser.on('error', (err: Error) => {
    failure ??= `The SVG is not well-formed XML: ${err.message.split('\n')[0]}`;
  });
  parser.on('attention', () => {
    failure ??= 'SVGs with a DOCTYPE or entity declarations are not accepted.';
  });
  try {
    parser.parse(input);
  } catch (err) {
    failure ??= `The SVG is not well-formed XML: ${(err as Error).message.split('\n')[0]}`;
  }
  if (failure) throw new SvgRejected(failure);
  if (!rootSeen) throw new SvgRejected('The document is not an SVG image.');
  return out.join('');
}

const LENGTH = /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(px)?\s*$/i;

function intrinsicSize(svg: string): { width: number; height: number } {
  const rootTag = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (n: string) => new RegExp(`\\s${n}="([^"]*)"`).exec(rootTag)?.[1];
  const num = (v: string | undefined) => (v && LENGTH.test(v) ? Number(LENGTH.exec(v)![1]) : NaN);
  let width = num(attr('width'));
  let height = num(attr('height'));
  // The drawing's own size is its viewBox. width/height are only the fallback: the browser capture writes the
  // already scaled pixel size there, and scaling that again made server PNGs up to twice the browser's size.
  const vb = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (vb && vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0) {
    width = vb[2]!;
    height = vb[3]!;
  }
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new SvgRejected('The SVG has no usable size: give the root element numeric width and height, or a viewBox.');
  }
  if (width > RENDER_ABSURD_EDGE || height > RENDER_ABSURD_EDGE) {
    throw new SvgRejected(`The SVG is ${width}×${height}; sizes over ${RENDER_ABSURD_EDGE} units are not rendered.`);
  }
  return { width, height };
}


/** Sanitise, size the root element to the target pixels (keeping its coordinate system), rasterise on white. */
export async function renderSvgToPng(input: string): Promise<{ png: Buffer; width: number; height: number }> {
  const clean = sanitizeSvg(input);
  const size = intrinsicSize(clean);
  const target = targetSize(size.width, size.height);
  const sized = clean.replace(/^<svg\b[^>]*>/, (tag) => {
    const hasViewBox = /\sviewBox="/.test(tag);
    let t = tag.replace(/\s(width|height)="[^"]*"/g, '');
    if (!hasViewBox) t = t.replace(/^<svg/, `<svg viewBox="0 0 ${size.width} ${size.height}"`);
    if (!/\sxmlns="/.test(t)) t = t.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
    if (/xlink:href=/.test(clean) && !/\sxmlns:xlink="/.test(t)) t = t.replace(/^<svg/, `<svg xmlns:xlink="${XLINK_NS}"`);
    return t.replace(/^<svg/, `<svg width="${target.width}" height="${target.height}"`);
  });
  try {
    const png = await sharp(Buffer.from(sized), { density: 72, limitInputPixels: RENDER_MAX_EDGE * RENDER_MAX_EDGE * 4 })
      .flatten({ background: '#ffffff' })
      .png()
      // A hard stop for pathological drawings that are small in bytes but slow to rasterise.
      .timeout({ seconds: 15 })
      .toBuffer({ resolveWithObject: true });
    return { png: png.data, width: png.info.width, height: png.info.height };
  } catch (err) {
    throw new SvgRejected(`The SVG could not be rendered: ${(err as Error).message.split('\n')[0]}`);
  }
}
