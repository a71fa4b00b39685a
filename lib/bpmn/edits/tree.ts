// Read access to a bpmn-moddle definitions tree with its DI: elements by id, bounds, lanes, pools.
// Works on any moddle tree — a parsed copy on the server or bpmn-js's live definitions in the browser.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Bo = { $type: string; id?: string; name?: string; $parent?: Bo; [key: string]: any };
export type Bounds = { x: number; y: number; width: number; height: number };

export const is = (bo: Bo | undefined | null, type: string): boolean => !!bo && typeof bo.$instanceOf === 'function' ? bo.$instanceOf(type) : bo?.$type === type;

export class DiagramTree {
  readonly byId = new Map<string, Bo>();
  readonly di = new Map<Bo, Bo>();
  readonly processes: Bo[] = [];
  readonly participants: Bo[] = [];
  collaboration: Bo | null;
  readonly plane: Bo | null;

  constructor(readonly definitions: Bo) {
    const roots: Bo[] = definitions.rootElements ?? [];
    this.collaboration = roots.find((r) => r.$type === 'bpmn:Collaboration') ?? null;
    this.plane = definitions.diagrams?.[0]?.plane ?? null;
    for (const root of roots) {
      if (root.$type === 'bpmn:Process') {
        this.processes.push(root);
        this.walk(root);
      }
    }
    for (const p of this.collaboration?.participants ?? []) {
      this.participants.push(p);
      this.add(p);
    }
    for (const m of this.collaboration?.messageFlows ?? []) this.add(m);
    if (this.collaboration) this.add(this.collaboration);
    for (const pe of this.plane?.planeElement ?? []) if (pe.bpmnElement) this.di.set(pe.bpmnElement, pe);
  }

  private add(bo: Bo) {
    if (bo.id) this.byId.set(bo.id, bo);
  }

  private walk(container: Bo) {
    this.add(container);
    const walkLanes = (laneSet: Bo | undefined) => {
      for (const lane of laneSet?.lanes ?? []) {
        this.add(lane);
        walkLanes(lane.childLaneSet);
      }
    };
    for (const ls of container.laneSets ?? []) walkLanes(ls);
    for (const el of container.flowElements ?? []) {
      this.add(el);
      if (el.flowElements) this.walk(el);
    }
    for (const a of container.artifacts ?? []) this.add(a);
  }

  bounds(bo: Bo | undefined | null): Bounds | null {
    const b = bo ? this.di.get(bo)?.bounds : null;
    return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
  }

  isFlowNode(bo: Bo | undefined): boolean {
    return !!bo && is(bo, 'bpmn:FlowNode');
  }

  /** All lanes (nested included) of a process. */
  lanesOf(process: Bo): Bo[] {
    const out: Bo[] = [];
    const walk = (ls: Bo | undefined) => {
      for (const lane of ls?.lanes ?? []) {
        out.push(lane);
        walk(lane.childLaneSet);
      }
    };
    for (const ls of process.laneSets ?? []) walk(ls);
    return out;
  }

  /** Leaf lanes (the ones flow nodes belong to). */
  leafLanesOf(process: Bo): Bo[] {
    return this.lanesOf(process).filter((l) => !(l.childLaneSet?.lanes ?? []).length);
  }

  /** The process a node, lane or sub-process belongs to. */
  processOf(bo: Bo): Bo | null {
    let cur: Bo | undefined = bo;
    while (cur && cur.$type !== 'bpmn:Process') cur = cur.$parent;
    return cur ?? null;
  }

  participantOf(process: Bo | null): Bo | null {
    if (!process) return null;
    return this.participants.find((p) => p.processRef === process) ?? null;
  }

  /** The leaf lane a flow node is listed in, if any. */
  laneOf(node: Bo): Bo | null {
    const process = this.processOf(node);
    if (!process) return null;
    return this.leafLanesOf(process).find((l) => (l.flowNodeRef ?? []).includes(node)) ?? null;
  }

  /** Bounds of every drawn flow node (what a new shape must not overlap). */
  occupied(except?: Bo): Bounds[] {
    const out: Bounds[] = [];
    for (const [bo, d] of this.di) {
      if (bo === except || !d.bounds || !is(bo, 'bpmn:FlowNode') && !is(bo, 'bpmn:Artifact')) continue;
      out.push({ x: d.bounds.x, y: d.bounds.y, width: d.bounds.width, height: d.bounds.height });
    }
    return out;
  }

  outgoing(node: Bo): Bo[] {
    return (node.outgoing ?? []).filter((f: Bo) => f.$type === 'bpmn:SequenceFlow');
  }
  incoming(node: Bo): Bo[] {
    return (node.incoming ?? []).filter((f: Bo) => f.$type === 'bpmn:SequenceFlow');
  }

  /** Every element with a name, for lookups by name. */
  named(): Bo[] {
    return [...this.byId.values()].filter((b) => typeof b.name === 'string' && b.name.trim());
  }
}

export const normName = (s: string) =>
  s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/^["'„“”«»]+|["'„“”«».!?]+$/g, '').replace(/\s+/g, ' ').trim();

/** Human label for an element in messages: "Receive order" (Task_1) or just the id. */
export function label(bo: Bo): string {
  return bo.name?.trim() ? `"${bo.name.trim()}"` : `${bo.id}`;
}

export const SIZES: Record<string, { width: number; height: number }> = {
  task: { width: 100, height: 80 },
  gateway: { width: 50, height: 50 },
  event: { width: 36, height: 36 },
};

export function sizeOf(type: string): { width: number; height: number } {
  if (/Gateway$/.test(type)) return SIZES.gateway!;
  if (/Event$/.test(type)) return SIZES.event!;
  return SIZES.task!;
}

export function intersects(a: Bounds, b: Bounds, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

export function inside(inner: Bounds, outer: Bounds): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** A random id suffix (not security relevant: only unique within one diagram). */
export function freshId(prefix: string, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `${prefix}_${Math.random().toString(36).slice(2, 9)}`;
    if (!taken(id)) return id;
  }
}
