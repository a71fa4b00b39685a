// The diagram-list preview: a small schematic SVG drawn on the server from the BPMN DI (shapes and flows only).
// It is built from numbers we parse ourselves, so it is safe by construction: no scripts, text or references.

const MAX_SHAPES = 1500;
const MAX_EDGES = 1500;

type Box = { type: string; x: number; y: number; w: number; h: number; expanded: boolean };

const num = (attrs: string, name: string): number | null => {
  const m = new RegExp(`\\b${name}="(-?[\\d.]+(?:e-?\\d+)?)"`).exec(attrs);
  const v = m ? Number(m[1]) : NaN;
  return Number.isFinite(v) ? v : null;
};
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;
const r = (n: number) => Math.round(n * 10) / 10;

/** Local names of semantic elements by id (bpmn:task → "task"). */
function semanticTypes(xml: string): Map<string, string> {
  const types = new Map<string, string>();
  const re = /<(?:[\w.-]+:)?([A-Za-z]+)\b[^>]*?\bid="([^"]+)"/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) if (!types.has(m[2]!)) types.set(m[2]!, m[1]!);
  return types;
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
  const diagram = /<(?:[\w.-]+:)?BPMNDiagram\b[\s\S]*?<\/(?:[\w.-]+:)?BPMNDiagram>/.exec(xml)?.[0];
  if (!diagram) return null;
  const types = semanticTypes(xml);

  const boxes: Box[] = [];
  const shapeRe = /<(?:[\w.-]+:)?BPMNShape\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?BPMNShape>)/g;
  for (let m = shapeRe.exec(diagram); m && boxes.length < MAX_SHAPES; m = shapeRe.exec(diagram)) {
    const bounds = /<(?:[\w.-]+:)?Bounds\b([^>]*)/.exec(m[2] ?? '')?.[1];
    if (!bounds) continue;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => num(bounds, n));
    if (x == null || y == null || w == null || h == null || w <= 0 || h <= 0) continue;
    const type = types.get(attr(m[1]!, 'bpmnElement') ?? '') ?? 'task';
    boxes.push({ type, x, y, w, h, expanded: attr(m[1]!, 'isExpanded') === 'true' });
  }

  const edges: [number, number][][] = [];
  const edgeRe = /<(?:[\w.-]+:)?BPMNEdge\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?BPMNEdge>/g;
  for (let m = edgeRe.exec(diagram); m && edges.length < MAX_EDGES; m = edgeRe.exec(diagram)) {
    const pts: [number, number][] = [];
    const wpRe = /<(?:[\w.-]+:)?waypoint\b([^>]*)/g;
    for (let w = wpRe.exec(m[1]!); w; w = wpRe.exec(m[1]!)) {
      const x = num(w[1]!, 'x');
      const y = num(w[1]!, 'y');
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
