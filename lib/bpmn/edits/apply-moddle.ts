// Executes primitives on a bpmn-moddle tree (semantics + DI), the headless twin of the bpmn-js executor.
// Used on a parsed copy to compute the resulting XML, validate it and lint it before anything is shown.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { EVENT_DEFINITION_TYPES, type EventDefinitionSpec, type Primitive } from './primitives';
import { DiagramTree, is, type Bo, type Bounds } from './tree';

export type Moddle = { create(type: string, attrs?: Record<string, unknown>): Bo };

const LANE_INDENT = 30;
const NEW_LANE_HEIGHT = 120;

function list(bo: Bo, prop: string): Bo[] {
  if (typeof bo.get === 'function') return bo.get(prop);
  return (bo[prop] ??= []);
}

function pull(arr: Bo[] | undefined, item: Bo) {
  if (!arr) return;
  const i = arr.indexOf(item);
  if (i >= 0) arr.splice(i, 1);
}

function must(tree: DiagramTree, id: string): Bo {
  const bo = tree.byId.get(id);
  if (!bo) throw new Error(`internal: ${id} vanished while applying`);
  return bo;
}

export function createEventDefinition(moddle: Moddle, owner: Bo, spec: EventDefinitionSpec): Bo | null {
  const type = EVENT_DEFINITION_TYPES[spec.kind];
  if (!type) return null;
  const def = moddle.create(type, { id: `${owner.id}_ed` });
  if (spec.kind === 'timer' && spec.duration) {
    def.timeDuration = moddle.create('bpmn:FormalExpression', { body: spec.duration });
    def.timeDuration.$parent = def;
  }
  if (spec.kind === 'conditional') {
    def.condition = moddle.create('bpmn:FormalExpression', { body: '' });
    def.condition.$parent = def;
  }
  def.$parent = owner;
  return def;
}

/** Orthogonal waypoints from one shape to another (left→right when possible, else top↓bottom). */
export function route(s: Bounds, t: Bounds): { x: number; y: number }[] {
  const sc = { x: s.x + s.width / 2, y: s.y + s.height / 2 };
  const tc = { x: t.x + t.width / 2, y: t.y + t.height / 2 };
  if (t.x >= s.x + s.width) {
    const sx = s.x + s.width;
    const tx = t.x;
    if (Math.abs(sc.y - tc.y) < 1) return [{ x: sx, y: sc.y }, { x: tx, y: tc.y }];
    return [{ x: sx, y: sc.y }, { x: Math.round((sx + tx) / 2), y: sc.y }, { x: Math.round((sx + tx) / 2), y: tc.y }, { x: tx, y: tc.y }];
  }
  if (t.y >= s.y + s.height) return [{ x: sc.x, y: s.y + s.height }, { x: sc.x, y: Math.round((s.y + s.height + t.y) / 2) }, { x: tc.x, y: Math.round((s.y + s.height + t.y) / 2) }, { x: tc.x, y: t.y }];
  if (s.y >= t.y + t.height) return [{ x: sc.x, y: s.y }, { x: sc.x, y: Math.round((s.y + t.y + t.height) / 2) }, { x: tc.x, y: Math.round((s.y + t.y + t.height) / 2) }, { x: tc.x, y: t.y + t.height }];
  return [{ x: sc.x, y: sc.y }, { x: tc.x, y: tc.y }];
}

export class ModdleExecutor {
  constructor(
    private tree: DiagramTree,
    private moddle: Moddle,
  ) {}

  run(prims: Primitive[]) {
    for (const p of prims) this.one(p);
  }

  private plane(): Bo | null {
    return this.tree.plane;
  }

  private addDi(bo: Bo, bounds: Bounds, extra: Record<string, unknown> = {}) {
    const plane = this.plane();
    if (!plane) return;
    const b = this.moddle.create('dc:Bounds', { ...bounds });
    const shape = this.moddle.create('bpmndi:BPMNShape', { id: `${bo.id}_di`, bpmnElement: bo, bounds: b, ...extra });
    b.$parent = shape;
    shape.$parent = plane;
    list(plane, 'planeElement').push(shape);
    this.tree.di.set(bo, shape);
  }

  private addEdge(bo: Bo) {
    const plane = this.plane();
    if (!plane) return;
    const edge = this.moddle.create('bpmndi:BPMNEdge', { id: `${bo.id}_di`, bpmnElement: bo });
    edge.$parent = plane;
    list(plane, 'planeElement').push(edge);
    this.tree.di.set(bo, edge);
    this.reroute(bo);
  }

  private reroute(flow: Bo) {
    const edge = this.tree.di.get(flow);
    const s = this.tree.bounds(flow.sourceRef);
    const t = this.tree.bounds(flow.targetRef);
    if (!edge || !s || !t) return;
    edge.waypoint = route(s, t).map((pt) => {
      const w = this.moddle.create('dc:Point', pt);
      w.$parent = edge;
      return w;
    });
  }

  private removeDi(bo: Bo) {
    const d = this.tree.di.get(bo);
    const plane = this.plane();
    if (d && plane) pull(plane.planeElement, d);
    this.tree.di.delete(bo);
  }

  /** Pools grow to the right and down so new or moved shapes stay inside (lanes grow with them). */
  private fitPool(node: Bo) {
    const participant = this.tree.participantOf(this.tree.processOf(node));
    const pd = participant && this.tree.di.get(participant)?.bounds;
    const nb = this.tree.bounds(node);
    if (!pd || !nb) return;
    const right = nb.x + nb.width + 30;
    if (right > pd.x + pd.width) {
      const grow = right - (pd.x + pd.width);
      pd.width += grow;
      for (const lane of this.tree.lanesOf(participant.processRef)) {
        const lb = this.tree.di.get(lane)?.bounds;
        if (lb) lb.width += grow;
      }
    }
    const bottom = nb.y + nb.height + 20;
    if (bottom > pd.y + pd.height) {
      const grow = bottom - (pd.y + pd.height);
      pd.height += grow;
      const lanes = this.tree.leafLanesOf(participant.processRef);
      const last = lanes.map((l) => this.tree.di.get(l)?.bounds).filter(Boolean).sort((a: Bo, b: Bo) => b.y - a.y)[0];
      if (last) last.height += grow;
    }
  }

  private setLane(node: Bo, laneId: string | undefined) {
    const process = this.tree.processOf(node);
    if (!process) return;
    for (const lane of this.tree.lanesOf(process)) pull(lane.flowNodeRef, node);
    if (!laneId) return;
    // The leaf lane and its parents all list the node, as bpmn-js does.
    let lane: Bo | undefined = must(this.tree, laneId);
    while (lane && lane.$type === 'bpmn:Lane') {
      list(lane, 'flowNodeRef').push(node);
      lane = lane.$parent?.$parent;
    }
  }

  private one(p: Primitive) {
    const { tree, moddle } = this;
    switch (p.p) {
      case 'createShape': {
        const parent = must(tree, p.parentId);
        const container = parent.$type === 'bpmn:Participant' ? parent.processRef : parent;
        const bo = moddle.create(p.type, { id: p.id, ...(p.name ? { name: p.name } : {}) });
        if (p.eventDefinition) {
          const def = createEventDefinition(moddle, bo, p.eventDefinition);
          if (def) bo.eventDefinitions = [def];
        }
        if (p.attachToId) {
          bo.attachedToRef = must(tree, p.attachToId);
          if (p.cancelActivity === false) bo.cancelActivity = false;
        }
        bo.$parent = container;
        list(container, 'flowElements').push(bo);
        tree.byId.set(p.id, bo);
        this.addDi(bo, p.bounds, p.type === 'bpmn:ExclusiveGateway' ? { isMarkerVisible: true } : p.type === 'bpmn:SubProcess' ? { isExpanded: false } : {});
        this.setLane(bo, p.laneId);
        this.fitPool(bo);
        return;
      }
      case 'createFlow': {
        const source = must(tree, p.sourceId);
        const target = must(tree, p.targetId);
        const bo = moddle.create(p.type, { id: p.id, ...(p.name ? { name: p.name } : {}), sourceRef: source, targetRef: target });
        if (p.type === 'bpmn:MessageFlow') {
          const collab = tree.collaboration;
          if (!collab) throw new Error('internal: message flow without a collaboration');
          bo.$parent = collab;
          list(collab, 'messageFlows').push(bo);
        } else {
          const container = source.$parent!;
          bo.$parent = container;
          list(container, 'flowElements').push(bo);
          list(source, 'outgoing').push(bo);
          list(target, 'incoming').push(bo);
          if (p.condition) this.setCondition(bo, p.condition);
        }
        tree.byId.set(p.id, bo);
        this.addEdge(bo);
        return;
      }
      case 'reconnect': {
        const flow = must(tree, p.id);
        const next = must(tree, p.newId);
        if (p.end === 'target') {
          pull(flow.targetRef?.incoming, flow);
          flow.targetRef = next;
          list(next, 'incoming').push(flow);
        } else {
          pull(flow.sourceRef?.outgoing, flow);
          flow.sourceRef = next;
          list(next, 'outgoing').push(flow);
        }
        this.reroute(flow);
        return;
      }
      case 'delete':
        this.remove(must(tree, p.id));
        return;
      case 'update': {
        const bo = must(tree, p.id);
        if (p.name !== undefined) {
          if (p.name) bo.name = p.name;
          else delete bo.name;
        }
        if (p.documentation !== undefined) {
          if (p.documentation) {
            const doc = moddle.create('bpmn:Documentation', { text: p.documentation });
            doc.$parent = bo;
            bo.documentation = [doc];
          } else bo.documentation = [];
        }
        if (p.condition !== undefined) {
          if (p.condition === null) delete bo.conditionExpression;
          else this.setCondition(bo, p.condition);
        }
        if (p.defaultFlowId !== undefined) {
          if (p.defaultFlowId === null) delete bo.default;
          else bo.default = must(tree, p.defaultFlowId);
        }
        return;
      }
      case 'replace':
        this.replace(must(tree, p.id), p.type, p.eventDefinition);
        return;
      case 'move': {
        const bo = must(tree, p.id);
        if (p.participantId) this.reparent(bo, must(tree, p.participantId));
        const moveBounds = (el: Bo) => {
          const b = tree.di.get(el)?.bounds;
          if (b) {
            b.x += p.dx;
            b.y += p.dy;
          }
        };
        moveBounds(bo);
        const attached = (bo.$parent?.flowElements ?? []).filter((e: Bo) => e.attachedToRef === bo);
        for (const a of attached) moveBounds(a);
        if (p.laneId !== undefined) {
          this.setLane(bo, p.laneId);
          for (const a of attached) this.setLane(a, p.laneId);
        }
        for (const el of [bo, ...attached]) for (const f of [...(el.incoming ?? []), ...(el.outgoing ?? [])]) this.reroute(f);
        this.fitPool(bo);
        return;
      }
      case 'addLane':
        this.addLane(p.id, p.name, must(tree, p.participantId));
        return;
      case 'makeSpace':
        this.makeSpace(p.y, p.dy);
        return;
      case 'createLane':
        this.createLane(p.id, p.name, must(tree, p.parentId), p.bounds);
        return;
      case 'resize': {
        const b = tree.di.get(must(tree, p.id))?.bounds;
        if (b) Object.assign(b, p.bounds);
        return;
      }
      case 'ensureProcess': {
        const participant = must(tree, p.participantId);
        const process = moddle.create('bpmn:Process', { id: p.processId, isExecutable: false });
        process.$parent = tree.definitions;
        list(tree.definitions, 'rootElements').push(process);
        participant.processRef = process;
        tree.processes.push(process);
        tree.byId.set(p.processId, process);
        return;
      }
      case 'wrapInPool': {
        const process = must(tree, p.processId);
        const collab = moddle.create('bpmn:Collaboration', { id: p.collaborationId });
        collab.$parent = tree.definitions;
        list(tree.definitions, 'rootElements').unshift(collab);
        const bo = moddle.create('bpmn:Participant', { id: p.id, name: p.name, processRef: process });
        bo.$parent = collab;
        list(collab, 'participants').push(bo);
        tree.collaboration = collab;
        tree.participants.push(bo);
        tree.byId.set(p.collaborationId, collab);
        tree.byId.set(p.id, bo);
        if (tree.plane) tree.plane.bpmnElement = collab;
        this.addDi(bo, p.bounds, { isHorizontal: true });
        return;
      }
      case 'addPool': {
        const collab = tree.collaboration;
        if (!collab) throw new Error('internal: addPool needs a collaboration');
        const bo = moddle.create('bpmn:Participant', { id: p.id, name: p.name });
        bo.$parent = collab;
        list(collab, 'participants').push(bo);
        tree.byId.set(p.id, bo);
        tree.participants.push(bo);
        this.addDi(bo, p.bounds, { isHorizontal: true });
        return;
      }
      default: {
        const never: never = p;
        throw new Error(`internal: unknown primitive ${JSON.stringify(never)}`);
      }
    }
  }

  private setCondition(flow: Bo, body: string) {
    const expr = this.moddle.create('bpmn:FormalExpression', { body });
    expr.$parent = flow;
    flow.conditionExpression = expr;
  }

  private remove(bo: Bo) {
    const { tree } = this;
    if (bo.$type === 'bpmn:SequenceFlow' || bo.$type === 'bpmn:MessageFlow') {
      pull(bo.sourceRef?.outgoing, bo);
      pull(bo.targetRef?.incoming, bo);
      if (bo.sourceRef?.default === bo) delete bo.sourceRef.default;
      pull(bo.$parent?.flowElements, bo);
      pull(bo.$parent?.messageFlows, bo);
      this.removeDi(bo);
      tree.byId.delete(bo.id!);
      return;
    }
    const container = bo.$parent!;
    for (const f of [...(bo.incoming ?? []), ...(bo.outgoing ?? [])]) this.remove(f);
    for (const m of [...(tree.collaboration?.messageFlows ?? [])]) if (m.sourceRef === bo || m.targetRef === bo) this.remove(m);
    for (const a of (container.flowElements ?? []).filter((e: Bo) => e.attachedToRef === bo)) this.remove(a);
    for (const child of [...(bo.flowElements ?? [])]) if (!is(child, 'bpmn:SequenceFlow')) this.remove(child);
    for (const child of [...(bo.flowElements ?? [])]) this.remove(child);
    const process = tree.processOf(bo);
    if (process) for (const lane of tree.lanesOf(process)) pull(lane.flowNodeRef, bo);
    pull(container.flowElements, bo);
    this.removeDi(bo);
    tree.byId.delete(bo.id!);
  }

  private replace(old: Bo, type: string, eventDefinition: EventDefinitionSpec | null | undefined) {
    const { tree, moddle } = this;
    const bo = moddle.create(type, { id: old.id });
    for (const prop of ['name', 'documentation', 'incoming', 'outgoing']) if (old[prop] !== undefined) bo[prop] = old[prop];
    if (old.default && /Exclusive|Inclusive|Complex/.test(type)) bo.default = old.default;
    if (/Event$/.test(type)) {
      if (eventDefinition === undefined) {
        if (old.eventDefinitions?.length) bo.eventDefinitions = old.eventDefinitions.map((d: Bo) => Object.assign(d, { $parent: bo }));
      } else if (eventDefinition) {
        const def = createEventDefinition(moddle, bo, eventDefinition);
        if (def) bo.eventDefinitions = [def];
      }
    }
    const container = old.$parent!;
    bo.$parent = container;
    const els = list(container, 'flowElements');
    els[els.indexOf(old)] = bo;
    for (const f of bo.incoming ?? []) f.targetRef = bo;
    for (const f of bo.outgoing ?? []) f.sourceRef = bo;
    for (const e of els) if (e.attachedToRef === old) e.attachedToRef = bo;
    for (const m of tree.collaboration?.messageFlows ?? []) {
      if (m.sourceRef === old) m.sourceRef = bo;
      if (m.targetRef === old) m.targetRef = bo;
    }
    const process = tree.processOf(bo);
    if (process) {
      for (const lane of tree.lanesOf(process)) {
        const refs: Bo[] = lane.flowNodeRef ?? [];
        const i = refs.indexOf(old);
        if (i >= 0) refs[i] = bo;
      }
    }
    const d = tree.di.get(old);
    if (d) {
      d.bpmnElement = bo;
      tree.di.delete(old);
      tree.di.set(bo, d);
      if (type === 'bpmn:ExclusiveGateway') d.isMarkerVisible = true;
      if (type === 'bpmn:SubProcess') d.isExpanded = false;
    }
    tree.byId.set(bo.id!, bo);
  }

  private addLane(id: string, name: string, participant: Bo) {
    const { tree, moddle } = this;
    const process = participant.processRef;
    const pb = tree.di.get(participant)?.bounds;
    if (!process || !pb) throw new Error('internal: lane without a drawn pool');
    let laneSet: Bo | undefined = process.laneSets?.[0];
    if (!laneSet) {
      // Like bpmn-js: the first lane wraps everything the pool already holds.
      laneSet = moddle.create('bpmn:LaneSet', { id: `${process.id}_ls` });
      laneSet.$parent = process;
      list(process, 'laneSets').push(laneSet);
      const first = moddle.create('bpmn:Lane', { id: `${id}_0` });
      first.$parent = laneSet;
      list(laneSet, 'lanes').push(first);
      for (const el of process.flowElements ?? []) if (is(el, 'bpmn:FlowNode')) list(first, 'flowNodeRef').push(el);
      tree.byId.set(first.id!, first);
      this.addDi(first, { x: pb.x + LANE_INDENT, y: pb.y, width: pb.width - LANE_INDENT, height: pb.height }, { isHorizontal: true });
    }
    const lane = moddle.create('bpmn:Lane', { id, name });
    lane.$parent = laneSet;
    list(laneSet, 'lanes').push(lane);
    tree.byId.set(id, lane);
    this.addDi(lane, { x: pb.x + LANE_INDENT, y: pb.y + pb.height, width: pb.width - LANE_INDENT, height: NEW_LANE_HEIGHT }, { isHorizontal: true });
    pb.height += NEW_LANE_HEIGHT;
    // Pools below move down so they do not overlap the grown one.
    for (const other of tree.participants) {
      const ob = tree.di.get(other)?.bounds;
      if (other === participant || !ob || ob.y < pb.y + pb.height - NEW_LANE_HEIGHT) continue;
      this.shiftPool(other, NEW_LANE_HEIGHT);
    }
  }

  /** Moves a flow node (and its boundary events) into another pool's process; lanes are set by the caller. */
  private reparent(bo: Bo, participant: Bo) {
    const { tree } = this;
    const target = participant.processRef;
    if (!target) throw new Error('internal: move into a pool without a process');
    const from = bo.$parent!;
    const attached = (from.flowElements ?? []).filter((e: Bo) => e.attachedToRef === bo);
    for (const el of [bo, ...attached]) {
      this.setLane(el, undefined);
      pull(from.flowElements, el);
      el.$parent = target;
      list(target, 'flowElements').push(el);
    }
  }

  /** bpmn-js's space tool downwards: shapes starting below `y` move, pools/lanes/sub-processes spanning it grow. */
  private makeSpace(y: number, dy: number) {
    for (const [bo, d] of this.tree.di) {
      const b = d.bounds;
      if (b) {
        if (b.y > y) {
          b.y += dy;
          if (d.label?.bounds) d.label.bounds.y += dy;
        } else if (b.y + b.height > y && (is(bo, 'bpmn:Participant') || is(bo, 'bpmn:Lane') || (is(bo, 'bpmn:SubProcess') && d.isExpanded))) b.height += dy;
      }
      if (d.waypoint) {
        for (const w of d.waypoint) if (w.y > y) w.y += dy;
        if (d.label?.bounds && d.label.bounds.y > y) d.label.bounds.y += dy;
      }
    }
  }

  private createLane(id: string, name: string, parent: Bo, bounds: Bounds) {
    const { tree, moddle } = this;
    let owner: Bo;
    let laneSet: Bo | undefined;
    if (parent.$type === 'bpmn:Participant') {
      owner = parent.processRef;
      if (!owner) throw new Error('internal: lane in a pool without a process');
      laneSet = owner.laneSets?.[0];
      if (!laneSet) {
        laneSet = moddle.create('bpmn:LaneSet', { id: `${owner.id}_ls` });
        laneSet.$parent = owner;
        list(owner, 'laneSets').push(laneSet);
      }
    } else {
      owner = parent;
      laneSet = parent.childLaneSet;
      if (!laneSet) {
        laneSet = moddle.create('bpmn:LaneSet', { id: `${parent.id}_ls` });
        laneSet.$parent = parent;
        parent.childLaneSet = laneSet;
      }
    }
    const lane = moddle.create('bpmn:Lane', { id, name });
    lane.$parent = laneSet;
    list(laneSet!, 'lanes').push(lane);
    tree.byId.set(id, lane);
    this.addDi(lane, bounds, { isHorizontal: true });
  }

  private shiftPool(participant: Bo, dy: number) {
    const { tree } = this;
    const bump = (el: Bo) => {
      const b = tree.di.get(el)?.bounds;
      if (b) b.y += dy;
    };
    bump(participant);
    const process = participant.processRef;
    if (!process) return;
    for (const lane of tree.lanesOf(process)) bump(lane);
    for (const el of process.flowElements ?? []) {
      bump(el);
      const d = tree.di.get(el);
      if (d?.waypoint) for (const w of d.waypoint) w.y += dy;
    }
    for (const m of tree.collaboration?.messageFlows ?? []) this.reroute(m);
  }
}
