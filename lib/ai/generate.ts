// A new process from a plain description, offline (issue 12 item 5): numbered or bulleted steps, one per line,
// or one line with "," / ";" / "then" between steps, and "if … then A, otherwise B" decisions. "Sales: …" in front
// of steps puts them (and the steps after them) into lane Sales of one pool (issue 17).
// Built with bpmn-moddle, laid out by bpmn-auto-layout, then checked: every step present, bpmnlint clean.
import { BpmnModdle } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';
import { lintDefinitions, type LintFinding } from '@/lib/bpmn/lint';
import { route } from '@/lib/bpmn/edits/apply-moddle';

export type Step = ({ kind: 'task'; name: string } | { kind: 'decision'; question: string; yes: string; no: string }) & { lane?: string };

// "Sales: receive order" — up to four words before a colon name a lane; "If in stock: ship" is a decision.
const LANE_PREFIX = /^([\p{L}][\p{L}\p{N}&/'’.-]*(?:\s+[\p{L}\p{N}&/'’.-]+){0,3})\s*:\s+(.+)$/u;
const NOT_LANE = /^(?:if|when|wenn|falls|then|dann|step|schritt|otherwise|else|sonst|note|hinweis|create|erstelle|process|prozess)$/i;

function lanePrefix(s: string): { lane: string; rest: string } | null {
  const m = LANE_PREFIX.exec(s.trim());
  if (!m || NOT_LANE.test(m[1]!.split(/\s+/)[0]!)) return null;
  return { lane: capital(m[1]!.trim()), rest: m[2]! };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clean = (s: string) => capital(s.trim().replace(/^(?:then|and then|and|dann|und dann|danach)\s+/i, '').replace(/[.;,:]+$/, '').replace(/\s+/g, ' ').trim());
const END_WORDS = /^(?:end|done|finish(?:ed)?|stop|ende|fertig|schluss)$/i;
const START_WORDS = /^(?:start|begin|beginn|anfang)$/i;

const DECISION = /^(?:if|when|wenn|falls)\s+(.+?)(?:,|:|\s+then\b|\s+dann\b)\s*(.+?)(?:[,;]\s*|\s+)(?:otherwise|else|if not|sonst|andernfalls|ansonsten)[,:]?\s+(.+)$/i;

// Without a comma or "then" the condition ends where the first action verb starts ("if in stock ship it, …").
const VERBS = 'ship|send|notify|check|approve|reject|create|pay|inform|book|call|contact|archive|deliver|order|cancel|escalate|review|update|write|prepare|process|return|refund|confirm|request|schedule|assign|close|open|register|pack|print|sign|submit|forward|charge|invoice|email|mail|ask|tell|wait|start|stop|end|offer|accept|decline|verify|validate|calculate|store|save|publish|plan|buy|sell|hire|train|test|fix|repair|replace|remove|add|move|transfer|move|grant|deny|block|unblock|remind|follow';
const DECISION_NO_SEP = new RegExp(`^(?:if|when)\\s+(.+?)\\s+((?:${VERBS})\\b.+?)(?:[,;]\\s*|\\s+)(?:otherwise|else|if not)[,:]?\\s+(.+)$`, 'i');

/** Steps in order; decisions with the question and both branches. */
export function parseDescription(description: string): Step[] {
  const lines = description
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:\d+[.)]|[-*•–]|step\s+\d+:?|schritt\s+\d+:?)\s*/i, '').trim())
    .filter(Boolean);
  // Segments in order; a lane prefix sets the lane for what follows it.
  const segments: ({ text: string } | { lane: string })[] = [];
  const pushParts = (body: string) => {
    if (/^(?:if|when|wenn|falls)\b/i.test(body.trim())) return segments.push({ text: body });
    for (const part of body.split(/,\s*|\s+then\s+|\s+dann\s+|\.\s+/i)) {
      const lp = lanePrefix(part);
      if (lp) segments.push({ lane: lp.lane }, { text: lp.rest });
      else segments.push({ text: part });
    }
    return 0;
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

export type Generated = { xml: string; steps: Step[]; lint: LintFinding[]; names: string[] };

/** BPMN XML (with DI) for the steps; throws with a readable message when there is nothing to draw. */
export async function generateProcess(description: string, name = 'New process'): Promise<Generated> {
  const steps = parseDescription(description);
  if (!steps.some((s) => s.kind === 'task' || s.kind === 'decision')) {
    throw new Error('I found no steps. Write one step per line (numbered or bulleted), or separate them with commas; use "if … then …, otherwise …" for a decision.');
  }
  const moddle = new BpmnModdle();
  const process = moddle.create('bpmn:Process', { id: 'Process_1', name, isExecutable: false });
  const els: unknown[] = [];
  let n = 0;
  const id = (p: string) => `${p}_${++n}`;
  const node = (type: string, nm?: string) => {
    const el = moddle.create(type, { id: id(type.replace('bpmn:', '')), ...(nm ? { name: nm } : {}) });
    el.$parent = process;
    el.incoming = [];
    el.outgoing = [];
    els.push(el);
    return el;
  };
  const flow = (a: ReturnType<typeof node>, b: ReturnType<typeof node>, nm?: string, condition?: string) => {
    const f = moddle.create('bpmn:SequenceFlow', { id: id('Flow'), sourceRef: a, targetRef: b, ...(nm ? { name: nm } : {}) });
    if (condition) f.conditionExpression = moddle.create('bpmn:FormalExpression', { body: condition });
    f.$parent = process;
    a.outgoing.push(f);
    b.incoming.push(f);
    els.push(f);
    return f;
  };
  const names: string[] = [];
  // Lane of each node id: steps as written; the start with the first step, a join with the step after it, an end
  // event with the step before it.
  const laneOf = new Map<string, string>();
  const inLane = <T extends { id: string }>(el: T, lane: string | undefined): T => {
    if (lane) laneOf.set(el.id, lane);
    return el;
  };
  let tails = [inLane(node('bpmn:StartEvent', 'Start'), steps[0]?.lane)];
  const connectTails = (target: ReturnType<typeof node>) => {
    // Several open branches meet at a merging gateway first (no implicit joins).
    if (tails.length > 1) {
      const join = inLane(node('bpmn:ExclusiveGateway'), laneOf.get(target.id));
      for (const t of tails) flow(t, join);
      tails = [join];
    }
    flow(tails[0]!, target);
  };
  for (const step of steps) {
    if (step.kind === 'task') {
      const t = inLane(node('bpmn:Task', step.name), step.lane);
      names.push(step.name);
      connectTails(t);
      tails = [t];
    } else {
      const gw = inLane(node('bpmn:ExclusiveGateway', step.question), step.lane);
      names.push(step.question, step.yes, step.no);
      connectTails(gw);
      const yes = inLane(node('bpmn:Task', step.yes), step.lane);
      const no = inLane(node('bpmn:Task', step.no), step.lane);
      flow(gw, yes, 'yes', `\${${step.question.replace(/\?$/, '').replace(/\W+/g, '_').toLowerCase()}}`);
      gw.default = flow(gw, no, 'no');
      tails = [yes, no];
    }
  }
  // Each open branch ends in its own end event (one end event with two incoming flows would be a fake join).
  for (const t of tails) {
    const end = inLane(node('bpmn:EndEvent', 'End'), laneOf.get(t.id));
    flow(t, end);
  }
  process.flowElements = els;
  const definitions = moddle.create('bpmn:Definitions', { id: 'Definitions_1', targetNamespace: 'http://bpmn.io/schema/bpmn', rootElements: [process] });
  process.$parent = definitions;
  const { xml: bare } = await moddle.toXML(definitions, { format: true });
  const laidOut = await layoutProcess(bare);
  // bpmn-auto-layout draws no pools or lanes: with lanes, the laid-out process goes into a pool with one band per lane.
  const xml = laneOf.size ? await intoLanes(laidOut, laneOf, name) : laidOut;
  const { rootElement } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  return { xml, steps, lint: await lintDefinitions(rootElement), names };
}

const ROW = 130;
const LANE_HEADER = 30;

/**
 * Puts a laid-out process into one pool with a lane per name (in order of first use). Columns (x) stay as laid
 * out; within a lane, the laid-out rows are kept apart, each ROW high. Flows are re-routed orthogonally.
 */
async function intoLanes(xml: string, laneOf: Map<string, string>, name: string): Promise<string> {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const moddle = new BpmnModdle();
  const { rootElement: defs } = (await moddle.fromXML(xml, 'bpmn:Definitions')) as { rootElement: any };
  const process = defs.rootElements.find((r: any) => r.$type === 'bpmn:Process');
  const plane = defs.diagrams[0].plane;
  const di = new Map<any, any>(plane.planeElement.map((pe: any) => [pe.bpmnElement, pe]));
  const nodes = process.flowElements.filter((e: any) => e.$type !== 'bpmn:SequenceFlow' && di.get(e)?.bounds);
  const laneNames = [...new Set(nodes.map((n: any) => laneOf.get(n.id)).filter(Boolean))] as string[];
  const fallback = laneNames[0]!;
  const laneName = (n: any) => laneOf.get(n.id) ?? fallback;
  const cy = (n: any) => Math.round(di.get(n).bounds.y + di.get(n).bounds.height / 2);
  const rowsIn = (l: string): number[] => [...new Set<number>(nodes.filter((n: any) => laneName(n) === l).map(cy))].sort((a, b) => a - b);
  const rows = new Map(laneNames.map((l) => [l, rowsIn(l)]));
  const minX = Math.min(...nodes.map((n: any) => di.get(n).bounds.x));
  const maxX = Math.max(...nodes.map((n: any) => di.get(n).bounds.x + di.get(n).bounds.width));
  const pool = { x: minX - LANE_HEADER - 50, y: 60, width: maxX - minX + LANE_HEADER + 100, height: 0 };
  const laneTop = new Map<string, number>();
  for (const l of laneNames) {
    laneTop.set(l, pool.y + pool.height);
    pool.height += rows.get(l)!.length * ROW;
  }
  for (const n of nodes) {
    const d = di.get(n);
    const l = laneName(n);
    const y = Math.round(laneTop.get(l)! + (rows.get(l)!.indexOf(cy(n)) + 0.5) * ROW - d.bounds.height / 2);
    const dy = y - d.bounds.y;
    d.bounds.y = y;
    if (d.label?.bounds) d.label.bounds.y += dy;
  }
  for (const f of process.flowElements.filter((e: any) => e.$type === 'bpmn:SequenceFlow')) {
    const edge = di.get(f);
    if (!edge) continue;
    edge.waypoint = route(di.get(f.sourceRef).bounds, di.get(f.targetRef).bounds).map((pt) => moddle.create('dc:Point', pt));
    delete edge.label; // bpmn-js places flow labels itself
  }
  const laneSet = moddle.create('bpmn:LaneSet', { id: 'LaneSet_1' });
  laneSet.lanes = laneNames.map((l, i) => {
    const lane = moddle.create('bpmn:Lane', { id: `Lane_${i + 1}`, name: l });
    lane.flowNodeRef = nodes.filter((n: any) => laneName(n) === l);
    const b = { x: pool.x + LANE_HEADER, y: laneTop.get(l)!, width: pool.width - LANE_HEADER, height: rows.get(l)!.length * ROW };
    plane.planeElement.push(moddle.create('bpmndi:BPMNShape', { id: `Lane_${i + 1}_di`, bpmnElement: lane, isHorizontal: true, bounds: moddle.create('dc:Bounds', b) }));
    return lane;
  });
  process.laneSets = [laneSet];
  const participant = moddle.create('bpmn:Participant', { id: 'Participant_1', name, processRef: process });
  const collaboration = moddle.create('bpmn:Collaboration', { id: 'Collaboration_1', participants: [participant] });
  defs.rootElements.unshift(collaboration);
  plane.bpmnElement = collaboration;
  plane.planeElement.unshift(moddle.create('bpmndi:BPMNShape', { id: 'Participant_1_di', bpmnElement: participant, isHorizontal: true, bounds: moddle.create('dc:Bounds', pool) }));
  const { xml: out } = await moddle.toXML(defs, { format: true });
  return out;
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
