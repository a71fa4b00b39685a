// The one home of graph walking over a diagram (the query tools in tools/queries.ts and the per-turn analysis both
// build on it): successors and predecessors (sequence flows, boundary events, link throw → catch), entries and ends
// per scope, reachability, breadth-first walks, bounded simple-path search and loops.
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

/** Parent sub-process of a node (when it sits inside one). */
export const parentSub = (m: DiagramModel, n: FlowNode): FlowNode | null => (n.scopeId !== n.processId ? m.byId.get(n.scopeId) ?? null : null);

/**
 * Every node of a scope reached from its entries: start events (or BPMN's implicit start), event sub-processes
 * (they start on their own trigger) and, via its association, the handler a compensation boundary event activates
 * (BPMN 2.0 §10.6.6).
 */
export function reachedIn(m: DiagramModel, scopeId: string): Set<string> {
  const seeds = [...entryNodes(m, scopeId), ...m.nodes.filter((n) => n.scopeId === scopeId && n.triggeredByEvent)];
  const reached = new Set<string>();
  const stack = seeds.map((n) => n.id);
  while (stack.length) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const n = m.byId.get(id)!;
    for (const e of successors(m, n)) stack.push(e.to);
    if (n.kind === 'boundaryEvent' && n.eventDefinitions.includes('compensate')) {
      for (const a of m.associations) if (a.sourceId === id) stack.push(a.targetId);
    }
  }
  return reached;
}

/** Unreachable by design? Compensation handlers run only when compensation is thrown. */
const byDesignIdle = (n: FlowNode) => n.isForCompensation || (n.kind === 'boundaryEvent' && n.eventDefinitions.includes('compensate'));

/** A node where a path stops without an end event (no outgoing flow or link; a boundary event is no way on). */
export const isDeadEnd = (m: DiagramModel, n: FlowNode) => !isEndLike(n) && !successors(m, n).some((e) => e.via !== 'boundary');

/** Unreachable nodes, dead ends and link events without a partner in one scope. */
export function scopeReachability(m: DiagramModel, scopeId: string) {
  const inScope = m.nodes.filter((n) => n.scopeId === scopeId);
  const reached = reachedIn(m, scopeId);
  return {
    entries: entryNodes(m, scopeId),
    unreachable: inScope.filter((n) => !reached.has(n.id) && !byDesignIdle(n)),
    deadEnds: inScope.filter((n) => isDeadEnd(m, n)),
    unpairedLinks: inScope.filter((n) => (isLinkThrow(n) && !inScope.some((c) => isLinkCatch(c) && linkName(c) === linkName(n))) || (isLinkCatch(n) && !inScope.some((t) => isLinkThrow(t) && linkName(t) === linkName(n)))),
  };
}

export type WalkStep = { id: string; via: string; distance: number };

/**
 * Breadth-first walk forwards ('next') or backwards ('prev'), nearest first. Leaving a sub-process through its end
 * (or entering it backwards through its start) continues outside it.
 */
export function walk(m: DiagramModel, start: FlowNode, dir: 'next' | 'prev', limit = 300): WalkStep[] {
  const seen = new Set([start.id]);
  const out: WalkStep[] = [];
  let frontier: FlowNode[] = [start];
  for (let d = 1; frontier.length && out.length < limit; d++) {
    const next: FlowNode[] = [];
    for (const n of frontier) {
      const edges = dir === 'next' ? successors(m, n) : predecessors(m, n);
      const sub = parentSub(m, n);
      if (sub && ((dir === 'next' && n.kind === 'endEvent') || (dir === 'prev' && n.kind === 'startEvent'))) {
        for (const e of dir === 'next' ? successors(m, sub).filter((e) => e.via !== 'boundary') : predecessors(m, sub)) edges.push(e);
      }
      for (const e of edges) {
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        out.push({ id: e.to, via: e.via, distance: d });
        next.push(m.byId.get(e.to)!);
      }
    }
    frontier = next;
  }
  return out;
}

export type PathSearch = {
  starts: FlowNode[];
  isTarget: (n: FlowNode, start: FlowNode, length: number) => boolean;
  edges?: (n: FlowNode) => Edge[];
  /** A node no counted run may execute, or a set of them (every activity of a lane). */
  avoid?: string | ReadonlySet<string> | null;
  /** Keep only paths through this node. */
  through?: string | null;
  max: number;
  /** Steps before giving up (the search is exponential on heavily branching diagrams). */
  budget?: number;
  /** Called with a node the search met again on its own path (a loop back to it). */
  onCycle?: (id: string) => void;
};

/** A flow leaving `n` has a condition or is its default (so not every flow out of it runs). */
export const hasConditionedFlow = (m: DiagramModel, n: FlowNode) => n.outgoing.some((id) => !!m.flowById.get(id)?.condition || id === n.defaultFlowId);

/** Leaving `n` runs every outgoing sequence flow: a parallel gateway, or an activity or event with several
 *  unconditioned flows (BPMN 2.0's implicit parallel split). */
export function splitsInParallel(m: DiagramModel, n: FlowNode): boolean {
  if (n.outgoing.length < 2) return false;
  return n.kind === 'gateway' ? n.type === 'ParallelGateway' : !hasConditionedFlow(m, n);
}

const avoided = (s: PathSearch, id: string) => (typeof s.avoid === 'string' ? id === s.avoid : !!s.avoid?.has(id));

/**
 * The nodes from which a run can reach a target without ever executing `avoid`, with tokens as BPMN runs them: a
 * parallel split sends a token down every branch, so it qualifies only when all its branches do; elsewhere one way
 * on is enough (a chosen branch, an interrupting boundary event). A non-interrupting boundary event does not replace
 * the activity's own way on. A least fixpoint, so loops count only when they can be left.
 */
function completesWithout(m: DiagramModel, s: PathSearch, start: FlowNode, edges: (n: FlowNode) => Edge[]): Set<string> {
  const ok = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const n of m.nodes) {
      if (ok.has(n.id) || avoided(s, n.id)) continue;
      let yes = s.isTarget(n, start, 2);
      if (!yes) {
        const out = edges(n).filter((e) => e.via !== 'boundary' || m.byId.get(e.to)?.cancelActivity !== false);
        const flows = out.filter((e) => m.flowById.has(e.via));
        yes = splitsInParallel(m, n) && flows.length > 1
          ? flows.every((e) => ok.has(e.to)) || out.some((e) => !m.flowById.has(e.via) && ok.has(e.to))
          : out.some((e) => ok.has(e.to));
      }
      if (yes) { ok.add(n.id); changed = true; }
    }
  }
  return ok;
}

/** Simple paths (no node twice) from each start to a target, bounded in count and work. With `avoid`, a path only
 *  counts when the run it stands for can avoid that node (see completesWithout). */
export function enumeratePaths(m: DiagramModel, s: PathSearch): { paths: { startId: string; endId: string; steps: PathStep[] }[]; truncated: boolean } {
  const paths: { startId: string; endId: string; steps: PathStep[] }[] = [];
  const edges = s.edges ?? ((n: FlowNode) => successors(m, n));
  let truncated = false;
  let budget = s.budget ?? 50_000;
  for (const start of s.starts) {
    const trail: PathStep[] = [];
    const on = new Set<string>();
    const clear = s.avoid ? completesWithout(m, s, start, edges) : null;
    const dfs = (id: string, via: string | null) => {
      if (truncated) return;
      if (--budget < 0) { truncated = true; return; }
      if (on.has(id)) { s.onCycle?.(id); return; }
      if (avoided(s, id)) return;
      if (clear && !clear.has(id)) return;
      const n = m.byId.get(id)!;
      on.add(id);
      trail.push({ nodeId: id, via });
      if (s.isTarget(n, start, trail.length)) {
        if (!s.through || on.has(s.through)) {
          if (paths.length >= s.max) truncated = true;
          else paths.push({ startId: start.id, endId: id, steps: [...trail] });
        }
      } else {
        for (const e of edges(n)) dfs(e.to, e.via);
      }
      trail.pop();
      on.delete(id);
    };
    dfs(start.id, null);
  }
  return { paths, truncated };
}

/** Loops: strongly connected components (Tarjan) over the successor edges, with a self-loop counted too. */
export function cycles(m: DiagramModel): string[][] {
  let counter = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), onStack = new Set<string>(), stack: string[] = [];
  const sccs: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, counter); low.set(v, counter); counter++;
    stack.push(v); onStack.add(v);
    for (const e of successors(m, m.byId.get(v)!)) {
      if (!idx.has(e.to)) { strong(e.to); low.set(v, Math.min(low.get(v)!, low.get(e.to)!)); }
      else if (onStack.has(e.to)) low.set(v, Math.min(low.get(v)!, idx.get(e.to)!));
    }
    if (low.get(v) === idx.get(v)) {
      const c: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); c.push(w); } while (w !== v);
      sccs.push(c);
    }
  };
  for (const n of m.nodes) if (!idx.has(n.id)) strong(n.id);
  return sccs.filter((c) => c.length > 1 || successors(m, m.byId.get(c[0]!)!).some((e) => e.to === c[0]));
}

/** The summary every answer starts from: reachability per scope and the paths from each start to its ends. */
export function analyseGraph(model: DiagramModel, maxPaths = MAX_PATHS): GraphAnalysis {
  const result: GraphAnalysis = { paths: [], pathsTruncated: false, cycleNodeIds: [], unreachable: [], deadEnds: [] };
  for (const scope of model.scopes) {
    const r = scopeReachability(model, scope.id);
    result.unreachable.push(...r.unreachable);
    result.deadEnds.push(...r.deadEnds);
    if (result.pathsTruncated) continue;
    const found = enumeratePaths(model, {
      starts: r.entries, max: maxPaths - result.paths.length, budget: MAX_STEPS,
      isTarget: (n) => n.kind === 'endEvent',
      onCycle: (id) => { if (!result.cycleNodeIds.includes(id)) result.cycleNodeIds.push(id); },
    });
    result.paths.push(...found.paths.map((p) => ({ scopeId: scope.id, ...p })));
    if (found.truncated) result.pathsTruncated = true;
  }
  return result;
}
