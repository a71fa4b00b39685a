// A new process from a plain description, offline (no model needed): numbered or bulleted steps, one per line,
// or one line with "," / ";" / "then" between steps, and "if … then A, otherwise B" decisions.
// Built with bpmn-moddle, laid out by bpmn-auto-layout, then checked: every step present, bpmnlint clean.
import { BpmnModdle } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';
import { lintDefinitions, type LintFinding } from '@/lib/bpmn/lint';

export type Step = { kind: 'task'; name: string } | { kind: 'decision'; question: string; yes: string; no: string };

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
  const segments: string[] = [];
  for (const line of lines.length === 1 ? lines[0]!.split(/;\s*/) : lines) {
    if (/^(?:if|when|wenn|falls)\b/i.test(line.trim())) segments.push(line);
    else segments.push(...line.split(/,\s*|\s+then\s+|\s+dann\s+|\.\s+/i));
  }
  const steps: Step[] = [];
  for (const raw of segments) {
    const seg = raw.trim().replace(/[.;]+$/, '');
    if (!seg || END_WORDS.test(seg) || START_WORDS.test(seg)) continue;
    const d = DECISION.exec(seg) ?? DECISION_NO_SEP.exec(seg);
    if (d) {
      const q = clean(d[1]!);
      steps.push({ kind: 'decision', question: q.endsWith('?') ? q : `${q}?`, yes: clean(d[2]!), no: clean(d[3]!) });
    } else steps.push({ kind: 'task', name: clean(seg) });
  }
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
  let tails = [node('bpmn:StartEvent', 'Start')];
  const connectTails = (target: ReturnType<typeof node>) => {
    // Several open branches meet at a merging gateway first (no implicit joins).
    if (tails.length > 1) {
      const join = node('bpmn:ExclusiveGateway');
      for (const t of tails) flow(t, join);
      tails = [join];
    }
    flow(tails[0]!, target);
  };
  for (const step of steps) {
    if (step.kind === 'task') {
      const t = node('bpmn:Task', step.name);
      names.push(step.name);
      connectTails(t);
      tails = [t];
    } else {
      const gw = node('bpmn:ExclusiveGateway', step.question);
      names.push(step.question, step.yes, step.no);
      connectTails(gw);
      const yes = node('bpmn:Task', step.yes);
      const no = node('bpmn:Task', step.no);
      flow(gw, yes, 'yes', `\${${step.question.replace(/\?$/, '').replace(/\W+/g, '_').toLowerCase()}}`);
      gw.default = flow(gw, no, 'no');
      tails = [yes, no];
    }
  }
  // Each open branch ends in its own end event (one end event with two incoming flows would be a fake join).
  for (const t of tails) {
    const end = node('bpmn:EndEvent', 'End');
    flow(t, end);
  }
  process.flowElements = els;
  const definitions = moddle.create('bpmn:Definitions', { id: 'Definitions_1', targetNamespace: 'http://bpmn.io/schema/bpmn', rootElements: [process] });
  process.$parent = definitions;
  const { xml: bare } = await moddle.toXML(definitions, { format: true });
  const xml = await layoutProcess(bare);
  const { rootElement } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  return { xml, steps, lint: await lintDefinitions(rootElement), names };
}
