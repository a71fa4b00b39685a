// Graph analysis over sequence flows, per scope (process or sub-process): paths from each start to each end
// (simple paths only, bounded, so loops terminate), unreachable elements and dead ends.
// A boundary event counts as a successor of the activity it is attached to.
import type { DiagramModel, FlowNode } from './model';

export type PathStep = { nodeId: string; /** flow (or "boundary") taken to reach this node */ via: string | null };
export type Path = { scopeId: string; startId: string; endId: string; steps: PathStep[] };
export type GraphAnalysis = {
  paths: Path[];
  /** true when enumeration stopped at the bound. */
  pathsTruncated: boolean;
  /** Nodes with a loop back to themselves (part of a cycle). */
  cycleNodeIds: string[];
  unreachable: FlowNode[];
  deadEnds: FlowNode[];
};

export const MAX_PATHS = 50;
const MAX_STEPS = 20_000;

type Edge = { to: string; via: string };

/** Name of the link an event throws or catches ("" for a link without a name), or null when it is no link event. */
export function linkName(node: FlowNode): string | null {
  const d = node.eventDetails.find((e) => e.kind === 'link');
  return d ? (d.name ?? '').trim().toLowerCase() : null;
}

export const isLinkThrow = (n: FlowNode) => n.type === 'IntermediateThrowEvent' && linkName(n) !== null;
export const isLinkCatch = (n: FlowNode) => n.type === 'IntermediateCatchEvent' && linkName(n) !== null;

/**
 * Where the flow goes next from a node: its outgoing sequence flows, its boundary events (via "boundary") and, for a
 * link throw event, the link catch events of the same name in the same scope (via "link"), as BPMN 2.0 defines.
 */
export function successors(model: DiagramModel, node: FlowNode): Edge[] {
  const out: Edge[] = [];
  for (const fid of node.outgoing) {
    const f = model.flowById.get(fid);
    if (f && model.byId.has(f.targetId)) out.push({ to: f.targetId, via: f.id });
  }
  for (const b of model.nodes) if (b.attachedToId === node.id) out.push({ to: b.id, via: 'boundary' });
  if (isLinkThrow(node)) {
    const name = linkName(node);
    for (const c of model.nodes) if (c.scopeId === node.scopeId && isLinkCatch(c) && linkName(c) === name) out.push({ to: c.id, via: 'link' });
  }
  return out;
}

/** The reverse of successors(). */
export function predecessors(model: DiagramModel, node: FlowNode): Edge[] {
  const out: Edge[] = [];
  for (const fid of node.incoming) {
    const f = model.flowById.get(fid);
    if (f && model.byId.has(f.sourceId)) out.push({ to: f.sourceId, via: f.id });
  }
  if (node.kind === 'boundaryEvent' && node.attachedToId && model.byId.has(node.attachedToId)) out.push({ to: node.attachedToId, via: 'boundary' });
  if (isLinkCatch(node)) {
    const name = linkName(node);
    for (const t of model.nodes) if (t.scopeId === node.scopeId && isLinkThrow(t) && linkName(t) === name) out.push({ to: t.id, via: 'link' });
  }
  return out;
}

/** Nodes that finish their path by design: end events, link throws, event sub-processes, compensation. */
export function isEndLike(n: FlowNode): boolean {
  return n.kind === 'endEvent' || n.triggeredByEvent || n.isForCompensation || isLinkThrow(n)
    || (n.kind === 'boundaryEvent' && n.eventDefinitions.includes('compensate'));
}

/** Where a scope begins: its start events; without any, the nodes nothing flows into (BPMN's implicit start). */
export function entryNodes(model: DiagramModel, scopeId: string): FlowNode[] {
  const inScope = model.nodes.filter((n) => n.scopeId === scopeId);
  const starts = inScope.filter((n) => n.kind === 'startEvent');
  if (starts.length) return starts;
  return inScope.filter((n) => !n.incoming.length && n.kind !== 'boundaryEvent' && !n.triggeredByEvent && !n.isForCompensation && !isLinkCatch(n));
}

export function analyseGraph(model: DiagramModel, maxPaths = MAX_PATHS): GraphAnalysis {
  const result: GraphAnalysis = { paths: [], pathsTruncated: false, cycleNodeIds: [], unreachable: [], deadEnds: [] };
  const succ = new Map(model.nodes.map((n) => [n.id, successors(model, n)]));

  for (const scope of model.scopes) {
    const entries = entryNodes(model, scope.id);
    // Event sub-processes start on their own trigger; they are reachable by definition.
    const seeds = [...entries, ...model.nodes.filter((n) => n.scopeId === scope.id && n.triggeredByEvent)];
    const reached = new Set<string>();
    const stack = seeds.map((n) => n.id);
    while (stack.length) {
      const id = stack.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const e of succ.get(id) ?? []) stack.push(e.to);
    }
    for (const n of model.nodes) {
      if (n.scopeId !== scope.id) continue;
      if (!reached.has(n.id) && !n.isForCompensation && !(n.kind === 'boundaryEvent' && n.eventDefinitions.includes('compensate'))) {
        result.unreachable.push(n);
      }
      if (!isEndLike(n) && !n.outgoing.length) result.deadEnds.push(n);
    }

    // Paths: DFS over simple paths from each start to any end event of this scope.
    let steps = 0;
    for (const start of entries) {
      const onPath = new Set<string>();
      const trail: PathStep[] = [];
      const dfs = (id: string, via: string | null) => {
        if (result.pathsTruncated) return;
        if (++steps > MAX_STEPS) { result.pathsTruncated = true; return; }
        if (onPath.has(id)) {
          if (!result.cycleNodeIds.includes(id)) result.cycleNodeIds.push(id);
          return;
        }
        const node = model.byId.get(id)!;
        onPath.add(id);
        trail.push({ nodeId: id, via });
        const next = succ.get(id) ?? [];
        if (node.kind === 'endEvent') {
          if (result.paths.length >= maxPaths) result.pathsTruncated = true;
          else result.paths.push({ scopeId: scope.id, startId: start.id, endId: id, steps: [...trail] });
        } else {
          for (const e of next) dfs(e.to, e.via);
        }
        trail.pop();
        onPath.delete(id);
      };
      dfs(start.id, null);
    }
  }
  return result;
}
