// "Lay it out automatically" for files without BPMN DI (bpmn-auto-layout), with a check that every element
// survived: bpmn-auto-layout lays out one process (the first pool's, in a collaboration) and skips groups, text
// annotations, associations and message flows, so whatever it left without a shape is named, not silently lost.
// Runs in the browser and on the server; the caller passes the moddle to parse with.
import { layoutProcess } from 'bpmn-auto-layout';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type El = any;
type Moddle = { fromXML(xml: string, type?: string): Promise<{ rootElement: El }>; toXML(el: El, opts?: unknown): Promise<{ xml: string }> };

export type LayoutResult = { xml: string; placed: number; lost: string[] };

/** Everything a layout should give a shape: flow elements (recursively), artifacts, pools, message flows. */
function drawables(defs: El): El[] {
  const out: El[] = [];
  const walk = (container: El) => {
    for (const fe of container.flowElements ?? []) {
      if (fe.$type === 'bpmn:DataObject') continue;
      out.push(fe);
      if (fe.flowElements) walk(fe);
    }
    for (const a of container.artifacts ?? []) out.push(a);
  };
  for (const r of defs.rootElements ?? []) {
    if (r.$type === 'bpmn:Process') walk(r);
    if (r.$type === 'bpmn:Collaboration') out.push(...(r.participants ?? []), ...(r.messageFlows ?? []), ...(r.artifacts ?? []));
  }
  return out;
}

/**
 * Fill in <incoming>/<outgoing> from the flows' sourceRef/targetRef. Both are optional in BPMN and generated
 * files often leave them out, but the layouter follows them. Returns whether anything was added.
 */
function linkFlows(defs: El): boolean {
  let changed = false;
  const walk = (container: El) => {
    for (const fe of container.flowElements ?? []) {
      if (fe.flowElements) walk(fe);
      if (fe.$type !== 'bpmn:SequenceFlow' || !fe.sourceRef || !fe.targetRef) continue;
      const out = (fe.sourceRef.outgoing ??= []);
      if (!out.includes(fe)) { out.push(fe); changed = true; }
      const inc = (fe.targetRef.incoming ??= []);
      if (!inc.includes(fe)) { inc.push(fe); changed = true; }
    }
  };
  for (const r of defs.rootElements ?? []) if (r.$type === 'bpmn:Process') walk(r);
  return changed;
}

export async function layoutAutomatically(xml: string, moddle: Moddle): Promise<LayoutResult> {
  const parsed = await moddle.fromXML(xml, 'bpmn:Definitions');
  const source = linkFlows(parsed.rootElement) ? (await moddle.toXML(parsed.rootElement, { format: true })).xml : xml;
  const laidOut: string = await layoutProcess(source);
  const { rootElement } = await moddle.fromXML(laidOut, 'bpmn:Definitions');
  const shaped = new Set<string>();
  for (const d of rootElement.diagrams ?? []) for (const s of d.plane?.planeElement ?? []) if (s.bpmnElement?.id) shaped.add(s.bpmnElement.id);
  const all = drawables(rootElement);
  const lost = all.filter((e) => !shaped.has(e.id)).map((e) => (e.name?.trim() ? `'${e.name.trim()}'` : `${String(e.$type).replace('bpmn:', '')} ${e.id}`));
  return { xml: laidOut, placed: all.length - lost.length, lost };
}

/** The user-facing sentence for a layout result. */
export function describeLayout(r: LayoutResult): string {
  if (!r.lost.length) return `Laid out automatically: all ${r.placed} elements placed.`;
  const names = r.lost.slice(0, 4).join(', ') + (r.lost.length > 4 ? ', …' : '');
  return `Laid out automatically: ${r.placed} elements placed; ${r.lost.length} could not be (${names}) — they stay in the file but are not drawn.`;
}
