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
import { HELD_OUT_2_FROM, HELD_OUT_FROM, QUESTIONS, type Expect } from './analyst-questions.data';

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

function topPaths(o: Oracle, avoid?: string): number {
  let count = 0;
  const top = (e: El) => o.scopeOf.get(e.id)?.$type === 'bpmn:Process';
  for (const s of o.nodes.filter((n) => n.$type === 'bpmn:StartEvent' && top(n))) {
    const on = new Set<string>();
    const dfs = (n: El) => {
      if (on.has(n.id) || n.id === avoid || count > 100) return;
      if (n.$type === 'bpmn:EndEvent' && top(n)) { count++; return; }
      on.add(n.id);
      for (const t of succ(o, n)) dfs(t);
      on.delete(n.id);
    };
    dfs(s);
  }
  return count;
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
  if ('count' in e) {
    const s = e.count;
    let n: number;
    if (s.collection === 'lanes') n = o.lanes.length;
    else if (s.collection === 'participants') n = o.participants.length;
    else if (s.collection === 'messageFlows') n = o.messageFlows.length;
    else if (s.collection === 'flows') n = o.flows.length;
    else {
      n = o.nodes.filter((x) => {
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
    return numberIn(first, n) ? null : `expected the count ${n} in the first line`;
  }
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
    const n = topPaths(o, o.byName(e.pathsAvoid).id);
    return (n ? YES : NONE).test(first) ? null : `expected ${n ? 'yes' : 'no'}`;
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

const results: { cat: string; ok: boolean; heldOut: boolean; heldOut2: boolean }[] = [];
const failures: string[] = [];

describe('the analyst question suite', () => {
  it('has at least 200 questions over at least 15 diagrams, in English, German and Japanese', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(QUESTIONS.map((q) => q[0])).size).toBeGreaterThanOrEqual(15);
    for (const l of ['en', 'de', 'ja']) expect(QUESTIONS.filter((q) => q[1] === l).length).toBeGreaterThanOrEqual(20);
  });

  it('answers at least 90 % correctly', async () => {
    for (const [i, [d, lang, cat, question, e]] of QUESTIONS.entries()) {
      const a = answer(await turnFor(d, question, e));
      const problem = await check(d, lang, a, e);
      results.push({ cat, ok: !problem, heldOut: i >= HELD_OUT_FROM && i < HELD_OUT_2_FROM, heldOut2: i >= HELD_OUT_2_FROM });
      if (problem) failures.push(`[${cat}] ${d}: "${question}" — ${problem}\n    ${a.split('\n').slice(0, 3).join('\n    ')}`);
    }
    const rate = results.filter((r) => r.ok).length / results.length;
    expect(rate).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  afterAll(() => {
    const cats = [...new Set(results.map((r) => r.cat))].sort();
    const lines = cats.map((cat) => {
      const rs = results.filter((r) => r.cat === cat);
      return `${cat.padEnd(14)} ${rs.filter((r) => r.ok).length}/${rs.length} (${Math.round((100 * rs.filter((r) => r.ok).length) / rs.length)} %)`;
    });
    const ok = results.filter((r) => r.ok).length;
    const held = results.filter((r) => r.heldOut);
    const heldOk = held.filter((r) => r.ok).length;
    const held2 = results.filter((r) => r.heldOut2);
    console.log(`Analyst question suite: ${ok}/${results.length} = ${((100 * ok) / Math.max(1, results.length)).toFixed(1)} % (held-out batches: ${heldOk}/${held.length}, ${held2.filter((r) => r.ok).length}/${held2.length})\n${lines.join('\n')}${failures.length ? `\nFailures:\n${failures.join('\n')}` : ''}`);
  });
});
