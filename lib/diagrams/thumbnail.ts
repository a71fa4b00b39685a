// The diagram-list preview: a small schematic SVG drawn on the server from the BPMN DI (shapes and flows only).
// It is built from numbers read with saxen, so it is safe by construction: no scripts, text or references.
import { Parser } from 'saxen';

const MAX_SHAPES = 1500;
const MAX_EDGES = 1500;

type Box = { type: string; x: number; y: number; w: number; h: number; expanded: boolean };

const r = (n: number) => Math.round(n * 10) / 10;
const num = (attrs: Record<string, string>, name: string): number | null => {
  const v = attrs[name] === undefined || attrs[name] === '' ? NaN : Number(attrs[name]);
  return Number.isFinite(v) ? v : null;
};
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

type Drawing = {
  types: Map<string, string>;
  shapes: { element: string; expanded: boolean; bounds: Record<string, string> | null }[];
  edges: Record<string, string>[][];
};

/**
 * One pass of saxen (no DTDs, no entities) over the XML: the local type of every element with an id (bpmn:task →
 * "task"), and the shapes (with their Bounds) and edges (with their waypoints) of the first BPMNDiagram only.
 * Malformed XML ends the drawing where the parser stops.
 */
function readDrawing(xml: string): Drawing | null {
  const out: Drawing = { types: new Map(), shapes: [], edges: [] };
  let diagrams = 0;
  let inDiagram = false;
  let shape: Drawing['shapes'][number] | null = null;
  let edge: Record<string, string>[] | null = null;
  // A label's Bounds place its text, not the shape.
  let inLabel = false;
  const parser = new Parser();
  parser.on('openTag', (name: string, getAttrs: () => Record<string, string>, _decode: unknown, selfClosing: boolean) => {
    const local = localName(name);
    const attrs = getAttrs();
    if (attrs.id && !out.types.has(attrs.id)) out.types.set(attrs.id, local);
    if (local === 'BPMNDiagram') {
      diagrams++;
      inDiagram = diagrams === 1 && !selfClosing;
      return;
    }
    if (!inDiagram) return;
    if (local === 'BPMNShape' && out.shapes.length < MAX_SHAPES) {
      shape = { element: attrs.bpmnElement ?? '', expanded: attrs.isExpanded === 'true', bounds: null };
      out.shapes.push(shape);
      if (selfClosing) shape = null;
    } else if (local === 'BPMNLabel') inLabel = !selfClosing;
    else if (local === 'Bounds' && shape && !inLabel && !shape.bounds) shape.bounds = attrs;
    else if (local === 'BPMNEdge' && out.edges.length < MAX_EDGES && !selfClosing) edge = [];
    else if (local === 'waypoint' && edge) edge.push(attrs);
  });
  parser.on('closeTag', (name: string) => {
    const local = localName(name);
    if (local === 'BPMNDiagram') inDiagram = false;
    else if (local === 'BPMNShape') shape = null;
    else if (local === 'BPMNLabel') inLabel = false;
    else if (local === 'BPMNEdge' && edge) {
      out.edges.push(edge);
      edge = null;
    }
  });
  parser.on('error', () => {
    // Keep what was read before the damage.
  });
  parser.parse(xml);
  return diagrams ? out : null;
}

function shapeSvg(b: Box, k: number): string {
  const t = b.type;
  const cx = r(b.x + b.w / 2);
  const cy = r(b.y + b.h / 2);
  if (/Event$/.test(t)) {
    const sw = r(k * (t === 'endEvent' ? 2.5 : 1));
    const fill = t === 'endEvent' ? '#fde8e8' : t === 'startEvent' ? '#e7f5ec' : '#fff';
    return `<circle cx="${cx}" cy="${cy}" r="${r(Math.min(b.w, b.h) / 2)}" fill="${fill}" stroke-width="${sw}"/>`;
  }
  if (/Gateway$/.test(t)) {
    return `<path d="M${cx} ${r(b.y)}L${r(b.x + b.w)} ${cy}L${cx} ${r(b.y + b.h)}L${r(b.x)} ${cy}Z" fill="#fff8e1"/>`;
  }
  if (t === 'participant' || t === 'lane') {
    return `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.w)}" height="${r(b.h)}" fill="none" stroke="#9aa3ad"/>`;
  }
  if (t === 'textAnnotation' || t === 'group') {
    return `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.w)}" height="${r(b.h)}" fill="none" stroke="#9aa3ad" stroke-dasharray="4 3"/>`;
  }
  if (t === 'dataObjectReference' || t === 'dataStoreReference') {
    return `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.w)}" height="${r(b.h)}" fill="#fff"/>`;
  }
  const fill = /[Pp]rocess$|transaction/.test(t) && b.expanded ? '#fafbfc' : '#eef3ff';
  return `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.w)}" height="${r(b.h)}" rx="8" fill="${fill}"/>`;
}

/** A compact SVG preview of the first diagram plane, or null when the XML has no usable DI. */
export function diagramThumbnail(xml: string): string | null {
  const drawing = readDrawing(xml);
  if (!drawing) return null;

  const boxes: Box[] = [];
  for (const sh of drawing.shapes) {
    if (!sh.bounds) continue;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => num(sh.bounds!, n));
    if (x == null || y == null || w == null || h == null || w <= 0 || h <= 0) continue;
    boxes.push({ type: drawing.types.get(sh.element) ?? 'task', x, y, w, h, expanded: sh.expanded });
  }
  const edges: [number, number][][] = [];
  for (const wps of drawing.edges) {
    const pts: [number, number][] = [];
    for (const wp of wps) {
      const x = num(wp, 'x');
      const y = num(wp, 'y');
      if (x != null && y != null) pts.push([x, y]);
    }
    if (pts.length >= 2) edges.push(pts);
  }
  if (!boxes.length && !edges.length) return null;

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const grow = (x: number, y: number) => {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  };
  boxes.forEach((b) => { grow(b.x, b.y); grow(b.x + b.w, b.y + b.h); });
  edges.forEach((pts) => pts.forEach(([x, y]) => grow(x, y)));
  const pad = 20;
  const vb = [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad].map(r);

  // Containers first so tasks and events are drawn on top of pools and lanes.
  const order = (b: Box) => (b.type === 'participant' || b.type === 'lane' ? 0 : b.expanded ? 1 : 2);
  // Strokes are in diagram units: scale them so they stay about 1px wide in a ~300px preview.
  const k = r(Math.max(1, Math.max(vb[2]!, vb[3]!) / 300));
  const shapes = [...boxes].sort((a, b) => order(a) - order(b)).map((b) => shapeSvg(b, k)).join('');
  const flows = edges.map((pts) => `<polyline points="${pts.map(([x, y]) => `${r(x)},${r(y)}`).join(' ')}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vb.join(' ')}" preserveAspectRatio="xMidYMid meet">` +
    `<g fill="none" stroke="#8a939d" stroke-width="${k}">${flows}</g>` +
    `<g stroke="#3b4450" stroke-width="${k}">${shapes}</g></svg>`
  );
}
