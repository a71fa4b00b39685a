// Plans one edit operation against the current tree: resolves references (id or exact name), checks that the
// change makes sense, and returns explicit primitives with ids and positions. Nothing is changed here.
import type { EditOp } from './schema';
import { GATEWAY_TYPES, TASK_TYPES } from './schema';
import type { EventDefinitionSpec, Primitive } from './primitives';
import { DiagramTree, freshId, inside, intersects, is, label, normName, sizeOf, type Bo, type Bounds } from './tree';

export type EditErrorCode = 'unknownElement' | 'ambiguous' | 'invalid' | 'noChange' | 'stale' | 'invalidResult' | 'unsupported';

export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    message: string,
    readonly index: number | null = null,
  ) {
    super(message);
    this.name = 'EditError';
  }
}

export type PlannedChange = {
  index: number;
  op: EditOp;
  /** One line for the user: 'Add user task "Check credit" after "Receive order"'. */
  summary: string;
  primitives: Primitive[];
  added: string[];
  changed: string[];
  removed: string[];
};

type Kind = 'node' | 'flow' | 'lane' | 'pool' | 'any';

const KIND_LABEL: Record<Kind, string> = { node: 'element', flow: 'flow', lane: 'lane', pool: 'pool', any: 'element' };

function matchesKind(bo: Bo, kind: Kind): boolean {
  switch (kind) {
    case 'node':
      return is(bo, 'bpmn:FlowNode');
    case 'flow':
      return bo.$type === 'bpmn:SequenceFlow' || bo.$type === 'bpmn:MessageFlow';
    case 'lane':
      return bo.$type === 'bpmn:Lane';
    case 'pool':
      return bo.$type === 'bpmn:Participant';
    case 'any':
      return is(bo, 'bpmn:FlowNode') || ['bpmn:SequenceFlow', 'bpmn:MessageFlow', 'bpmn:Lane', 'bpmn:Participant', 'bpmn:Process'].includes(bo.$type);
  }
}

export function bpmnType(t: string): string {
  return `bpmn:${t[0]!.toUpperCase()}${t.slice(1)}`;
}

export function typeWords(type: string): string {
  return type.replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const EVENT_DEFS_ALLOWED: Record<string, string[]> = {
  startEvent: ['none', 'message', 'timer', 'signal', 'conditional'],
  endEvent: ['none', 'message', 'error', 'signal', 'escalation', 'terminate', 'compensation'],
  intermediateCatchEvent: ['message', 'timer', 'signal', 'conditional'],
  intermediateThrowEvent: ['none', 'message', 'signal', 'escalation', 'compensation'],
};

const DEFAULT_BOUNDARY_NAMES: Record<string, string> = {
  error: 'Error',
  message: 'Message received',
  signal: 'Signal received',
  escalation: 'Escalation',
  conditional: 'Condition met',
  compensation: 'Compensate',
};

/** "P2D" → "2 days", "PT4H" → "4 hours", "P1DT12H" → "1 day 12 hours". */
export function humanDuration(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return iso;
  const units = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
  const parts = m.slice(1).map((v, i) => (v ? `${Number(v)} ${units[i]}${Number(v) === 1 ? '' : 's'}` : '')).filter(Boolean);
  return parts.join(' ') || iso;
}

/** "P2D" → "2-day", "PT30M" → "30-minute"; compound durations stay "1 day 12 hours". */
export function durationAdjective(iso: string): string {
  const h = humanDuration(iso);
  const m = /^(\d+) (\w+?)s?$/.exec(h);
  return m ? `${m[1]}-${m[2]}` : h;
}

export class Planner {
  constructor(
    private tree: DiagramTree,
    private index: number,
  ) {}

  private fail(code: EditErrorCode, message: string): never {
    throw new EditError(code, `Change ${this.index + 1}: ${message}`, this.index);
  }

  /** An element by id, by exact name, or (flows) "A -> B". */
  resolve(ref: string, kind: Kind): Bo {
    const { tree } = this;
    const byId = tree.byId.get(ref);
    if (byId && matchesKind(byId, kind)) return byId;
    if (kind === 'flow' || kind === 'any') {
      const arrow = /^(.+?)\s*(?:->|→|=>)\s*(.+)$/.exec(ref);
      if (arrow) {
        const from = this.resolve(arrow[1]!, 'node');
        const to = this.resolve(arrow[2]!, 'node');
        const flow = (from.outgoing ?? []).find((f: Bo) => f.targetRef === to);
        if (!flow) this.fail('unknownElement', `there is no flow from ${label(from)} to ${label(to)}.`);
        return flow;
      }
    }
    const wanted = normName(ref);
    const all = tree.named().filter((b) => matchesKind(b, kind));
    const exact = all.filter((b) => normName(b.name!) === wanted);
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1) {
      // A task and its lane may share a name; prefer flow nodes when the kind allows both.
      const nodes = exact.filter((b) => is(b, 'bpmn:FlowNode'));
      if (nodes.length === 1 && kind === 'any') return nodes[0]!;
      this.fail('ambiguous', `${exact.length} ${KIND_LABEL[kind]}s are called "${ref}" (${exact.map((b) => b.id).join(', ')}); use the id.`);
    }
    const near = all.filter((b) => normName(b.name!).includes(wanted) || (wanted.length > 3 && wanted.includes(normName(b.name!)))).slice(0, 3);
    this.fail(
      'unknownElement',
      `there is no ${KIND_LABEL[kind]} "${ref}" in the diagram${near.length ? ` (did you mean ${near.map((b) => `"${b.name}"`).join(' or ')}?)` : ''}.`,
    );
  }

  private newId(wanted: string | undefined, prefix: string): string {
    const taken = (id: string) => this.tree.byId.has(id);
    if (wanted) {
      if (taken(wanted)) this.fail('invalid', `the id "${wanted}" is already used in the diagram.`);
      return wanted;
    }
    return freshId(prefix, taken);
  }

  private containerOf(node: Bo): Bo {
    const c = node.$parent;
    if (!c || !c.id) this.fail('invalid', `${label(node)} has no process.`);
    return c;
  }

  private defaultProcess(): Bo {
    const { tree } = this;
    const withPool = tree.participants.find((p) => p.processRef)?.processRef;
    const p = withPool ?? tree.processes[0];
    if (!p) this.fail('invalid', 'the diagram has no process to add elements to.');
    return p;
  }

  private laneBounds(lane: Bo | null): Bounds | null {
    return lane ? this.tree.bounds(lane) : null;
  }

  /** The area a new element must stay in: its lane, else its pool (minus the header), else anywhere. */
  private region(process: Bo, lane: Bo | null): Bounds | null {
    const lb = this.laneBounds(lane);
    if (lb) return lb;
    const pb = this.tree.bounds(this.tree.participantOf(process));
    return pb ? { x: pb.x + 30, y: pb.y, width: pb.width - 30, height: pb.height } : null;
  }

  /** A free spot next to the anchor (right of it for "after", left for "before"), never moving anything. */
  place(size: { width: number; height: number }, opts: { anchor?: Bo | null; other?: Bo | null; side: 'after' | 'before'; process: Bo; lane: Bo | null }): Bounds {
    const { tree } = this;
    const occupied = tree.occupied();
    const region = this.region(opts.process, opts.lane);
    const a = opts.anchor ? tree.bounds(opts.anchor) : null;
    const o = opts.other ? tree.bounds(opts.other) : null;
    const GAP = 50;
    const stepY = Math.max(size.height, 80) + 40;
    const candidates: { x: number; y: number }[] = [];
    let cy: number;
    if (a) {
      cy = a.y + a.height / 2;
      if (region && (cy - size.height / 2 < region.y || cy + size.height / 2 > region.y + region.height)) cy = region.y + region.height / 2;
      let x0 = opts.side === 'after' ? a.x + a.width + GAP : a.x - GAP - size.width;
      if (o) {
        const left = opts.side === 'after' ? a : o;
        const right = opts.side === 'after' ? o : a;
        const gap = right.x - (left.x + left.width);
        if (gap >= size.width + 2 * 30) x0 = left.x + left.width + (gap - size.width) / 2;
      }
      const dir = opts.side === 'after' ? 1 : -1;
      for (const col of [0, 1, 2, 3]) {
        for (const row of [0, 1, -1, 2, -2, 3, -3]) candidates.push({ x: x0 + dir * col * (size.width + GAP), y: cy - size.height / 2 + row * stepY });
      }
    } else {
      const inRegion = occupied.filter((b) => !region || intersects(b, region));
      const right = inRegion.reduce((m, b) => Math.max(m, b.x + b.width), -Infinity);
      cy = region ? region.y + region.height / 2 : inRegion.length ? inRegion.reduce((s, b) => s + b.y + b.height / 2, 0) / inRegion.length : 200;
      const x0 = Number.isFinite(right) ? right + GAP : region ? region.x + 60 : 180;
      for (const col of [0, 1, 2]) for (const row of [0, 1, -1, 2, -2]) candidates.push({ x: x0 + col * (size.width + GAP), y: cy - size.height / 2 + row * stepY });
    }
    const fits = (c: { x: number; y: number }) => {
      const b = { ...c, ...size };
      if (occupied.some((oc) => intersects(b, oc, 15))) return false;
      if (region && (b.y < region.y + 5 || b.y + b.height > region.y + region.height - 5 || b.x < region.x + 10)) return false;
      return true;
    };
    const pick = candidates.find(fits) ?? candidates[0]!;
    return { x: Math.round(pick.x), y: Math.round(pick.y), ...size };
  }

  private flowsBetween(a: Bo, b: Bo): Bo[] {
    return (a.outgoing ?? []).filter((f: Bo) => f.targetRef === b && f.$type === 'bpmn:SequenceFlow');
  }

  private eventSpec(type: string, event: string | undefined, duration: string | undefined): EventDefinitionSpec | undefined {
    if (!event) {
      if (duration) this.fail('invalid', 'a duration needs event "timer".');
      if (type === 'intermediateCatchEvent') this.fail('invalid', 'an intermediate catch event needs an event definition (message, timer, signal or conditional).');
      return undefined;
    }
    const allowed = EVENT_DEFS_ALLOWED[type];
    if (!allowed) this.fail('invalid', `event "${event}" only applies to events, not to a ${typeWords(type)}.`);
    if (!allowed.includes(event)) this.fail('invalid', `a ${typeWords(type)} cannot have a ${event} definition (allowed: ${allowed.join(', ')}).`);
    if (duration && event !== 'timer') this.fail('invalid', 'a duration only applies to timer events.');
    if (event === 'timer' && !duration) this.fail('invalid', 'a timer needs a duration such as P2D (two days).');
    return event === 'none' ? undefined : { kind: event, ...(duration ? { duration } : {}) };
  }

  plan(op: EditOp): PlannedChange {
    const base = { index: this.index, op, added: [] as string[], changed: [] as string[], removed: [] as string[] };
    switch (op.op) {
      case 'addElement':
        return { ...base, ...this.addElement(op) };
      case 'connect':
        return { ...base, ...this.connect(op) };
      case 'remove':
        return { ...base, ...this.removeEl(op) };
      case 'rename': {
        const el = this.resolve(op.element, 'any');
        if ((el.name ?? '').trim() === op.name) this.fail('noChange', `${label(el)} is already called "${op.name}".`);
        return { ...base, summary: `Rename ${label(el)} to "${op.name}"`, primitives: [{ p: 'update', id: el.id!, name: op.name }], changed: [el.id!] };
      }
      case 'changeType':
        return { ...base, ...this.changeType(op) };
      case 'moveToLane':
        return { ...base, ...this.moveToLane(op) };
      case 'addBoundaryEvent':
        return { ...base, ...this.addBoundary(op) };
      case 'addLane':
        return { ...base, ...this.addLane(op) };
      case 'addPool':
        return { ...base, ...this.addPool(op) };
      case 'splitLane':
        return { ...base, ...this.splitLane(op) };
      case 'moveToPool':
        return { ...base, ...this.moveToPool(op) };
      case 'setCondition': {
        const flow = this.resolve(op.flow, 'flow');
        if (flow.$type !== 'bpmn:SequenceFlow') this.fail('invalid', 'only sequence flows have conditions.');
        const src: Bo = flow.sourceRef;
        if (src?.default === flow) this.fail('invalid', `${this.flowLabel(flow)} is the default flow of ${label(src)}; a default flow has no condition.`);
        return {
          ...base,
          summary: `Set the condition of ${this.flowLabel(flow)} to \`${op.condition}\``,
          primitives: [{ p: 'update', id: flow.id!, condition: op.condition }],
          changed: [flow.id!],
        };
      }
      case 'setDefaultFlow': {
        const gw = this.resolve(op.gateway, 'node');
        if (!/Exclusive|Inclusive|Complex/.test(gw.$type) && !is(gw, 'bpmn:Activity')) this.fail('invalid', `${label(gw)} is a ${typeWords(gw.$type)}; only exclusive, inclusive and complex gateways (and activities) have a default flow.`);
        let flow: Bo | undefined;
        const out: Bo[] = this.tree.outgoing(gw);
        const byRef = this.tree.byId.get(op.flow);
        if (byRef && out.includes(byRef)) flow = byRef;
        if (!flow) flow = out.find((f) => f.name && normName(f.name) === normName(op.flow));
        if (!flow) flow = out.find((f) => f.targetRef?.id === op.flow || (f.targetRef?.name && normName(f.targetRef.name) === normName(op.flow)));
        if (!flow) this.fail('unknownElement', `${label(gw)} has no outgoing flow "${op.flow}" (give the flow id, its name or the element it leads to).`);
        if (gw.default === flow) this.fail('noChange', `${this.flowLabel(flow)} already is the default flow.`);
        const prims: Primitive[] = [{ p: 'update', id: gw.id!, defaultFlowId: flow.id! }];
        if (flow.conditionExpression) prims.push({ p: 'update', id: flow.id!, condition: null });
        return { ...base, summary: `Make ${this.flowLabel(flow)} the default flow of ${label(gw)}`, primitives: prims, changed: [gw.id!, flow.id!] };
      }
      case 'setDocumentation': {
        const el = this.resolve(op.element, 'any');
        return { ...base, summary: `Set the documentation of ${label(el)}`, primitives: [{ p: 'update', id: el.id!, documentation: op.text }], changed: [el.id!] };
      }
      default: {
        const never: never = op;
        this.fail('invalid', `unknown operation ${JSON.stringify((never as { op?: unknown }).op)}.`);
      }
    }
  }

  private flowLabel(flow: Bo): string {
    return flow.name?.trim() ? `flow "${flow.name.trim()}"` : `the flow from ${label(flow.sourceRef)} to ${label(flow.targetRef)}`;
  }

  private addElement(op: Extract<EditOp, { op: 'addElement' }>) {
    const { tree } = this;
    const type = bpmnType(op.type);
    const spec = this.eventSpec(op.type, op.event, op.duration);
    if (op.between && (op.after || op.before)) this.fail('invalid', 'give either between, or after/before — not both.');
    let after = op.after ? this.resolve(op.after, 'node') : null;
    let before = op.before ? this.resolve(op.before, 'node') : null;
    if (op.between) {
      after = this.resolve(op.between[0], 'node');
      before = this.resolve(op.between[1], 'node');
    }
    const lane = op.lane ? this.resolve(op.lane, 'lane') : null;
    const anchor = after ?? before;
    if (after && is(after, 'bpmn:EndEvent')) this.fail('invalid', `nothing can follow the end event ${label(after)}; add it before the end event instead.`);
    if (before && is(before, 'bpmn:StartEvent')) this.fail('invalid', `nothing can come before the start event ${label(before)}.`);
    if (after && before && after.$parent !== before.$parent) this.fail('invalid', `${label(after)} and ${label(before)} are in different processes or sub-processes.`);
    const container = anchor ? this.containerOf(anchor) : lane ? tree.processOf(lane)! : this.defaultProcess();
    const process = tree.processOf(container) ?? container;
    if (lane && tree.processOf(lane) !== process) this.fail('invalid', `lane ${label(lane)} is in another pool than ${label(anchor!)}.`);
    if (lane && (lane.childLaneSet?.lanes ?? []).length) this.fail('invalid', `lane ${label(lane)} is split into sub-lanes; name one of them.`);
    const leafLanes = tree.leafLanesOf(process);
    const inLane = container === process ? (lane ?? (anchor ? tree.laneOf(anchor) : null) ?? leafLanes[0] ?? null) : null;
    const id = this.newId(op.id, /Gateway$/.test(type) ? 'Gateway' : /Event$/.test(type) ? 'Event' : 'Activity');
    const size = sizeOf(type);
    const bounds = this.place(size, { anchor, other: after && before ? before : null, side: after ? 'after' : 'before', process, lane: inLane });
    const prims: Primitive[] = [
      { p: 'createShape', id, type, ...(op.name ? { name: op.name } : {}), ...(spec ? { eventDefinition: spec } : {}), parentId: container.id!, ...(inLane ? { laneId: inLane.id! } : {}), bounds },
    ];
    const added = [id];
    const changed: string[] = [];
    const flowId = () => {
      const fid = freshId('Flow', (x) => tree.byId.has(x) || added.includes(x));
      added.push(fid);
      return fid;
    };
    if (after && before) {
      const existing = this.flowsBetween(after, before)[0];
      if (existing) {
        prims.push({ p: 'reconnect', id: existing.id!, end: 'target', newId: id });
        changed.push(existing.id!);
      } else prims.push({ p: 'createFlow', id: flowId(), type: 'bpmn:SequenceFlow', sourceId: after.id!, targetId: id });
      prims.push({ p: 'createFlow', id: flowId(), type: 'bpmn:SequenceFlow', sourceId: id, targetId: before.id! });
    } else if (after) {
      const out = tree.outgoing(after);
      if (out.length === 1 && !is(after, 'bpmn:Gateway')) {
        // Insert into the existing sequence: the old flow now ends at the new element, which continues to the old target.
        prims.push({ p: 'reconnect', id: out[0]!.id!, end: 'target', newId: id });
        changed.push(out[0]!.id!);
        prims.push({ p: 'createFlow', id: flowId(), type: 'bpmn:SequenceFlow', sourceId: id, targetId: out[0]!.targetRef.id });
      } else {
        prims.push({ p: 'createFlow', id: flowId(), type: 'bpmn:SequenceFlow', sourceId: after.id!, targetId: id });
      }
    } else if (before) {
      const inc = tree.incoming(before);
      if (inc.length === 1 && !is(before, 'bpmn:Gateway')) {
        prims.push({ p: 'reconnect', id: inc[0]!.id!, end: 'target', newId: id });
        changed.push(inc[0]!.id!);
      }
      prims.push({ p: 'createFlow', id: flowId(), type: 'bpmn:SequenceFlow', sourceId: id, targetId: before.id! });
    }
    const what = `${typeWords(type)}${op.name ? ` "${op.name}"` : ''}`;
    const where = after && before ? ` between ${label(after)} and ${label(before)}` : after ? ` after ${label(after)}` : before ? ` before ${label(before)}` : '';
    const inLaneText = lane ? ` in lane ${label(lane)}` : '';
    return { summary: `Add ${what}${where}${inLaneText}`, primitives: prims, added, changed };
  }

  private connect(op: Extract<EditOp, { op: 'connect' }>) {
    const { tree } = this;
    const from = this.resolve(op.from, 'any');
    const to = this.resolve(op.to, 'any');
    if (from === to) this.fail('invalid', 'an element cannot be connected to itself.');
    const pf = from.$type === 'bpmn:Participant' ? from.processRef ?? null : tree.processOf(from);
    const pt = to.$type === 'bpmn:Participant' ? to.processRef ?? null : tree.processOf(to);
    const crossPool = from.$type === 'bpmn:Participant' || to.$type === 'bpmn:Participant' || (pf !== pt && tree.participantOf(pf) && tree.participantOf(pt));
    const id = this.newId(op.id, 'Flow');
    if (crossPool) {
      if (!tree.collaboration) this.fail('invalid', 'message flows need pools.');
      if (pf && pf === pt) this.fail('invalid', 'a message flow connects different pools.');
      if (op.condition) this.fail('invalid', 'message flows have no conditions.');
      return {
        summary: `Add a message flow from ${label(from)} to ${label(to)}${op.name ? ` ("${op.name}")` : ''}`,
        primitives: [{ p: 'createFlow' as const, id, type: 'bpmn:MessageFlow' as const, sourceId: from.id!, targetId: to.id!, ...(op.name ? { name: op.name } : {}) }],
        added: [id],
      };
    }
    if (!is(from, 'bpmn:FlowNode') || !is(to, 'bpmn:FlowNode')) this.fail('invalid', 'sequence flows connect tasks, events and gateways.');
    if (from.$parent !== to.$parent) this.fail('invalid', `${label(from)} and ${label(to)} are in different processes or sub-processes; a sequence flow cannot cross that boundary.`);
    if (is(from, 'bpmn:EndEvent')) this.fail('invalid', `the end event ${label(from)} cannot have outgoing flows.`);
    if (is(to, 'bpmn:StartEvent')) this.fail('invalid', `the start event ${label(to)} cannot have incoming flows.`);
    if (is(to, 'bpmn:BoundaryEvent')) this.fail('invalid', `the boundary event ${label(to)} cannot have incoming flows.`);
    if (this.flowsBetween(from, to).length) this.fail('noChange', `${label(from)} is already connected to ${label(to)}.`);
    return {
      summary: `Connect ${label(from)} to ${label(to)}${op.name ? ` ("${op.name}")` : ''}${op.condition ? ` when \`${op.condition}\`` : ''}`,
      primitives: [{ p: 'createFlow' as const, id, type: 'bpmn:SequenceFlow' as const, sourceId: from.id!, targetId: to.id!, ...(op.name ? { name: op.name } : {}), ...(op.condition ? { condition: op.condition } : {}) }],
      added: [id],
    };
  }

  private removeEl(op: Extract<EditOp, { op: 'remove' }>) {
    const { tree } = this;
    const el = this.resolve(op.element, 'any');
    if (el.$type === 'bpmn:Flow' || el.$type === 'bpmn:SequenceFlow' || el.$type === 'bpmn:MessageFlow') {
      return { summary: `Remove ${this.flowLabel(el)}`, primitives: [{ p: 'delete' as const, id: el.id! }], removed: [el.id!] };
    }
    if (!is(el, 'bpmn:FlowNode')) this.fail('unsupported', `removing a ${typeWords(el.$type)} is not supported here; remove its elements one by one.`);
    const removed = [el.id!, ...[...(el.incoming ?? []), ...(el.outgoing ?? [])].map((f: Bo) => f.id!)];
    for (const b of el.$parent?.flowElements ?? []) if (b.attachedToRef === el) removed.push(b.id, ...(b.outgoing ?? []).map((f: Bo) => f.id));
    const inc = tree.incoming(el);
    const out = tree.outgoing(el);
    const prims: Primitive[] = [];
    let joined = '';
    const changed: string[] = [];
    if (op.reconnect !== false && inc.length === 1 && out.length === 1 && !is(el, 'bpmn:BoundaryEvent')) {
      const a: Bo = inc[0]!.sourceRef;
      const b: Bo = out[0]!.targetRef;
      if (a !== b && !this.flowsBetween(a, b).length) {
        prims.push({ p: 'reconnect', id: inc[0]!.id!, end: 'target', newId: b.id! });
        removed.splice(removed.indexOf(inc[0]!.id!), 1);
        changed.push(inc[0]!.id!);
        joined = ` and connect ${label(a)} to ${label(b)}`;
      }
    }
    prims.push({ p: 'delete', id: el.id! });
    return { summary: `Remove ${typeWords(el.$type)} ${label(el)}${joined}`, primitives: prims, removed: [...new Set(removed)], changed };
  }

  private changeType(op: Extract<EditOp, { op: 'changeType' }>) {
    const el = this.resolve(op.element, 'node');
    const cur = el.$type.replace(/^bpmn:/, '');
    const curKey = cur[0]!.toLowerCase() + cur.slice(1);
    const family = (t: string) => ((TASK_TYPES as readonly string[]).includes(t) ? 'activity' : (GATEWAY_TYPES as readonly string[]).includes(t) ? 'gateway' : /Event$/.test(t) ? 'event' : 'other');
    if (curKey === 'boundaryEvent') this.fail('unsupported', 'change a boundary event by removing it and adding another one.');
    if (family(curKey) !== family(op.type)) this.fail('invalid', `${label(el)} is a ${typeWords(el.$type)}; it can become another ${family(curKey) === 'activity' ? 'task type' : family(curKey)}, not a ${typeWords(op.type)}.`);
    if ((el.flowElements ?? []).length && op.type !== 'subProcess') this.fail('invalid', `${label(el)} contains elements; a sub-process with content cannot become a task.`);
    if (op.type === 'startEvent' && this.tree.incoming(el).length) this.fail('invalid', `${label(el)} has incoming flows, so it cannot become a start event.`);
    if (op.type === 'endEvent' && this.tree.outgoing(el).length) this.fail('invalid', `${label(el)} has outgoing flows, so it cannot become an end event.`);
    const spec = family(op.type) === 'event' ? this.eventSpec(op.type, op.event, op.duration) : undefined;
    if (family(op.type) !== 'event' && (op.event || op.duration)) this.fail('invalid', 'event and duration only apply to events.');
    const curDef = (el.eventDefinitions ?? [])[0]?.$type?.replace(/^bpmn:|EventDefinition$/g, '').toLowerCase();
    const sameDef = op.event === undefined || (op.event === 'none' ? !curDef : curDef === (op.event === 'compensation' ? 'compensate' : op.event));
    if (curKey === op.type && sameDef && !op.duration) this.fail('noChange', `${label(el)} already is a ${typeWords(el.$type)}.`);
    // Keep a compatible existing definition when none is asked for; drop it when the new type cannot carry it.
    let eventDefinition: EventDefinitionSpec | null | undefined = spec;
    if (family(op.type) === 'event' && op.event === undefined) {
      const allowed = EVENT_DEFS_ALLOWED[op.type] ?? [];
      eventDefinition = curDef && allowed.includes(curDef) ? undefined : null;
    }
    if (op.event === 'none') eventDefinition = null;
    const what = `${typeWords(op.type)}${spec ? ` (${spec.kind}${spec.duration ? ` ${humanDuration(spec.duration)}` : ''})` : ''}`;
    return {
      summary: `Make ${label(el)} a ${what}`,
      primitives: [{ p: 'replace' as const, id: el.id!, type: bpmnType(op.type), ...(eventDefinition !== undefined ? { eventDefinition } : {}) }],
      changed: [el.id!],
    };
  }

  private moveToLane(op: Extract<EditOp, { op: 'moveToLane' }>) {
    const { tree } = this;
    const el = this.resolve(op.element, 'node');
    const lane = this.resolve(op.lane, 'lane');
    if (is(el, 'bpmn:BoundaryEvent')) this.fail('invalid', 'a boundary event moves with its activity; move the activity instead.');
    if (tree.processOf(lane) !== tree.processOf(el)) this.fail('invalid', `lane ${label(lane)} is in another pool; moving between pools changes the process (remove and add instead).`);
    if (el.$parent !== tree.processOf(el)) this.fail('invalid', `${label(el)} is inside a sub-process; move the sub-process instead.`);
    if ((lane.childLaneSet?.lanes ?? []).length) this.fail('invalid', `lane ${label(lane)} is split into sub-lanes; name one of them.`);
    if (tree.laneOf(el) === lane) this.fail('noChange', `${label(el)} already is in lane ${label(lane)}.`);
    const b = tree.bounds(el);
    const lb = tree.bounds(lane);
    if (!b || !lb) this.fail('invalid', 'the element or lane has no layout; open the diagram in the editor first.');
    const occupied = tree.occupied(el);
    const cy = lb.y + lb.height / 2 - b.height / 2;
    let target = { x: b.x, y: cy };
    for (const col of [0, 1, -1, 2, -2, 3, 4]) {
      const cand = { x: b.x + col * (b.width + 40), y: cy, width: b.width, height: b.height };
      if (!occupied.some((o) => intersects(cand, o, 15)) && inside(cand, lb)) {
        target = cand;
        break;
      }
    }
    return {
      summary: `Move ${label(el)} to lane ${label(lane)}`,
      primitives: [{ p: 'move' as const, id: el.id!, dx: Math.round(target.x - b.x), dy: Math.round(target.y - b.y), laneId: lane.id! }],
      changed: [el.id!],
    };
  }

  private addBoundary(op: Extract<EditOp, { op: 'addBoundaryEvent' }>) {
    const { tree } = this;
    const host = this.resolve(op.element, 'node');
    if (!is(host, 'bpmn:Activity')) this.fail('invalid', `boundary events attach to tasks and sub-processes; ${label(host)} is a ${typeWords(host.$type)}.`);
    if (op.event === 'timer' && !op.duration) this.fail('invalid', 'a timer needs a duration such as P2D (two days).');
    if (op.duration && op.event !== 'timer') this.fail('invalid', 'a duration only applies to timer events.');
    const hb = tree.bounds(host);
    if (!hb) this.fail('invalid', `${label(host)} has no layout; open the diagram in the editor first.`);
    const existing = (host.$parent?.flowElements ?? []).filter((e: Bo) => e.attachedToRef === host).length;
    const x = Math.max(hb.x, hb.x + hb.width - 36 - 10 - existing * 44);
    const bounds = { x: Math.round(x), y: Math.round(hb.y + hb.height - 18), width: 36, height: 36 };
    const id = this.newId(op.id, 'Event');
    const name = op.name ?? (op.event === 'timer' ? humanDuration(op.duration!) : DEFAULT_BOUNDARY_NAMES[op.event]);
    const lane = tree.laneOf(host);
    const what = op.event === 'timer' ? `a ${durationAdjective(op.duration!)} timer` : `a${/^[aeiou]/.test(op.event) ? 'n' : ''} ${op.event} event`;
    return {
      summary: `Add ${what}${op.interrupting === false ? ' (non-interrupting)' : ''} to ${label(host)}`,
      primitives: [
        {
          p: 'createShape' as const,
          id,
          type: 'bpmn:BoundaryEvent',
          ...(name ? { name } : {}),
          eventDefinition: { kind: op.event, ...(op.duration ? { duration: op.duration } : {}) },
          parentId: host.$parent!.id!,
          ...(lane ? { laneId: lane.id! } : {}),
          bounds,
          attachToId: host.id!,
          ...(op.interrupting === false ? { cancelActivity: false } : {}),
        },
      ],
      added: [id],
      changed: [host.id!],
    };
  }

  private addLane(op: Extract<EditOp, { op: 'addLane' }>) {
    const { tree } = this;
    let pool: Bo | undefined;
    if (op.pool) pool = this.resolve(op.pool, 'pool');
    else {
      const withProcess = tree.participants.filter((p) => p.processRef);
      if (withProcess.length > 1) this.fail('invalid', `there are ${withProcess.length} pools (${withProcess.map(label).join(', ')}); say which one gets the lane.`);
      pool = withProcess[0];
    }
    if (!pool) this.fail('unsupported', 'lanes live inside a pool, and this diagram has none; draw a pool first (or ask for a new process with lanes).');
    if (!pool.processRef) this.fail('invalid', `${label(pool)} is a black-box pool without a process; lanes need a process.`);
    if (!tree.bounds(pool)) this.fail('invalid', `${label(pool)} has no layout; open the diagram in the editor first.`);
    if (tree.lanesOf(pool.processRef).some((l) => l.name && normName(l.name) === normName(op.name))) this.fail('noChange', `${label(pool)} already has a lane "${op.name}".`);
    const id = this.newId(op.id, 'Lane');
    const wraps = !(pool.processRef.laneSets?.[0]?.lanes ?? []).length;
    return {
      summary: `Add lane "${op.name}" to ${label(pool)}${wraps ? ' (the existing elements go into a first, unnamed lane)' : ''}`,
      primitives: [{ p: 'addLane' as const, id, name: op.name, participantId: pool.id! }],
      added: wraps ? [`${id}_0`, id] : [id],
      changed: [pool.id!],
    };
  }

  private addPool(op: Extract<EditOp, { op: 'addPool' }>) {
    const { tree } = this;
    if (tree.participants.some((p) => p.name && normName(p.name) === normName(op.name))) this.fail('noChange', `there already is a pool "${op.name}".`);
    const id = this.newId(op.id, 'Participant');
    const prims: Primitive[] = [];
    const added: string[] = [];
    let pools = tree.participants.map((p) => tree.bounds(p)).filter((b): b is Bounds => !!b);
    let wrapped = '';
    if (!tree.collaboration) {
      // The first pool of a diagram: the process becomes a pool of its own (as bpmn-js does when a pool is drawn).
      if (tree.processes.length !== 1) this.fail('unsupported', `the diagram has ${tree.processes.length} processes and no pools; draw the pools in the editor first.`);
      if (!tree.plane) this.fail('invalid', 'the diagram has no layout; open it in the editor first.');
      const process = tree.processes[0]!;
      const mainName = op.mainPool ?? (process.name?.trim() || 'Process');
      if (normName(mainName) === normName(op.name)) this.fail('invalid', `the existing process would become the pool "${mainName}"; give the new pool another name (or name the existing one with mainPool).`);
      const mainId = freshId('Participant', (x) => tree.byId.has(x) || x === id);
      const bounds = this.wrapBounds(process);
      prims.push({ p: 'wrapInPool', id: mainId, name: mainName, processId: process.id!, bounds, collaborationId: freshId('Collaboration', (x) => tree.byId.has(x)) });
      added.push(mainId);
      pools = [bounds];
      wrapped = ` (the existing process becomes the pool "${mainName}")`;
    }
    const left = pools.length ? Math.min(...pools.map((b) => b.x)) : 120;
    const width = pools.length ? Math.max(...pools.map((b) => b.width)) : 600;
    const bottom = pools.length ? Math.max(...pools.map((b) => b.y + b.height)) : 60;
    prims.push({ p: 'addPool', id, name: op.name, bounds: { x: left, y: bottom + 40, width, height: 100 } });
    added.push(id);
    return { summary: `Add pool "${op.name}"${wrapped}`, primitives: prims, added };
  }

  /** Pool bounds around everything a process draws, with bpmn-js's padding (20) and header (30). */
  private wrapBounds(process: Bo): Bounds {
    const boxes: Bounds[] = [];
    const walk = (c: Bo) => {
      for (const el of c.flowElements ?? []) {
        const b = this.tree.bounds(el);
        if (b) boxes.push(b);
      }
      for (const a of c.artifacts ?? []) {
        const b = this.tree.bounds(a);
        if (b) boxes.push(b);
      }
    };
    walk(process);
    if (!boxes.length) return { x: 120, y: 60, width: 600, height: 250 };
    const x1 = Math.min(...boxes.map((b) => b.x));
    const y1 = Math.min(...boxes.map((b) => b.y));
    const x2 = Math.max(...boxes.map((b) => b.x + b.width));
    const y2 = Math.max(...boxes.map((b) => b.y + b.height));
    return { x: Math.round(x1 - 50), y: Math.round(y1 - 20), width: Math.round(Math.max(x2 - x1 + 70, 300)), height: Math.round(Math.max(y2 - y1 + 40, 150)) };
  }

  private splitLane(op: Extract<EditOp, { op: 'splitLane' }>) {
    const { tree } = this;
    const lane = this.resolve(op.lane, 'lane');
    const mode = op.as ?? 'sublanes';
    if ((lane.childLaneSet?.lanes ?? []).length) this.fail('invalid', `lane ${label(lane)} is already split into sub-lanes; split one of those instead.`);
    const lb = tree.bounds(lane);
    if (!lb) this.fail('invalid', `lane ${label(lane)} has no layout; open the diagram in the editor first.`);
    if (tree.di.get(lane)?.isHorizontal === false) this.fail('unsupported', 'splitting vertical lanes is not supported.');
    const process = tree.processOf(lane)!;
    const names = op.into;
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(normName(n))) this.fail('invalid', `the new lanes need different names ("${n}" twice).`);
      seen.add(normName(n));
      const clash = tree.lanesOf(process).find((l) => l !== lane && l.name && normName(l.name) === normName(n));
      if (clash) this.fail('invalid', `there already is a lane "${n}" in this pool.`);
    }
    if (mode === 'sublanes' && lane.name && seen.has(normName(lane.name))) this.fail('invalid', `the sub-lanes need names other than the lane's own ("${lane.name}").`);
    // Direct flow nodes of the lane; boundary events move with their activity.
    const members: Bo[] = (lane.flowNodeRef ?? []).filter((n: Bo) => is(n, 'bpmn:FlowNode') && !is(n, 'bpmn:BoundaryEvent') && n.$parent === process && tree.bounds(n));
    const part = new Map<Bo, number>(members.map((m) => [m, 0]));
    for (const a of op.assign ?? []) {
      const el = this.resolve(a.element, 'node');
      const i = names.findIndex((n) => normName(n) === normName(a.lane));
      if (i < 0) this.fail('invalid', `"${a.lane}" is not one of the new lanes (${names.map((n) => `"${n}"`).join(', ')}).`);
      if (!part.has(el)) this.fail('invalid', `${label(el)} is not in lane ${label(lane)}, so it cannot go into "${names[i]}".`);
      part.set(el, i);
    }
    // Each new lane is at least as tall as its tallest element needs; the lane (and its pool) grow when needed.
    const n = names.length;
    const base = Math.round(lb.height / n);
    const heights = names.map((_, i) => {
      const tallest = Math.max(0, ...members.filter((m) => part.get(m) === i).map((m) => tree.bounds(m)!.height + (this.hasBoundary(m) ? 18 : 0)));
      return Math.max(base, tallest ? tallest + 40 : 0);
    });
    const sum = heights.reduce((a, b) => a + b, 0);
    if (sum < lb.height) heights[n - 1]! += lb.height - sum;
    const grow = Math.max(0, heights.reduce((a, b) => a + b, 0) - lb.height);
    const prims: Primitive[] = [];
    if (grow) prims.push({ p: 'makeSpace', y: lb.y + lb.height - 1, dy: grow });
    const used = new Set<string>();
    const laneIds = names.map((_, i) => {
      if (mode === 'siblings' && i === 0) return lane.id!;
      const lid = freshId('Lane', (x) => tree.byId.has(x) || used.has(x));
      used.add(lid);
      return lid;
    });
    const x = mode === 'sublanes' ? lb.x + 30 : lb.x;
    const width = mode === 'sublanes' ? lb.width - 30 : lb.width;
    const tops = heights.map((_, i) => lb.y + heights.slice(0, i).reduce((a, b) => a + b, 0));
    const parentOfSiblings: Bo | undefined = lane.$parent?.$parent?.$type === 'bpmn:Lane' ? lane.$parent.$parent : tree.participantOf(process) ?? undefined;
    if (mode === 'siblings' && !parentOfSiblings) this.fail('invalid', `lane ${label(lane)} is not inside a pool.`);
    names.forEach((nm, i) => {
      const bounds = { x, y: tops[i]!, width, height: heights[i]! };
      if (mode === 'siblings' && i === 0) {
        prims.push({ p: 'resize', id: lane.id!, bounds });
        if (normName(lane.name ?? '') !== normName(nm)) prims.push({ p: 'update', id: lane.id!, name: nm });
      } else prims.push({ p: 'createLane', id: laneIds[i]!, name: nm, parentId: mode === 'sublanes' ? lane.id! : parentOfSiblings!.id!, bounds });
    });
    // Elements: centred in their new lane, same x unless that spot is taken.
    const placed: Bounds[] = tree.occupied().filter((o) => !members.some((m) => sameBox(tree.bounds(m)!, o)));
    const moved: string[] = [];
    for (const m of members) {
      const b = tree.bounds(m)!;
      const i = part.get(m)!;
      const y = Math.round(tops[i]! + (heights[i]! - b.height) / 2);
      let target = { x: b.x, y, width: b.width, height: b.height };
      for (const col of [0, 1, 2, 3, 4, 5]) {
        const cand = { ...target, x: b.x + col * (b.width + 40) };
        if (!placed.some((o) => intersects(cand, o, 10))) {
          target = cand;
          break;
        }
      }
      placed.push(target);
      prims.push({ p: 'move', id: m.id!, dx: Math.round(target.x - b.x), dy: target.y - b.y, laneId: laneIds[i]! });
      moved.push(m.id!);
    }
    const rest = members.filter((m) => part.get(m) !== 0);
    const where = rest.length
      ? `; ${names.slice(1).map((nm, k) => {
          const els = members.filter((m) => part.get(m) === k + 1);
          return els.length ? `${els.map(label).join(', ')} go${els.length === 1 ? 'es' : ''} to "${nm}"` : '';
        }).filter(Boolean).join('; ')}, the rest to "${names[0]}"`
      : members.length
        ? `; its elements go to "${names[0]}"`
        : '';
    const list = names.map((nm) => `"${nm}"`);
    return {
      summary: `Split lane ${label(lane)} into ${list.slice(0, -1).join(', ')} and ${list[n - 1]}${mode === 'siblings' ? '' : ' (sub-lanes)'}${where}`,
      primitives: prims,
      added: laneIds.filter((lid) => lid !== lane.id),
      changed: [lane.id!, ...moved],
    };
  }

  private hasBoundary(node: Bo): boolean {
    return (node.$parent?.flowElements ?? []).some((e: Bo) => e.attachedToRef === node);
  }

  private moveToPool(op: Extract<EditOp, { op: 'moveToPool' }>) {
    const { tree } = this;
    const el = this.resolve(op.element, 'node');
    const pool = this.resolve(op.pool, 'pool');
    if (is(el, 'bpmn:BoundaryEvent')) this.fail('invalid', 'a boundary event moves with its activity; move the activity instead.');
    const from = tree.processOf(el);
    if (!from || el.$parent !== from) this.fail('invalid', `${label(el)} is inside a sub-process; move the sub-process instead.`);
    const fromPool = tree.participantOf(from);
    if (!fromPool) this.fail('invalid', `${label(el)} is not in a pool.`);
    if (fromPool === pool) this.fail('noChange', `${label(el)} already is in pool ${label(pool)}.`);
    if ((el.flowElements ?? []).length && tree.di.get(el)?.isExpanded) this.fail('unsupported', `${label(el)} is an expanded sub-process; moving it with its content to another pool is not supported.`);
    const b = tree.bounds(el);
    const pb = tree.bounds(pool);
    if (!b || !pb) this.fail('invalid', 'the element or the pool has no layout; open the diagram in the editor first.');
    let lane: Bo | null = op.lane ? this.resolve(op.lane, 'lane') : null;
    if (lane && (!pool.processRef || tree.processOf(lane) !== pool.processRef)) this.fail('invalid', `lane ${label(lane)} is not in pool ${label(pool)}.`);
    if (lane && (lane.childLaneSet?.lanes ?? []).length) this.fail('invalid', `lane ${label(lane)} is split into sub-lanes; name one of them.`);
    if (!lane && pool.processRef) lane = tree.leafLanesOf(pool.processRef)[0] ?? null;
    const attached: Bo[] = (from.flowElements ?? []).filter((e: Bo) => e.attachedToRef === el);
    const moving = new Set<Bo>([el, ...attached]);
    // Sequence flows to elements left behind would cross the pool boundary: they become message flows when BPMN
    // allows a message there, otherwise the move is refused with the reason.
    const crossing: Bo[] = [...new Set([...moving].flatMap((m) => [...tree.incoming(m), ...tree.outgoing(m)]))];
    for (const f of crossing) {
      const src: Bo = f.sourceRef;
      const tgt: Bo = f.targetRef;
      if (!canSendMessage(src)) this.fail('invalid', `${this.flowLabel(f)} would cross into another pool, and ${label(src)} (a ${typeWords(src.$type)}) cannot send a message flow; move or reconnect it first.`);
      if (!canReceiveMessage(tgt)) this.fail('invalid', `${this.flowLabel(f)} would cross into another pool, and ${label(tgt)} (a ${typeWords(tgt.$type)}) cannot receive a message flow; move or reconnect it first.`);
    }
    for (const m of tree.collaboration?.messageFlows ?? []) {
      const ends: Bo[] = [m.sourceRef, m.targetRef];
      if (!ends.some((e) => moving.has(e))) continue;
      const other = ends.find((e) => !moving.has(e))!;
      const otherPool = other?.$type === 'bpmn:Participant' ? other : tree.participantOf(tree.processOf(other));
      if (otherPool === pool) this.fail('invalid', `${label(el)} has a message flow with ${label(other)}, which is in pool ${label(pool)}; a message flow cannot stay inside one pool (remove it first).`);
    }
    // Position: the same x when free, vertically centred in the target lane (or the pool without its header).
    const region = lane ? tree.bounds(lane)! : { x: pb.x + 30, y: pb.y, width: pb.width - 30, height: pb.height };
    const occupied = tree.occupied(el).filter((o) => !attached.some((a) => sameBox(tree.bounds(a)!, o)));
    const y = Math.round(region.y + region.height / 2 - b.height / 2);
    const x0 = Math.min(Math.max(b.x, region.x + 40), region.x + Math.max(40, region.width - b.width - 40));
    let target = { x: x0, y, width: b.width, height: b.height };
    for (const col of [0, 1, -1, 2, 3, 4, 5, 6]) {
      const cand = { ...target, x: x0 + col * (b.width + 40) };
      if (cand.x > region.x + 10 && !occupied.some((o) => intersects(cand, o, 15))) {
        target = cand;
        break;
      }
    }
    const prims: Primitive[] = crossing.map((f) => ({ p: 'delete' as const, id: f.id! }));
    if (!pool.processRef) prims.push({ p: 'ensureProcess', participantId: pool.id!, processId: freshId('Process', (x) => tree.byId.has(x)) });
    prims.push({ p: 'move', id: el.id!, dx: Math.round(target.x - b.x), dy: Math.round(target.y - b.y), participantId: pool.id!, ...(lane ? { laneId: lane.id! } : {}) });
    const added: string[] = [];
    for (const f of crossing) {
      const mid = freshId('MessageFlow', (x) => tree.byId.has(x) || added.includes(x));
      added.push(mid);
      prims.push({ p: 'createFlow', id: mid, type: 'bpmn:MessageFlow', sourceId: f.sourceRef.id, targetId: f.targetRef.id, ...(f.name ? { name: f.name } : {}) });
    }
    const flowsText = crossing.length ? `; ${crossing.length === 1 ? 'its sequence flow becomes a message flow' : `its ${crossing.length} sequence flows become message flows`}` : '';
    return {
      summary: `Move ${label(el)} to pool ${label(pool)}${lane ? ` (lane ${label(lane)})` : ''}${flowsText}`,
      primitives: prims,
      added,
      changed: [el.id!, ...attached.map((a) => a.id!)],
      removed: crossing.map((f) => f.id!),
    };
  }
}

const sameBox = (a: Bounds, b: Bounds) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

const messageDefOk = (bo: Bo) => {
  const defs: Bo[] = bo.eventDefinitions ?? [];
  return !defs.length || defs.every((d) => d.$type === 'bpmn:MessageEventDefinition');
};

/** bpmn-js's rule: activities, and throw events with no or a message definition, send message flows. */
function canSendMessage(bo: Bo): boolean {
  if (is(bo, 'bpmn:Activity')) return true;
  return (is(bo, 'bpmn:EndEvent') || is(bo, 'bpmn:IntermediateThrowEvent')) && messageDefOk(bo);
}

/** Activities, and start or intermediate catch events with no or a message definition, receive them. */
function canReceiveMessage(bo: Bo): boolean {
  if (is(bo, 'bpmn:Activity')) return !bo.isForCompensation;
  return (is(bo, 'bpmn:StartEvent') || is(bo, 'bpmn:IntermediateCatchEvent')) && messageDefOk(bo);
}
