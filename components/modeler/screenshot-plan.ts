// What a screenshot shows and at which size, decided without a browser: which elements a selection capture keeps,
// the area they cover, whether the sheet on screen has anything drawn, which collapsed sub-process sheets exist,
// and the viewBox and pixel size of the image. screenshot.ts does the DOM and canvas work with these answers.
import { targetSize } from '@/lib/bpmn/render-size';

/** Space around a selection capture, in diagram units, so strokes and labels at the edge are not cut. */
export const SELECTION_PADDING = 16;

export type Bounds = { x: number; y: number; width: number; height: number };
export type DiagramElement = {
  id: string;
  type?: string;
  parent?: unknown;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  waypoints?: { x: number; y: number }[];
  children?: DiagramElement[];
  label?: DiagramElement;
  labelTarget?: DiagramElement;
};
/** A sheet: the process (or collaboration) root, or the plane of a collapsed sub-process. */
export type Root = DiagramElement & { businessObject?: { name?: string; id?: string } };

/** The part of the bpmn-js Modeler a screenshot uses (structural, so tests and benches can pass a stand-in). */
export type ScreenshotSource = {
  saveSVG(): Promise<{ svg: string }>;
  get(name: 'selection'): { get(): DiagramElement[] };
  get(name: 'elementRegistry'): { filter(fn: (e: DiagramElement) => boolean): DiagramElement[] };
  get(name: 'canvas'): { getRootElement(): Root; getRootElements?(): Root[]; setRootElement(root: Root): void };
};

/** Shapes and connections on the sheet shown now (the root and labels do not count). */
export function drawnOnCurrentSheet(source: ScreenshotSource): number {
  const root = source.get('canvas').getRootElement();
  const onSheet = (e: DiagramElement): boolean => {
    for (let p = e.parent as DiagramElement | undefined; p; p = p.parent as DiagramElement | undefined) if (p === root) return true;
    return false;
  };
  return source.get('elementRegistry').filter((e) => e.type !== 'label' && onSheet(e)).length;
}

/** Ids to keep when only the selection is captured: the selected elements, their labels and everything inside them. */
export function selectionIds(selected: DiagramElement[]): { ids: Set<string>; elements: DiagramElement[] } {
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

/** The area the elements cover (shapes by their box, connections by their waypoints), padded; null when none has a position. */
export function boundsOf(elements: DiagramElement[]): Bounds | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const el of elements) {
    const pts = el.waypoints ?? (el.width != null ? [{ x: el.x!, y: el.y! }, { x: el.x! + el.width!, y: el.y! + el.height! }] : []);
    for (const p of pts) {
      minX = Math.min(minX, p.x); minY = Math.min(minY, p.y); maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y);
    }
  }
  if (!Number.isFinite(minX)) return null;
  const pad = SELECTION_PADDING;
  return { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
}

/**
 * The image's viewBox and pixel size: the exported SVG's own viewBox (or `bounds` for a selection), scaled by the
 * shared rule (at most 2× and a long edge of at most 2048 px).
 */
export function imageFrame(viewBox: string | null, bounds?: Bounds | null): { viewBox: Bounds; width: number; height: number } {
  const [x = 0, y = 0, width = 100, height = 100] = (viewBox ?? '0 0 100 100').trim().split(/[\s,]+/).map(Number);
  const box = bounds ?? { x, y, width, height };
  const px = targetSize(box.width, box.height);
  return { viewBox: box, width: px.width, height: px.height };
}

/**
 * What to keep: null for the whole sheet (nothing selected, or the caller asked for the whole diagram), else the
 * selected elements' ids (with labels and contents) and the area they cover.
 */
export function captureScope(selected: DiagramElement[], selectionOnly = true): { keep: Set<string>; bounds: Bounds | null } | null {
  if (!selectionOnly || !selected.length) return null;
  const { ids, elements } = selectionIds(selected);
  return { keep: ids, bounds: boundsOf(elements) };
}

/** The sheets of collapsed sub-processes (bpmn-js drill-down planes) other than the one shown, that have content. */
export function subProcessSheets(source: ScreenshotSource): Root[] {
  const canvas = source.get('canvas');
  const current = canvas.getRootElement();
  return (canvas.getRootElements?.() ?? []).filter((r) => r !== current && r.id.endsWith('_plane') && (r.children?.length ?? 0) > 0);
}

/** How a sub-process sheet is named in its file name: the sub-process's name, else its id. */
export function sheetLabel(sheet: Root): string {
  return sheet.businessObject?.name || sheet.businessObject?.id || sheet.id;
}

/** `<name>-<yyyymmdd-hhmmss>.png`, with the name reduced to characters safe in every file system. */
export function screenshotFileName(diagramName: string, at = new Date()): string {
  const base = diagramName.normalize('NFKD').replace(/[^\w\- ]+/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'diagram';
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `${base}-${stamp}.png`;
}
