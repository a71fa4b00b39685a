// The queries behind the diagram tools (see index.ts). Pure functions over DiagramModel; results are plain JSON and
// name every element as {id, name, type}.
import { isActivityType, typeLabel, type DiagramModel, type FlowNode, type SequenceFlow } from '../model';
import { cycles, enumeratePaths, entryNodes, hasConditionedFlow, isDeadEnd, isEndLike, parentSub, predecessors, scopeReachability, successors, walk } from '../graph';
import { diffModels } from '../diff';
import { indefiniteArticle } from '../label';
import { LINT_FIXES, LINT_TEXT, type LintFinding, type LintLang } from '../lint';
import { fold, nameScore } from './text';
import type { ToolContext } from './index';

/** A bad or ambiguous argument: becomes { ok: false, error } for the caller (a model sees it and can retry). */
export class ToolInputError extends Error {}

export type ElementRef = { id: string; name: string | null; type: string };
export type FlowRef = { id: string; name: string | null; type: 'SequenceFlow'; condition: string | null; isDefault: boolean };

// ---------------------------------------------------------------- references

type Any = { id: string; name: string | null; type: string };

/** Every named thing a question can be about: flow nodes, lanes, pools, processes, flows, message flows. */
function universe(m: DiagramModel): Any[] {
  return [
    ...m.nodes,
    ...m.lanes.map((l) => ({ id: l.id, name: l.name, type: 'Lane' })),
    ...m.participants.map((p) => ({ id: p.id, name: p.name, type: 'Participant' })),
    ...m.processes.map((p) => ({ id: p.id, name: p.name, type: 'Process' })),
    ...m.flows.map((f) => ({ id: f.id, name: f.name, type: 'SequenceFlow' })),
    ...m.messageFlows.map((f) => ({ id: f.id, name: f.name, type: 'MessageFlow' })),
  ];
}

const refCache = new WeakMap<DiagramModel, Map<string, Any>>();
function index(m: DiagramModel): Map<string, Any> {
  let map = refCache.get(m);
  if (!map) {
    map = new Map();
    for (const x of universe(m)) if (!map.has(x.id)) map.set(x.id, x);
    refCache.set(m, map);
  }
  return map;
}

export function elementRef(m: DiagramModel, id: string): ElementRef {
  const x = index(m).get(id);
  return { id, name: x?.name ?? m.names.get(id) ?? null, type: x?.type ?? 'Unknown' };
}

function flowRef(m: DiagramModel, f: SequenceFlow): FlowRef {
  const src = m.byId.get(f.sourceId);
  return { id: f.id, name: f.name, type: 'SequenceFlow', condition: f.condition, isDefault: src?.defaultFlowId === f.id };
}

export type Candidate = ElementRef & { score: number };

/** Scored candidates for a typed name or id over the given kinds of things (default: flow nodes, lanes, pools). */
export function candidates(m: DiagramModel, query: string, kinds?: (x: Any) => boolean, limit = 5): Candidate[] {
  const q = query.trim().replace(/^[`"'“„«「『]+|[`"'”“»」』?？.!。]+$/g, '').trim();
  const pool = universe(m).filter(kinds ?? ((x) => x.type !== 'SequenceFlow' && x.type !== 'MessageFlow' && x.type !== 'Process'));
  const byId = pool.find((x) => x.id === q) ?? pool.find((x) => x.id.toLowerCase() === q.toLowerCase());
  if (byId) return [{ id: byId.id, name: byId.name, type: byId.type, score: 1 }];
  return pool
    .filter((x) => x.name)
    .map((x) => ({ id: x.id, name: x.name, type: x.type, score: Math.round(nameScore(q, x.name!) * 100) / 100 }))
    .filter((c) => c.score >= 0.35)
    .sort((a, b) => b.score - a.score || (a.name ?? '').length - (b.name ?? '').length)
    .slice(0, limit);
}

/** The one element a typed name or id means; a ToolInputError (with candidates) when none or several fit. */
export function resolveElement(m: DiagramModel, query: string, kinds?: (x: Any) => boolean): ElementRef {
  const c = candidates(m, query, kinds, 5);
  const best = c[0];
  if (!best || best.score < 0.6) {
    throw new ToolInputError(`No element matches "${query}".${c.length ? ` Closest: ${c.map((x) => `${x.name ?? x.id} (${x.id})`).join(', ')}.` : ''}`);
  }
  const rivals = c.filter((x) => x.id !== best.id && x.score >= best.score - 0.01 && fold(x.name ?? '') !== fold(best.name ?? '_'));
  if (best.score < 0.97 && rivals.length) {
    throw new ToolInputError(`"${query}" could mean ${[best, ...rivals].map((x) => `${x.name ?? x.id} (${x.id})`).join(' or ')}; name one by its id.`);
  }
  return { id: best.id, name: best.name, type: best.type };
}

const isNode = (x: Any) => !['Lane', 'Participant', 'Process', 'SequenceFlow', 'MessageFlow'].includes(x.type);
const node = (m: DiagramModel, q: string): FlowNode => m.byId.get(resolveElement(m, q, isNode).id)!;

export function findElementTool(m: DiagramModel, query: string, limit: number) {
  return { query, candidates: candidates(m, query, (x) => x.type !== 'Process', limit) };
}

// ---------------------------------------------------------------- types and filters

export type CountInput = { type?: string; lane?: string; participant?: string; name?: string; within?: string };

type Family = { label: string; plural?: string; collection: 'nodes' | 'flows' | 'messageFlows' | 'lanes' | 'participants'; test?: (n: FlowNode) => boolean };

const EVENT_DEFS = ['timer', 'message', 'signal', 'error', 'escalation', 'conditional', 'link', 'compensate', 'terminate', 'cancel'];
const NODE_TYPES = [
  'Task', 'UserTask', 'ServiceTask', 'SendTask', 'ReceiveTask', 'ManualTask', 'ScriptTask', 'BusinessRuleTask',
  'ExclusiveGateway', 'ParallelGateway', 'InclusiveGateway', 'EventBasedGateway', 'ComplexGateway',
  'StartEvent', 'EndEvent', 'BoundaryEvent', 'IntermediateCatchEvent', 'IntermediateThrowEvent',
  'SubProcess', 'Transaction', 'AdHocSubProcess', 'CallActivity',
];
const ALIASES: Record<string, string> = {
  xor: 'exclusivegateway', and: 'parallelgateway', or: 'inclusivegateway', decision: 'gateway', eventgateway: 'eventbasedgateway',
  pool: 'participant', node: 'element', shape: 'element', step: 'element', abstracttask: 'task', plaintask: 'task', noneTask: 'task',
  start: 'startevent', end: 'endevent', intermediate: 'intermediateevent', sub: 'subprocess', rule: 'businessruletask',
  systemtask: 'automatedtask', persontask: 'humantask', connection: 'flow', arrow: 'flow',
};

export function family(type: string | undefined): Family {
  let key = fold(type ?? '').replace(/\s+/g, '').replace(/^bpmn/, '');
  if (!key) return { label: 'element', collection: 'nodes' };
  const singular = key.replace(/ies$/, 'y').replace(/(?:sses|xes)$/, (s) => s.slice(0, -2)).replace(/([^s])s$/, '$1');
  key = ALIASES[singular] ?? ALIASES[key] ?? singular;
  const exact = NODE_TYPES.find((t) => t.toLowerCase() === key);
  if (exact) {
    if (exact === 'Task') return { label: 'task', collection: 'nodes', test: (n) => n.kind === 'task' };
    if (exact === 'SubProcess') return { label: 'sub-process', collection: 'nodes', test: (n) => n.kind === 'subProcess' };
    return { label: typeLabel(exact), collection: 'nodes', test: (n) => n.type === exact };
  }
  const def = EVENT_DEFS.find((d) => key === d || key === `${d}event` || key === `${d}startevent` || key === `${d}boundaryevent` || key === `${d}endevent`);
  if (def) {
    const where = key.endsWith('startevent') ? 'startEvent' : key.endsWith('boundaryevent') ? 'boundaryEvent' : key.endsWith('endevent') ? 'endEvent' : null;
    const label = `${def} ${where ? typeLabel(where[0]!.toUpperCase() + where.slice(1)) : 'event'}`;
    return { label, collection: 'nodes', test: (n) => n.eventDefinitions.includes(def) && (!where || n.kind === where) };
  }
  switch (key) {
    case 'element': return { label: 'element', collection: 'nodes' };
    case 'activity': return { label: 'activity', plural: 'activities', collection: 'nodes', test: (n) => isActivityType(n.type) };
    case 'gateway': return { label: 'gateway', collection: 'nodes', test: (n) => n.kind === 'gateway' };
    // The task types a system performs, not a person.
    case 'humantask': return { label: 'human task', collection: 'nodes', test: (n) => ['UserTask', 'ManualTask'].includes(n.type) };
    case 'automatedtask': return { label: 'automated task', collection: 'nodes', test: (n) => ['ServiceTask', 'ScriptTask', 'BusinessRuleTask'].includes(n.type) };
    case 'event': return { label: 'event', collection: 'nodes', test: (n) => /Event$/.test(n.type) };
    case 'intermediateevent': return { label: 'intermediate event', collection: 'nodes', test: (n) => n.kind === 'intermediateEvent' };
    case 'eventsubprocess': return { label: 'event sub-process', collection: 'nodes', test: (n) => n.triggeredByEvent };
    case 'subprocesse': case 'subprocess': return { label: 'sub-process', collection: 'nodes', test: (n) => n.kind === 'subProcess' };
    case 'flow': case 'sequenceflow': return { label: 'sequence flow', collection: 'flows' };
    case 'messageflow': case 'message': return { label: 'message flow', collection: 'messageFlows' };
    case 'lane': return { label: 'lane', collection: 'lanes' };
    case 'participant': return { label: 'pool', collection: 'participants' };
  }
  throw new ToolInputError(`Unknown element type "${type}". Use e.g. task, userTask, serviceTask, gateway, exclusiveGateway, event, startEvent, endEvent, boundaryEvent, timer event, subProcess, activity, flow, messageFlow, lane, participant.`);
}

function laneAndDescendants(m: DiagramModel, laneId: string): Set<string> {
  const out = new Set([laneId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of m.lanes) if (l.parentLaneId && out.has(l.parentLaneId) && !out.has(l.id)) { out.add(l.id); grew = true; }
  }
  return out;
}

/** Lane of a node, innermost first (a node in a child lane is listed in its parent lane as well). */
function laneOf(m: DiagramModel, n: FlowNode): ElementRef | null {
  let laneIds = n.laneIds;
  if (!laneIds.length) {
    // Nodes inside a sub-process belong to the sub-process's lane.
    let scope = m.byId.get(n.scopeId);
    while (scope && !scope.laneIds.length) scope = m.byId.get(scope.scopeId);
    laneIds = scope?.laneIds ?? [];
  }
  const inner = laneIds.find((id) => !m.lanes.some((l) => l.parentLaneId === id && laneIds.includes(l.id))) ?? laneIds[0];
  return inner ? elementRef(m, inner) : null;
}

function within(m: DiagramModel, n: FlowNode, scopeId: string): boolean {
  let s: string | null = n.scopeId;
  while (s && s !== n.processId) {
    if (s === scopeId) return true;
    s = m.byId.get(s)?.scopeId ?? null;
  }
  return false;
}

export function countElements(m: DiagramModel, i: CountInput) {
  const fam = family(i.type);
  const lane = i.lane ? resolveElement(m, i.lane, (x) => x.type === 'Lane') : null;
  const participant = i.participant ? resolveElement(m, i.participant, (x) => x.type === 'Participant') : null;
  const sub = i.within ? resolveElement(m, i.within, (x) => x.type === 'SubProcess' || x.type === 'Transaction' || x.type === 'AdHocSubProcess') : null;
  const laneIds = lane ? laneAndDescendants(m, lane.id) : null;
  const processOf = participant ? m.participants.find((p) => p.id === participant.id)?.processId ?? '__none' : null;
  const nameOk = (name: string | null) => !i.name || (!!name && (fold(name).includes(fold(i.name)) || nameScore(i.name, name) >= 0.8));
  const nodeOk = (n: FlowNode) => (!fam.test || fam.test(n))
    && (!laneIds || [...n.laneIds, ...(laneOf(m, n) ? [laneOf(m, n)!.id] : [])].some((l) => laneIds.has(l)))
    && (!processOf || n.processId === processOf)
    && (!sub || within(m, n, sub.id))
    && nameOk(n.name);

  type Row = ElementRef & { lane: ElementRef | null; participant: ElementRef | null; insideSubProcess: ElementRef | null };
  let rows: Row[] = [];
  const pRef = (id: string | null) => (id ? elementRef(m, id) : null);
  if (fam.collection === 'nodes') {
    rows = m.nodes.filter(nodeOk).map((n) => ({
      id: n.id, name: n.name, type: n.type, lane: laneOf(m, n), participant: pRef(n.participantId),
      insideSubProcess: n.scopeId !== n.processId ? elementRef(m, n.scopeId) : null,
    }));
  } else if (fam.collection === 'flows') {
    rows = m.flows.filter((f) => {
      const s = m.byId.get(f.sourceId);
      return nameOk(f.name) && (!s || ((!laneIds || s.laneIds.some((l) => laneIds.has(l))) && (!processOf || s.processId === processOf) && (!sub || within(m, s, sub.id) || s.scopeId === sub.id)));
    }).map((f) => ({ id: f.id, name: f.name, type: 'SequenceFlow', lane: null, participant: pRef(m.byId.get(f.sourceId)?.participantId ?? null), insideSubProcess: null }));
  } else if (fam.collection === 'messageFlows') {
    rows = m.messageFlows.filter((f) => nameOk(f.name) && (!participant || [participantOfAny(m, f.sourceId), participantOfAny(m, f.targetId)].includes(participant.id)))
      .map((f) => ({ id: f.id, name: f.name, type: 'MessageFlow', lane: null, participant: null, insideSubProcess: null }));
  } else if (fam.collection === 'lanes') {
    rows = m.lanes.filter((l) => nameOk(l.name) && (!processOf || l.processId === processOf) && (!laneIds || (l.parentLaneId !== null && laneIds.has(l.parentLaneId))))
      .map((l) => ({ id: l.id, name: l.name, type: 'Lane', lane: l.parentLaneId ? elementRef(m, l.parentLaneId) : null, participant: pRef(m.participants.find((p) => p.processId === l.processId)?.id ?? null), insideSubProcess: null }));
  } else {
    rows = m.participants.filter((p) => nameOk(p.name)).map((p) => ({ id: p.id, name: p.name, type: 'Participant', lane: null, participant: null, insideSubProcess: null }));
  }
  const byType = new Map<string, number>();
  for (const r of rows) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  return {
    total: rows.length,
    label: fam.label,
    labelPlural: fam.plural ?? (fam.label.endsWith('s') ? `${fam.label}es` : `${fam.label}s`),
    filters: { type: i.type ?? null, lane, participant, within: sub, name: i.name ?? null },
    byType: [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type, count]) => ({ type, label: typeLabel(type), count })),
    insideSubProcesses: rows.filter((r) => r.insideSubProcess).length,
    elements: rows.slice(0, 200),
    truncated: rows.length > 200,
  };
}

function participantOfAny(m: DiagramModel, id: string): string | null {
  if (m.participants.some((p) => p.id === id)) return id;
  return m.byId.get(id)?.participantId ?? null;
}

// ---------------------------------------------------------------- one element

function boundaryOf(m: DiagramModel, n: FlowNode) {
  return m.nodes.filter((b) => b.attachedToId === n.id).map((b) => ({
    ...elementRef(m, b.id), eventDefinitions: b.eventDetails, interrupting: b.cancelActivity,
    next: b.outgoing.map((f) => m.flowById.get(f)).filter((f): f is SequenceFlow => !!f).map((f) => elementRef(m, f.targetId)),
  }));
}

export function describeElement(m: DiagramModel, q: string) {
  const ref = resolveElement(m, q, (x) => x.type !== 'Process');
  const n = m.byId.get(ref.id);
  if (!n) {
    if (ref.type === 'Lane') {
      const lane = m.lanes.find((l) => l.id === ref.id)!;
      const ids = laneAndDescendants(m, lane.id);
      return { element: ref, typeLabel: 'lane', participant: m.participants.find((p) => p.processId === lane.processId) ? elementRef(m, m.participants.find((p) => p.processId === lane.processId)!.id) : null, parentLane: lane.parentLaneId ? elementRef(m, lane.parentLaneId) : null, elements: m.nodes.filter((x) => x.laneIds.some((l) => ids.has(l))).map((x) => elementRef(m, x.id)) };
    }
    if (ref.type === 'Participant') return { element: ref, typeLabel: 'pool', ...listParticipants(m).participants.find((p) => p.participant.id === ref.id) };
    const mf = m.messageFlows.find((f) => f.id === ref.id);
    if (mf) return { element: ref, typeLabel: 'message flow', source: elementRef(m, mf.sourceId), target: elementRef(m, mf.targetId) };
    const f = m.flowById.get(ref.id)!;
    return { element: ref, typeLabel: 'sequence flow', source: elementRef(m, f.sourceId), target: elementRef(m, f.targetId), condition: f.condition, isDefault: m.byId.get(f.sourceId)?.defaultFlowId === f.id };
  }
  const flows = (ids: string[]) => ids.map((id) => m.flowById.get(id)).filter((f): f is SequenceFlow => !!f);
  return {
    element: ref,
    typeLabel: typeLabel(n.type),
    lane: laneOf(m, n),
    participant: n.participantId ? elementRef(m, n.participantId) : null,
    process: elementRef(m, n.processId),
    insideSubProcess: n.scopeId !== n.processId ? elementRef(m, n.scopeId) : null,
    incoming: flows(n.incoming).map((f) => ({ flow: flowRef(m, f), from: elementRef(m, f.sourceId) })),
    outgoing: flows(n.outgoing).map((f) => ({ flow: flowRef(m, f), to: elementRef(m, f.targetId) })),
    attachedTo: n.attachedToId ? elementRef(m, n.attachedToId) : null,
    interrupting: n.kind === 'boundaryEvent' ? n.cancelActivity : null,
    boundaryEvents: boundaryOf(m, n),
    eventDefinitions: n.eventDetails,
    messageFlows: m.messageFlows.filter((f) => f.sourceId === n.id || f.targetId === n.id).map((f) => ({ ...elementRef(m, f.id), direction: f.sourceId === n.id ? 'out' : 'in', other: elementRef(m, f.sourceId === n.id ? f.targetId : f.sourceId) })),
    documentation: n.documentation,
    defaultFlow: n.defaultFlowId ? elementRef(m, n.defaultFlowId) : null,
    triggeredByEvent: n.triggeredByEvent,
    isForCompensation: n.isForCompensation,
    collapsed: n.collapsed,
    children: n.kind === 'subProcess' ? m.nodes.filter((c) => c.scopeId === n.id).map((c) => elementRef(m, c.id)) : [],
  };
}

// ---------------------------------------------------------------- flow

type Step = { element: ElementRef; via: FlowRef | 'boundary' | 'link' | 'subProcessEnd' | null; distance: number; eventDefinitions?: string[]; interrupting?: boolean };

function viaOf(m: DiagramModel, via: string): Step['via'] {
  if (via === 'boundary' || via === 'link') return via;
  const f = m.flowById.get(via);
  return f ? flowRef(m, f) : null;
}

function branchesOf(m: DiagramModel, n: FlowNode) {
  return n.outgoing.map((id) => m.flowById.get(id)).filter((f): f is SequenceFlow => !!f).map((f) => ({ flow: flowRef(m, f), to: elementRef(m, f.targetId) }));
}

function bfs(m: DiagramModel, start: FlowNode, dir: 'next' | 'prev', limit = 300): Step[] {
  return walk(m, start, dir, limit).map((w) => ({ element: elementRef(m, w.id), via: viaOf(m, w.via), distance: w.distance }));
}

export function nextSteps(m: DiagramModel, q: string, o: { transitive: boolean; branch?: string }) {
  const n = node(m, q);
  let start = n;
  let branch: ReturnType<typeof branchesOf>[number] | null = null;
  if (o.branch) {
    const scored = branchesOf(m, n).map((b) => ({ b, s: Math.max(nameScore(o.branch!, b.flow.name ?? ''), nameScore(o.branch!, b.flow.condition ?? ''), nameScore(o.branch!, b.to.name ?? '') * 0.9) })).sort((a, b) => b.s - a.s);
    if (!scored[0] || scored[0].s < 0.55) throw new ToolInputError(`${n.name ?? n.id} has no outgoing branch like "${o.branch}". Its branches: ${branchesOf(m, n).map((b) => b.flow.name ?? b.flow.condition ?? b.to.name ?? b.to.id).join(', ') || 'none'}.`);
    branch = scored[0].b;
    start = m.byId.get(branch.to.id)!;
  }
  const sub = parentSub(m, n);
  let steps: Step[];
  if (o.transitive) steps = bfs(m, start, 'next');
  else if (branch) steps = [{ element: branch.to, via: branch.flow, distance: 1 }];
  else {
    steps = successors(m, n).map((e) => {
      const t = m.byId.get(e.to)!;
      return { element: elementRef(m, t.id), via: viaOf(m, e.via), distance: 1, ...(e.via === 'boundary' ? { eventDefinitions: t.eventDefinitions, interrupting: t.cancelActivity } : {}) };
    });
  }
  if (branch && o.transitive) steps.unshift({ element: branch.to, via: branch.flow, distance: 0 });
  const direct = steps.filter((s) => s.distance <= 1).map((s) => m.byId.get(s.element.id)!);
  return {
    element: elementRef(m, n.id),
    type: n.type,
    branch: branch?.flow ?? null,
    steps,
    /** For a gateway right after the element (or the element itself): how its branches go. */
    gateways: [n, ...direct].filter((g) => g.kind === 'gateway' && g.outgoing.length > 1).map((g) => ({ gateway: elementRef(m, g.id), branches: branchesOf(m, g) })),
    /** An end event inside a sub-process ends only the sub-process; this is what follows it. */
    endsSubProcess: n.kind === 'endEvent' && sub ? { subProcess: elementRef(m, sub.id), then: successors(m, sub).filter((e) => e.via !== 'boundary').map((e) => elementRef(m, e.to)) } : null,
    endsProcess: n.kind === 'endEvent' && !sub,
    startsInside: n.kind === 'subProcess' ? m.nodes.filter((c) => c.scopeId === n.id && c.kind === 'startEvent').map((c) => elementRef(m, c.id)) : [],
    deadEnd: !steps.length && !isEndLike(n),
  };
}

export function previousSteps(m: DiagramModel, q: string, transitive: boolean) {
  const n = node(m, q);
  const sub = parentSub(m, n);
  const steps: Step[] = transitive ? bfs(m, n, 'prev') : predecessors(m, n).map((e) => ({ element: elementRef(m, e.to), via: viaOf(m, e.via), distance: 1 }));
  return {
    element: elementRef(m, n.id),
    type: n.type,
    steps,
    isStart: n.kind === 'startEvent' && !sub,
    // An event sub-process has no way in by design: its start event's trigger starts it while its parent runs.
    startsSubProcess: n.kind === 'startEvent' && sub ? { subProcess: elementRef(m, sub.id), before: predecessors(m, sub).map((e) => elementRef(m, e.to)), eventSubProcess: sub.triggeredByEvent, parent: elementRef(m, sub.scopeId === sub.processId && sub.participantId ? sub.participantId : sub.scopeId), trigger: n.eventDetails, interrupting: n.cancelActivity } : null,
    attachedTo: n.attachedToId ? elementRef(m, n.attachedToId) : null,
    unreachableFromStart: !steps.length && n.kind !== 'startEvent' && n.kind !== 'boundaryEvent' && !n.triggeredByEvent,
  };
}

/**
 * How a node with several ways on splits: a gateway by its type; an activity or event by its flows, as BPMN 2.0
 * defines for flows without a gateway — unconditioned flows all run (an implicit parallel split, 'ImplicitParallel'),
 * conditioned ones run when their condition holds, like an inclusive gateway ('ImplicitInclusive').
 */
export function splitKind(m: DiagramModel, n: FlowNode): string {
  if (n.kind === 'gateway') return n.type;
  return hasConditionedFlow(m, n) ? 'ImplicitInclusive' : 'ImplicitParallel';
}

/** Follow one branch until the flow joins others (a node with several incoming flows) or ends. */
/** The straight line from `first` up to the next point where the flow splits (a gateway or step with several ways
 *  on), a join or an end; what the split leads to is returned apart, because a list joined by "→" would read as if
 *  every branch ran one after the other. */
function follow(m: DiagramModel, first: FlowNode, limit = 30): { path: ElementRef[]; split: { at: ElementRef; kind: string; options: { branch: string | null; to: ElementRef }[] } | null } {
  const path: ElementRef[] = [];
  const seen = new Set<string>();
  let n: FlowNode | undefined = first;
  while (n && !seen.has(n.id) && path.length < limit) {
    seen.add(n.id);
    path.push(elementRef(m, n.id));
    if (n !== first && n.incoming.length > 1) break;
    const next: ReturnType<typeof successors> = successors(m, n).filter((e) => e.via !== 'boundary' && m.byId.has(e.to));
    if (next.length > 1) {
      const options = next.map((e) => { const f = m.flowById.get(e.via); return { branch: f?.name ?? f?.condition ?? null, to: elementRef(m, e.to) }; });
      return { path, split: { at: elementRef(m, n.id), kind: splitKind(m, n), options } };
    }
    n = next[0] ? m.byId.get(next[0].to) : undefined;
  }
  return { path, split: null };
}

export function whatIf(m: DiagramModel, branch: string, gateway?: string) {
  const g = gateway ? node(m, gateway) : null;
  const sources = g ? [g] : m.nodes.filter((n) => n.outgoing.length > 1);
  const scored: { gateway: FlowNode; flow: SequenceFlow; score: number }[] = [];
  for (const s of sources) {
    for (const fid of s.outgoing) {
      const f = m.flowById.get(fid);
      if (!f) continue;
      const t = m.byId.get(f.targetId);
      const score = Math.max(nameScore(branch, f.name ?? ''), nameScore(branch, f.condition ?? '') * 0.95, nameScore(branch, t?.name ?? '') * 0.8);
      if (score >= 0.55) scored.push({ gateway: s, flow: f, score });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  return {
    branch,
    matches: scored.slice(0, 5).map((x) => ({
      gateway: elementRef(m, x.gateway.id), flow: flowRef(m, x.flow), score: Math.round(x.score * 100) / 100,
      ...((f) => ({ then: f.path, split: f.split }))(follow(m, m.byId.get(x.flow.targetId)!)),
    })),
  };
}

/** How far find_paths counts paths beyond the ones it lists (the count is exact below it and its work budget). */
const COUNT_PATHS = 500;

type PathInput = { from?: string; to?: string; through?: string; avoid?: string; max?: number; count?: boolean };

export function findPaths(m: DiagramModel, i: PathInput) {
  const max = i.max ?? 20;
  const from = i.from ? node(m, i.from) : null;
  const to = i.to ? node(m, i.to) : null;
  const through = i.through ? node(m, i.through) : null;
  // A lane to avoid is every activity in it ("without second-level support ever working on it").
  const lane = i.avoid ? m.lanes.find((l) => l.id === i.avoid) : undefined;
  const laneWork = lane ? new Set(m.nodes.filter((n) => n.laneIds.includes(lane.id) && isActivityType(n.type)).map((n) => n.id)) : null;
  const avoid = i.avoid && !lane ? node(m, i.avoid) : null;
  const starts = from ? [from] : m.processes.flatMap((p) => entryNodes(m, p.id));
  const flat = !!(from || to || through);
  const isTarget = (n: FlowNode, start: FlowNode) => (to ? n.id === to.id : n.kind === 'endEvent' && n.scopeId === start.scopeId);
  const edges = (n: FlowNode) => {
    const out = successors(m, n).map((e) => ({ to: e.to, via: e.via }));
    if (flat) {
      // Between two elements a path may enter a sub-process and leave it through its end.
      if (n.kind === 'subProcess') for (const s of m.nodes) if (s.scopeId === n.id && s.kind === 'startEvent') out.push({ to: s.id, via: 'enter' });
      const sub = parentSub(m, n);
      if (sub && n.kind === 'endEvent') for (const e of successors(m, sub)) if (e.via !== 'boundary') out.push(e);
    }
    return out;
  };
  // Counted further than listed: "how many paths are there?" wants the number even when the list stops at `max`.
  const found = enumeratePaths(m, {
    starts, edges, max: i.count ? Math.max(max, COUNT_PATHS) : max, avoid: laneWork ?? avoid?.id, through: through?.id,
    isTarget: (n, start, length) => isTarget(n, start) && (length > 1 || (!!to && from?.id !== to.id)),
  });
  const truncated = found.truncated || found.paths.length > max;
  const count = found.paths.length, countExact = !truncated || (!!i.count && !found.truncated);
  const paths = found.paths.slice(0, max).map((p) => ({
    start: elementRef(m, p.startId), end: elementRef(m, p.endId),
    steps: p.steps.map((s) => ({ element: elementRef(m, s.nodeId), via: s.via && !['boundary', 'link', 'enter'].includes(s.via) ? flowRef(m, m.flowById.get(s.via)!) : s.via })),
  }));
  return { from: from ? elementRef(m, from.id) : null, to: to ? elementRef(m, to.id) : null, through: through ? elementRef(m, through.id) : null, avoid: lane ? { id: lane.id, name: lane.name, type: 'Lane' } : avoid ? elementRef(m, avoid.id) : null, paths, truncated, count, countExact };
}

export function findLoops(m: DiagramModel) {
  const loops = cycles(m)
    .map((c) => {
      const set = new Set(c);
      const entries = c.filter((id) => predecessors(m, m.byId.get(id)!).some((e) => !set.has(e.to)));
      const back = m.flows.filter((f) => set.has(f.sourceId) && set.has(f.targetId) && entries.includes(f.targetId));
      const exits = m.flows.filter((f) => set.has(f.sourceId) && !set.has(f.targetId));
      const order = m.nodes.filter((n) => set.has(n.id)).map((n) => elementRef(m, n.id));
      return { elements: order, entries: entries.map((id) => elementRef(m, id)), backFlows: back.map((f) => ({ flow: flowRef(m, f), from: elementRef(m, f.sourceId), to: elementRef(m, f.targetId) })), exits: exits.map((f) => ({ flow: flowRef(m, f), from: elementRef(m, f.sourceId), to: elementRef(m, f.targetId) })) };
    });
  return { loops };
}

// ---------------------------------------------------------------- reachability and ends

export function reachability(m: DiagramModel, scopeQ?: string) {
  const only = scopeQ ? resolveElement(m, scopeQ, (x) => x.type === 'Process' || x.type === 'Participant' || /SubProcess|Transaction/.test(x.type)) : null;
  const onlyId = only?.type === 'Participant' ? m.participants.find((p) => p.id === only.id)?.processId : only?.id;
  const scopes = m.scopes.filter((s) => !onlyId || s.id === onlyId || (only?.type !== 'SubProcess' && s.processId === onlyId));
  const result = scopes.map((scope) => {
    const { entries, unreachable, deadEnds, unpairedLinks: brokenLinks } = scopeReachability(m, scope.id);
    return {
      scope: { id: scope.id, name: scope.name, type: scope.kind === 'process' ? 'Process' : (m.byId.get(scope.id)?.type ?? 'SubProcess') },
      entries: entries.map((n) => elementRef(m, n.id)),
      unreachable: unreachable.map((n) => elementRef(m, n.id)),
      deadEnds: deadEnds.map((n) => elementRef(m, n.id)),
      unpairedLinks: brokenLinks.map((n) => elementRef(m, n.id)),
    };
  });
  return { scopes: result, unreachable: result.flatMap((r) => r.unreachable), deadEnds: result.flatMap((r) => r.deadEnds) };
}

export function waysToEnd(m: DiagramModel, participantQ?: string) {
  const p = participantQ ? resolveElement(m, participantQ, (x) => x.type === 'Participant') : null;
  const processId = p ? m.participants.find((x) => x.id === p.id)?.processId : null;
  const top = m.nodes.filter((n) => n.scopeId === n.processId && (!p || n.processId === processId));
  const ends = top.filter((n) => n.kind === 'endEvent').map((n) => ({ ...elementRef(m, n.id), eventDefinitions: n.eventDefinitions, lane: laneOf(m, n), participant: n.participantId ? elementRef(m, n.participantId) : null }));
  const implicitEnds = top.filter((n) => isDeadEnd(m, n)).map((n) => elementRef(m, n.id));
  const inner = m.nodes.filter((n) => n.kind === 'endEvent' && n.scopeId !== n.processId && (!p || n.processId === processId)).map((n) => ({ ...elementRef(m, n.id), subProcess: elementRef(m, n.scopeId) }));
  return { participant: p, ends, implicitEnds, terminates: ends.filter((e) => e.eventDefinitions.includes('terminate')), endEventsInsideSubProcesses: inner };
}

// ---------------------------------------------------------------- lanes, pools, messages, gateways

export function listLanes(m: DiagramModel, participantQ?: string) {
  const p = participantQ ? resolveElement(m, participantQ, (x) => x.type === 'Participant') : null;
  const processId = p ? m.participants.find((x) => x.id === p.id)?.processId : null;
  return {
    lanes: m.lanes.filter((l) => !p || l.processId === processId).map((l) => {
      const els = m.nodes.filter((n) => laneOf(m, n)?.id === l.id || (n.laneIds.includes(l.id) && !m.lanes.some((c) => c.parentLaneId === l.id)));
      const tasks = els.filter((n) => isActivityType(n.type));
      const owner = m.participants.find((x) => x.processId === l.processId);
      return {
        lane: elementRef(m, l.id), participant: owner ? elementRef(m, owner.id) : null,
        parentLane: l.parentLaneId ? elementRef(m, l.parentLaneId) : null,
        childLanes: m.lanes.filter((c) => c.parentLaneId === l.id).map((c) => elementRef(m, c.id)),
        elements: els.map((n) => elementRef(m, n.id)),
        activities: tasks.map((n) => elementRef(m, n.id)),
      };
    }),
  };
}

export function listParticipants(m: DiagramModel) {
  return {
    participants: m.participants.map((p) => {
      const nodes = p.processId ? m.nodes.filter((n) => n.processId === p.processId) : [];
      const mine = (id: string) => id === p.id || m.byId.get(id)?.participantId === p.id;
      return {
        participant: elementRef(m, p.id),
        process: p.processId ? elementRef(m, p.processId) : null,
        blackBox: !p.processId || !nodes.length,
        lanes: m.lanes.filter((l) => l.processId === p.processId).map((l) => elementRef(m, l.id)),
        elementCount: nodes.length,
        activities: nodes.filter((n) => isActivityType(n.type)).map((n) => elementRef(m, n.id)),
        messageFlowsOut: m.messageFlows.filter((f) => mine(f.sourceId)).map((f) => elementRef(m, f.id)),
        messageFlowsIn: m.messageFlows.filter((f) => mine(f.targetId)).map((f) => elementRef(m, f.id)),
      };
    }),
    processesWithoutPool: m.processes.filter((s) => !m.participants.some((p) => p.processId === s.id)).map((s) => elementRef(m, s.id)),
  };
}

export function listMessageFlows(m: DiagramModel, participantQ?: string) {
  const p = participantQ ? resolveElement(m, participantQ, (x) => x.type === 'Participant') : null;
  const pref = (id: string) => { const pid = participantOfAny(m, id); return pid ? elementRef(m, pid) : null; };
  return {
    messageFlows: m.messageFlows
      .filter((f) => !p || participantOfAny(m, f.sourceId) === p.id || participantOfAny(m, f.targetId) === p.id)
      .map((f) => ({ flow: elementRef(m, f.id), name: f.name, source: elementRef(m, f.sourceId), sourceParticipant: pref(f.sourceId), target: elementRef(m, f.targetId), targetParticipant: pref(f.targetId) })),
  };
}

/** The gateway where a split's branches meet again: the nearest node with several incoming flows on every branch. */
function joinOf(m: DiagramModel, split: FlowNode): FlowNode | null {
  const branchReach = split.outgoing.map((fid) => {
    const f = m.flowById.get(fid);
    const dist = new Map<string, number>();
    if (!f) return dist;
    const queue: [string, number][] = [[f.targetId, 1]];
    while (queue.length) {
      const [id, d] = queue.shift()!;
      if (dist.has(id) || id === split.id) continue;
      dist.set(id, d);
      for (const e of successors(m, m.byId.get(id)!)) if (e.via !== 'boundary') queue.push([e.to, d + 1]);
    }
    return dist;
  });
  if (branchReach.length < 2) return null;
  let best: FlowNode | null = null, bestD = Infinity;
  for (const [id] of branchReach[0]!) {
    const n = m.byId.get(id)!;
    if (n.kind !== 'gateway' || n.incoming.length < 2) continue;
    if (!branchReach.every((r) => r.has(id))) continue;
    const d = Math.max(...branchReach.map((r) => r.get(id)!));
    if (d < bestD) { best = n; bestD = d; }
  }
  return best;
}

export function listGateways(m: DiagramModel, q?: string, type?: string) {
  const only = q ? node(m, q) : null;
  const fam = type ? family(type) : null;
  const gws = m.nodes.filter((n) => n.kind === 'gateway' && (!only || n.id === only.id) && (!fam?.test || fam.test(n)));
  const gateways = gws.map((g) => {
    const out = g.outgoing.length, inc = g.incoming.length;
    const direction = out > 1 && inc > 1 ? 'mixed' : out > 1 ? 'split' : inc > 1 ? 'join' : 'pass-through';
    const branches = branchesOf(m, g);
    const join = direction === 'split' || direction === 'mixed' ? joinOf(m, g) : null;
    return {
      gateway: elementRef(m, g.id), typeLabel: typeLabel(g.type), direction, incoming: inc, outgoing: out, branches,
      defaultFlow: g.defaultFlowId ? elementRef(m, g.defaultFlowId) : null,
      branchesWithoutCondition: ['ExclusiveGateway', 'InclusiveGateway'].includes(g.type) && out > 1
        ? branches.filter((b) => !b.flow.condition && !b.flow.isDefault).map((b) => b.flow) : [],
      joinedAt: join ? elementRef(m, join.id) : null,
    };
  });
  const mismatches = gateways
    .filter((g) => g.joinedAt)
    .map((g) => ({ split: g.gateway, join: g.joinedAt!, splitType: m.byId.get(g.gateway.id)!.type, joinType: m.byId.get(g.joinedAt!.id)!.type }))
    .filter((x) => x.splitType !== x.joinType && !(x.splitType === 'EventBasedGateway' && x.joinType === 'ExclusiveGateway'))
    .map((x) => ({
      ...x,
      problem: x.splitType === 'ParallelGateway' && x.joinType === 'ExclusiveGateway'
        ? 'all branches run, but the exclusive join passes each arriving token on: the steps after it run once per branch'
        : x.joinType === 'ParallelGateway'
          ? 'the split takes only some branches, but the parallel join waits for all of them: the process gets stuck (deadlock)'
          : `${indefiniteArticle(typeLabel(x.splitType))} ${typeLabel(x.splitType)} split is joined by ${indefiniteArticle(typeLabel(x.joinType))} ${typeLabel(x.joinType)}: the join does not wait for exactly the branches the split started`,
    }));
  return { gateways, mismatches };
}

// ---------------------------------------------------------------- lint, diff, warnings

/** A fix that fits the rule and what the element is (a gateway, a task, an event, a flow), in English for the tools
 *  and the model, in German or Japanese when the offline analyst answers in those. */
export function fixFor(m: DiagramModel, f: LintFinding, lang: LintLang = 'en'): string {
  const n = f.elementId ? m.byId.get(f.elementId) : undefined;
  const flow = f.elementId ? m.flowById.get(f.elementId) : undefined;
  const label = n?.name ?? f.elementName ?? f.elementId ?? (lang === 'de' ? 'es' : lang === 'ja' ? 'この要素' : 'it');
  const t = (en: string, de: string, ja: string) => (lang === 'de' ? de : lang === 'ja' ? ja : en);
  switch (f.rule) {
    case 'superfluous-gateway':
      if (n && n.outgoing.length <= 1) return n.type === 'ExclusiveGateway' || n.type === 'InclusiveGateway'
        ? t(`"${label}" has only one way out: add the missing branch (a second outgoing flow with its condition), or remove the gateway.`,
          `„${label}“ hat nur einen Ausgang: den fehlenden Zweig ergänzen (einen zweiten ausgehenden Fluss mit seiner Bedingung) oder das Gateway entfernen.`,
          `「${label}」には出口が1つしかありません。足りない分岐（条件付きの2本目の出力フロー）を追加するか、ゲートウェイを削除してください。`)
        : t(`Remove "${label}" or give it the branches it should split into.`, `„${label}“ entfernen oder ihm die Zweige geben, in die es verzweigen soll.`, `「${label}」を削除するか、分岐させたい経路を追加してください。`);
      break;
    case 'label-required':
      if (n?.kind === 'gateway') return t(`Name "${label}" with the question it decides (e.g. "Order valid?") and label its outgoing flows with the answers.`,
        'Das Gateway mit der Frage benennen, die es entscheidet (z. B. „Auftrag gültig?“), und die ausgehenden Flüsse mit den Antworten beschriften.',
        'ゲートウェイに判断する問い（例：「注文は有効？」）の名前を付け、出力フローに答えのラベルを付けてください。');
      if (n && isActivityType(n.type)) return t('Name the activity with a verb and an object, e.g. "Check order".', 'Die Aktivität mit Objekt und Verb benennen, z. B. „Auftrag prüfen“.', 'アクティビティに「対象＋動詞」の名前を付けてください（例：「注文を確認する」）。');
      if (n && /Event$/.test(n.type)) return t('Name the event with the state it marks, e.g. "Order received".', 'Das Ereignis nach dem Zustand benennen, den es markiert, z. B. „Auftrag eingegangen“.', 'イベントに、それが表す状態の名前を付けてください（例：「注文を受け付けた」）。');
      if (m.lanes.some((l) => l.id === f.elementId)) return t('Name the lane after the role or department that does its work.', 'Die Lane nach der Rolle oder Abteilung benennen, die ihre Arbeit erledigt.', 'レーンに、その作業を担う役割や部署の名前を付けてください。');
      if (m.participants.some((p) => p.id === f.elementId)) return t('Name the pool after the organisation or system it stands for.', 'Den Pool nach der Organisation oder dem System benennen, für das er steht.', 'プールに、それが表す組織やシステムの名前を付けてください。');
      break;
    case 'no-implicit-end':
      if (n && /Event$/.test(n.type)) return t(`Connect "${label}" to the next step, or make it an end event.`, `„${label}“ mit dem nächsten Schritt verbinden oder zu einem Endereignis machen.`, `「${label}」を次のステップにつなぐか、終了イベントにしてください。`);
      if (n) return t(`Connect "${label}" to the next step or to an end event.`, `„${label}“ mit dem nächsten Schritt oder einem Endereignis verbinden.`, `「${label}」を次のステップか終了イベントにつないでください。`);
      break;
    case 'no-implicit-start':
      if (n) return t(`Connect a flow into "${label}" from the step before it, or start its path with a start event.`, `Einen Fluss vom vorherigen Schritt zu „${label}“ ziehen oder seinen Pfad mit einem Startereignis beginnen.`, `前のステップから「${label}」へフローをつなぐか、その経路を開始イベントから始めてください。`);
      break;
    case 'no-disconnected':
      if (n) return t(`"${label}" is connected to nothing: connect it into the flow (incoming and outgoing), or delete it.`, `„${label}“ ist mit nichts verbunden: in den Ablauf einbinden (ein- und ausgehend) oder löschen.`, `「${label}」はどこにもつながっていません。入力と出力のフローでつなぐか、削除してください。`);
      break;
    case 'no-implicit-split':
      if (n) return t(`"${label}" has ${n.outgoing.length} outgoing flows without a gateway: put a parallel gateway after it if all branches run, an exclusive one if only one does.`,
        `„${label}“ hat ${n.outgoing.length} ausgehende Flüsse ohne Gateway: ein paralleles Gateway dahinter setzen, wenn alle Zweige laufen, ein exklusives, wenn nur einer.`,
        `「${label}」からゲートウェイなしで${n.outgoing.length}本のフローが出ています。すべての分岐が進むなら並列ゲートウェイを、1つだけなら排他ゲートウェイを後ろに置いてください。`);
      break;
    case 'conditional-flows':
      if (flow) { const src = m.byId.get(flow.sourceId)?.name ?? flow.sourceId; return t(`Give this flow out of "${src}" a condition, or make it the gateway's default flow.`, `Diesem Fluss aus „${src}“ eine Bedingung geben oder ihn zum Standardfluss des Gateways machen.`, `「${src}」から出るこのフローに条件を付けるか、ゲートウェイのデフォルトフローにしてください。`); }
      if (n) return t(`Give each flow out of "${label}" a condition, or mark one as the default flow.`, `Jedem Fluss aus „${label}“ eine Bedingung geben oder einen als Standardfluss markieren.`, `「${label}」から出る各フローに条件を付けるか、1本をデフォルトフローにしてください。`);
      break;
    case 'fake-join':
      if (n) return t(`Put a joining gateway in front of "${label}" (parallel if all incoming branches must finish, exclusive if any one is enough).`,
        `Vor „${label}“ ein zusammenführendes Gateway setzen (parallel, wenn alle eingehenden Zweige fertig sein müssen, exklusiv, wenn einer genügt).`,
        `「${label}」の前に合流ゲートウェイを置いてください（すべての分岐の完了を待つなら並列、どれか1つでよければ排他）。`);
      break;
    case 'start-event-required':
    case 'end-event-required':
      if (n?.kind === 'subProcess') return f.rule === 'start-event-required'
        ? t(`Add a blank start event inside the sub-process "${label}".`, `Im Unterprozess „${label}“ ein Startereignis ohne Auslöser hinzufügen.`, `サブプロセス「${label}」の中にトリガーなしの開始イベントを追加してください。`)
        : t(`Add an end event inside the sub-process "${label}".`, `Im Unterprozess „${label}“ ein Endereignis hinzufügen.`, `サブプロセス「${label}」の中に終了イベントを追加してください。`);
      break;
    case 'no-gateway-join-fork':
      if (n) return t(`"${label}" both joins and splits: use one gateway to join and a second one after it to split.`, `„${label}“ führt zusammen und verzweigt zugleich: ein Gateway zum Zusammenführen und ein zweites danach zum Verzweigen verwenden.`, `「${label}」は合流と分岐を兼ねています。合流用のゲートウェイと、その後ろに分岐用のゲートウェイを置いてください。`);
      break;
  }
  if (lang !== 'en' && LINT_TEXT[f.rule]) return LINT_TEXT[f.rule][lang][1];
  return f.fix ?? LINT_FIXES[f.rule] ?? 'See the bpmnlint documentation for this rule.';
}

export function lintFindings(m: DiagramModel, lint: LintFinding[] | undefined, i: { severity?: 'error' | 'warn' | 'info'; element?: string }) {
  if (!lint) return { available: false, totals: { error: 0, warn: 0, info: 0, total: 0 }, findings: [] };
  const el = i.element ? resolveElement(m, i.element, (x) => x.type !== 'Process') : null;
  const all = lint.map((f) => ({
    rule: f.rule, severity: f.category, element: f.elementId ? { ...elementRef(m, f.elementId), name: m.names.get(f.elementId) ?? f.elementName } : null,
    message: f.message, fix: fixFor(m, f),
  }));
  const totals = { error: all.filter((f) => f.severity === 'error').length, warn: all.filter((f) => f.severity === 'warn').length, info: all.filter((f) => f.severity === 'info').length, total: all.length };
  const findings = all.filter((f) => (!i.severity || f.severity === i.severity) && (!el || f.element?.id === el.id));
  return { available: true, totals, findings };
}

export function diffRevisions(ctx: ToolContext) {
  const prev = ctx.previous;
  if (!prev) return { available: false, from: null, to: ctx.revisionId ?? null, total: 0 };
  const m = ctx.model, p = prev.model;
  const d = diffModels(p, m);
  const moved = m.nodes.filter((n) => {
    const a = p.shapes.get(n.id), b = m.shapes.get(n.id);
    return a && b && (Math.abs(a.x - b.x) > 1 || Math.abs(a.y - b.y) > 1);
  }).map((n) => elementRef(m, n.id));
  const total = d.added.length + d.removed.length + d.renamed.length + d.retyped.length + d.flowsAdded.length + d.flowsRemoved.length + d.flowsRerouted.length + moved.length;
  return {
    available: true, from: prev.revisionId, to: ctx.revisionId ?? null, total,
    added: d.added.map((id) => elementRef(m, id)),
    removed: d.removed.map((id) => elementRef(p, id)),
    renamed: d.renamed.map((r) => ({ element: elementRef(m, r.id), from: r.from, to: r.to })),
    retyped: d.retyped.map((r) => ({ element: elementRef(m, r.id), from: r.from, to: r.to })),
    reconnected: d.flowsRerouted.map((r) => { const f = m.flowById.get(r.id)!; const o = p.flowById.get(r.id)!; return { flow: elementRef(m, r.id), before: { from: elementRef(p, o.sourceId), to: elementRef(p, o.targetId) }, after: { from: elementRef(m, f.sourceId), to: elementRef(m, f.targetId) } }; }),
    flowsAdded: d.flowsAdded.map((id) => { const f = m.flowById.get(id)!; return { flow: elementRef(m, id), from: elementRef(m, f.sourceId), to: elementRef(m, f.targetId) }; }),
    flowsRemoved: d.flowsRemoved.map((id) => { const f = p.flowById.get(id)!; return { flow: elementRef(p, id), from: elementRef(p, f.sourceId), to: elementRef(p, f.targetId) }; }),
    moved,
    lines: d.lines,
  };
}

/** bpmn-moddle's warnings, said for a modeller: what was dropped or not understood, and where. */
export function plainWarning(w: string): string {
  const first = w.split('\n')[0]!.trim();
  const line = /line:\s*(\d+)/.exec(w)?.[1];
  const at = line ? ` (line ${line})` : '';
  let m: RegExpExecArray | null;
  if ((m = /unresolved reference <([^>]+)>/.exec(first))) return `Something refers to "${m[1]}", which does not exist in the file; that link was dropped${at}.`;
  if ((m = /unparsable content <([^>]+)> detected/.exec(first))) return `The element <${m[1]}> is not BPMN 2.0 I understand; it was skipped${at}.`;
  if ((m = /unknown attribute <([^>]+)>/.exec(first))) return `The attribute "${m[1]}" is not part of BPMN 2.0 (probably tool-specific) and was ignored${at}.`;
  if ((m = /duplicate ID <([^>]+)>/i.exec(first))) return `Two elements share the id "${m[1]}"; only one of them was kept${at}.`;
  if ((m = /unknown type <([^>]+)>/.exec(first))) return `The element type "${m[1]}" is unknown; that element was skipped${at}.`;
  return `The file could not be read completely: ${first}${at}.`;
}

export function importWarnings(warnings: string[], notes: string[] = []) {
  return { warnings: warnings.map((raw) => ({ text: plainWarning(raw), raw: raw.split('\n')[0] })), repaired: notes };
}
