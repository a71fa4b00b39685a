// The offline Diagram Analyst's answers: plain functions from a TurnContext to markdown text.
// Everything comes from the diagram itself (structure, graph analysis, bpmnlint) — no network, no model.
import { cite, typeLabel, type DiagramAnalysis, type DiagramModel, type FlowNode } from '@/lib/bpmn';
import type { ImageInput, TurnContext } from './context';

export type Intent = 'summary' | 'count' | 'after' | 'before' | 'paths' | 'problems' | 'changes' | 'image' | 'help';

type Detected = { intents: Intent[]; subject: string | null };

const RE = {
  count: /\bhow many\b|\bnumber of\b|\bcount\b/,
  paths: /\bpaths?\b|\broutes?\b|\bscenarios?\b|\bstart to (?:the )?end\b|\bways? through\b/,
  problems: /\bwrong\b|\bproblems?\b|\bissues?\b|\berrors?\b|\blint\b|\bvalidat|\bmistakes?\b|\bunreachable\b|\bdead[- ]?ends?\b|\bbroken\b|\bimprove\b|\breview\b|\bcheck (?:my|the|this)\b|\bsmells?\b/,
  changes: /\bchang(?:e|ed|es)\b|\bdiff\b|\bdifferen|\bwhat(?:'s| is) new\b|\bmodifi|\bsince (?:last|you last|the last)\b/,
  summary: /\bsummar|\boverview\b|\bdescribe\b|\bexplain\b|\bwalk me through\b|\btell me about\b|\bwhat (?:is|does) (?:this|the|my) (?:diagram|process|model)\b|\bwhat(?:'s| is) in (?:this|the|my) (?:diagram|process)\b/,
  image: /\bimages?\b|\bpictures?\b|\bscreenshots?\b|\bphotos?\b|\battach|\bpng\b|\bwhat(?:'s| is) this\b/,
  help: /^(?:hi|hello|hey|help|\?)\b|\bwhat can you (?:do|answer)\b/,
};

/** "what happens after X", "what comes next after X", "after X, what…", "what follows X", "what leads to X". */
function subjectQuestion(q: string): { intent: 'after' | 'before'; subject: string } | null {
  const strip = (s: string) => s.replace(/^(?:the|my|a|an)\s+/, '').replace(/^["“'`]+|["”'`?.!]+$/g, '').replace(/\s+(?:step|task|element|event|gateway)$/, '').trim();
  let m = /\bafter\s+(.+?)\s*(?:,|\bwhat\b|\?|$)/.exec(q);
  if (m && /\b(?:what|which|next|then|happens?|follows?|comes?|after)\b/.test(q)) return { intent: 'after', subject: strip(m[1]!) };
  m = /\bwhat (?:follows|comes after|is next after)\s+(.+)/.exec(q);
  if (m) return { intent: 'after', subject: strip(m[1]!) };
  m = /\b(?:what (?:happens|comes) before|what leads to|what precedes|before)\s+(.+?)\s*(?:,|\?|$)/.exec(q);
  if (m && /\b(?:what|which)\b/.test(q)) return { intent: 'before', subject: strip(m[1]!) };
  return null;
}

export function detectIntents(question: string): Detected {
  let q = question.toLowerCase().replace(/[’]/g, "'").trim();
  const intents: Intent[] = [];
  let subject: string | null = null;
  const sq = subjectQuestion(q);
  if (sq) {
    intents.push(sq.intent);
    subject = sq.subject;
    // The element's name may contain words like "valid" or "check"; don't read them as other questions.
    q = q.replace(sq.subject, ' ');
  }
  if (RE.count.test(q)) intents.push('count');
  if (RE.paths.test(q) && !RE.count.test(q)) intents.push('paths');
  if (RE.problems.test(q)) intents.push('problems');
  if (RE.changes.test(q)) intents.push('changes');
  if (RE.summary.test(q)) intents.push('summary');
  if (RE.image.test(q)) intents.push('image');
  if (!intents.length && RE.help.test(q)) intents.push('help');
  return { intents, subject };
}

// ---------------------------------------------------------------- helpers

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (m: DiagramModel, ids: string[], max = 15) =>
  ids.length <= max ? ids.map((id) => cite(m, id)).join(', ') : `${ids.slice(0, max).map((id) => cite(m, id)).join(', ')} and ${ids.length - max} more`;

function byType(nodes: FlowNode[]): string {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || typeLabel(a[0]).localeCompare(typeLabel(b[0]))).map(([t, c]) => plural(c, typeLabel(t), `${typeLabel(t)}s`)).join(', ');
}

function inSub(m: DiagramModel, nodes: FlowNode[]): string {
  const inner = nodes.filter((n) => n.scopeId !== n.processId);
  if (!inner.length) return '';
  const scopes = [...new Set(inner.map((n) => n.scopeId))];
  return ` (${inner.length} of them inside ${scopes.map((s) => cite(m, s)).join(', ')})`;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9äöüßéèàç]+/g, ' ').trim();
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** Best element for a name the user typed: exact, then containment, then word overlap / edit distance. */
export function findElement(m: DiagramModel, query: string): { node: FlowNode | null; suggestions: FlowNode[] } {
  const q = normalise(query);
  if (!q) return { node: null, suggestions: [] };
  const byId = m.nodes.find((n) => n.id.toLowerCase() === query.trim().toLowerCase());
  if (byId) return { node: byId, suggestions: [] };
  const scored = m.nodes
    .filter((n) => n.name)
    .map((n) => {
      const name = normalise(n.name!);
      let score = 0;
      if (name === q) score = 100;
      else if (name.includes(q) || q.includes(name)) score = 80 - Math.abs(name.length - q.length) / 10;
      else {
        const qw = new Set(q.split(' '));
        const nw = name.split(' ');
        const overlap = nw.filter((w) => qw.has(w) || [...qw].some((x) => x.length > 3 && levenshtein(x, w) <= 1)).length;
        const dist = levenshtein(name, q) / Math.max(name.length, q.length);
        score = Math.max((overlap / Math.max(nw.length, qw.size)) * 70, (1 - dist) * 60);
      }
      return { n, score };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best && best.score >= 45) return { node: best.n, suggestions: [] };
  return { node: null, suggestions: scored.slice(0, 3).filter((s) => s.score > 15).map((s) => s.n) };
}

// ---------------------------------------------------------------- answers

export function summary(name: string, a: DiagramAnalysis): string {
  const m = a.model;
  const nodes = m.nodes;
  const starts = nodes.filter((n) => n.kind === 'startEvent');
  const ends = nodes.filter((n) => n.kind === 'endEvent');
  const tasks = nodes.filter((n) => n.kind === 'task');
  const gateways = nodes.filter((n) => n.kind === 'gateway');
  const subs = nodes.filter((n) => n.kind === 'subProcess' || n.kind === 'callActivity');
  const other = nodes.filter((n) => n.kind === 'intermediateEvent' || n.kind === 'boundaryEvent');
  const out: string[] = [];
  const title = m.processes.find((p) => p.name)?.name;
  out.push(`**${name}**${title && title !== name ? ` (process **${title}**)` : ''} has ${plural(nodes.length, 'element')} connected by ${plural(m.flows.length, 'sequence flow')}${m.messageFlows.length ? ` and ${plural(m.messageFlows.length, 'message flow')}` : ''}.`);
  out.push('');
  if (m.participants.length) out.push(`- **Participants (pools):** ${list(m, m.participants.map((p) => p.id))}`);
  if (m.lanes.length) out.push(`- **Lanes:** ${list(m, m.lanes.map((l) => l.id))}`);
  out.push(`- **Starts:** ${starts.length ? list(m, starts.map((n) => n.id)) : 'no start event'}`);
  out.push(`- **Ends:** ${ends.length ? list(m, ends.map((n) => n.id)) : 'no end event'}`);
  out.push(`- **Tasks (${tasks.length}):** ${tasks.length ? `${byType(tasks)} — ${list(m, tasks.map((n) => n.id))}` : 'none'}`);
  out.push(`- **Gateways (${gateways.length}):** ${gateways.length ? `${byType(gateways)} — ${list(m, gateways.map((n) => n.id))}` : 'none'}`);
  if (subs.length) out.push(`- **Sub-processes (${subs.length}):** ${list(m, subs.map((n) => n.id))}`);
  if (other.length) out.push(`- **Other events (${other.length}):** ${list(m, other.map((n) => n.id))}`);
  const top = a.graph.paths.filter((p) => m.processes.some((s) => s.id === p.scopeId));
  out.push(`- **Paths:** ${top.length}${a.graph.pathsTruncated ? '+' : ''} from start to end${a.graph.cycleNodeIds.length ? ', with a loop' : ''}`);
  const problems = countProblems(a);
  out.push(`- **Problems:** ${problems ? `${problems} found — ask "is anything wrong?" for details and fixes` : 'none found'}`);
  return out.join('\n');
}

function countProblems(a: DiagramAnalysis): number {
  const ids = new Set<string>();
  for (const f of a.lint) ids.add(`${f.rule}:${f.elementId}`);
  for (const n of a.graph.unreachable) ids.add(`unreachable:${n.id}`);
  for (const n of a.graph.deadEnds) ids.add(`dead:${n.id}`);
  return ids.size;
}

type Counter = { re: RegExp; label: string; pick: (m: DiagramModel) => { ids: string[]; detail?: string; scopeNote?: string } };

const TASK_TYPES = ['user', 'service', 'send', 'receive', 'manual', 'script', 'business rule'];
const COUNTERS: Counter[] = [
  ...TASK_TYPES.map((t): Counter => ({
    re: new RegExp(`\\b${t} tasks?\\b`),
    label: `${t} task`,
    pick: (m) => ({ ids: m.nodes.filter((n) => typeLabel(n.type) === `${t} task`).map((n) => n.id) }),
  })),
  ...['exclusive', 'parallel', 'inclusive', 'event based', 'complex'].map((g): Counter => ({
    re: new RegExp(`\\b${g.replace(' ', '[- ]?')} gateways?\\b`),
    label: `${g.replace(' ', '-')} gateway`,
    pick: (m) => ({ ids: m.nodes.filter((n) => typeLabel(n.type) === `${g} gateway`).map((n) => n.id) }),
  })),
  { re: /\bstart(?: events?|s)?\b/, label: 'start event', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind === 'startEvent').map((n) => n.id) }) },
  { re: /\bend(?: events?|s)?\b/, label: 'end event', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind === 'endEvent').map((n) => n.id) }) },
  { re: /\bboundary events?\b/, label: 'boundary event', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind === 'boundaryEvent').map((n) => n.id) }) },
  { re: /\bintermediate events?\b/, label: 'intermediate event', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind === 'intermediateEvent').map((n) => n.id) }) },
  { re: /\bmessage flows?\b/, label: 'message flow', pick: (m) => ({ ids: m.messageFlows.map((f) => f.id) }) },
  { re: /\bsub-?process(?:es)?\b/, label: 'sub-process', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind === 'subProcess').map((n) => n.id) }) },
  { re: /\btasks?\b/, label: 'task', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind === 'task').map((n) => n.id) }) },
  { re: /\bactivit(?:y|ies)\b/, label: 'activity', pick: (m) => ({ ids: m.nodes.filter((n) => ['task', 'subProcess', 'callActivity'].includes(n.kind)).map((n) => n.id) }) },
  { re: /\bgateways?\b|\bdecisions?\b/, label: 'gateway', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind === 'gateway').map((n) => n.id) }) },
  { re: /\bevents?\b/, label: 'event', pick: (m) => ({ ids: m.nodes.filter((n) => n.kind.endsWith('Event') || n.kind === 'intermediateEvent').map((n) => n.id) }) },
  { re: /\blanes?\b/, label: 'lane', pick: (m) => ({ ids: m.lanes.map((l) => l.id) }) },
  { re: /\bpools?\b|\bparticipants?\b/, label: 'pool', pick: (m) => ({ ids: m.participants.map((p) => p.id) }) },
  { re: /\b(?:sequence )?flows?\b|\bconnections?\b|\barrows?\b|\bedges?\b/, label: 'sequence flow', pick: (m) => ({ ids: m.flows.map((f) => f.id) }) },
  { re: /\belements?\b|\bshapes?\b|\bnodes?\b|\bsteps?\b|\bthings?\b/, label: 'element', pick: (m) => ({ ids: m.nodes.map((n) => n.id) }) },
];

export function counts(question: string, a: DiagramAnalysis): string {
  const m = a.model;
  let q = question.toLowerCase().replace(/^.*?\b(how many|number of|count)\b/, '');
  const lines: string[] = [];
  for (const c of COUNTERS) {
    const match = c.re.exec(q);
    if (!match) continue;
    q = q.replace(c.re, ' ');
    const { ids } = c.pick(m);
    const nodes = ids.map((id) => m.byId.get(id)).filter((n): n is FlowNode => !!n);
    const many = c.label.endsWith('y') && c.label === 'activity' ? 'activities' : c.label.endsWith('s') ? `${c.label}es` : `${c.label}s`;
    let line = `There ${ids.length === 1 ? 'is' : 'are'} **${plural(ids.length, c.label, many)}**`;
    if (nodes.length && (c.label === 'task' || c.label === 'gateway' || c.label === 'event' || c.label === 'element' || c.label === 'activity')) {
      const kinds = byType(nodes);
      if (new Set(nodes.map((n) => n.type)).size > 1) line += ` (${kinds})`;
      line += inSub(m, nodes);
    }
    if (ids.length && c.label !== 'sequence flow') line += `: ${list(m, ids)}`;
    lines.push(`${line}.`);
  }
  if (!lines.length) {
    const tasks = m.nodes.filter((n) => n.kind === 'task').length;
    const gws = m.nodes.filter((n) => n.kind === 'gateway').length;
    const events = m.nodes.filter((n) => n.kind.endsWith('Event') || n.kind === 'intermediateEvent').length;
    lines.push(`The diagram has **${plural(tasks, 'task')}**, **${plural(gws, 'gateway')}**, **${plural(events, 'event')}**, **${plural(m.lanes.length, 'lane')}**, **${plural(m.participants.length, 'pool')}** and **${plural(m.flows.length, 'sequence flow')}**.`);
  }
  return lines.join('\n');
}

function flowLabel(m: DiagramModel, flowId: string, node: FlowNode): string {
  const f = m.flowById.get(flowId);
  if (!f) return '';
  const bits = [f.name ? `"${f.name}"` : null, f.condition ? `condition \`${f.condition}\`` : null, node.defaultFlowId === flowId ? 'default' : null].filter(Boolean);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

function gatewayMeaning(n: FlowNode): string {
  switch (n.type) {
    case 'ExclusiveGateway': return 'exactly one of these paths is taken';
    case 'ParallelGateway': return 'all of these paths run in parallel';
    case 'InclusiveGateway': return 'one or more of these paths are taken, depending on their conditions';
    case 'EventBasedGateway': return 'whichever of these events happens first decides the path';
    default: return 'these paths follow';
  }
}

export function after(a: DiagramAnalysis, subject: string): string {
  const m = a.model;
  const { node, suggestions } = findElement(m, subject);
  if (!node) return notFound(m, subject, suggestions);
  return describeNext(m, node);
}

function describeNext(m: DiagramModel, node: FlowNode): string {
  const out: string[] = [];
  const outgoing = node.outgoing.filter((f) => m.flowById.has(f));
  const boundaries = m.nodes.filter((b) => b.attachedToId === node.id);
  if (node.kind === 'endEvent') {
    const scope = m.scopes.find((s) => s.id === node.scopeId);
    if (scope?.kind === 'subProcess') {
      const sub = m.byId.get(scope.id)!;
      out.push(`${cite(m, node.id)} ends the sub-process ${cite(m, sub.id)}. After that:`);
      out.push(describeNext(m, sub));
      return out.join('\n');
    }
    return `${cite(m, node.id)} is an end event: the process ends there${node.eventDefinitions.length ? ` (it throws a ${node.eventDefinitions.join('/')} event)` : ''}.`;
  }
  if (!outgoing.length && !boundaries.length) {
    return `Nothing — ${cite(m, node.id)} has no outgoing sequence flow, so the path stops there without an end event (a dead end). Fix: connect it to the next step or to an end event.`;
  }
  const targets = outgoing.map((fid) => ({ fid, target: m.byId.get(m.flowById.get(fid)!.targetId)! }));
  if (node.kind === 'gateway' && targets.length > 1) {
    out.push(`${cite(m, node.id)} is ${/^[aeiou]/i.test(typeLabel(node.type)) ? 'an' : 'a'} ${typeLabel(node.type)}: ${gatewayMeaning(node)}:`);
  } else if (targets.length > 1) {
    out.push(`After ${cite(m, node.id)} the flow splits into ${targets.length} paths that all run (there is no gateway, so this is an implicit parallel split):`);
  } else if (targets.length === 1) {
    out.push(`After ${cite(m, node.id)} comes ${cite(m, targets[0]!.target.id)}${flowLabel(m, targets[0]!.fid, node)}, ${/^[aeiou]/i.test(typeLabel(targets[0]!.target.type)) ? 'an' : 'a'} ${typeLabel(targets[0]!.target.type)}.`);
    const t = targets[0]!.target;
    if (t.kind === 'gateway' && t.outgoing.length > 1) {
      out.push(`That ${typeLabel(t.type)} decides what happens next — ${gatewayMeaning(t)}:`);
      for (const fid of t.outgoing) {
        const f = m.flowById.get(fid);
        if (f) out.push(`- ${cite(m, f.targetId)}${flowLabel(m, fid, t)}`);
      }
    }
  }
  if (targets.length > 1) for (const { fid, target } of targets) out.push(`- ${cite(m, target.id)}${flowLabel(m, fid, node)}, ${typeLabel(target.type)}`);
  for (const b of boundaries) {
    const next = b.outgoing.map((f) => m.flowById.get(f)?.targetId).filter((x): x is string => !!x);
    out.push(`If the ${b.eventDefinitions.join('/') || 'boundary'} event ${cite(m, b.id)} happens first, the flow continues with ${next.length ? list(m, next) : 'nothing (it has no outgoing flow)'}.`);
  }
  if (node.kind === 'subProcess') {
    const starts = m.nodes.filter((n) => n.scopeId === node.id && n.kind === 'startEvent');
    if (starts.length) out.push(`(Inside ${cite(m, node.id)} the work starts at ${list(m, starts.map((s) => s.id))}.)`);
  }
  return out.join('\n');
}

export function before(a: DiagramAnalysis, subject: string): string {
  const m = a.model;
  const { node, suggestions } = findElement(m, subject);
  if (!node) return notFound(m, subject, suggestions);
  const sources = node.incoming.map((f) => m.flowById.get(f)?.sourceId).filter((x): x is string => !!x);
  if (node.kind === 'boundaryEvent' && node.attachedToId) return `${cite(m, node.id)} is attached to ${cite(m, node.attachedToId)} and fires while that activity runs.`;
  if (!sources.length) {
    return node.kind === 'startEvent'
      ? `${cite(m, node.id)} is a start event: nothing comes before it.`
      : `Nothing flows into ${cite(m, node.id)}, so it can never be reached (unless it is the implicit start of its scope). Fix: connect an incoming flow from the step before it, or delete it.`;
  }
  return `Before ${cite(m, node.id)} comes ${list(m, sources)}.`;
}

function notFound(m: DiagramModel, subject: string, suggestions: FlowNode[]): string {
  return `I couldn't find an element called "${subject}" in the diagram.${suggestions.length ? ` Did you mean ${suggestions.map((n) => cite(m, n.id)).join(', ')}?` : ` Elements with names include ${list(m, m.nodes.filter((n) => n.name).map((n) => n.id), 8)}.`}`;
}

export function paths(a: DiagramAnalysis): string {
  const m = a.model;
  if (!a.graph.paths.length) return 'I found no complete path from a start event to an end event. Check that the process has both, connected by sequence flows (ask "is anything wrong?" for details).';
  const out: string[] = [];
  const scopes = [...new Set(a.graph.paths.map((p) => p.scopeId))];
  for (const scopeId of scopes) {
    const ps = a.graph.paths.filter((p) => p.scopeId === scopeId);
    const scope = m.scopes.find((s) => s.id === scopeId)!;
    out.push(scope.kind === 'subProcess'
      ? `Inside the sub-process ${cite(m, scopeId)}, ${plural(ps.length, 'path')}:`
      : `${plural(ps.length, 'path')} from start to end${scope.name ? ` in ${cite(m, scopeId)}` : ''}:`);
    ps.forEach((p, i) => {
      const steps = p.steps.map((s, j) => {
        const prev = j > 0 ? m.byId.get(p.steps[j - 1]!.nodeId)! : null;
        const label = s.via && s.via !== 'boundary' && prev ? flowLabel(m, s.via, prev).replace(/^ \((.*)\)$/, '[$1] ') : s.via === 'boundary' ? '[on event] ' : '';
        return `${label}${cite(m, s.nodeId)}`;
      });
      out.push(`${i + 1}. ${steps.join(' → ')}`);
    });
    out.push('');
  }
  if (a.graph.pathsTruncated) out.push(`There are more paths than I list (I stop at ${a.graph.paths.length}).`);
  if (a.graph.cycleNodeIds.length) out.push(`The diagram has a loop back to ${list(m, a.graph.cycleNodeIds)}; each path above goes around it at most once.`);
  if (m.nodes.some((n) => n.type === 'ParallelGateway' && n.outgoing.length > 1)) out.push('Paths that differ only after a parallel gateway run at the same time, as one execution.');
  return out.join('\n').trim();
}

export function problems(a: DiagramAnalysis): string {
  const m = a.model;
  const lines: string[] = [];
  const where = (id: string | null, name: string | null) => (id ? (m.names.has(id) ? cite(m, id) : name ? `**${name}** (\`${id}\`)` : `\`${id}\``) : 'The diagram');
  for (const n of a.graph.unreachable) {
    lines.push(`- ${cite(m, n.id)} can never be reached: no path from a start event leads to it. Fix: connect an incoming flow from the step before it, or delete it.`);
  }
  for (const n of a.graph.deadEnds) {
    lines.push(`- ${cite(m, n.id)} is a dead end: it has no outgoing flow, so the path stops without an end event. Fix: connect it to the next step or to an end event.`);
  }
  for (const f of a.lint) {
    lines.push(`- ${where(f.elementId, f.elementName)}: ${f.message} (bpmnlint \`${f.rule}\`, ${f.category === 'warn' ? 'warning' : f.category}). Fix: ${f.fix}`);
  }
  if (!lines.length) return 'I found no problems: every element is reachable from a start event, every path ends in an end event, and the recommended bpmnlint rules report nothing.';
  const count = countProblems(a);
  return [`I found ${plural(count, 'problem')}:`, ...lines].join('\n');
}

export function changes(turn: TurnContext): string {
  const d = turn.diagram!;
  if (!d.previousRevisionId) return `This is the first time I look at **${d.name}** in this conversation, so there is nothing to compare with yet.`;
  if (d.previousRevisionId === d.revisionId) return `Nothing changed in **${d.name}** since I last looked.`;
  if (!d.changes) return 'The diagram changed since I last looked, but I could not read the earlier revision to compare.';
  if (!d.changes.lines.length) return 'The diagram was saved again since I last looked, but no element, name or flow changed (only layout).';
  const lines = d.changes.lines.slice(0, 25).map((l) => `- ${l}`);
  if (d.changes.lines.length > 25) lines.push(`- … and ${d.changes.lines.length - 25} more changes`);
  return [`Since I last looked at **${d.name}**:`, ...lines].join('\n');
}

export function images(turn: TurnContext): string {
  const all = turn.attachments.filter((x): x is ImageInput => x.kind === 'image');
  const current = all.filter((i) => turn.currentAttachmentIds.includes(i.attachmentId));
  const shown = current.length ? current : all.slice(-1);
  if (!shown.length) return 'No image is attached to this conversation.';
  const d = turn.diagram;
  return shown.map((img) => {
    const type = img.mime.replace(/^image\//, '').toUpperCase();
    const dims = img.width && img.height ? `${img.width}×${img.height} pixels` : 'of unknown size';
    let s = `**${img.name}** is a ${type} image, ${dims}, ${formatBytes(img.size)}.`;
    if (d && img.revisionId) {
      const ext = d.analysis?.model.extent;
      const sameRevision = img.revisionId === d.revisionId;
      const ratio = img.width && img.height ? img.width / img.height : null;
      const diagramRatio = ext && ext.height > 0 ? ext.width / ext.height : null;
      const close = ratio && diagramRatio ? Math.abs(Math.log(ratio / diagramRatio)) < 0.25 : false;
      if (sameRevision && close) s += ` It was sent with the current revision of **${d.name}** and its aspect ratio (${ratio!.toFixed(2)}) matches the diagram's (${diagramRatio!.toFixed(2)}), so it looks like a picture of this diagram as it is now.`;
      else if (sameRevision) s += ` It was sent with the current revision of **${d.name}**${ratio && diagramRatio ? `, but its aspect ratio (${ratio.toFixed(2)}) differs from the diagram's (${diagramRatio.toFixed(2)}) — it may show only part of it, or something else` : ''}.`;
      else s += ` It was sent with an earlier revision of **${d.name}**, so it may not show the diagram as it is now.`;
    } else if (d) {
      s += ' No diagram revision was recorded with it, so I cannot tell whether it shows the current diagram.';
    }
    s += ' I cannot see what is drawn in it without a vision model; I answer from the diagram\'s structure instead.';
    return s;
  }).join('\n\n');
}

export const NEEDS_MODEL =
  'That question needs a language model, and none is configured — I am the offline **Diagram Analyst**: I answer from the structure of your diagram, without any network.\n\n' +
  'To use a model, set `OPENAI_API_KEY` (plus `OPENAI_BASE_URL` for any OpenAI-compatible server, for example a local Ollama, and `OPENAI_MODEL` to choose the model) and restart the app.\n\n';

export const CAPABILITIES =
  'What I can answer offline:\n' +
  '- "Summarise the process"\n' +
  '- "How many tasks / gateways / events / lanes are there?"\n' +
  '- "What happens after *Check order*?"\n' +
  '- "What are the paths from start to end?"\n' +
  '- "Is anything wrong?" (bpmnlint findings, unreachable elements, dead ends — each with a fix)\n' +
  '- "What changed since you last looked?"\n' +
  '- "What is this image?"';

const NO_DIAGRAM = 'No diagram is attached to this conversation, so I have nothing to analyse. Open a diagram in the modeler and ask again from its chat panel.';

/** The whole answer for one turn. */
export function answer(turn: TurnContext): string {
  const { intents, subject } = detectIntents(turn.question);
  const hasImage = turn.currentAttachmentIds.some((id) => turn.attachments.some((x) => x.kind === 'image' && x.attachmentId === id));
  if (!intents.length && !turn.question.trim() && hasImage) intents.push('image');
  const parts: string[] = [];
  const d = turn.diagram;
  const a = d?.analysis ?? null;
  for (const intent of intents) {
    if (intent === 'image') { parts.push(images(turn)); continue; }
    if (intent === 'help') { parts.push(CAPABILITIES); continue; }
    if (!d) { if (!parts.includes(NO_DIAGRAM)) parts.push(NO_DIAGRAM); continue; }
    if (!a) { parts.push(`I could not read the diagram: ${d.parseError ?? 'unknown error'}`); break; }
    switch (intent) {
      case 'summary': parts.push(summary(d.name, a)); break;
      case 'count': parts.push(counts(turn.question, a)); break;
      case 'after': parts.push(after(a, subject ?? '')); break;
      case 'before': parts.push(before(a, subject ?? '')); break;
      case 'paths': parts.push(paths(a)); break;
      case 'problems': parts.push(problems(a)); break;
      case 'changes': parts.push(changes(turn)); break;
    }
  }
  if (!parts.length) parts.push(NEEDS_MODEL + CAPABILITIES);
  const skipped = turn.skipped.filter((s) => turn.currentAttachmentIds.includes(s.attachmentId));
  if (skipped.length) parts.push(`I could not use ${skipped.map((s) => `**${s.name}** (${s.reason})`).join(', ')}.`);
  return parts.join('\n\n');
}
