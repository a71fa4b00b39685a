// Screenshot: the live diagram (or the current selection) → PNG File (the modeler hands it to the chat through the bridge).
// saveSVG() → clean + self-contained SVG → <canvas> (long edge ≤ 2048 px, white background) → toBlob → File.
// When the browser cannot rasterise (canvas limits, tainted canvas, decode errors) the server renders it.
import { apiFetch } from '@/components/ui/api-client';
import { RENDER_MAX_EDGE } from '@/lib/bpmn/render-size';
import { captureScope, drawnOnCurrentSheet, imageFrame, screenshotFileName, sheetLabel, subProcessSheets, type Bounds, type ScreenshotSource } from './screenshot-plan';

/** Longest edge of a screenshot, in pixels (the rule is shared with the server render). */
export const MAX_EDGE = RENDER_MAX_EDGE;

/** Thrown when the canvas shows nothing: a white PNG would tell the AI (and the user) nothing. */
export class NothingToCaptureError extends Error {
  constructor() {
    super('There is nothing on the canvas to capture yet — draw an element first, or open a sheet that has one.');
  }
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
  const { viewBox, width, height } = imageFrame(root.getAttribute('viewBox'), opts.bounds);
  const { x: vx, y: vy, width: vw, height: vh } = viewBox;
  root.setAttribute('viewBox', `${vx} ${vy} ${vw} ${vh}`);
  const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = "text { font-family: Arial, 'Liberation Sans', 'Helvetica Neue', sans-serif; }";
  root.insertBefore(style, root.firstChild);
  const bg = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
  Object.entries({ x: vx, y: vy, width: vw, height: vh, fill: '#ffffff' }).forEach(([k, v]) => bg.setAttribute(k, String(v)));
  root.insertBefore(bg, style.nextSibling);
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
  const scope = captureScope(source.get('selection').get(), opts.selectionOnly !== false);
  return { ...standaloneSvg(svg, scope ?? {}), selection: !!scope };
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

/** One PNG per collapsed sub-process sheet (the view returns to the sheet that was shown). */
export async function captureSubProcessSheets(source: ScreenshotSource, diagramName: string): Promise<Screenshot[]> {
  const canvas = source.get('canvas');
  const back = canvas.getRootElement();
  const shots: Screenshot[] = [];
  try {
    for (const sheet of subProcessSheets(source)) {
      canvas.setRootElement(sheet);
      shots.push(await captureScreenshot(source, diagramName, { selectionOnly: false, suffix: sheetLabel(sheet) }));
    }
  } finally {
    canvas.setRootElement(back);
  }
  return shots;
}
