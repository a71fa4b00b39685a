// A new process, as a graph of nodes and flows (with lanes) built into BPMN with bpmn-moddle, laid out by
// bpmn-auto-layout (lanes added afterwards: it draws none) and linted. The graph comes from a model (the
// `propose_new_diagram` function tool, lib/ai/edit-proposal.ts) or, offline, from a plain description: numbered or
// bulleted steps, one per line, or one line with "," / ";" / "then" between steps, and "if … then A, otherwise B";
// "Sales: …" in front of steps puts them (and the steps after them) into lane Sales.
import { BpmnModdle } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';
import { z } from 'zod';
import { lintDefinitions, type LintFinding } from '@/lib/bpmn/lint';
import { ELEMENT_TYPES, EVENT_DEFINITIONS, ISO_DURATION } from '@/lib/bpmn/edits';
import { createEventDefinition, route, type Moddle } from '@/lib/bpmn/edits/apply-moddle';

export type Step = ({ kind: 'task'; name: string } | { kind: 'decision'; question: string; yes: string; no: string }) & { lane?: string };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clean = (s: string) => capital(s.trim().replace(/^(?:then|and then|and|dann|und dann|danach)\s+/i, '').replace(/[.;,:]+$/, '').replace(/\s+/g, ' ').trim());
const END_WORDS = /^(?:end|done|finish(?:ed)?|stop|ende|fertig|schluss)$/i;
const START_WORDS = /^(?:start|begin|beginn|anfang)$/i;

const DECISION = /^(?:if|when|wenn|falls)\s+(.+?)(?:,|:|\s+then\b|\s+dann\b)\s*(.+?)(?:[,;]\s*|\s+)(?:otherwise|else|if not|sonst|andernfalls|ansonsten)[,:]?\s+(.+)$/i;

// Without a comma or "then" the condition ends where the first action verb starts ("if in stock ship it, …").
const VERBS = 'ship|send|notify|check|approve|reject|create|pay|inform|book|call|contact|archive|deliver|order|cancel|escalate|review|update|write|prepare|process|return|refund|confirm|request|schedule|assign|close|open|register|pack|print|sign|submit|forward|charge|invoice|email|mail|ask|tell|wait|start|stop|end|offer|accept|decline|verify|validate|calculate|store|save|publish|plan|buy|sell|hire|train|test|fix|repair|replace|remove|add|move|transfer|move|grant|deny|block|unblock|remind|follow';
const DECISION_NO_SEP = new RegExp(`^(?:if|when)\\s+(.+?)\\s+((?:${VERBS})\\b.+?)(?:[,;]\\s*|\\s+)(?:otherwise|else|if not)[,:]?\\s+(.+)$`, 'i');

// "Sales: receive order" — up to four words before a colon name a lane; "If in stock: ship" is a decision.
const LANE_PREFIX = /^([\p{L}][\p{L}\p{N}&/'’.-]*(?:\s+[\p{L}\p{N}&/'’.-]+){0,3})\s*:\s+(.+)$/u;
const NOT_LANE = /^(?:if|when|wenn|falls|then|dann|step|schritt|otherwise|else|sonst|note|hinweis|create|erstelle|process|prozess)$/i;

function lanePrefix(s: string): { lane: string; rest: string } | null {
  const m = LANE_PREFIX.exec(s.trim());
  if (!m || NOT_LANE.test(m[1]!.split(/\s+/)[0]!)) return null;
  return { lane: capital(m[1]!.trim()), rest: m[2]! };
}

/** Steps in order; decisions with the question and both branches; the lane when a "Lane:" prefix gave one. */
export function parseDescription(description: string): Step[] {
  const lines = description
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:\d+[.)]|[-*•–]|step\s+\d+:?|schritt\s+\d+:?)\s*/i, '').trim())
    .filter(Boolean);
  // Segments in order; a lane prefix sets the lane for what follows it.
  const segments: ({ text: string } | { lane: string })[] = [];
  const pushParts = (body: string) => {
    if (/^(?:if|when|wenn|falls)\b/i.test(body.trim())) {
      segments.push({ text: body });
      return;
    }
    for (const part of body.split(/,\s*|\s+then\s+|\s+dann\s+|\.\s+/i)) {
      const lp = lanePrefix(part);
      if (lp) segments.push({ lane: lp.lane }, { text: lp.rest });
      else segments.push({ text: part });
    }
  };
  for (const line of lines.length === 1 ? lines[0]!.split(/;\s*/) : lines) {
    const lp = lanePrefix(line);
    if (lp) segments.push({ lane: lp.lane });
    pushParts(lp ? lp.rest : line);
  }
  const steps: Step[] = [];
  let lane: string | undefined;
  for (const segment of segments) {
    if ('lane' in segment) {
      lane = segment.lane;
      continue;
    }
    const seg = segment.text.trim().replace(/[.;]+$/, '');
    if (!seg || END_WORDS.test(seg) || START_WORDS.test(seg)) continue;
    const d = DECISION.exec(seg) ?? DECISION_NO_SEP.exec(seg);
    const inLane = lane ? { lane } : {};
    if (d) {
      const q = clean(d[1]!);
      steps.push({ kind: 'decision', question: q.endsWith('?') ? q : `${q}?`, yes: clean(d[2]!), no: clean(d[3]!), ...inLane });
    } else steps.push({ kind: 'task', name: clean(seg), ...inLane });
  }
  // Steps written before the first lane prefix belong to the first lane.
  const first = steps.find((st) => st.lane)?.lane;
  if (first) for (const st of steps) st.lane ??= first;
  return steps;
}

export type Generated = { xml: string; steps: Step[]; lint: LintFinding[]; names: string[]; lanes: string[] };

// ---------------------------------------------------------------- the process graph (offline steps and models)

const graphId = z.string().trim().min(1).max(100);
/** A whole process as nodes and flows: what the offline parser produces and what a model sends through the
 * `propose_new_diagram` function tool. Turned into BPMN (with layout) by buildProcess. */
export const processGraph = z.object({
  name: z.string().trim().min(1).max(120).describe('Name of the process, e.g. "Order handling".'),
  lanes: z.array(z.string().trim().min(1).max(80)).max(12).optional().describe('Lanes (roles or departments), top to bottom. Leave out for a process without lanes.'),
  nodes: z
    .array(
      z.object({
        id: graphId.describe('Your id for the node, used by flows (e.g. "receive").'),
        type: z.enum(ELEMENT_TYPES).describe('startEvent, endEvent, a task type (task, userTask, serviceTask, …) or a gateway type (exclusiveGateway for a decision, parallelGateway for parallel work).'),
        name: z.string().trim().max(200).optional().describe('Label; for an exclusive gateway the question, e.g. "In stock?".'),
        lane: z.string().trim().max(80).optional().describe('The lane it belongs to (one of lanes).'),
        event: z.enum(EVENT_DEFINITIONS).optional().describe('Event definition for an event (timer, message, …).'),
        duration: z.string().trim().regex(ISO_DURATION).optional().describe('Timer duration (ISO 8601, e.g. P2D) when event is "timer".'),
      }),
    )
    .min(1)
    .max(200),
  flows: z
    .array(
      z.object({
        from: graphId,
        to: graphId,
        name: z.string().trim().max(200).optional().describe('Label, e.g. "yes" / "no" after a decision.'),
        condition: z.string().trim().max(1000).optional().describe('Condition expression of a flow leaving an exclusive or inclusive gateway.'),
        default: z.boolean().optional().describe('The default flow of its gateway (taken when no condition holds).'),
      }),
    )
    .max(400),
});
export type ProcessGraph = z.output<typeof processGraph>;

/** Why a graph cannot become a process (unknown ids, no start, …): one readable line each; empty when fine. */
export function graphProblems(g: ProcessGraph): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const n of g.nodes) {
    if (ids.has(n.id)) problems.push(`Two nodes have the id "${n.id}"; ids must be unique.`);
    ids.add(n.id);
    if (n.lane && g.lanes?.length && !g.lanes.includes(n.lane)) problems.push(`Node "${n.id}" is in lane "${n.lane}", which is not in lanes (${g.lanes.join(', ')}).`);
    if (n.lane && !g.lanes?.length) problems.push(`Node "${n.id}" names lane "${n.lane}" but the process has no lanes; list them in lanes.`);
  }
  if (g.lanes && new Set(g.lanes).size !== g.lanes.length) problems.push('Two lanes have the same name.');
  for (const [i, f] of g.flows.entries()) {
    for (const end of [f.from, f.to]) if (!ids.has(end)) problems.push(`Flow ${i + 1} (${f.from} → ${f.to}) refers to "${end}", which is no node id.`);
    if (f.from === f.to) problems.push(`Flow ${i + 1} connects "${f.from}" to itself.`);
  }
  if (!g.nodes.some((n) => n.type === 'startEvent')) problems.push('The process has no startEvent.');
  if (!g.nodes.some((n) => n.type === 'endEvent')) problems.push('The process has no endEvent.');
  for (const n of g.nodes) {
    const defaults = g.flows.filter((f) => f.from === n.id && f.default);
    if (defaults.length > 1) problems.push(`"${n.id}" has ${defaults.length} default flows; a gateway has at most one.`);
  }
  return problems;
}

const LANE_ROW = 120;
const LANE_PAD = 20;
const POOL_LABEL = 30;

/** BPMN XML (with DI, lanes in a pool when the graph has lanes) and its lint findings. */
export async function buildProcess(g: ProcessGraph): Promise<{ xml: string; lint: LintFinding[] }> {
  const moddle = new BpmnModdle();
  const process = moddle.create('bpmn:Process', { id: 'Process_1', name: g.name, isExecutable: false });
  const els: ModdleEl[] = [];
  let n = 0;
  const byId = new Map<string, ModdleEl>();
  for (const node of g.nodes) {
    const type = `bpmn:${node.type.charAt(0).toUpperCase()}${node.type.slice(1)}`;
    const el = moddle.create(type, { id: `${type.slice(5)}_${++n}`, ...(node.name ? { name: node.name } : {}) });
    el.$parent = process;
    el.incoming = [];
    el.outgoing = [];
    if (node.event && node.event !== 'none' && /Event$/.test(node.type)) {
      const def = createEventDefinition(moddle as unknown as Moddle, el, { kind: node.event, ...(node.duration ? { duration: node.duration } : {}) });
      if (def) el.eventDefinitions = [def];
    }
    byId.set(node.id, el);
    els.push(el);
  }
  for (const f of g.flows) {
    const a = byId.get(f.from)!;
    const b = byId.get(f.to)!;
    const flow = moddle.create('bpmn:SequenceFlow', { id: `Flow_${++n}`, sourceRef: a, targetRef: b, ...(f.name ? { name: f.name } : {}) });
    if (f.condition && !f.default) {
      flow.conditionExpression = moddle.create('bpmn:FormalExpression', { body: f.condition });
      flow.conditionExpression.$parent = flow;
    }
    flow.$parent = process;
    a.outgoing.push(flow);
    b.incoming.push(flow);
    if (f.default) a.default = flow;
    els.push(flow);
  }
  process.flowElements = els;
  const definitions = moddle.create('bpmn:Definitions', { id: 'Definitions_1', targetNamespace: 'http://bpmn.io/schema/bpmn', rootElements: [process] });
  process.$parent = definitions;
  const { xml: bare } = await moddle.toXML(definitions, { format: true });
  let xml = await layoutProcess(bare);
  if (g.lanes?.length) xml = await intoLanes(xml, g, byId);
  const { rootElement } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  return { xml, lint: await lintDefinitions(rootElement) };
}

type ModdleEl = ReturnType<BpmnModdle['create']>;

/**
 * bpmn-auto-layout draws no lanes, so the laid-out process is wrapped in a pool and each node moves into its lane's
 * band: columns (x) stay as laid out, rows within a lane follow the laid-out order; flows are re-routed.
 */
async function intoLanes(xml: string, g: ProcessGraph, byId: Map<string, ModdleEl>): Promise<string> {
  const moddle = new BpmnModdle();
  const { rootElement: defs } = await moddle.fromXML(xml, 'bpmn:Definitions');
  const process = defs.rootElements.find((r: ModdleEl) => r.$type === 'bpmn:Process');
  const plane = defs.diagrams[0].plane;
  const shapeOf = new Map<string, ModdleEl>();
  for (const pe of plane.planeElement) if (pe.bounds) shapeOf.set(pe.bpmnElement.id, pe);
  const lanes = g.lanes!;
  const laneOfNode = new Map<string, string>();
  for (const node of g.nodes) laneOfNode.set(byId.get(node.id)!.id, node.lane && lanes.includes(node.lane) ? node.lane : lanes[0]!);
  // Rows per lane: the distinct laid-out centre lines of that lane's nodes, top to bottom.
  const centre = (s: ModdleEl) => Math.round(s.bounds.y + s.bounds.height / 2);
  const rows = new Map<string, number[]>();
  for (const [id, lane] of laneOfNode) {
    const s = shapeOf.get(id);
    if (!s) continue;
    const list = rows.get(lane) ?? [];
    if (!list.includes(centre(s))) list.push(centre(s));
    rows.set(lane, list);
  }
  for (const list of rows.values()) list.sort((a, b) => a - b);
  const shapes = [...shapeOf.values()];
  const minX = Math.min(...shapes.map((s) => s.bounds.x));
  const maxX = Math.max(...shapes.map((s) => s.bounds.x + s.bounds.width));
  const left = minX - POOL_LABEL - LANE_PAD - 10;
  const width = maxX - left + LANE_PAD * 2;
  const top = 60;
  const laneTop = new Map<string, number>();
  const laneHeight = new Map<string, number>();
  let y = top;
  for (const lane of lanes) {
    const h = Math.max(1, rows.get(lane)?.length ?? 0) * LANE_ROW + LANE_PAD;
    laneTop.set(lane, y);
    laneHeight.set(lane, h);
    y += h;
  }
  for (const [id, lane] of laneOfNode) {
    const s = shapeOf.get(id);
    if (!s) continue;
    const row = rows.get(lane)!.indexOf(centre(s));
    const cy = laneTop.get(lane)! + LANE_PAD / 2 + row * LANE_ROW + LANE_ROW / 2;
    s.bounds.y = Math.round(cy - s.bounds.height / 2);
    // Labels move with their shape: let the modeler place them.
    s.label = undefined;
  }
  for (const pe of plane.planeElement) {
    if (!pe.waypoint) continue;
    const a = shapeOf.get(pe.bpmnElement.sourceRef.id);
    const b = shapeOf.get(pe.bpmnElement.targetRef.id);
    if (!a || !b) continue;
    pe.waypoint = route(a.bounds, b.bounds).map((p) => moddle.create('dc:Point', p));
    pe.label = undefined;
  }
  const laneSet = moddle.create('bpmn:LaneSet', { id: 'LaneSet_1' });
  laneSet.lanes = lanes.map((name, i) => {
    const lane = moddle.create('bpmn:Lane', { id: `Lane_${i + 1}`, name });
    lane.flowNodeRef = [...laneOfNode].filter(([, l]) => l === name).map(([id]) => process.flowElements.find((e: ModdleEl) => e.id === id));
    lane.$parent = laneSet;
    return lane;
  });
  laneSet.$parent = process;
  process.laneSets = [laneSet];
  const participant = moddle.create('bpmn:Participant', { id: 'Participant_1', name: g.name, processRef: process });
  const collaboration = moddle.create('bpmn:Collaboration', { id: 'Collaboration_1', participants: [participant] });
  participant.$parent = collaboration;
  collaboration.$parent = defs;
  defs.rootElements.unshift(collaboration);
  plane.bpmnElement = collaboration;
  const bounds = (x: number, yy: number, w: number, h: number) => moddle.create('dc:Bounds', { x, y: yy, width: w, height: h });
  const extra = [
    moddle.create('bpmndi:BPMNShape', { id: 'Participant_1_di', bpmnElement: participant, isHorizontal: true, bounds: bounds(left, top, width, y - top) }),
    ...laneSet.lanes.map((lane: ModdleEl, i: number) =>
      moddle.create('bpmndi:BPMNShape', { id: `${lane.id}_di`, bpmnElement: lane, isHorizontal: true, bounds: bounds(left + POOL_LABEL, laneTop.get(lanes[i]!)!, width - POOL_LABEL, laneHeight.get(lanes[i]!)!) }),
    ),
  ];
  plane.planeElement = [...extra, ...plane.planeElement];
  const { xml: out } = await moddle.toXML(defs, { format: true });
  return out;
}

/** Offline steps as a graph: start, the steps in order, each decision splitting into its two branches, which
 * meet at a merging gateway before the next step; every open branch at the end gets its own end event. */
export function stepsToGraph(steps: Step[], name: string): ProcessGraph {
  const nodes: ProcessGraph['nodes'] = [{ id: 'start', type: 'startEvent', name: 'Start' }];
  const flows: ProcessGraph['flows'] = [];
  let n = 0;
  // Lanes: each step's own; the start with the first step, a join with the step after it, an end with the one before.
  const laneOf = new Map<string, string | undefined>([['start', steps[0]?.lane]]);
  const node = (type: ProcessGraph['nodes'][number]['type'], nm?: string, lane?: string) => {
    const id = `n${++n}`;
    nodes.push({ id, type, ...(nm ? { name: nm } : {}), ...(lane ? { lane } : {}) });
    laneOf.set(id, lane);
    return id;
  };
  let tails = ['start'];
  const connectTails = (target: string) => {
    // Several open branches meet at a merging gateway first (no implicit joins).
    if (tails.length > 1) {
      const join = node('exclusiveGateway', undefined, laneOf.get(target));
      for (const t of tails) flows.push({ from: t, to: join });
      tails = [join];
    }
    flows.push({ from: tails[0]!, to: target });
  };
  for (const step of steps) {
    if (step.kind === 'task') {
      const t = node('task', step.name, step.lane);
      connectTails(t);
      tails = [t];
    } else {
      const gw = node('exclusiveGateway', step.question, step.lane);
      connectTails(gw);
      const yes = node('task', step.yes, step.lane);
      const no = node('task', step.no, step.lane);
      flows.push({ from: gw, to: yes, name: 'yes', condition: `\${${step.question.replace(/\?$/, '').replace(/\W+/g, '_').toLowerCase()}}` });
      flows.push({ from: gw, to: no, name: 'no', default: true });
      tails = [yes, no];
    }
  }
  // Each open branch ends in its own end event (one end event with two incoming flows would be a fake join).
  for (const t of tails) flows.push({ from: t, to: node('endEvent', 'End', laneOf.get(t)) });
  const lanes = [...new Set(steps.map((st) => st.lane).filter((l): l is string => !!l))];
  if (lanes.length && steps[0]?.lane) nodes[0]!.lane = steps[0].lane;
  return { name, nodes, flows, ...(lanes.length ? { lanes } : {}) };
}

/** BPMN XML (with DI) for a description's steps; throws with a readable message when there is nothing to draw. */
export async function generateProcess(description: string, name = 'New process'): Promise<Generated> {
  const steps = parseDescription(description);
  if (!steps.some((s) => s.kind === 'task' || s.kind === 'decision')) {
    throw new Error('I found no steps. Write one step per line (numbered or bulleted), or separate them with commas; use "if … then …, otherwise …" for a decision.');
  }
  const graph = stepsToGraph(steps, name);
  const { xml, lint } = await buildProcess(graph);
  const names = steps.flatMap((s) => (s.kind === 'task' ? [s.name] : [s.question, s.yes, s.no]));
  return { xml, steps, lint, names, lanes: graph.lanes ?? [] };
}
