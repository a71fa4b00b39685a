// Screenshot: the live diagram (or the current selection) → PNG File → the chat composer.
// saveSVG() → clean + self-contained SVG → <canvas> (long edge ≤ 2048 px, white background) → toBlob → File.
// When the browser cannot rasterise (canvas limits, tainted canvas, decode errors) the server renders it.
import { COMPOSER_FILES_EVENT, type ComposerFilesDetail } from './modeler-bridge';
import { apiFetch } from '@/components/ui/api-client';
import { RENDER_MAX_EDGE, targetSize } from '@/lib/bpmn/render-size';

/** Longest edge of a screenshot, in pixels (the rule is shared with the server render). */
export const MAX_EDGE = RENDER_MAX_EDGE;
const PADDING = 16;

/** Thrown when the canvas shows nothing: a white PNG would tell the AI (and the user) nothing. */
export class NothingToCaptureError extends Error {
  constructor() {
    super('There is nothing on the canvas to capture yet — draw an element first, or open a sheet that has one.');
  }
}

type Bounds = { x: number; y: number; width: number; height: number };
type DiagramElement = {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  waypoints?: { x: number; y: number }[];
  children?: DiagramElement[];
  label?: DiagramElement;
  labelTarget?: DiagramElement;
};
/** The part of the bpmn-js Modeler we use (kept structural so tests and benches can pass a stand-in). */
type Root = DiagramElement & { businessObject?: { name?: string; id?: string } };
export type ScreenshotSource = {
  saveSVG(): Promise<{ svg: string }>;
  get(name: 'selection'): { get(): DiagramElement[] };
  get(name: 'elementRegistry'): { filter(fn: (e: DiagramElement & { parent?: unknown; type?: string }) => boolean): DiagramElement[] };
  get(name: 'canvas'): { getRootElement(): Root; getRootElements?(): Root[]; setRootElement(root: Root): void };
};

/** Shapes and connections on the sheet shown now (the root and labels do not count). */
function drawnOnCurrentSheet(source: ScreenshotSource): number {
  const root = source.get('canvas').getRootElement();
  const onSheet = (e: { parent?: unknown }): boolean => {
    let p = e.parent as { parent?: unknown } | undefined;
    while (p) {
      if (p === root) return true;
      p = p.parent as { parent?: unknown } | undefined;
    }
    return false;
  };
  return source.get('elementRegistry').filter((e) => e.type !== 'label' && onSheet(e)).length;
}

/** `<name>-<yyyymmdd-hhmmss>.png`, with the name reduced to characters safe in every file system. */
export function screenshotFileName(diagramName: string, at = new Date()): string {
  const base = diagramName.normalize('NFKD').replace(/[^\w\- ]+/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'diagram';
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `${base}-${stamp}.png`;
}

/** Ids to keep when only the selection is captured: the selected elements, their labels and everything inside them. */
function selectionIds(selected: DiagramElement[]): { ids: Set<string>; elements: DiagramElement[] } {
  const ids = new Set<string>();
  const elements: DiagramElement[] = [];
  const add = (el: DiagramElement) => {
    if (ids.has(el.id)) return;
    ids.add(el.id);
    elements.push(el);
    if (el.label) add(el.label);
    el.children?.forEach(add);
  };
  selected.forEach(add);
  return { ids, elements };
}

function boundsOf(elements: DiagramElement[]): Bounds | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const el of elements) {
    const pts = el.waypoints ?? (el.width != null ? [{ x: el.x!, y: el.y! }, { x: el.x! + el.width!, y: el.y! + el.height! }] : []);
    for (const p of pts) {
      minX = Math.min(minX, p.x); minY = Math.min(minY, p.y); maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y);
    }
  }
  if (!Number.isFinite(minX)) return null;
  return { x: minX - PADDING, y: minY - PADDING, width: maxX - minX + 2 * PADDING, height: maxY - minY + 2 * PADDING };
}

// Editing chrome that saveSVG copies along with the diagram; without the app's CSS it would paint as black boxes.
const CHROME = '.djs-outline, .djs-hit, .djs-dragger, .djs-bendpoint, .djs-segment-dragger, .djs-resizer, .djs-visual-highlight, .djs-crosshair';

/**
 * The diagram (or only `keep` ids) as a standalone SVG document: editing chrome removed, a font stack and
 * white background inlined, width/height set to the pixel size wanted.
 */
export function standaloneSvg(svgText: string, opts: { keep?: Set<string>; bounds?: Bounds | null } = {}): { svg: string; width: number; height: number } {
  const doc = new DOMParser().parseFromString(svgText.replace(/<!DOCTYPE[^>]*>/i, ''), 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') throw new Error('The diagram could not be exported as SVG.');
  root.querySelectorAll(CHROME).forEach((n) => n.remove());
  if (opts.keep) {
    // Hide the drawing of everything not kept, but keep nested groups (a selected task inside an unselected pool).
    root.querySelectorAll('[data-element-id]').forEach((g) => {
      if (!opts.keep!.has(g.getAttribute('data-element-id') ?? '')) g.querySelector(':scope > .djs-visual')?.remove();
    });
  }
  let [vx, vy, vw, vh] = (root.getAttribute('viewBox') ?? '0 0 100 100').split(/[\s,]+/).map(Number) as [number, number, number, number];
  if (opts.bounds) ({ x: vx, y: vy, width: vw, height: vh } = opts.bounds);
  root.setAttribute('viewBox', `${vx} ${vy} ${vw} ${vh}`);
  const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = "text { font-family: Arial, 'Liberation Sans', 'Helvetica Neue', sans-serif; }";
  root.insertBefore(style, root.firstChild);
  const bg = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
  Object.entries({ x: vx, y: vy, width: vw, height: vh, fill: '#ffffff' }).forEach(([k, v]) => bg.setAttribute(k, String(v)));
  root.insertBefore(bg, style.nextSibling);
  const { width, height } = targetSize(vw, vh);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Draw a standalone SVG on a canvas and encode PNG. Throws when the browser cannot (the caller falls back). */
export async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas context');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob || blob.size === 0) throw new Error('The canvas produced no PNG');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Server-side rendering (POST /api/render: SVG in, PNG out; same size rules). */
export async function renderOnServer(svg: string): Promise<Blob> {
  const res = await apiFetch('/api/render', { method: 'POST', headers: { 'content-type': 'image/svg+xml' }, body: svg }, 'The server could not render the screenshot');
  return res.blob();
}

/** SVG text of the whole diagram, or only the selection when there is one. */
export async function diagramSvg(source: ScreenshotSource, opts: { selectionOnly?: boolean } = {}) {
  const { svg } = await source.saveSVG();
  const selected = opts.selectionOnly === false ? [] : source.get('selection').get();
  if (!selected.length) return { ...standaloneSvg(svg), selection: false };
  const { ids, elements } = selectionIds(selected);
  return { ...standaloneSvg(svg, { keep: ids, bounds: boundsOf(elements) }), selection: true };
}

export type Screenshot = { file: File; width: number; height: number; selection: boolean; via: 'browser' | 'server' };

/** Capture the diagram as a PNG File named after it. */
export async function captureScreenshot(source: ScreenshotSource, diagramName: string, opts: { selectionOnly?: boolean; forceServer?: boolean; suffix?: string } = {}): Promise<Screenshot> {
  if (!drawnOnCurrentSheet(source)) throw new NothingToCaptureError();
  const { svg, width, height, selection } = await diagramSvg(source, opts);
  let blob: Blob;
  let via: Screenshot['via'] = 'browser';
  try {
    if (opts.forceServer) throw new Error('server rendering requested');
    blob = await rasterise(svg, width, height);
  } catch {
    via = 'server';
    blob = await renderOnServer(svg);
  }
  const name = screenshotFileName(opts.suffix ? `${diagramName} ${opts.suffix}` : diagramName);
  const file = new File([blob], name, { type: 'image/png', lastModified: Date.now() });
  return { file, width, height, selection, via };
}

/** The sheets of collapsed sub-processes (bpmn-js drill-down planes) other than the one shown, that have content. */
export function subProcessSheets(source: ScreenshotSource): Root[] {
  const canvas = source.get('canvas');
  const current = canvas.getRootElement();
  return (canvas.getRootElements?.() ?? []).filter((r) => r !== current && r.id.endsWith('_plane') && (r.children?.length ?? 0) > 0);
}

/** One PNG per collapsed sub-process sheet (the view returns to the sheet that was shown). */
export async function captureSubProcessSheets(source: ScreenshotSource, diagramName: string): Promise<Screenshot[]> {
  const canvas = source.get('canvas');
  const back = canvas.getRootElement();
  const shots: Screenshot[] = [];
  try {
    for (const sheet of subProcessSheets(source)) {
      canvas.setRootElement(sheet);
      const label = sheet.businessObject?.name || sheet.businessObject?.id || sheet.id;
      shots.push(await captureScreenshot(source, diagramName, { selectionOnly: false, suffix: label }));
    }
  } finally {
    canvas.setRootElement(back);
  }
  return shots;
}

/** Hand files to the chat composer (the chat panel listens for this event). */
export function sendToComposer(files: File[]): void {
  const detail: ComposerFilesDetail = { files };
  window.dispatchEvent(new CustomEvent<ComposerFilesDetail>(COMPOSER_FILES_EVENT, { detail }));
}
