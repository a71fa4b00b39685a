// The question suite: every question in analyst-questions.data.ts is asked of the offline analyst, and its answer
// is checked against a fact computed here from a separate bpmn-moddle parse of the same file (the oracle below
// shares no code with lib/bpmn/tools). Lint totals come from bpmnlint with the modeler toolbar's own config.
// Prints the pass rate per category; fails below 90 %.
import fs from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseBpmn, buildModel, diffModels, parseBpmn, type DiagramAnalysis } from '@/lib/bpmn';
import { bpmnlintConfig } from '@/components/modeler/lint-config';
import { answer } from './analyst-answers';
import type { TurnContext } from './context';
import { HELD_OUT_2_FROM, HELD_OUT_FROM, QUESTIONS as TUNED, type CountSpec, type Expect } from './analyst-questions.data';
import { FRESH_1, FRESH_1_FIRST_RUN, FRESH_2, FRESH_2_FIRST_RUN, FRESH_3, FRESH_3_FIRST_RUN, FRESH_4, FRESH_4_FIRST_RUN } from './analyst-questions.fresh';
import { FRESH_5, FRESH_5_FIRST_RUN } from './analyst-questions.fresh5';
import { FRESH_6, FRESH_6_FIRST_RUN } from './analyst-questions.fresh6';
import { FRESH_7, FRESH_7_FIRST_RUN } from './analyst-questions.fresh7';
import { FRESH_8, FRESH_8_FIRST_RUN } from './analyst-questions.fresh8';
import { FRESH_9, FRESH_9_FIRST_RUN } from './analyst-questions.fresh9';
import { FRESH_10, FRESH_10_FIRST_RUN } from './analyst-questions.fresh10';
import { FRESH_11, FRESH_11_FIRST_RUN } from './analyst-questions.fresh11';
import { FRESH_12, FRESH_12_FIRST_RUN } from './analyst-questions.fresh12';
import { FRESH_13, FRESH_13_FIRST_RUN } from './analyst-questions.fresh13';
import { FRESH_14, FRESH_14_FIRST_RUN } from './analyst-questions.fresh14';
import { FRESH_15, FRESH_15_FIRST_RUN } from './analyst-questions.fresh15';
import { FRESH_16, FRESH_16_FIRST_RUN } from './analyst-questions.fresh16';
import { FRESH_17, FRESH_17_FIRST_RUN } from './analyst-questions.fresh17';
import { FRESH_18, FRESH_18_FIRST_RUN } from './analyst-questions.fresh18';
import { FRESH_19, FRESH_19_FIRST_RUN } from './analyst-questions.fresh19';
import { FRESH_20, FRESH_20_FIRST_RUN } from './analyst-questions.fresh20';
import { PROBES_7 } from './analyst-questions.probes7';

const QUESTIONS = [...TUNED, ...FRESH_1, ...FRESH_2, ...FRESH_3, ...FRESH_4, ...FRESH_5, ...FRESH_6, ...FRESH_7, ...FRESH_8, ...FRESH_9, ...FRESH_10, ...FRESH_11, ...FRESH_12, ...FRESH_13, ...FRESH_14, ...FRESH_15, ...FRESH_16, ...FRESH_17, ...FRESH_18, ...FRESH_19, ...FRESH_20];
const FRESH_1_FROM = TUNED.length, FRESH_2_FROM = FRESH_1_FROM + FRESH_1.length, FRESH_3_FROM = FRESH_2_FROM + FRESH_2.length;
const FRESH_4_FROM = FRESH_3_FROM + FRESH_3.length, FRESH_5_FROM = FRESH_4_FROM + FRESH_4.length, FRESH_6_FROM = FRESH_5_FROM + FRESH_5.length;
const FRESH_7_FROM = FRESH_6_FROM + FRESH_6.length, FRESH_8_FROM = FRESH_7_FROM + FRESH_7.length, FRESH_9_FROM = FRESH_8_FROM + FRESH_8.length;
const FRESH_10_FROM = FRESH_9_FROM + FRESH_9.length, FRESH_11_FROM = FRESH_10_FROM + FRESH_10.length, FRESH_12_FROM = FRESH_11_FROM + FRESH_11.length;
const FRESH_13_FROM = FRESH_12_FROM + FRESH_12.length, FRESH_14_FROM = FRESH_13_FROM + FRESH_13.length;
const FRESH_15_FROM = FRESH_14_FROM + FRESH_14.length, FRESH_16_FROM = FRESH_15_FROM + FRESH_15.length;
const FRESH_17_FROM = FRESH_16_FROM + FRESH_16.length, FRESH_18_FROM = FRESH_17_FROM + FRESH_17.length, FRESH_19_FROM = FRESH_18_FROM + FRESH_18.length;
const FRESH_20_FROM = FRESH_19_FROM + FRESH_19.length;

const dir = path.resolve(import.meta.dirname, '../../e2e/fixtures/diagrams');

// ---------------------------------------------------------------- the oracle (plain moddle walking)

type El = { $type: string; id: string; name?: string; [k: string]: any };
type Oracle = {
  nodes: El[]; flows: El[]; messageFlows: El[]; lanes: { el: El; refs: Set<string>; parent: El | null }[]; participants: El[];
  scopeOf: Map<string, El>; processOf: Map<string, string>; byName: (n: string) => El; lint: number;
};

function readXml(name: string): string {
  const bytes = fs.readFileSync(path.join(dir, `${name}.bpmn`));
  let xml = /encoding="ISO-8859-1"/i.test(bytes.subarray(0, 100).toString('latin1')) ? bytes.toString('latin1') : bytes.toString('utf8');
  // The QName file prefixes references with "inc:"; the oracle reads them with its own one-line repair.
  if (name === 'qname-refs') xml = xml.replace(/(["> ])inc:/g, '$1');
  if (name === 'invoice-signavio') xml = xml.replace(/(["> ])sig:/g, '$1');
  return xml;
}

const oracles = new Map<string, Promise<Oracle>>();
function oracle(name: string): Promise<Oracle> {
  if (!oracles.has(name)) oracles.set(name, build(name));
  return oracles.get(name)!;
}

async function build(name: string): Promise<Oracle> {
  const { rootElement: defs } = await new BpmnModdle().fromXML(readXml(name), 'bpmn:Definitions');
  const nodes: El[] = [], flows: El[] = [], messageFlows: El[] = [], participants: El[] = [];
  const lanes: Oracle['lanes'] = [];
  const scopeOf = new Map<string, El>(), processOf = new Map<string, string>();
  const walk = (container: El, proc: string) => {
    for (const e of container.flowElements ?? []) {
      if (e.$type === 'bpmn:SequenceFlow') { flows.push(e); continue; }
      if (/DataObject|DataStore/.test(e.$type)) continue;
      nodes.push(e); scopeOf.set(e.id, container); processOf.set(e.id, proc);
      if (e.flowElements) walk(e, proc);
    }
  };
  for (const r of defs.rootElements ?? []) {
    if (r.$type === 'bpmn:Collaboration') { participants.push(...(r.participants ?? [])); messageFlows.push(...(r.messageFlows ?? [])); }
    if (r.$type === 'bpmn:Process') {
      walk(r, r.id);
      const lw = (set: El | undefined, parent: El | null) => { for (const l of set?.lanes ?? []) { lanes.push({ el: l, refs: new Set((l.flowNodeRef ?? []).map((x: El) => x.id)), parent }); lw(l.childLaneSet, l); } };
      for (const s of r.laneSets ?? []) lw(s, null);
    }
  }
  const reports = await new Linter(bpmnlintConfig as any).lint(defs);
  const lint = Object.values(reports).flat().filter((x: any) => x.category !== 'rule-error').length;
  const byName = (n: string) => {
    const el = nodes.find((x) => x.name === n) ?? nodes.find((x) => x.name?.replace(/€/g, 'EUR') === n.replace(/€/g, 'EUR'));
    if (!el) throw new Error(`oracle: no element named ${n} in ${name}`);
    return el;
  };
  return { nodes, flows, messageFlows, lanes, participants, scopeOf, processOf, byName, lint };
}

const isTask = (e: El) => /Task$/.test(e.$type);
const isActivity = (e: El) => isTask(e) || /SubProcess|CallActivity|Transaction/.test(e.$type);
const linkOf = (e: El) => (e.eventDefinitions ?? []).find((d: El) => d.$type === 'bpmn:LinkEventDefinition')?.name ?? null;

function ancestors(o: Oracle, e: El): El[] {
  const out: El[] = [];
  let s = o.scopeOf.get(e.id);
  while (s && s.$type !== 'bpmn:Process') { out.push(s); s = o.scopeOf.get(s.id); }
  return out;
}
function inLane(o: Oracle, e: El, laneName: string): boolean {
  const lane = o.lanes.find((l) => l.el.name === laneName);
  if (!lane) throw new Error(`oracle: no lane ${laneName}`);
  const ids = [e.id, ...ancestors(o, e).map((a) => a.id)];
  return ids.some((id) => lane.refs.has(id));
}

function succ(o: Oracle, e: El): El[] {
  const out = o.flows.filter((f) => f.sourceRef?.id === e.id).map((f) => f.targetRef);
  out.push(...o.nodes.filter((b) => b.attachedToRef?.id === e.id));
  if (e.$type === 'bpmn:IntermediateThrowEvent' && linkOf(e) !== null) out.push(...o.nodes.filter((c) => c.$type === 'bpmn:IntermediateCatchEvent' && linkOf(c) === linkOf(e) && o.scopeOf.get(c.id) === o.scopeOf.get(e.id)));
  return out;
}

function unreachable(o: Oracle): string[] {
  const out: string[] = [];
  const scopes = new Set(o.scopeOf.values());
  for (const scope of scopes) {
    const inScope = o.nodes.filter((n) => o.scopeOf.get(n.id) === scope);
    let seeds = inScope.filter((n) => n.$type === 'bpmn:StartEvent');
    if (!seeds.length) seeds = inScope.filter((n) => !o.flows.some((f) => f.targetRef?.id === n.id) && n.$type !== 'bpmn:BoundaryEvent' && !n.isForCompensation && linkOf(n) === null);
    seeds.push(...inScope.filter((n) => n.triggeredByEvent));
    const seen = new Set<string>();
    const stack = [...seeds];
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      stack.push(...succ(o, n).filter((x) => o.scopeOf.get(x.id) === scope));
    }
    for (const n of inScope) if (!seen.has(n.id) && !n.isForCompensation) out.push(n.id);
  }
  return out;
}

function hasCycle(o: Oracle): string[] {
  const state = new Map<string, number>();
  const found: string[] = [];
  const dfs = (n: El, trail: El[]) => {
    state.set(n.id, 1);
    for (const t of succ(o, n)) {
      if (state.get(t.id) === 1) found.push(...trail.slice(trail.findIndex((x) => x.id === t.id)).map((x) => x.id), t.id);
      else if (!state.has(t.id)) dfs(t, [...trail, t]);
    }
    state.set(n.id, 2);
  };
  for (const n of o.nodes) if (!state.has(n.id)) dfs(n, [n]);
  return found;
}

function topPaths(o: Oracle): number {
  let count = 0;
  const top = (e: El) => o.scopeOf.get(e.id)?.$type === 'bpmn:Process';
  for (const s of o.nodes.filter((n) => n.$type === 'bpmn:StartEvent' && top(n))) {
    const on = new Set<string>();
    const dfs = (n: El) => {
      if (on.has(n.id) || count > 100) return;
      if (n.$type === 'bpmn:EndEvent' && top(n)) { count++; return; }
      on.add(n.id);
      for (const t of succ(o, n)) dfs(t);
      on.delete(n.id);
    };
    dfs(s);
  }
  return count;
}

// Can a run reach a top-level end without executing `avoid`? Tokens as BPMN runs them: a parallel split (a parallel
// gateway, or an activity or event with several unconditioned flows) runs every branch, so all of them must manage
// it; a non-interrupting boundary event does not replace its activity's way on. Computed as a least fixpoint.
function canAvoid(o: Oracle, avoid: string): boolean {
  const top = (e: El) => o.scopeOf.get(e.id)?.$type === 'bpmn:Process';
  const ok = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const n of o.nodes) {
      if (ok.has(n.id) || n.id === avoid) continue;
      const out = o.flows.filter((f) => f.sourceRef?.id === n.id);
      const parallel = out.length > 1 && (n.$type === 'bpmn:ParallelGateway' || (!/Gateway$/.test(n.$type) && !out.some((f) => f.conditionExpression || n.default?.id === f.id)));
      const others = succ(o, n).filter((t) => !out.some((f) => f.targetRef?.id === t.id) && !(t.attachedToRef && t.cancelActivity === false));
      const yes = (n.$type === 'bpmn:EndEvent' && top(n))
        || (parallel ? out.every((f) => ok.has(f.targetRef.id)) : out.some((f) => ok.has(f.targetRef.id)))
        || others.some((t) => ok.has(t.id));
      if (yes) { ok.add(n.id); changed = true; }
    }
  }
  return o.nodes.some((n) => n.$type === 'bpmn:StartEvent' && top(n) && ok.has(n.id));
}

// ---------------------------------------------------------------- checking an answer

const cited = (a: string, id: string) => a.includes(`\`${id}\``);
const NONE = /\bnone\b|\bno\b|\bkeine?\b|\bnein\b|ありません|いいえ|なし/i;
const YES = /\byes\b|\bja\b|はい/i;
const LANG = { ja: /[\u3040-\u30ff]/, de: /\b(?:der|die|das|ist|gibt|nach|und|keine|nicht|es|sie|von|im|den|zu|kommt|ja|nein|ich|auf|vom|bis|zum|mit|für)\b/i, en: /\b(?:the|is|are|there|of|and|to|no|in|after|comes|yes|from|paths?)\b/i };

function numberIn(line: string, n: number): boolean {
  return new RegExp(`(?<![\\d.,])${n}(?![\\d.,])`).test(line);
}

async function check(d: string, lang: 'en' | 'de' | 'ja', a: string, e: Expect): Promise<string | null> {
  const o = await oracle(d);
  const first = a.split('\n')[0]!;
  if (!LANG[lang].test(a)) return `answer is not in ${lang}`;
  // Developer configuration never belongs in a modeller's answer (whatever was asked).
  if (/OPENAI|API[_ ]?KEY|BASE_URL|environment variable|Umgebungsvariable|環境変数/i.test(a)) return 'configuration text in answer';
  // No question here names something the diagram lacks: "I couldn't find …" is wrong even when the names it lists
  // happen to hold the expected ids.
  if (/^(?:I couldn't find an element called|Ich finde kein Element namens)|^図の中に.*という要素は見つかりません/.test(first)) return 'answered "not found"';
  if ('count' in e) {
    const n = countOf(o, e.count);
    return numberIn(first, n) ? null : `expected the count ${n} in the first line`;
  }
  if ('more' in e) {
    const [a1, b1] = e.more.map((c) => countOf(o, c)) as [number, number];
    if (!numberIn(first, a1) || !numberIn(first, b1)) return `expected both counts ${a1} and ${b1} in the first line`;
    const lead = first.replace(/^[^\p{L}]+/u, '');
    return (a1 > b1 ? /^(?:no|nein|いいえ)\b/i : /^(?:yes|ja|はい)\b/i).test(lead) ? `wrong yes/no for ${a1} vs ${b1}` : null;
  }
  if ('mostLane' in e || 'mostPool' in e) {
    const groups = 'mostLane' in e
      ? o.lanes.filter((l) => !o.lanes.some((c) => c.parent === l.el)).map((l) => ({ name: l.el.name as string, n: o.nodes.filter((x) => isTask(x) && inLane(o, x, l.el.name!)).length }))
      : o.participants.map((p) => ({ name: p.name as string, n: o.nodes.filter((x) => isTask(x) && o.processOf.get(x.id) === p.processRef?.id).length }));
    const top = Math.max(...groups.map((g) => g.n));
    const best = groups.filter((g) => g.n === top);
    return best.some((g) => first.includes(g.name)) && numberIn(first, top) ? null : `expected ${best.map((g) => g.name).join(' or ')} with ${top} in the first line`;
  }
  if ('upstream' in e || 'downstream' in e) {
    const el = o.byName('upstream' in e ? e.upstream : e.downstream);
    const ids = [...('upstream' in e ? closure(o, el, true) : closure(o, el, false))].filter((id) => id !== el.id && isActivity(o.nodes.find((x) => x.id === id)!));
    const missing = ids.filter((id) => !cited(a, id));
    return missing.length ? `expected ${missing.join(', ')} cited` : null;
  }
  if ('reaches' in e) {
    const yes = closure(o, o.byName(e.reaches[0]), false).has(o.byName(e.reaches[1]).id);
    return (yes ? YES : NONE).test(first) && !(yes ? NONE : YES).test(first.split(/[.。]/)[0]!) ? null : `expected ${yes ? 'yes' : 'no'}`;
  }
  if ('messageTarget' in e) {
    const el = o.byName(e.messageTarget);
    const mfs = o.messageFlows.filter((m) => m.sourceRef?.id === el.id);
    if (!mfs.length) throw new Error(`oracle: no message flow from ${e.messageTarget}`);
    const poolOf = (t: El) => o.participants.find((p) => p === t || p.processRef?.id === o.processOf.get(t.id));
    const missing = mfs.filter((m) => !cited(a, m.targetRef.id) && !(poolOf(m.targetRef)?.name && a.includes(poolOf(m.targetRef)!.name!)));
    return missing.length ? `expected ${missing.map((m) => m.targetRef.id).join(', ')} or its pool named` : null;
  }
  if ('gatewayKind' in e) {
    const el = o.byName(e.gatewayKind);
    const words: Record<string, RegExp> = {
      'bpmn:ExclusiveGateway': /exclusive|XOR|exklusiv|排他/i, 'bpmn:ParallelGateway': /parallel|並列|AND/i,
      'bpmn:InclusiveGateway': /inclusive|inklusiv|OR-|包含|OR gateway/i, 'bpmn:EventBasedGateway': /event-based|event based|ereignisbasiert|イベントベース/i,
      'bpmn:ComplexGateway': /complex|komplex|複合/i,
    };
    return cited(a, el.id) && words[el.$type]!.test(first) ? null : `expected ${el.id} cited and its type (${el.$type}) named in the first line`;
  }
  if ('mismatches' in e) {
    const pairs = mismatches(o);
    if (!pairs.length) return NONE.test(first) ? null : 'expected "no mismatch"';
    const missing = pairs.flat().filter((id) => !cited(a, id));
    return !NONE.test(first.split(/[.。:]/)[0]!) && !missing.length ? null : `expected the mismatch ${pairs.map((p) => p.join('/')).join(', ')}`;
  }
  return checkOlder(o, d, a, first, e);
}

function countOf(o: Oracle, s: CountSpec): number {
    if (s.collection === 'lanes') return o.lanes.length;
    if (s.collection === 'participants') return o.participants.length;
    if (s.collection === 'messageFlows') return o.messageFlows.length;
    if (s.collection === 'flows') return o.flows.length;
    {
      return o.nodes.filter((x) => {
        if (s.family === 'task' && !isTask(x)) return false;
        if (s.family === 'gateway' && !/Gateway$/.test(x.$type)) return false;
        if (s.family === 'event' && !/Event$/.test(x.$type)) return false;
        if (s.family === 'activity' && !isActivity(x)) return false;
        if (s.types && !s.types.some((t) => x.$type === `bpmn:${t[0]!.toUpperCase()}${t.slice(1)}`)) return false;
        if (s.eventDef && !(x.eventDefinitions ?? []).some((d: El) => d.$type.toLowerCase() === `bpmn:${s.eventDef}eventdefinition`)) return false;
        if (s.lane && !inLane(o, x, s.lane)) return false;
        if (s.pool?.startsWith('__sub:')) { if (!ancestors(o, x).some((a) => a.name === s.pool!.slice(6))) return false; }
        else if (s.pool) { const p = o.participants.find((pp) => pp.name === s.pool); if (o.processOf.get(x.id) !== p?.processRef?.id) return false; }
        return true;
      }).length;
    }
}

/** Every node reachable from (or, backwards, reaching) el along sequence flows, boundary attachments and links. */
function closure(o: Oracle, el: El, backwards: boolean): Set<string> {
  const seen = new Set<string>();
  const stack = [el];
  while (stack.length) {
    const n = stack.pop()!;
    const next = backwards ? o.nodes.filter((p) => succ(o, p).some((x) => x.id === n.id)) : succ(o, n);
    for (const x of next) if (!seen.has(x.id)) { seen.add(x.id); stack.push(x); }
  }
  return seen;
}

/** A split (gateway with several outgoing flows) and the nearest join (gateway with several incoming flows) that all
 *  its branches reach without passing the split again; a pair of different types is a mismatch. */
function mismatches(o: Oracle): [string, string][] {
  const out: [string, string][] = [];
  const gw = (x: El) => /Gateway$/.test(x.$type);
  const inCount = (x: El) => o.flows.filter((f) => f.targetRef?.id === x.id).length;
  for (const split of o.nodes.filter((x) => gw(x) && o.flows.filter((f) => f.sourceRef?.id === x.id).length > 1)) {
    const dists = o.flows.filter((f) => f.sourceRef?.id === split.id).map((f) => {
      const dist = new Map<string, number>();
      const queue: [El, number][] = [[f.targetRef, 1]];
      while (queue.length) {
        const [n, k] = queue.shift()!;
        if (n.id === split.id || dist.has(n.id)) continue;
        dist.set(n.id, k);
        for (const x of succ(o, n)) queue.push([x, k + 1]);
      }
      return dist;
    });
    const joins = o.nodes.filter((x) => gw(x) && inCount(x) > 1 && dists.every((d) => d.has(x.id)));
    if (!joins.length) continue;
    const join = joins.reduce((b, x) => (Math.max(...dists.map((d) => d.get(x.id)!)) < Math.max(...dists.map((d) => d.get(b.id)!)) ? x : b));
    if (join.$type !== split.$type) out.push([split.id, join.id]);
  }
  return out;
}

async function checkOlder(o: Oracle, d: string, a: string, first: string, e: Expect): Promise<string | null> {
  if ('next' in e || 'prev' in e) {
    const key = 'next' in e ? e.next : e.prev;
    let el: El;
    let ids: string[];
    if (key.startsWith('__subProcessOf:')) {
      el = o.scopeOf.get(o.byName(key.slice(15)).id)!;
      ids = o.flows.filter((f) => f.sourceRef?.id === el.id).map((f) => f.targetRef.id);
    } else if (key.startsWith('__link:')) {
      el = o.byName(key.slice(7));
      ids = succ(o, el).map((x) => x.id);
    } else {
      el = o.byName(key);
      ids = 'next' in e ? o.flows.filter((f) => f.sourceRef?.id === el.id).map((f) => f.targetRef.id) : o.flows.filter((f) => f.targetRef?.id === el.id).map((f) => f.sourceRef.id);
    }
    const missing = ids.filter((id) => !cited(a, id));
    return missing.length ? `expected ${missing.join(', ')} cited` : null;
  }
  if ('lane' in e) {
    const el = o.byName(e.lane);
    const ids = [el.id, ...ancestors(o, el).map((x) => x.id)];
    const lanes = o.lanes.filter((l) => ids.some((id) => l.refs.has(id)));
    const inner = lanes.find((l) => !lanes.some((c) => c.parent === l.el)) ?? lanes[0];
    return inner && cited(a, inner.el.id) ? null : `expected lane ${inner?.el.id} cited`;
  }
  if ('laneWork' in e) {
    const ids = o.nodes.filter((x) => isActivity(x) && inLane(o, x, e.laneWork)).map((x) => x.id);
    const missing = ids.filter((id) => !cited(a, id));
    return missing.length ? `expected ${missing.join(', ')} cited` : null;
  }
  if ('ends' in e) {
    const ends = o.nodes.filter((x) => x.$type === 'bpmn:EndEvent' && o.scopeOf.get(x.id)?.$type === 'bpmn:Process').map((x) => x.id);
    const missing = ends.filter((id) => !cited(a, id));
    if (missing.length) return `expected ${missing.join(', ')} cited`;
    const procs = new Set(o.nodes.map((x) => o.processOf.get(x.id))).size;
    return procs > 1 || numberIn(first, ends.length) ? null : `expected ${ends.length} ways in the first line`;
  }
  if ('unreachable' in e) {
    const ids = unreachable(o);
    if (!ids.length) return NONE.test(first) && !/can never be reached|nie erreichbar|到達できない要素が/.test(a) ? null : 'expected "none"';
    const missing = ids.filter((id) => !cited(a, id));
    return missing.length ? `expected ${missing.join(', ')} cited` : null;
  }
  if ('loops' in e) {
    const ids = hasCycle(o);
    if (!ids.length) return NONE.test(first) ? null : 'expected "no loops"';
    return YES.test(first) && ids.some((id) => cited(a, id)) ? null : `expected yes and one of ${[...new Set(ids)].join(', ')}`;
  }
  if ('messages' in e) {
    const missing = o.messageFlows.map((m) => m.name ?? m.messageRef?.name).filter((n) => n && !a.includes(n));
    return missing.length ? `expected messages ${missing.join(', ')}` : null;
  }
  if ('lanes' in e) {
    const missing = o.lanes.map((l) => l.el.name as string).filter((n) => !a.includes(n));
    return missing.length ? `expected lanes ${missing.join(', ')}` : null;
  }
  if ('pools' in e) {
    const missing = o.participants.map((p) => p.name as string).filter((n) => !a.includes(n));
    return missing.length ? `expected pools ${missing.join(', ')}` : null;
  }
  if ('branches' in e) {
    const el = o.byName(e.branches);
    const missing = o.flows.filter((f) => f.sourceRef?.id === el.id).map((f) => f.targetRef.id).filter((id) => !cited(a, id));
    return missing.length ? `expected ${missing.join(', ')} cited` : null;
  }
  if ('whatIf' in e) {
    const gw = o.byName(e.whatIf[0]);
    const flow = o.flows.find((f) => f.sourceRef?.id === gw.id && f.name === e.whatIf[1]);
    if (!flow) throw new Error(`oracle: no branch ${e.whatIf[1]}`);
    const others = o.flows.filter((f) => f.sourceRef?.id === gw.id && f !== flow).map((f) => f.targetRef.id);
    if (!cited(a, flow.targetRef.id)) return `expected ${flow.targetRef.id} cited`;
    // The answer follows the branch asked about, not the others.
    return others.some((id) => cited(a, id) && id !== flow.targetRef.id && first.indexOf(`\`${id}\``) < first.indexOf(`\`${flow.targetRef.id}\``)) ? 'followed another branch first' : null;
  }
  if ('lint' in e) {
    if (!o.lint) return /no problems|keine Probleme|問題は見つかりません/.test(first) || !/\d+ (?:problems|Probleme)|問題が\d+件/.test(first) ? null : 'expected no lint problems';
    return numberIn(first, o.lint) ? null : `expected ${o.lint} problems in the first line`;
  }
  if ('paths' in e) {
    const n = topPaths(o);
    return numberIn(first, n) ? null : `expected ${n} paths in the first line`;
  }
  if ('pathsAvoid' in e) {
    const yes = canAvoid(o, o.byName(e.pathsAvoid).id);
    return (yes ? YES : NONE).test(first) ? null : `expected ${yes ? 'yes' : 'no'}`;
  }
  if ('find' in e || 'describe' in e) {
    const el = o.byName('find' in e ? e.find : e.describe);
    if (!cited(a, el.id)) return `expected ${el.id} cited`;
    if (el.attachedToRef && 'describe' in e && !cited(a, el.attachedToRef.id)) return `expected host ${el.attachedToRef.id} cited`;
    return null;
  }
  if ('needsModel' in e) {
    if (/OPENAI|API[_ ]?KEY|BASE_URL|environment variable|Umgebungsvariable|環境変数/i.test(a)) return 'configuration text in answer';
    return /language model|Sprachmodell|言語モデル/.test(first) ? null : 'expected to say a language model is needed';
  }
  if ('summary' in e) return numberIn(first, o.nodes.length) ? null : `expected ${o.nodes.length} elements in the first line`;
  if ('changes' in e) {
    const before = await oracle(e.changes);
    const ids = new Set(before.nodes.map((x) => x.id));
    const added = o.nodes.filter((x) => !ids.has(x.id)).map((x) => x.id);
    const renamed = o.nodes.filter((x) => ids.has(x.id) && before.nodes.find((y) => y.id === x.id)!.name !== x.name).map((x) => x.id);
    const missing = [...added, ...renamed].filter((id) => !cited(a, id));
    return missing.length ? `expected ${missing.join(', ')} cited` : null;
  }
  if ('mismatch' in e) return /\bno\b|keine|ありません/i.test(first) ? 'expected a mismatch' : /Gateway|Gw_/.test(a) ? null : 'expected the gateways cited';
  return 'unknown expectation';
}

// ---------------------------------------------------------------- the run

const analyses = new Map<string, Promise<DiagramAnalysis>>();
const analysisOf = (d: string) => {
  if (!analyses.has(d)) analyses.set(d, analyseBpmn(new Uint8Array(fs.readFileSync(path.join(dir, `${d}.bpmn`)))));
  return analyses.get(d)!;
};

async function turnFor(d: string, question: string, e: Expect): Promise<TurnContext> {
  const analysis = await analysisOf(d);
  const t: TurnContext = {
    question, history: [], attachments: [], skipped: [], currentAttachmentIds: [],
    diagram: { diagramId: 'dgm', name: d, revisionId: 'rev_2', xml: '', xmlForModel: '', xmlTrimmed: false, elementList: null, analysis, parseError: null, previousRevisionId: null, changes: null },
  };
  if ('changes' in e) {
    t.diagram!.previousRevisionId = 'rev_1';
    t.diagram!.changes = diffModels(buildModel((await parseBpmn(new Uint8Array(fs.readFileSync(path.join(dir, `${e.changes}.bpmn`))))).definitions), analysis.model);
  }
  return t;
}

type Batch = 'tuned' | 'held-out 1' | 'held-out 2' | 'fresh 1' | 'fresh 2' | 'fresh 3' | 'fresh 4' | 'fresh 5' | 'fresh 6' | 'fresh 7' | 'fresh 8' | 'fresh 9' | 'fresh 10' | 'fresh 11' | 'fresh 12' | 'fresh 13' | 'fresh 14' | 'fresh 15' | 'fresh 16' | 'fresh 17' | 'fresh 18' | 'fresh 19' | 'fresh 20';
const batchOf = (i: number): Batch => (i >= FRESH_20_FROM ? 'fresh 20' : i >= FRESH_19_FROM ? 'fresh 19' : i >= FRESH_18_FROM ? 'fresh 18' : i >= FRESH_17_FROM ? 'fresh 17' : i >= FRESH_16_FROM ? 'fresh 16' : i >= FRESH_15_FROM ? 'fresh 15' : i >= FRESH_14_FROM ? 'fresh 14' : i >= FRESH_13_FROM ? 'fresh 13' : i >= FRESH_12_FROM ? 'fresh 12' : i >= FRESH_11_FROM ? 'fresh 11' : i >= FRESH_10_FROM ? 'fresh 10' : i >= FRESH_9_FROM ? 'fresh 9' : i >= FRESH_8_FROM ? 'fresh 8' : i >= FRESH_7_FROM ? 'fresh 7' : i >= FRESH_6_FROM ? 'fresh 6' : i >= FRESH_5_FROM ? 'fresh 5' : i >= FRESH_4_FROM ? 'fresh 4' : i >= FRESH_3_FROM ? 'fresh 3' : i >= FRESH_2_FROM ? 'fresh 2' : i >= FRESH_1_FROM ? 'fresh 1' : i >= HELD_OUT_2_FROM ? 'held-out 2' : i >= HELD_OUT_FROM ? 'held-out 1' : 'tuned');
const results: { cat: string; lang: string; ok: boolean; batch: Batch }[] = [];
const failures: string[] = [];

// Honest figures (each batch's rate on its first run, before any change made for it):
// first 266 questions 89.8 %; held-out 1: 40/48 (83 %); held-out 2: 29/33 (88 %); fresh 1 (108 questions, three
// diagrams in new styles): 74/108 (68.5 %); fresh 2 (37 questions, one more new diagram, written after the work for
// fresh 1): 32/37 (86.5 %); fresh 3 (28 questions, after the work for fresh 2): 25/28 (89.3 %); fresh 4 (60 questions, two more new
// diagrams): 38/60 (63.3 %); fresh 5 (103 blind questions, three more new export styles, run once at 15:50 UTC on
// 1 Dec after the analyst work for fresh 4): 75/103 (72.8 %); fresh 6 (116 blind questions, three more new export
// styles, run once at 19:01 UTC on 1 Dec on main 985f406): 96/116 (82.8 %). Per category in analyst-questions.fresh.ts,
// analyst-questions.fresh5.ts and analyst-questions.fresh6.ts; fresh 7 (137 blind questions, three more export styles —
// Flowable, Visual Paradigm, Camunda 7 — run once at 19:40 UTC on 1 Dec on main fc346a6, the round's final analyst work):
// 110/137 (80.3 %), per category, language and miss in analyst-questions.fresh7.ts. Every batch, fresh 7 too, was then
// improved on, so the rates printed below are no longer honest for these questions — only a new batch is. Fresh 8
// (124 blind questions, three more export styles — Trisotech, ADONIS, Activiti — run once at 22:09 UTC on 1 Dec on
// main 949ac72, after the round's analyst work "[fresh89-ready]"): 109/124 (87.9 %), per category, language and miss in
// analyst-questions.fresh8.ts.

// Fresh 9 (133 blind questions, three more export styles — Yaoqiang, Visio, Cardanit — written at the same time as
// fresh 8 by another engineer and run once at 22:09 UTC on 1 Dec on main 949ac72): 114/133 (85.7 %), per category,
// language and miss in analyst-questions.fresh9.ts. Both were then improved on (now gated at 90 % like the others).

// Fresh 10 (147 blind questions, three more export styles — Blueworks Live, Camunda 8 Web Modeler, draw.io — run once
// at 01:53 UTC on 2 Dec on main 32a4247, "[fresh10-ready]"): 112/147 (76.2 %), per category, language and miss in
// analyst-questions.fresh10.ts. Not at 90 % yet: gated by a floor (below).

// Fresh 11 (138 blind questions, three more export styles — Cameo/MagicDraw, Appian, Miro — run once at 01:54 UTC on
// 2 Dec on main 32a4247, after "[fresh10-ready]"): 110/138 (79.7 %), per category, language and miss in
// analyst-questions.fresh11.ts. Not at 90 % yet: gated by a floor (below).

// Fresh 12 (148 blind questions, three more export styles — Modelio, ProcessMaker 4, Eclipse BPMN2 Modeler — written on
// 2 Dec 2026 03:45–05:00 UTC, run once at 05:21 UTC on 81bcc52, main 88b6b34 "[fresh12-ready]"): 130/148 (87.8 %), per
// category, language and miss in analyst-questions.fresh12.ts. Not at 90 % yet: gated by a floor (below).

// Fresh 13 (142 blind questions, three more export styles — iGrafx, Oracle BPM Studio, Lucidchart — written while
// writer12 wrote fresh 12, run once at 05:21 UTC on 2 Dec on main 88b6b34, "[fresh12-ready]"): 119/142 (83.8 %), per category,
// language and miss in analyst-questions.fresh13.ts. Not at 90 % yet: gated by a floor (below).

// Fresh 14 (166 blind questions, three more export styles — Axon Ivy, IBM BAW Process Designer, SAP PowerDesigner — run
// once at 18:30 UTC on 2 Dec on main a9dd0be, "[fresh14-ready]"): 139/166 (83.7 %), per category, language and miss in
// analyst-questions.fresh14.ts. Not at 90 % yet: gated by a floor at that figure (below).

// Fresh 15 (158 blind questions, three more export styles — Creately, HEFLO, Bpanda — written on 2 Dec 17:18–17:35 UTC,
// run once at 18:32–18:39 UTC on main a9dd0be "[fresh14-ready]"): 141/158 (89.2 %), per category, language and miss in
// analyst-questions.fresh15.ts. Not at 90 % yet: gated by a floor (below).

// Fresh 16 (200 blind questions — QPR, Symbio, Questetra — run once at 08:47–08:50 UTC on 3 Dec on main 91421a8):
// 184/200, 182/200 (91.0 %) re-scored with "not found" counted wrong. Fresh 17 (198 blind questions — MEGA HOPEX,
// Nintex Promapp, yEd — written on 3 Dec 12:59–13:10 UTC, run once at 13:12–13:16 UTC on main dfecd01): 186/198
// (93.9 %). Fresh 18 (194 blind questions — Orbus iServer, Joget DX, intra-mart IM-BPM — written on 3 Dec
// 13:16–13:26 UTC, run once at 13:27–13:31 UTC on main 7ddcfb6): 179/194 (92.3 %). Fresh 19 (200 blind questions —
// Pega, Horus, Kissflow — written on 3 Dec 13:39–13:47 UTC, run once at 13:48–13:52 UTC on main 9f600f3): 188/200
// (94.0 %). Fresh 20 (198 blind questions — ServiceNow Flow Designer, webMethods, Zoho Creator — written on 3 Dec
// 13:55–14:12 UTC, run once at 14:12–14:16 UTC on main aa105f4): 184/198 (92.9 %). Per category, language and miss in
// their files.

// ORACLE_ONLY=1 checks that the oracle computes every FRESH_5 … FRESH_20 and PROBES_7 fact (a name it cannot find throws) without
// asking the analyst: each fact is checked against a stand-in answer in the question's language, and the fact it
// expected is printed for checking by hand against the XML.
const ORACLE_ONLY = !!process.env.ORACLE_ONLY;
describe.runIf(ORACLE_ONLY)('the oracle alone', () => {
  for (const [batch, qs] of [['FRESH_5', FRESH_5], ['FRESH_6', FRESH_6], ['FRESH_7', FRESH_7], ['FRESH_8', FRESH_8], ['FRESH_9', FRESH_9], ['FRESH_10', FRESH_10], ['FRESH_11', FRESH_11], ['FRESH_12', FRESH_12], ['FRESH_13', FRESH_13], ['FRESH_14', FRESH_14], ['FRESH_15', FRESH_15], ['FRESH_16', FRESH_16], ['FRESH_17', FRESH_17], ['FRESH_18', FRESH_18], ['FRESH_19', FRESH_19], ['FRESH_20', FRESH_20], ['PROBES_7', PROBES_7]] as const) {
    it(`computes every ${batch} fact`, async () => {
      const stand = { en: 'the', de: 'ist', ja: 'は' } as const;
      const lines: string[] = [];
      for (const [d, lang, cat, question, e] of qs) lines.push(`[${cat}] ${d}: ${question}\n    ${(await check(d, lang, stand[lang], e)) ?? 'passes with an empty answer'}`);
      console.log(lines.join('\n'));
      expect(lines.length).toBe(qs.length);
    }, 60_000);
  }
});

describe.skipIf(ORACLE_ONLY)('the analyst question suite', () => {
  it('has at least 200 questions over at least 15 diagrams, in English, German and Japanese', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(QUESTIONS.map((q) => q[0])).size).toBeGreaterThanOrEqual(15);
    for (const l of ['en', 'de', 'ja']) expect(QUESTIONS.filter((q) => q[1] === l).length).toBeGreaterThanOrEqual(20);
  });

  it('answers at least 90 % correctly', async () => {
    for (const [i, [d, lang, cat, question, e]] of QUESTIONS.entries()) {
      const a = answer(await turnFor(d, question, e));
      const problem = await check(d, lang, a, e);
      results.push({ cat, lang, ok: !problem, batch: batchOf(i) });
      if (problem) failures.push(`[${batchOf(i)}/${cat}] ${d}: "${question}" — ${problem}\n    ${a.split('\n').slice(0, 3).join('\n    ')}`);
    }
    const rate = results.filter((r) => r.ok).length / results.length;
    expect(rate).toBeGreaterThanOrEqual(0.9);
    // Fresh batches must hold on their own, not only inside the tuned total.
    for (const b of ['fresh 1', 'fresh 2', 'fresh 3', 'fresh 4', 'fresh 5', 'fresh 6', 'fresh 7', 'fresh 8', 'fresh 9', 'fresh 10', 'fresh 11'] as const) {
      const rs = results.filter((r) => r.batch === b);
      if (rs.length) expect(rs.filter((r) => r.ok).length / rs.length, b).toBeGreaterThanOrEqual(0.9);
    }
    // FRESH_12, FRESH_13 and FRESH_14 are not at 90 % yet: the gate is a floor at their blind first runs (130/148,
    // 119/142, 2 Dec 05:30; 139/166, 2 Dec 18:38), so no change may lose any of it. Raise it to 90 % once they get there (as FRESH_10 and FRESH_11
    // were, at 137/147 and 129/138 on 2 Dec 05:40).
    for (const [b, floor] of [['fresh 12', 130], ['fresh 13', 119], ['fresh 14', 139]] as const) {
      const rs = results.filter((r) => r.batch === b);
      expect(rs.filter((r) => r.ok).length, b).toBeGreaterThanOrEqual(floor);
    }
    // FRESH_15 likewise: a floor at its blind first run (141/158, 2 Dec 18:39 on main a9dd0be "[fresh14-ready]").
    expect(results.filter((r) => r.batch === 'fresh 15' && r.ok).length, 'fresh 15').toBeGreaterThanOrEqual(FRESH_15_FIRST_RUN.passed);
    // FRESH_16: 184/200 on its blind first run (3 Dec 08:50 on main 91421a8), 182/200 re-scored with "not found" counted wrong: gated at 90 % like the older ones, and never below that run.
    expect(results.filter((r) => r.batch === 'fresh 16' && r.ok).length, 'fresh 16').toBeGreaterThanOrEqual(Math.max(FRESH_16_FIRST_RUN.passed, Math.ceil(0.9 * FRESH_16.length)));
    // FRESH_17: 186/198 on its blind first run (3 Dec 13:16 on main dfecd01): gated at 90 %, and never below that run.
    expect(results.filter((r) => r.batch === 'fresh 17' && r.ok).length, 'fresh 17').toBeGreaterThanOrEqual(Math.max(FRESH_17_FIRST_RUN.passed, Math.ceil(0.9 * FRESH_17.length)));
    // FRESH_18: 179/194 on its blind first run (3 Dec 13:31 on main 7ddcfb6): gated at 90 %, and never below that run.
    expect(results.filter((r) => r.batch === 'fresh 18' && r.ok).length, 'fresh 18').toBeGreaterThanOrEqual(Math.max(FRESH_18_FIRST_RUN.passed, Math.ceil(0.9 * FRESH_18.length)));
    // FRESH_19: 188/200 on its blind first run (3 Dec 13:52 on main 9f600f3): gated at 90 %, and never below that run.
    expect(results.filter((r) => r.batch === 'fresh 19' && r.ok).length, 'fresh 19').toBeGreaterThanOrEqual(Math.max(FRESH_19_FIRST_RUN.passed, Math.ceil(0.9 * FRESH_19.length)));
    // FRESH_20: 184/198 on its blind first run (3 Dec 14:16 on main aa105f4): gated at 90 %, and never below that run.
    expect(results.filter((r) => r.batch === 'fresh 20' && r.ok).length, 'fresh 20').toBeGreaterThanOrEqual(Math.max(FRESH_20_FIRST_RUN.passed, Math.ceil(0.9 * FRESH_20.length)));
    // ~4,000 questions take 2 minutes alone but 6–7 when CI runs this file beside the integration tests on 2 cores;
    // the limit only has to catch a hang, not a slow machine.
  }, 1_800_000);

  afterAll(() => {
    const pct = (rs: typeof results) => `${rs.filter((r) => r.ok).length}/${rs.length} (${Math.round((100 * rs.filter((r) => r.ok).length) / Math.max(1, rs.length))} %)`;
    const table = (rs: typeof results) => [...new Set(rs.map((r) => r.cat))].sort().map((cat) => `  ${cat.padEnd(14)} ${pct(rs.filter((r) => r.cat === cat))}`).join('\n');
    const batches = (['tuned', 'held-out 1', 'held-out 2', 'fresh 1', 'fresh 2', 'fresh 3', 'fresh 4', 'fresh 5', 'fresh 6', 'fresh 7', 'fresh 8', 'fresh 9', 'fresh 10', 'fresh 11', 'fresh 12', 'fresh 13', 'fresh 14', 'fresh 15', 'fresh 16', 'fresh 17', 'fresh 18', 'fresh 19', 'fresh 20'] as const).map((b) => `${b}: ${pct(results.filter((r) => r.batch === b))}`).join(', ');
    const fresh = (['fresh 1', 'fresh 2', 'fresh 3', 'fresh 4', 'fresh 5', 'fresh 6', 'fresh 7', 'fresh 8', 'fresh 9', 'fresh 10', 'fresh 11', 'fresh 12', 'fresh 13', 'fresh 14', 'fresh 15', 'fresh 16', 'fresh 17', 'fresh 18', 'fresh 19', 'fresh 20'] as const).map((b) => `${b} per category:\n${table(results.filter((r) => r.batch === b))}`).join('\n');
    const byLang = (b: Batch) => ['en', 'de', 'ja'].map((l) => `${l} ${pct(results.filter((r) => r.batch === b && r.lang === l))}`).join(', ');
    const honest = [FRESH_1_FIRST_RUN, FRESH_2_FIRST_RUN, FRESH_3_FIRST_RUN, FRESH_4_FIRST_RUN, FRESH_5_FIRST_RUN, FRESH_6_FIRST_RUN, FRESH_7_FIRST_RUN, FRESH_8_FIRST_RUN, FRESH_9_FIRST_RUN, FRESH_10_FIRST_RUN, FRESH_11_FIRST_RUN, FRESH_12_FIRST_RUN, FRESH_13_FIRST_RUN, FRESH_14_FIRST_RUN, FRESH_15_FIRST_RUN, FRESH_16_FIRST_RUN, FRESH_17_FIRST_RUN, FRESH_18_FIRST_RUN, FRESH_19_FIRST_RUN, FRESH_20_FIRST_RUN].map((r, i) => `fresh ${i + 1} ${r.passed}/${r.total}`).join(', ');
    console.log(`Analyst question suite: ${pct(results)} — ${batches} (first runs, the honest figures: ${honest})\nall per category:\n${table(results)}\n${fresh}\n${(['fresh 5', 'fresh 6', 'fresh 7', 'fresh 8', 'fresh 9', 'fresh 10', 'fresh 11', 'fresh 12', 'fresh 13', 'fresh 14', 'fresh 15', 'fresh 16', 'fresh 17', 'fresh 18', 'fresh 19', 'fresh 20'] as const).map((b) => `${b} per language: ${byLang(b)}`).join('\n')}${failures.length ? `\nFailures:\n${failures.join('\n')}` : ''}`);
  });
});
