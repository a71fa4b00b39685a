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

export function successors(model: DiagramModel, node: FlowNode): Edge[] {
  const out: Edge[] = [];
  for (const fid of node.outgoing) {
    const f = model.flowById.get(fid);
    if (f && model.byId.has(f.targetId)) out.push({ to: f.targetId, via: f.id });
  }
  for (const b of model.nodes) if (b.attachedToId === node.id) out.push({ to: b.id, via: 'boundary' });
  return out;
}

/** Where a scope begins: its start events; without any, the nodes nothing flows into (BPMN's implicit start). */
export function entryNodes(model: DiagramModel, scopeId: string): FlowNode[] {
  const inScope = model.nodes.filter((n) => n.scopeId === scopeId);
  const starts = inScope.filter((n) => n.kind === 'startEvent');
  if (starts.length) return starts;
  return inScope.filter((n) => !n.incoming.length && n.kind !== 'boundaryEvent' && !n.triggeredByEvent && !n.isForCompensation);
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
      const isEndLike = n.kind === 'endEvent' || n.triggeredByEvent || n.isForCompensation
        || (n.kind === 'boundaryEvent' && n.eventDefinitions.includes('compensate'));
      if (!isEndLike && !n.outgoing.length) result.deadEnds.push(n);
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
