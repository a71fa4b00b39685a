// A plain structural model of a BPMN diagram: participants, lanes, flow nodes, flows — with names and ids.
// Built from bpmn-moddle's tree so analysis, answers and diffs never touch moddle objects directly.
import type { ModdleElement } from './parse';
import { strongName } from '@/lib/markdown';

export type NodeKind = 'startEvent' | 'endEvent' | 'intermediateEvent' | 'boundaryEvent' | 'task' | 'subProcess' | 'callActivity' | 'gateway';

export type FlowNode = {
  id: string;
  name: string | null;
  /** moddle type without prefix, e.g. "UserTask", "ExclusiveGateway", "SubProcess". */
  type: string;
  kind: NodeKind;
  /** Process or sub-process this node sits in directly. */
  scopeId: string;
  processId: string;
  participantId: string | null;
  laneIds: string[];
  incoming: string[];
  outgoing: string[];
  /** For boundary events: the activity it is attached to. */
  attachedToId: string | null;
  /** Event definitions without prefix/suffix, e.g. ["timer"], ["message"]. */
  eventDefinitions: string[];
  /** Event sub-process (triggered by an event, no incoming flows by design). */
  triggeredByEvent: boolean;
  isForCompensation: boolean;
  defaultFlowId: string | null;
  /** Details of each event definition: timer expression, message/signal/error/escalation name, link name. */
  eventDetails: EventDetail[];
  /** Boundary events and event sub-process start events: false for non-interrupting ones. */
  cancelActivity: boolean;
  documentation: string | null;
  /** Sub-processes drawn collapsed (their content lives on a plane of its own). */
  collapsed: boolean;
};

export type EventDetail = { kind: string; name: string | null; expression: string | null; code: string | null };
export type Association = { id: string; sourceId: string; targetId: string };

export type SequenceFlow = { id: string; name: string | null; sourceId: string; targetId: string; condition: string | null; scopeId: string };
export type MessageFlow = { id: string; name: string | null; sourceId: string; targetId: string };
export type Participant = { id: string; name: string | null; processId: string | null };
export type Lane = { id: string; name: string | null; processId: string; parentLaneId: string | null; nodeIds: string[] };
export type Scope = { id: string; name: string | null; kind: 'process' | 'subProcess'; processId: string; parentScopeId: string | null };
export type Bounds = { x: number; y: number; width: number; height: number };

export type DiagramModel = {
  processes: Scope[];
  /** Processes and sub-processes, each a separate sequence-flow graph. */
  scopes: Scope[];
  participants: Participant[];
  lanes: Lane[];
  nodes: FlowNode[];
  flows: SequenceFlow[];
  messageFlows: MessageFlow[];
  /** Associations between flow nodes (compensation boundary event → compensation handler). */
  associations: Association[];
  byId: Map<string, FlowNode>;
  flowById: Map<string, SequenceFlow>;
  /** id → display name for anything with an id we know (nodes, flows, lanes, participants, processes). */
  names: Map<string, string | null>;
  /** Extent of the drawing from DI (null when the diagram has no layout). */
  extent: Bounds | null;
  /** Shape bounds by element id, from every plane (for "moved" in diffs). */
  shapes: Map<string, Bounds>;
};

const short = (t: string) => t.replace(/^bpmn:/, '');
const clean = (s: unknown): string | null => (typeof s === 'string' && s.trim() ? s.replace(/\s+/g, ' ').trim() : null);

function kindOf(type: string): NodeKind | null {
  if (type === 'StartEvent') return 'startEvent';
  if (type === 'EndEvent') return 'endEvent';
  if (type === 'BoundaryEvent') return 'boundaryEvent';
  if (type === 'IntermediateCatchEvent' || type === 'IntermediateThrowEvent') return 'intermediateEvent';
  if (type === 'SubProcess' || type === 'Transaction' || type === 'AdHocSubProcess') return 'subProcess';
  if (type === 'CallActivity') return 'callActivity';
  if (type.endsWith('Gateway')) return 'gateway';
  if (type.endsWith('Task') || type === 'Task') return 'task';
  return null;
}

const ACTIVITY_KINDS: (NodeKind | null)[] = ['task', 'subProcess', 'callActivity'];
/** Whether a node type ("UserTask", "SubProcess", "Transaction", "CallActivity" …, without "bpmn:") is an activity. */
export function isActivityType(type: string): boolean {
  return ACTIVITY_KINDS.includes(kindOf(type));
}

export function buildModel(definitions: ModdleElement): DiagramModel {
  const model: DiagramModel = {
    processes: [], scopes: [], participants: [], lanes: [], nodes: [], flows: [], messageFlows: [], associations: [],
    byId: new Map(), flowById: new Map(), names: new Map(), extent: null, shapes: new Map(),
  };
  const roots: ModdleElement[] = definitions.rootElements ?? [];
  const participantOf = new Map<string, string>();

  for (const root of roots) {
    if (root.$type !== 'bpmn:Collaboration') continue;
    for (const p of root.participants ?? []) {
      const processId = p.processRef?.id ?? null;
      model.participants.push({ id: p.id, name: clean(p.name), processId });
      model.names.set(p.id, clean(p.name));
      if (processId) participantOf.set(processId, p.id);
    }
    for (const m of root.messageFlows ?? []) {
      if (!m.sourceRef?.id || !m.targetRef?.id) continue;
      const name = clean(m.name) ?? clean(m.messageRef?.name);
      model.messageFlows.push({ id: m.id, name, sourceId: m.sourceRef.id, targetId: m.targetRef.id });
      model.names.set(m.id, name);
    }
  }

  for (const root of roots) {
    if (root.$type !== 'bpmn:Process') continue;
    const scope: Scope = { id: root.id!, name: clean(root.name), kind: 'process', processId: root.id!, parentScopeId: null };
    model.processes.push(scope);
    model.names.set(scope.id, scope.name);
    const participantId = participantOf.get(root.id!) ?? null;
    const laneOf = new Map<string, string[]>();
    const walkLanes = (laneSet: ModdleElement | undefined, parent: string | null) => {
      for (const lane of laneSet?.lanes ?? []) {
        const nodeIds = (lane.flowNodeRef ?? []).map((n: ModdleElement) => n.id).filter(Boolean) as string[];
        model.lanes.push({ id: lane.id, name: clean(lane.name), processId: root.id!, parentLaneId: parent, nodeIds });
        model.names.set(lane.id, clean(lane.name));
        for (const n of nodeIds) laneOf.set(n, [...(laneOf.get(n) ?? []), lane.id]);
        walkLanes(lane.childLaneSet, lane.id);
      }
    };
    for (const ls of root.laneSets ?? []) walkLanes(ls, null);
    walkScope(model, root, scope, participantId, laneOf);
  }

  model.extent = extentOf(definitions);
  for (const d of definitions.diagrams ?? []) {
    for (const pe of d.plane?.planeElement ?? []) {
      if (pe.bounds && pe.bpmnElement?.id && !model.shapes.has(pe.bpmnElement.id)) {
        model.shapes.set(pe.bpmnElement.id, { x: pe.bounds.x, y: pe.bounds.y, width: pe.bounds.width, height: pe.bounds.height });
      }
    }
  }
  const collapsed = collapsedIds(definitions);
  for (const n of model.nodes) if (n.kind === 'subProcess' && collapsed.has(n.id)) n.collapsed = true;
  return model;
}

function eventDetail(d: ModdleElement): EventDetail {
  const kind = short(d.$type).replace(/EventDefinition$/, '').toLowerCase();
  const ref = d.messageRef ?? d.signalRef ?? d.errorRef ?? d.escalationRef ?? null;
  const expression = clean(d.timeDuration?.body) ?? clean(d.timeDate?.body) ?? clean(d.timeCycle?.body) ?? clean(d.condition?.body);
  return { kind, name: clean(ref?.name) ?? clean(d.name), expression, code: clean(ref?.errorCode) ?? clean(ref?.escalationCode) };
}

function walkScope(model: DiagramModel, container: ModdleElement, scope: Scope, participantId: string | null, laneOf: Map<string, string[]>) {
  model.scopes.push(scope);
  for (const a of container.artifacts ?? []) {
    if (a.$type === 'bpmn:Association' && a.sourceRef?.id && a.targetRef?.id) model.associations.push({ id: a.id, sourceId: a.sourceRef.id, targetId: a.targetRef.id });
  }
  for (const el of container.flowElements ?? []) {
    const type = short(el.$type);
    if (type === 'SequenceFlow') {
      if (!el.sourceRef?.id || !el.targetRef?.id) continue;
      const flow: SequenceFlow = {
        id: el.id, name: clean(el.name), sourceId: el.sourceRef.id, targetId: el.targetRef.id,
        condition: clean(el.conditionExpression?.body), scopeId: scope.id,
      };
      model.flows.push(flow);
      model.flowById.set(flow.id, flow);
      model.names.set(flow.id, flow.name);
      continue;
    }
    const kind = kindOf(type);
    if (!kind || !el.id) continue;
    const node: FlowNode = {
      id: el.id, name: clean(el.name), type, kind, scopeId: scope.id, processId: scope.processId, participantId,
      laneIds: laneOf.get(el.id) ?? [],
      incoming: (el.incoming ?? []).map((f: ModdleElement) => f.id),
      outgoing: (el.outgoing ?? []).map((f: ModdleElement) => f.id),
      attachedToId: el.attachedToRef?.id ?? null,
      eventDefinitions: (el.eventDefinitions ?? []).map((d: ModdleElement) => short(d.$type).replace(/EventDefinition$/, '').toLowerCase()),
      triggeredByEvent: !!el.triggeredByEvent,
      isForCompensation: !!el.isForCompensation,
      defaultFlowId: el.default?.id ?? null,
      eventDetails: (el.eventDefinitions ?? []).map(eventDetail),
      cancelActivity: el.cancelActivity !== false && el.isInterrupting !== false,
      documentation: clean((el.documentation ?? []).map((d: ModdleElement) => d.text ?? '').join('\n')),
      collapsed: false,
    };
    model.nodes.push(node);
    model.byId.set(node.id, node);
    model.names.set(node.id, node.name);
    if (kind === 'subProcess') {
      walkScope(model, el, { id: el.id, name: node.name, kind: 'subProcess', processId: scope.processId, parentScopeId: scope.id }, participantId, laneOf);
    }
  }
  // incoming/outgoing from the XML may be missing (hand-written files); derive them from the flows as well.
  for (const f of model.flows) {
    if (f.scopeId !== scope.id) continue;
    const s = model.byId.get(f.sourceId);
    const t = model.byId.get(f.targetId);
    if (s && !s.outgoing.includes(f.id)) s.outgoing.push(f.id);
    if (t && !t.incoming.includes(f.id)) t.incoming.push(f.id);
  }
}

/** Sub-processes drawn collapsed: a shape with isExpanded="false", or a plane of their own. */
function collapsedIds(definitions: ModdleElement): Set<string> {
  const out = new Set<string>();
  const expanded = new Set<string>();
  for (const d of definitions.diagrams ?? []) {
    const planeOf = d.plane?.bpmnElement;
    if (planeOf?.$type === 'bpmn:SubProcess' && planeOf.id) out.add(planeOf.id);
    for (const pe of d.plane?.planeElement ?? []) {
      if (pe.$type !== 'bpmndi:BPMNShape' || !pe.bpmnElement?.id) continue;
      if (pe.isExpanded === false) out.add(pe.bpmnElement.id);
      else if (pe.isExpanded === true) expanded.add(pe.bpmnElement.id);
    }
  }
  for (const id of expanded) out.delete(id);
  return out;
}

function extentOf(definitions: ModdleElement): Bounds | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  // The first diagram is the one shown on open; the planes of collapsed sub-processes have coordinates of their own.
  for (const d of (definitions.diagrams ?? []).slice(0, 1)) {
    for (const pe of d.plane?.planeElement ?? []) {
      const pts: { x: number; y: number }[] = pe.bounds
        ? [{ x: pe.bounds.x, y: pe.bounds.y }, { x: pe.bounds.x + pe.bounds.width, y: pe.bounds.y + pe.bounds.height }]
        : (pe.waypoint ?? []);
      for (const p of pts) {
        if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
        minX = Math.min(minX, p.x); minY = Math.min(minY, p.y);
        maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y);
      }
    }
  }
  return Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}

/** "**Check order** (`Task_CheckOrder`)" — how every answer cites an element. */
export function cite(model: Pick<DiagramModel, 'names'>, id: string): string {
  const name = model.names.get(id);
  // Names are user data: escaped, so a name like `![x](http://host/p)` stays text in every answer.
  return name ? `${strongName(name)} (\`${id}\`)` : `\`${id}\``;
}

/** Human type label: "UserTask" → "user task", "ExclusiveGateway" → "exclusive gateway". */
export function typeLabel(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
