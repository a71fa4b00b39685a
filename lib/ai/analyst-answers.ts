// The offline Diagram Analyst: a front end over the diagram query tools (lib/bpmn/tools). It reads a question
// (English, German or Japanese; paraphrases and typos), calls one or more tools and words their JSON results in the
// question's language. Every fact in an answer comes from a tool; every element is cited as **Name** (`Id`).
import { cite, isActivityType, lintProblem, typeLabel, type DiagramAnalysis, type DiagramModel } from '@/lib/bpmn';
import { candidates, fixFor, fold, mentionScore, runDiagramTool, splitKind, toolContextOf, type ToolContext } from '@/lib/bpmn/tools';
import { agentAndAction, conceptsOf, levenshtein, termConcepts, termsOf, withAntonyms, wordConcepts, wordPositions, withoutConcepts, wordsMatch, STOP } from '@/lib/bpmn/tools/text';

const conceptIdsIn = (cjk: string) => [...conceptsOf(cjk)];
import type { ImageInput, TurnContext } from './context';
import { escapeMarkdown, strongName } from '@/lib/markdown';
import { indefiniteArticle } from '@/lib/bpmn/label';
import { SIGNALS, TYPE_NOUNS, TYPE_WORDS, countLabel, deArticled, detectLanguage, typeName, type Lang } from './analyst-lexicon';

export type { Lang } from './analyst-lexicon';

/** One question as the handlers see it. */
export type AnalystQuery = {
  turn: TurnContext;
  question: string;
  lang: Lang;
  /** fold()ed question with the names of mentioned elements taken out (so "Fix verified" is no lint question). */
  text: string;
  /** fold()ed question as asked. */
  full: string;
  /** fold()ed question without any word of the diagram's names (so a task "Send rejection letter" is no writing request). */
  plain: string;
  /** text without the words of branch labels (a branch "broken" is no lint question). */
  noLabels: string;
  analysis: DiagramAnalysis | null;
  ctx: ToolContext | null;
  /** Elements the question names, best first. */
  mentions: Mention[];
  /** Tool calls made for this answer, in order (what the answer rests on). */
  calls: { name: string; args: unknown; summary: string }[];
};

export type Mention = { id: string; name: string; type: string; score: number; at: number; /** where its last matched word ends */ end?: number };

/**
 * The analyst's intent handlers, tried in order; the first that returns text answers. Other modules may add to it
 * (e.g. an edit-request handler put first with `intentHandlers.unshift(...)`) — see registerIntentHandler.
 */
export type IntentHandler = { name: string; handle(q: AnalystQuery): string | null };

const tr = (lang: Lang, en: string, de: string, ja: string) => (lang === 'de' ? de : lang === 'ja' ? ja : en);

// ---------------------------------------------------------------- tools

class ToolFailed extends Error {}

function call<T = any>(q: AnalystQuery, name: string, args: Record<string, unknown>): T {
  if (!q.ctx) throw new ToolFailed('no diagram');
  const r = runDiagramTool(name, args, q.ctx);
  if (!r.ok) throw new ToolFailed(r.error);
  q.calls.push({ name, args, summary: r.summary });
  return r.result as T;
}

function tryCall<T = any>(q: AnalystQuery, name: string, args: Record<string, unknown>): T | null {
  try { return call<T>(q, name, args); } catch (e) { if (e instanceof ToolFailed) return null; throw e; }
}

type Ref = { id: string; name: string | null; type: string };
/** An element as cited in an answer: **Name** (`id`); one without a name by its kind (a bare id says nothing). */
const c = (q: AnalystQuery, r: Ref | string) => {
  const m = q.analysis!.model, id = typeof r === 'string' ? r : r.id, n = m.byId.get(id);
  if (m.names.get(id) || !n) return cite(m, id);
  const lbl = tname(q, n.type);
  return `${q.lang === 'en' ? `${article(lbl)} ` : ''}${lbl} (\`${id}\`)`;
};
function list(q: AnalystQuery, refs: (Ref | string)[], max = 15): string {
  const sep = q.lang === 'ja' ? '、' : ', ';
  const shown = refs.slice(0, max).map((r) => c(q, r)).join(sep);
  if (refs.length <= max) return shown;
  return `${shown}${tr(q.lang, ` and ${refs.length - max} more`, ` und ${refs.length - max} weitere`, ` ほか${refs.length - max}個`)}`;
}
const period = (q: AnalystQuery) => (q.lang === 'ja' ? '。' : '.');
const tname = (q: AnalystQuery, type: string) => typeName(q.lang, typeLabel(type));
/** Names and expressions from the diagram are user data: literal text in Markdown, code without a way out. */
const md = (s: string) => escapeMarkdown(s);
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
// "a user task", "an end event", "an unnamed …": by sound, roughly.
const article = indefiniteArticle;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- understanding the question

/** English agent nouns: reviewers, approver, auditors, assistants, applicants. */
const ENGLISH_AGENT = /[a-z]{3}(?:ers?|ors?|ists?|ants?)$/;

/** Words that say only that a group is an organisation ("Catering-Partner", "IT-Dienstleister", "Cleaning Service"). */
const GENERIC_ROLE = new Set(['partner', 'dienst', 'dienstleister', 'service', 'services', 'provider', 'team', 'firma', 'unternehmen', 'company', 'agency', 'agentur', 'betrieb']);

function mentionsOf(m: DiagramModel, question: string): Mention[] {
  const out: Mention[] = [], distinct: Mention[] = [];
  const f = fold(question);
  const things = [
    ...m.nodes.map((n) => ({ id: n.id, name: n.name, type: n.type })),
    ...m.lanes.map((l) => ({ id: l.id, name: l.name, type: 'Lane' })),
    ...m.participants.map((p) => ({ id: p.id, name: p.name, type: 'Participant' })),
  ];
  // Words in many names ("invoice" in an invoice process) say little about which one is meant; a match on the
  // name's other words counts a little extra.
  const freq = new Map<string, number>();
  for (const t of things) for (const w of new Set(fold(t.name ?? '').split(' '))) if (w) freq.set(w, (freq.get(w) ?? 0) + 1);
  const qWords = f.split(' ');
  const cjkQuestion = hasCjkText(f);
  const distinctBonus = (name: string) => {
    if (hasCjkText(name)) return 0;
    const ws = fold(name).split(' ').filter((w) => w.length >= 3 && !STOP.has(w) && (freq.get(w) ?? 0) < 3);
    if (!ws.length || ws.length === fold(name).split(' ').length) return 0;
    const hit = ws.filter((w) => qWords.some((x) => wordsMatch(x, w))).reduce((a, w) => a + w.length, 0);
    return (0.15 * hit) / ws.reduce((a, w) => a + w.length, 0);
  };
  // Where the name starts in the question: its first word found there (exactly, or with a typo or inflection).
  // Where a name is said: its words found there (exactly, with a typo or inflection, or as a word of the same
  // meaning in any language — "abgelehnte Bestellung" says **Reject order**).
  const positions = (name: string) => {
    const n = fold(name);
    if (hasCjkText(n)) {
      if (f.includes(n)) return [f.indexOf(n), f.indexOf(n) + n.length - 1];
      // The longest run of the name said in the question ("エスカレーション" of **品質保証へエスカレーション**).
      const best = longestRunIn(n, f);
      return best.length >= 2 ? [f.indexOf(best), f.indexOf(best) + best.length - 1] : [];
    }
    return n.split(' ').filter((w) => !STOP.has(w)).flatMap((w) => wordPositions(f, w));
  };
  const firstAt = (name: string) => {
    const n = fold(name);
    if (f.includes(n)) return f.indexOf(n);
    const at = positions(name);
    return at.length ? Math.min(...at) : Math.max(0, f.indexOf(n.split(' ')[0]!));
  };
  const lastAt = (name: string) => {
    const n = fold(name);
    if (f.includes(n)) return f.indexOf(n) + n.length;
    const at = positions(name);
    return at.length ? Math.max(...at) + 1 : -1;
  };
  for (const t of things) {
    // Ids typed as such (Task_CheckOrder, `Gateway_1`).
    const idAt = question.indexOf(t.id);
    if (idAt >= 0 && new RegExp(`(^|[^\\w])${t.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`).test(question)) {
      out.push({ id: t.id, name: t.name ?? t.id, type: t.type, score: 1.01, at: idAt, end: idAt + t.id.length });
      continue;
    }
    if (!t.name) continue;
    let s = mentionScore(question, t.name);
    // A Japanese unit said in another language by its core ("HR", "Personalabteilung" for **人事部**): the 部/課/室 of
    // its name says only that it is a unit.
    if ((t.type === 'Lane' || t.type === 'Participant') && s < 0.8 && hasCjkText(t.name) && !cjkQuestion) {
      const core = t.name.replace(/(?:部|課|室|係|局|班|チーム|センター|グループ)$/, '');
      if (core !== t.name && core.length >= 2 && mentionScore(question, core) >= 0.75) s = 0.8;
    }
    // A lane or pool said by what it does in German ("die Erstbetreuung" for **Erstbetreuer/in**, "die Prüfung" for **Prüfer**).
    // … or by its own word without a generic role word ("der Caterer" for **Catering-Partner**).
    if ((t.type === 'Lane' || t.type === 'Participant') && s < 0.85 && !hasCjkText(t.name)) {
      const all = fold(t.name).split(' ').filter((w) => !STOP.has(w) && w.length >= 3);
      const core = all.filter((w) => !GENERIC_ROLE.has(w));
      const ws = core.length && core.length < all.length ? core : all;
      // (the agent said for the work: "caterer" for "catering", not "the implementation step" for **Implementation Team**)
      const said = qWords.find((x) => ws.some((w) => w.length >= 6 && (agentAndAction(x, w) || (ws !== all && x !== w && ENGLISH_AGENT.test(x) && !ENGLISH_AGENT.test(w) && wordsMatch(x, w)))));
      if (said && ws.every((w) => w.length < 6 || qWords.some((x) => x === w || agentAndAction(x, w) || wordsMatch(x, w)))) {
        const at = ` ${f} `.indexOf(` ${said} `);
        out.push({ id: t.id, name: t.name, type: t.type, score: 0.86 + Math.min(fold(t.name).length, 40) / 1000, at, end: at + said.length });
        continue;
      }
    }
    // A lane or pool named by who they are ("Reviewers", "Approvers") is said by that word, not by a verb of the
    // same meaning: "where do we check …" asks for a step, not the Reviewers.
    if ((t.type === 'Lane' || t.type === 'Participant') && s >= 0.38 && s < 0.99 && !hasCjkText(t.name)) {
      const agents = fold(t.name).split(' ').filter((w) => w.length >= 5 && ENGLISH_AGENT.test(w) && !STOP.has(w));
      // "review" is the work, "reviewer(s)" who does it; "caretaker" for **Hausmeister** is another agent noun, and
      // "Labor" said of **Zentrallabor** the word itself.
      const says = (x: string, w: string) => (wordsMatch(x, w) && !(w.startsWith(x) && /^(?:e?rs?|ors?)$/.test(w.slice(x.length))))
        || (x.length >= 4 && w.includes(x)) || (ENGLISH_AGENT.test(x) && wordConcepts(x).some((id) => wordConcepts(w).includes(id)));
      if (agents.length && agents.every((w) => !qWords.some((x) => says(x, w)))) s *= 0.6;
    }
    // A name's words are said together: "invoice" early and "send" late in "once the invoice is paid, can we still
    // send a reminder" do not name **Send invoice**.
    if (s >= 0.45 && s < 0.99 && !hasCjkText(t.name)) {
      const words = fold(t.name).split(' ').filter((w) => !STOP.has(w));
      const hits = qWords.map((x, i) => (words.some((w) => wordsMatch(x, w)) ? i : -1)).filter((i) => i >= 0);
      if (hits.length >= 2 && hits[hits.length - 1]! - hits[0]! > words.length + 3) s *= 0.85;
    }
    // A long word only this name has, said as such ("Brandschutz" of **Stellungnahme Brandschutz einholen**), names it
    // even when the name's other words are not said.
    // Only when nothing else is named well (kept aside until then).
    if (s < 0.38 && !hasCjkText(t.name) && fold(t.name).split(' ').some((w) => w.length >= 7 && freq.get(w) === 1 && !STOP.has(w) && qWords.some((x) => x.length >= 6 && wordsMatch(x, w)))) {
      distinct.push({ id: t.id, name: t.name, type: t.type, score: 0.5, at: firstAt(t.name), end: lastAt(t.name) });
      continue;
    }
    // A Japanese question names Latin names by meaning only, which scores lower ("スキャン" and "請求書" for
    // **Scan and register invoice**).
    if (s >= (cjkQuestion && !hasCjkText(t.name) ? 0.35 : 0.38)) {
      out.push({ id: t.id, name: t.name, type: t.type, score: (s < 0.99 ? Math.max(s, Math.min(0.94, s + distinctBonus(t.name))) : s) + Math.min(fold(t.name).length, 40) / 1000, at: firstAt(t.name), end: lastAt(t.name) });
    }
  }
  if (!out.some((x) => x.score >= 0.45)) out.push(...distinct);
  // A pool or lane named by one word that is also a word of a longer, well-matched name ("der Kunde von
  // Verspätungen erfährt": **Kunde** and **Kunden über Verzögerung informieren**): the longer name is meant.
  // … unless every word of the longer name said is such a name: "does the patrol have more tasks than dispatch?"
  // names lanes **Patrol** and **Dispatch**, not the task **Dispatch nearest patrol**.
  const groupWords = out.filter((a) => a.score >= 0.99 && (a.type === 'Participant' || a.type === 'Lane') && !hasCjkText(a.name) && !fold(a.name).includes(' ')).map((a) => fold(a.name));
  const onlyGroupsSaid = (b: Mention) => fold(b.name).split(' ').filter((x) => !STOP.has(x) && qWords.some((y) => wordsMatch(y, x))).every((x) => groupWords.some((g) => wordsMatch(g, x)));
  for (const a of out) {
    if (a.score < 0.99 || (a.type !== 'Participant' && a.type !== 'Lane') || hasCjkText(a.name) || fold(a.name).includes(' ')) continue;
    const w = fold(a.name);
    const longer = out.find((b) => b !== a && b.score >= 0.6 && b.score < 0.99 && fold(b.name).split(' ').length >= 3 && fold(b.name).split(' ').some((x) => wordsMatch(x, w)));
    if (longer && !(groupWords.length >= 2 && onlyGroupsSaid(longer))) a.score = longer.score - 0.01;
  }
  // The same in Japanese: a short name said only as the start of a longer one's words (住民 in "住民票はどこで" for
  // **住民票の作成**) is not meant — the run of the longer name said in the question holds it.
  for (const a of out) {
    const an = fold(a.name).replace(/\s+/g, '');
    if (a.score < 0.99 || !hasCjkText(an)) continue;
    const longer = out.find((b) => b !== a && b.score >= 0.6 && b.score < 0.99 && hasCjkText(b.name) && (() => { const run = longestRunIn(fold(b.name), f); return run.length > an.length && run.includes(an); })());
    if (longer) a.score = longer.score - 0.01;
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The question without the words that name elements (exactly, or closely as in "the fix is verified" for
 * **Fix verified**), so words inside names don't trigger other questions.
 */
function stripNames(full: string, mentions: Mention[]): string {
  let t = ` ${full} `;
  for (const mm of mentions) {
    if (mm.score < 0.8) continue;
    const n = fold(mm.name);
    // A name in the past form is also the question's conditional: "辞退したらどうなる" for **辞退した？** keeps its "たら".
    if (mm.score >= 0.99 && n && /[ただ]$/.test(n) && hasCjkText(n)) t = t.split(`${n}ら`).join(` ∎ ${n.slice(-1)}ら`);
    if (mm.score >= 0.99 && n) t = t.split(` ${n} `).join(' ∎ ').split(n).join(' ∎ ');
    t = t.split(fold(mm.id)).join(' ∎ ');
    if (mm.score < 0.99 && !hasCjkText(n)) {
      const words = n.split(' ').filter((w) => w.length >= 3);
      t = t.split(' ').map((w) => (w.length >= 3 && words.some((x) => wordsMatch(w, x)) ? '∎' : w)).join(' ');
    }
    // A Japanese name said with other kana (判定結果が for **判定結果は？**): its longest run said goes.
    if (mm.score < 0.99 && hasCjkText(n)) {
      const best = longestRunIn(n, t);
      if (best.length >= 3) t = t.split(best).join(' ∎ ');
    }
  }
  return t.replace(/\s+/g, ' ').trim();
}
/** The longest run of a (CJK) name's characters that occurs in a text. */
function longestRunIn(name: string, text: string): string {
  const c = name.replace(/\s+/g, '');
  let best = '';
  for (let i = 0; i < c.length; i++) for (let j = i + best.length + 1; j <= c.length && text.includes(c.slice(i, j)); j++) best = c.slice(i, j);
  return best;
}
const hasCjkText = (s: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s);

/**
 * Mentions good enough to act on: a close match (≥ 0.6), or a weaker one (a paraphrase such as "Wer berechnet den
 * Credit Score?" for **Calculate credit score**) when it is clearly ahead of every other candidate.
 */
function clearMentions(q: AnalystQuery): Mention[] {
  const lead = dominant(q);
  const strong = q.mentions.filter((m) => m.score >= 0.6);
  if (strong.length) return lead && lead.score >= 0.5 ? [lead, ...strong.filter((m) => m !== lead)] : strong;
  if (lead) return [lead];
  const [a, b] = q.mentions;
  return a && (!b || a.score - b.score >= 0.12) ? [a] : [];
}

/**
 * Of names scored about equally (a near tie), the one that explains the question's words best: "after the invoice is scanned"
 * matches **Scan and register invoice** on "scanned" and "invoice", **Invoice paid** only on "invoice" — so the
 * first is meant. Null when no candidate's matched words include every other's.
 */
function dominant(q: AnalystQuery): Mention | null {
  const top = q.mentions[0];
  if (!top) return null;
  const cjkNames = !hasCjkText(q.full) && hasCjkText(top.name);
  const cluster = q.mentions.filter((m) => m.score >= top.score - 0.05 && m.score < 0.99 && hasCjkText(m.name) === cjkNames);
  if (cluster.length < 2 || cluster[0] !== top && top.score >= 0.99) return null;
  // Japanese names asked about in English or German match by meaning only: the name that carries every meaning
  // another one does, and more ("told which papers are missing": **不足している書類を案内する** over **書類はそろっている？**).
  if (cjkNames) {
    const asked = conceptsOf(q.full);
    const sets = cluster.map((m) => new Set([...conceptsOf(fold(m.name))].filter((id) => asked.has(id))));
    const k = sets.findIndex((ws, i) => sets.every((o, j) => j === i || (ws.size > o.size && [...o].every((w) => ws.has(w)))));
    return k >= 0 ? cluster[k]! : null;
  }
  const qw = q.full.split(' ').filter((w) => w.length >= 3 && !STOP.has(w));
  // Literal matches only: a synonym is weaker evidence than the word itself — except in a Japanese question about
  // Latin names, where every match is one of meaning ("請求書をスキャンした後" names scan and invoice).
  const cjk = hasCjkText(q.full);
  const asked = cjk ? conceptsOf(q.full) : null;
  const words = cluster.map((m) => new Set(cjk
    ? fold(m.name).split(' ').filter((w) => !STOP.has(w) && wordConcepts(w).some((id) => asked!.has(id)))
    : qw.filter((x) => fold(m.name).split(' ').some((w) => wordsMatch(x, w)))));
  const i = words.findIndex((ws, k) => words.every((o, j) => j === k || (ws.size > o.size && [...o].every((w) => ws.has(w)))));
  return i >= 0 ? cluster[i]! : null;
}

const has = (q: AnalystQuery, re: RegExp) => re.test(q.text);
/** A lane or pool counts as named from this score: a one-word name said in another language ("dealer" for
 *  **Händler**) scores 0.765. */
const GROUP = 0.75;

/** Among mentions about as good as the best, an activity: "who approves the invoice" means **Approve invoice**,
 *  not the gateway **Invoice approved?** (gateways and events are named after outcomes, activities after work). */
function preferActivity(q: AnalystQuery, ms: Mention[], within = 0.12): Mention[] {
  const m = q.analysis!.model;
  const top = ms[0];
  if (!top) return ms;
  const act = ms.find((x) => x.score >= top.score - within && isActivityType(m.byId.get(x.id)?.type ?? ''));
  return act && act !== top ? [act, ...ms.filter((x) => x !== act)] : ms;
}

/** The node (not lane or pool) a question is about; prefer the one named after the given position. */
function subjectNode(q: AnalystQuery, after?: RegExp): Mention | null {
  const nodes = clearMentions(q).filter((m) => q.analysis!.model.byId.has(m.id));
  if (!nodes.length) return null;
  if (after) {
    const at = q.full.search(after);
    if (at >= 0) {
      const later = nodes.filter((n) => n.at >= at && n.score >= nodes[0]!.score - 0.15);
      if (later.length) return later[0]!;
    }
  }
  return nodes[0]!;
}

/** "…、申請者は次に何をする？", "what does the agency do before …": a pool the question names outright holds the
 *  step meant — a weaker name inside it beats a stronger one in another pool. */
function inNamedPool(q: AnalystQuery, subject: Mention): Mention {
  const m = q.analysis!.model;
  const pool = q.mentions.find((x) => x.type === 'Participant' && x.score >= 0.95 && x.at !== subject.at);
  const n = m.byId.get(subject.id);
  if (!pool || !n || n.participantId === pool.id || m.participants.length < 2) return subject;
  const alt = q.mentions.filter((x) => x !== pool && m.byId.get(x.id)?.participantId === pool.id && x.score >= 0.4 && x.score >= subject.score - 0.5).sort((a, b) => b.score - a.score)[0];
  return alt ?? subject;
}

/** "once a family has been waiting for six months", "nach 6 Monaten", "3日たっても": the one timer whose name or
 *  expression says the same duration (number and unit; ISO 8601 expressions such as P6M too). */
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14, ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwolf: 12, vierzehn: 14 };
const UNIT = /^(?:minute|minuten|minutes|min|分)$|^(?:hour|hours|stunde|stunden|時間)$|^(?:day|days|tag|tage|tagen|日)$|^(?:week|weeks|woche|wochen|週|週間)$|^(?:month|months|monat|monate|monaten|ヶ月|か月|カ月)$|^(?:year|years|jahr|jahre|jahren|年)$/;
const unitKey = (u: string) => { const i = UNIT.exec(u); return i ? ['mi', 'h', 'd', 'w', 'mo', 'y'][[/分|min/, /hour|stund|時間/, /day|tag|日/, /week|woch|週/, /month|monat|月/, /year|jahr|年/].findIndex((r) => r.test(u))] : null; };
function durationsIn(text: string): Set<string> {
  const out = new Set<string>();
  const t = fold(text).replace(/(\d+)\s*(ヶ月|か月|カ月|週間|時間|分|日|週|年)/g, '$1 $2');
  const words = t.split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    const n = /^\d+$/.test(words[i]!) ? Number(words[i]) : NUMBER_WORDS[words[i]!];
    const u = unitKey(words[i + 1]!);
    // "after an hour" is the timer of 60 minutes: minutes, hours, days and weeks compare in minutes.
    const per: Record<string, number> = { mi: 1, h: 60, d: 1440, w: 10080 };
    if (n && u) out.add(per[u] ? `${n * per[u]!}mi` : `${n}${u}`);
  }
  for (const iso of text.matchAll(/P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?/g)) {
    const per = [0, 0, 10080, 1440, 60, 1];
    ['y', 'mo', 'w', 'd', 'h', 'mi'].forEach((u, k) => { if (iso[k + 1]) out.add(per[k] ? `${Number(iso[k + 1]) * per[k]!}mi` : `${Number(iso[k + 1])}${u}`); });
  }
  return out;
}
function timerByDuration(q: AnalystQuery): Mention | null {
  const asked = durationsIn(q.question);
  if (!asked.size) return null;
  const m = q.analysis!.model;
  const hits = m.nodes.filter((n) => n.eventDefinitions.includes('timer') && [...durationsIn(`${n.name ?? ''} ${n.eventDetails.map((d) => d.expression ?? '').join(' ')}`)].some((d) => asked.has(d)));
  const t = hits.length === 1 ? hits[0]! : null;
  return t ? { id: t.id, name: t.name ?? t.id, type: t.type, score: 0.7, at: 0 } : null;
}

/** Text after a keyword, for "I couldn't find …" when no element matches. */
function phraseAfter(question: string, re: RegExp): string {
  const f = fold(question);
  const m = re.exec(f);
  // Japanese says the name before the keyword: "到着連絡の前には何をする？" is about 到着連絡.
  if (m && hasCjkText(m[0])) {
    const head = f.slice(0, m.index).replace(/[「」『』"]/g, ' ').replace(/(?:の|を|が|は|に)\s*$/, '').trim();
    if (head.length >= 2) return head.slice(-60);
  }
  let rest = m ? f.slice(m.index + m[0].length) : f;
  // "what's next after the reviewers are reassigned": the keyword said twice.
  const again = new RegExp(`^\\s*(?:${re.source})`, re.flags.replace('g', ''));
  for (let k = 0; k < 3; k++) { const a = again.exec(rest); if (!a || !a[0].trim()) break; rest = rest.slice(a[0].length); }
  return rest.trim().replace(/^(?:the|a|an|step|task|der|die|das|dem|den)\s+/g, '').replace(/\b(?:happen\w*|comes?|step|please|bitte|passiert|kommt)\b/g, '').replace(/\s+/g, ' ').trim().slice(0, 60);
}

function notFound(q: AnalystQuery, phrase: string): string {
  const sug = phrase ? candidates(q.analysis!.model, phrase, undefined, 3).filter((x) => x.score >= 0.35) : [];
  const named = q.analysis!.model.nodes.filter((n) => n.name).map((n) => n.id);
  const p = phrase ? `"${phrase}"` : tr(q.lang, 'that', 'das', 'それ');
  return tr(q.lang,
    `I couldn't find an element called ${p} in the diagram.${sug.length ? ` Did you mean ${list(q, sug)}?` : named.length ? ` Elements with names include ${list(q, named, 8)}.` : ''}`,
    `Ich finde kein Element namens ${p} im Diagramm.${sug.length ? ` Meinen Sie ${list(q, sug)}?` : named.length ? ` Benannte Elemente sind z. B. ${list(q, named, 8)}.` : ''}`,
    `図の中に${p}という要素は見つかりません。${sug.length ? `${list(q, sug)}のことですか？` : named.length ? `名前のある要素：${list(q, named, 8)}。` : ''}`);
}

// ---------------------------------------------------------------- answers

const NO_DIAGRAM: Record<Lang, string> = {
  en: 'No diagram is attached to this conversation, so I have nothing to analyse. Open a diagram in the modeler and ask again from its chat panel.',
  de: 'An dieses Gespräch ist kein Diagramm angehängt, ich habe also nichts zu analysieren. Öffnen Sie ein Diagramm im Modeler und fragen Sie dort im Chat erneut.',
  ja: 'この会話には図が添付されていないため、分析できません。モデラーで図を開き、そのチャットパネルからもう一度質問してください。',
};

export const CAPABILITIES: Record<Lang, string> = {
  en: 'I can count and list elements (by type, lane or pool), say what happens after or before a step or if a branch is taken, list paths, ways to end, loops, lanes, pools, message flows and gateways, find unreachable elements and the problems the modeler reports (with fixes), and tell you what changed.',
  de: 'Ich kann Elemente zählen und auflisten (nach Typ, Lane oder Pool), sagen, was nach oder vor einem Schritt oder bei einer Verzweigung passiert, Pfade, Enden, Schleifen, Lanes, Pools, Nachrichtenflüsse und Gateways zeigen, unerreichbare Elemente und die Probleme des Modelers (mit Lösungen) nennen und sagen, was sich geändert hat.',
  ja: '要素を種類・レーン・プール別に数えて一覧にし、ステップの前後や分岐した場合に何が起こるか、経路、終わり方、ループ、レーン、プール、メッセージフロー、ゲートウェイ、到達できない要素、モデラーが示す問題と修正方法、変更点を答えられます。',
};

function help(q: AnalystQuery): string | null {
  if (!SIGNALS.help.test(q.full) || q.full.split(' ').length > 8 && !/what can you|was kannst|何ができ/.test(q.full)) return null;
  // "Hallo! Kannst du mir das Diagramm kurz zusammenfassen?": a greeting before a request is politeness; the request is answered.
  const rest = q.full.replace(/^(?:hi|hello|hey|hallo|moin|servus|guten tag|こんにちは)\b[\s、。!！,]*/, '').trim();
  if (rest !== q.full.trim() && rest.split(' ').length >= 2 && !SIGNALS.help.test(rest)) return null;
  return tr(q.lang, "I'm the offline Diagram Analyst: I answer from the structure of your diagram. ", 'Ich bin der Offline-Diagramm-Analyst und antworte aus der Struktur Ihres Diagramms. ', 'オフラインの図アナリストです。図の構造から答えます。') + CAPABILITIES[q.lang];
}

/** "Can you write a leaflet …" is a request for text even when a step is called **Write discharge order** (whose words
 *  q.plain leaves out). */
const WRITE_REQUEST = /\b(?:can|could|would|will) you (?:please )?(?:write|rewrite|draft|compose|translate|rephrase|reword)\b|^(?:please )?(?:write|rewrite|draft|compose|translate|rephrase|reword) (?:me |us )?(?:a|an|the|some|all|every|each|my|our|these|this)\b|\b(?:leaflet|brochure|flyer|newsletter|blog post|press release|handout)\b|\bkannst du (?:mir )?(?:\w+ )?(?:schreiben|ubersetzen|formulieren)\b|文章で|文章に|説明文|案内文|お知らせ文|手紙を/;
/** Advice the diagram does not hold ("Which KPIs would you suggest we track?"); "what should I improve?" is the
 *  lint report's, which says what to fix. */
const ADVICE_REQUEST = /\b(?:would|could|can|do|will) you (?:please )?(?:suggest|recommend|propose|advise)\b|\bwhat (?:would|do) you (?:suggest|recommend|propose|advise)\b|\b(?:which|what) (?:metrics|measures|indicators)\b|\bwas (?:wurdest|wurden|empfiehlst|empfehlen|schlagst) (?:du|sie)\b(?: \w+){0,4} (?:vor|vorschlagen|empfehlen|messen|andern|anders machen)\b|\bkennzahlen\b|おすすめ|オススメ|提案して|提案してください|どんな指標|指標を/;
function needsModel(q: AnalystQuery): string | null {
  // "KPI" as written: the text without name words may have lost it.
  const advice = ADVICE_REQUEST.test(q.plain) || /KPI/i.test(q.question);
  if (!SIGNALS.needsModel.test(q.plain) && !WRITE_REQUEST.test(q.full) && !advice) return null;
  // "Gibt es einen Schritt für den Newsletter?" looks a step up; it asks for no text.
  if (!advice && /\b(?:is there|are there|gibt es|haben wir|do we have)\b.*\b(?:steps?|tasks?|activit\w+|schritte?|aufgaben?)\b|(?:ステップ|タスク|作業)は(?:ある|あります)/.test(q.full)) return null;
  // One sentence and an offer; how to configure a model is the settings' and help page's business, not the answer's.
  const what = advice
    ? tr(q.lang, 'Suggestions and advice beyond what the diagram shows need a language model', 'Vorschläge und Ratschläge über das Diagramm hinaus brauchen ein Sprachmodell', '図に書かれていない提案や助言には言語モデルが必要で')
    : tr(q.lang, 'Writing or translating text needs a language model', 'Texte zu schreiben oder zu übersetzen braucht ein Sprachmodell', '文章の作成や翻訳には言語モデルが必要で');
  return what + tr(q.lang,
    ', which this offline analyst does not have — but I can answer from the diagram itself: counts per lane or pool, what happens after a step, paths, loops, message flows or what to fix.',
    ', das dieser Offline-Analyst nicht hat — aber ich kann aus dem Diagramm selbst antworten: Anzahlen je Lane oder Pool, was nach einem Schritt passiert, Pfade, Schleifen, Nachrichtenflüsse oder was zu beheben ist.',
    '、このオフラインのアナリストにはありません。代わりに図そのものから、レーンやプールごとの数、ステップの次に起こること、経路、ループ、メッセージフロー、修正すべき点をお答えできます。');
}

type CountResult = { total: number; label: string; labelPlural: string; byType: { type: string; label: string; count: number }[]; elements: (Ref & { insideSubProcess: Ref | null })[]; insideSubProcesses: number; filters: { lane: Ref | null; participant: Ref | null; within: Ref | null } };

/** Type words in the question, in order, each consumed so "user tasks" is not also "tasks". */
function typesIn(text: string): string[] {
  let t = ` ${text} `;
  const found: { at: number; type: string }[] = [];
  for (const [re, type] of TYPE_WORDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      found.push({ at: m.index, type });
      t = t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice(m.index + m[0].length);
      re.lastIndex = m.index + m[0].length;
    }
  }
  // Typos the patterns miss: a left-over word one or two edits from a type noun.
  for (const m of t.matchAll(/[a-z]{5,}/g)) {
    const hit = TYPE_NOUNS.find(([noun]) => noun !== m[0] && levenshtein(noun, m[0]) <= (noun.length >= 8 ? 2 : 1));
    if (hit) found.push({ at: m.index!, type: hit[1] });
  }
  const seen = new Set<string>();
  const types = found.sort((a, b) => a.at - b.at).map((f) => f.type).filter((x) => (seen.has(x) ? false : (seen.add(x), true)));
  // "automated steps (service tasks)", "done by a person (user tasks)": the type named outright is what is meant.
  const named = (group: string, re: RegExp) => types.includes(group) && types.some((t) => re.test(t));
  return types.filter((t) => !(t === 'automatedTask' && named(t, /^(?:serviceTask|scriptTask|businessRuleTask)$/)) && !(t === 'humanTask' && named(t, /^(?:userTask|manualTask)$/)));
}

function filtersOf(q: AnalystQuery, types: string[], byWord = false): { lane?: string; participant?: string; within?: string } {
  const f: { lane?: string; participant?: string; within?: string } = {};
  // A weak lane match that names the process as well ("the hiring process" and lane **Recruiting**) is no filter.
  const procScore = Math.max(0, ...q.analysis!.model.processes.map((p) => (p.name ? mentionScore(q.question, p.name) : 0)));
  // Context before the question ("We're auditing our finance processes. How many user tasks …?") names no filter:
  // a lane or pool counts when the sentence that asks names it.
  const sentences = q.question.split(/(?<=[.!?。！？])\s*/).filter((x) => x.trim());
  const asking = sentences.find((x) => /[?？]\s*$/.test(x)) ?? sentences[sentences.length - 1] ?? q.question;
  const inAsking = (m: Mention) => sentences.length < 2 || mentionScore(asking, m.name) >= GROUP;
  const lane = q.mentions.find((m) => m.type === 'Lane' && m.score >= GROUP && (m.score >= 0.85 || procScore < m.score - 0.05) && inAsking(m));
  const pools = q.mentions.filter((m) => m.type === 'Participant' && m.score >= GROUP && inAsking(m));
  // "… im ganzen Modell, bei uns und beim Lieferanten?": the whole diagram, not one pool.
  const whole = /\b(?:whole|entire|complete)\b (?:model|diagram|collaboration|thing)\b|\bacross (?:all|both)\b|\b(?:ganze|gesamte)\w* (?:modell|diagramm|kollaboration)\b|\bbeide\w* (?:pools|seiten|parteien)\b|全体|両方/.test(q.full);
  // A pool named weaker than a lane that is not in it ("通関士のタスク" says 税関 only by meaning) is no filter.
  const m0 = q.analysis!.model;
  const laneProcess = lane && m0.lanes.find((l) => l.id === lane.id)?.processId;
  const outside = (p: Mention) => !!lane && p.score < lane.score && !!laneProcess && m0.participants.find((x) => x.id === p.id)?.processId !== laneProcess;
  const pool = pools.length === 1 && !whole && !outside(pools[0]!) ? pools[0] : undefined;
  // A weak lane match beaten by a pool's ("the building office" names **Bauamt**; "office" alone a clerks' lane) is no filter.
  if (lane && !types.includes('lane') && (lane.score >= 0.85 || !pool || pool.score <= lane.score)) f.lane = lane.id;
  if (pool && !types.includes('participant') && (!lane || pool.score > lane.score || !fold(lane.name).includes(fold(pool.name)))) f.participant = pool.id;
  if (byWord && !lane && !pool && !whole && !types.includes('lane') && !types.includes('participant')) {
    const g = groupByWord(q);
    if (g) f[g.type === 'Lane' ? 'lane' : 'participant'] = g.id;
  }
  const sub = q.mentions.find((m) => /SubProcess|Transaction/.test(m.type) && m.score >= 0.85);
  // "… counting the ones inside peer review too", "auch die im Teilprozess", "サブプロセスの中も含めて": all, those inside as well.
  const asWell = /\b(?:too|as well|also|including|included|incl|inkl|inklusive|einschlie\w*|auch)\b|も含め|含めて/.test(q.full);
  if (sub && !asWell && /\b(?:in|inside|within|innerhalb|im)\b|の中|内/.test(q.full) && !types.some((t) => /subProcess/i.test(t))) f.within = sub.id;
  return f;
}

/**
 * "Wie viele Aufgaben hat die Praxis?" of pool **Zahnarztpraxis Dr. Weber**, "the store" of pool **Pedalworks
 * Cycle Store**: a group said by one word of its name (or its compound's head) — too weak to name it in general,
 * enough for a count's filter when it is the only group so said and no step's name has that word.
 */
function groupByWord(q: AnalystQuery): Mention | null {
  const m = q.analysis!.model;
  // Not a word of a type ("service tasks" is no group **Customer service**).
  let t = ` ${q.full} `;
  for (const [re] of TYPE_WORDS) { re.lastIndex = 0; t = t.replace(re, ' '); }
  const words = t.split(' ').filter((w) => w.length >= 4 && !STOP.has(w));
  // The word itself, or the head of a compound ("praxis" of "zahnarztpraxis").
  const said = (name: string) => words.find((w) => fold(name).split(' ').some((gw) => wordsMatch(w, gw) || (gw.length >= w.length + 3 && gw.endsWith(w))));
  const groups = [...m.lanes.map((l) => ({ id: l.id, name: l.name, type: 'Lane' })), ...m.participants.map((p) => ({ id: p.id, name: p.name, type: 'Participant' }))];
  const hits = groups.filter((g) => g.name && !hasCjkText(g.name) && said(g.name));
  if (hits.length !== 1) return null;
  const g = hits[0]!;
  const word = said(g.name!)!;
  if (m.nodes.some((n) => n.name && fold(n.name).split(' ').some((x) => wordsMatch(x, word)))) return null;
  return { id: g.id, name: g.name!, type: g.type, score: GROUP, at: q.full.indexOf(word) };
}

function filterPhrase(q: AnalystQuery, r: CountResult): string {
  const bits: string[] = [];
  if (r.filters.lane) bits.push(tr(q.lang, ` in lane ${c(q, r.filters.lane)}`, ` in der Lane ${c(q, r.filters.lane)}`, `レーン${c(q, r.filters.lane)}の`));
  if (r.filters.participant) bits.push(tr(q.lang, ` in pool ${c(q, r.filters.participant)}`, ` im Pool ${c(q, r.filters.participant)}`, `プール${c(q, r.filters.participant)}の`));
  if (r.filters.within) bits.push(tr(q.lang, ` inside ${c(q, r.filters.within)}`, ` innerhalb von ${c(q, r.filters.within)}`, `${c(q, r.filters.within)}の中の`));
  return bits.join(q.lang === 'ja' ? '' : ',');
}

function countLine(q: AnalystQuery, r: CountResult, withList: boolean): string {
  const what = countLabel(q.lang, r.total, r.label, r.labelPlural);
  const fp = filterPhrase(q, r);
  let breakdown = '';
  if (r.byType.length > 1 && /^(?:task|gateway|event|element|activity)$/.test(r.label)) {
    breakdown = r.byType.map((b) => countLabel(q.lang, b.count, b.label)).join(q.lang === 'ja' ? '、' : ', ');
  }
  let inner = '';
  if (r.insideSubProcesses && !r.filters.within && r.elements.length) {
    const subs = [...new Set(r.elements.filter((e) => e.insideSubProcess).map((e) => e.insideSubProcess!.id))];
    inner = tr(q.lang, `${r.insideSubProcesses} of them inside ${list(q, subs)}`, `${r.insideSubProcesses} davon innerhalb von ${list(q, subs)}`, `うち${r.insideSubProcesses}個は${list(q, subs)}の中`);
  }
  const paren = [breakdown, inner].filter(Boolean).map((x) => (q.lang === 'ja' ? `（${x}）` : ` (${x})`)).join('');
  const items = withList && r.total && r.label !== 'sequence flow' ? r.elements.map((e) => e.id) : [];
  if (q.lang === 'de') {
    return `Es gibt${fp} **${what}**${paren}${items.length ? `: ${list(q, items, 25)}` : ''}.`;
  }
  if (q.lang === 'ja') {
    return `${fp}**${what}**あります${paren}${items.length ? `：${list(q, items, 25)}` : ''}。`;
  }
  return `There ${r.total === 1 ? 'is' : 'are'} **${what}**${fp}${paren}${items.length ? `: ${list(q, items, 25)}` : ''}.`;
}

/** "send tasks?", "alle Gateways": nothing but type words (and filler) — a request to count and list them. */
function onlyTypeWords(text: string): boolean {
  let t = ` ${text} `;
  for (const [re] of TYPE_WORDS) { re.lastIndex = 0; t = t.replace(re, ' '); }
  // "自動で実行されるタスクは？": a particle left alone is filler too.
  t = t.replace(/(?<=\s)[はのがもを](?=\s)/g, ' ');
  return !t.replace(/\b(?:any|all|the|our|my|your|this|these|here|there|in|of|total|overall|diagram|process|model|please|pls|alle|die|der|das|im|insgesamt|gesamt|diagramm|prozess|modell|bitte|全部|すべて|合計|の|は)\b/g, ' ').trim();
}

/** The one event of the kinds asked ("error event") whose name the question partly says. */
function oneEventOfKind(q: AnalystQuery, types: string[]): boolean {
  const m = q.analysis!.model;
  const kinds = types.filter((t) => / event$/.test(t)).map((t) => t.replace(/ event$/, ''));
  if (!kinds.length) return false;
  return q.mentions.filter((x) => x.score >= 0.4 && kinds.some((k) => m.byId.get(x.id)?.eventDefinitions.includes(k))).length === 1;
}

const THINGS_TO_DO = /\bthings?\b(?: \w+){0,5} (?:do|does|handle|handles|take care of)\b|\b(?:have|has) to do\b|\bdinge\b(?: \w+){0,5} (?:tun|macht|machen|erledig\w*)\b/;
function count(q: AnalystQuery): string | null {
  // "Wie viele mögliche Abläufe gibt es vom Start bis zum Ende?" counts paths, not a type.
  if (has(q, SIGNALS.paths) && /\b(?:start|anfang|beginn)\w*\b.*\b(?:end|ende|schluss|finish)\w*\b/.test(q.full)) return null;
  // "I'm reviewing our flow with the team — how many tasks …?": the type words of the clause that counts.
  const clauses = q.question.split(/[—–;:.!?。！？]|\s-\s/).map((x) => stripNames(fold(x), q.mentions)).filter(Boolean);
  // "… how many messages — I mean send tasks?": a correction names the types meant.
  const countClause = clauses.length > 1 ? clauses.find((x) => /^(?:(?:i mean|i meant|or rather|rather|ich meine|ich meinte|genauer gesagt)\b|つまり|というか)/.test(x.trim()) && typesIn(x).length) ?? clauses.find((x) => SIGNALS.count.test(x)) : undefined;
  const types = countClause && typesIn(countClause).length ? typesIn(countClause) : typesIn(q.text);
  const isCount = has(q, SIGNALS.count) || (types.length > 0 && !q.mentions.some((m) => m.score >= 0.8) && onlyTypeWords(q.text));
  // "7日のタイマーについて教えて" asks about one timer (by its duration), not for the list.
  const isList = !isCount && has(q, SIGNALS.list) && types.length > 0 && !has(q, SIGNALS.paths) && !has(q, SIGNALS.after) && !has(q, SIGNALS.before)
    && !q.mentions.some((m) => m.score >= 0.8 && q.analysis!.model.byId.has(m.id)) && !(has(q, SIGNALS.describe) && hoursIn(q.full).length)
    // "不適合のエラーイベントについて教えて": an event kind and part of one such event's name — that event, described.
    && !(has(q, SIGNALS.describe) && oneEventOfKind(q, types));
  if (!isCount && !isList) return null;
  if (!types.length) {
    if (!isCount) return null;
    // "wie viel das Fundstück wert ist", "how much it is worth": an amount, not a count of elements.
    if (/\bhow much\b|\bwie ?viel\b|どれくらい|いくら/.test(q.full) && !/\bhow many\b|\bwie ?viele\b|いくつ|何個/.test(q.full)) return null;
    if ([SIGNALS.problems, SIGNALS.paths, SIGNALS.waysToEnd, SIGNALS.loops, SIGNALS.reachability].some((re) => has(q, re))) return null;
    // "How many are there?" — the overview.
    types.push('task', 'gateway', 'event', 'lane', 'participant', 'flow');
  }
  // "how many lanes does the IT service desk pool have": the pool word right after a pool's name is the filter, the
  // lanes are counted (though a lane's name, **Service Desk**, is said inside the pool's).
  const poolSaid = q.mentions.find((x) => x.type === 'Participant' && x.score >= GROUP && (` ${q.full} `.includes(` ${fold(x.name)} pool `) || ` ${q.full} `.includes(` pool ${fold(x.name)} `)));
  if (poolSaid && types.includes('lane') && types.includes('participant')) types.splice(types.indexOf('participant'), 1);
  // "tasks in the Sales lane": the lane word belongs to the filter, not to a second count.
  else if (types.length > 1 && types.includes('lane') && q.mentions.some((m) => m.type === 'Lane' && m.score >= GROUP)) types.splice(types.indexOf('lane'), 1);
  if (types.length > 1 && types.includes('participant') && q.mentions.some((m) => m.type === 'Participant' && m.score >= GROUP)) types.splice(types.indexOf('participant'), 1);
  // "Wie viele Nachrichten schickt das Jugendamt an die Eltern?": a count of a pool's messages by direction, or
  // between two (a list of them stays every message, with their ends).
  if (isCount && types.length === 1 && types[0] === 'messageFlow' && (SIGNALS.send.test(q.text) || GET_VERB.test(q.text)) && withSaidPools(q).mentions.some((x) => x.type === 'Participant' && x.score >= GROUP)) {
    const r = messages(q);
    if (r) return r;
  }
  // "輸入申告のサブプロセスの中にタスクはいくつ？", "tasks inside the screening sub-process": the sub-process word names
  // the container of what is counted.
  if (types.length > 1 && types.includes('subProcess') && q.mentions.some((x) => /SubProcess|Transaction/.test(x.type) && x.score >= 0.85) && /\b(?:in|inside|within|innerhalb|im)\b|の中|内/.test(q.full)) types.splice(types.indexOf('subProcess'), 1);
  const f = filtersOf(q, types, true);
  // "How many things does the claims team have to do?": the work is its activities; the elements in all beside it.
  if (types.length === 1 && types[0] === 'element' && THINGS_TO_DO.test(q.full)) {
    const act = tryCall<CountResult>(q, 'count_elements', { type: 'activity', ...f });
    const all = tryCall<CountResult>(q, 'count_elements', { type: 'element', ...f });
    if (act && all && act.total) return countLine(q, act, true).replace(/\*\*[^*]+\*\*/, (x) => `${x} ${tr(q.lang, `(of ${all.total} elements)`, `(von ${all.total} Elementen)`, `（全${all.total}要素中）`)}`);
  }
  const lines: string[] = [];
  for (const type of types) {
    const r = tryCall<CountResult>(q, 'count_elements', { type, ...f });
    if (r) lines.push(countLine(q, r, types.length < 4));
  }
  return lines.length ? lines.join('\n') : null;
}

type Finding = { rule: string; severity: 'error' | 'warn' | 'info'; element: Ref | null; message: string; fix: string };

/** "… zu denen vom Start aus kein Weg führt?", "an die man nie rankommt", "開始から辿り着けない…": unreachable, said as
 *  "no way leads there" rather than with a reachability word. */
const NO_WAY_THERE = /\bkein(?:en)? weg\b(?: \w+){0,3} (?:hin|dahin|dorthin )?fuhrt\b(?! \w* ?vorbei)|\bnie\b(?: \w+){0,3} (?:ran|hin|heran)kommt\b|\bno (?:path|way|route)\b(?: \w+){0,3} (?:leads?|gets?|goes)\b(?! \w* ?(?:around|past))|\bnothing (?:\w+ )?(?:leads?|goes|points?|flows?|connects?|comes) (?:in)?to\b|\bno incoming\b|(?:辿り着|たどり着|到達|行)け(?:ない|ません)/;

function reachability(q: AnalystQuery): string | null {
  // On the full question too: "nie erreicht" is no name's word even when **Antrag einreichen** is fuzzily named.
  // … but not in a name said exactly ("Was ist 'ERP nicht erreichbar' für ein Element?").
  if (!has(q, SIGNALS.reachability) && !NO_WAY_THERE.test(q.text) && !SIGNALS.reachability.test(stripNames(q.full, q.mentions.filter((x) => x.score >= 0.99)))) return null;
  const r = call<{ unreachable: Ref[]; deadEnds: Ref[]; scopes: { unpairedLinks: Ref[] }[] }>(q, 'check_reachability', {});
  const wantDead = /dead|sackgass|行き止まり/.test(q.text);
  const out: string[] = [];
  if (!r.unreachable.length) {
    out.push(tr(q.lang, 'None: every element can be reached from a start event (link events, boundary events, event sub-processes and compensation taken into account).',
      'Keine: Jedes Element ist von einem Startereignis aus erreichbar (Link-Ereignisse, Randereignisse, Ereignis-Teilprozesse und Kompensation berücksichtigt).',
      'ありません。すべての要素は開始イベントから到達できます（リンクイベント、境界イベント、イベントサブプロセス、補償を考慮）。'));
  } else {
    out.push(tr(q.lang, `${r.unreachable.length === 1 ? 'One element' : `${r.unreachable.length} elements`} can never be reached from a start event: ${list(q, r.unreachable)}. Fix: connect an incoming flow from the step before, or delete ${r.unreachable.length === 1 ? 'it' : 'them'}.`,
      `${r.unreachable.length === 1 ? 'Ein Element ist' : `${r.unreachable.length} Elemente sind`} von keinem Startereignis aus erreichbar: ${list(q, r.unreachable)}. Lösung: einen eingehenden Fluss vom vorherigen Schritt verbinden oder löschen.`,
      `開始イベントから到達できない要素が${r.unreachable.length}個あります：${list(q, r.unreachable)}。修正：前のステップから入ってくるフローをつなぐか、削除してください。`));
  }
  if (r.deadEnds.length) {
    out.push(tr(q.lang, `Dead ends (no outgoing flow, no end event): ${list(q, r.deadEnds)}.`, `Sackgassen (kein ausgehender Fluss, kein Endereignis): ${list(q, r.deadEnds)}.`, `行き止まり（出ていくフローも終了イベントもない）：${list(q, r.deadEnds)}。`));
  } else if (wantDead) {
    out.push(tr(q.lang, 'There are no dead ends.', 'Es gibt keine Sackgassen.', '行き止まりはありません。'));
  }
  return out.join('\n');
}

/** Problem words that are also everyday words of steps ("the review step", "an error in Refund payment"). */
const AMBIGUOUS_PROBLEM = /\bproblems?\b|\bprobleme?\b|問題|\breview\w*|\bcheck (?:my|the|this|it)\b|\bfix\w*|\bissues?\b|\bbroken\b|\bimprove\w*|\berrors?\b|\bfehler\w*|エラー/g;

function problems(q: AnalystQuery): string | null {
  if (!SIGNALS.problems.test(q.noLabels)) return null;
  // Only such words, and the question asks something else (before, after, loops, a branch, a timer): not lint.
  const strong = SIGNALS.problems.test(q.noLabels.replace(AMBIGUOUS_PROBLEM, ' ')) || /\bmodel+(?:ing)? (?:errors?|problems?|issues?|mistakes?)\b|\bmodellierungs?(?:fehler|probleme?)\b|モデリング(?:の)?(?:問題|エラー)/.test(q.full);
  // "Before I share this with my team, is anything broken?": a leading before/after clause with no step named is
  // context, not a question about order.
  const step = q.mentions.some((x) => x.score >= 0.35 && q.analysis!.model.byId.has(x.id));
  // So is one about what the asker does ("anything to fix before I hand this over?") that names no step itself.
  const asker = q.full.search(/\b(?:before|after|once|bevor|nachdem|sobald) (?:i|we|ich|wir|my|our|mein\w*|unser\w*)\b/);
  const askersClause = asker >= 0 && !q.mentions.some((x) => x.score >= 0.35 && x.at >= asker && q.analysis!.model.byId.has(x.id));
  const order = [SIGNALS.after, SIGNALS.before].some((re) => has(q, re)) && !askersClause && (step || !/^(?:before|after|once|bevor|nachdem|sobald)\b/.test(q.full));
  const other = [SIGNALS.loops, SIGNALS.whatIf, SIGNALS.paths, SIGNALS.without].some((re) => has(q, re)) || order || typesIn(q.text).some((t) => / event$|^boundaryEvent$/.test(t));
  if (!strong && other) return null;
  // "error on the investigation?" names a step with an error boundary event: that event, not lint.
  if (!strong && boundaryAsked(q)) return null;
  // "and if the report is wrong?" asks about a branch, not about lint findings.
  if (has(q, SIGNALS.whatIf) && (branchCandidates(q)[0]?.score ?? 0) >= 0.6) return null;
  const r = call<{ available: boolean; totals: { error: number; warn: number; info: number; total: number }; findings: Finding[] }>(q, 'lint_findings', {});
  const g = call<{ unreachable: Ref[]; deadEnds: Ref[] }>(q, 'check_reachability', {});
  const gw = call<{ mismatches: { split: Ref; join: Ref; problem: string }[] }>(q, 'list_gateways', {});
  const m = q.analysis!.model;
  const where = (f: Finding) => (f.element ? (m.names.has(f.element.id) ? c(q, f.element) : `\`${f.element.id}\``) : tr(q.lang, 'The diagram', 'Das Diagramm', '図'));
  const sev = (s: string) => (s === 'warn' ? tr(q.lang, 'warning', 'Warnung', '警告') : s === 'error' ? tr(q.lang, 'error', 'Fehler', 'エラー') : 'info');
  // The tool words findings in English (for any model); a German or Japanese answer words them in its own language.
  const fix = (f: Finding) => (q.lang === 'en' ? f.fix : fixFor(m, { rule: f.rule, category: f.severity, elementId: f.element?.id ?? null, elementName: f.element?.name ?? null, message: f.message, fix: f.fix }, q.lang));
  const lines = r.findings.map((f) => (q.lang === 'ja'
    ? `- ${where(f)}：${md(lintProblem(f, q.lang))}（bpmnlint \`${f.rule}\`、${sev(f.severity)}）。修正：${md(fix(f))}`
    : `- ${where(f)}: ${md(lintProblem(f, q.lang))} (bpmnlint \`${f.rule}\`, ${sev(f.severity)}). ${tr(q.lang, 'Fix', 'Lösung', '')}: ${md(fix(f))}`));
  const extra: string[] = [];
  const linted = new Set(r.findings.map((f) => f.element?.id));
  for (const n of g.unreachable) if (!linted.has(n.id)) extra.push(`- ${tr(q.lang, `${c(q, n)} can never be reached: no path from a start event leads to it. Fix: connect an incoming flow from the step before it, or delete it.`, `${c(q, n)} ist nie erreichbar: Kein Pfad von einem Startereignis führt dorthin. Lösung: einen eingehenden Fluss verbinden oder das Element löschen.`, `${c(q, n)}には到達できません。修正：前のステップからフローをつなぐか削除してください。`)}`);
  for (const n of g.deadEnds) if (!linted.has(n.id)) extra.push(`- ${tr(q.lang, `${c(q, n)} is a dead end: the path stops there without an end event. Fix: connect it to the next step or to an end event.`, `${c(q, n)} ist eine Sackgasse: Der Pfad endet ohne Endereignis. Lösung: mit dem nächsten Schritt oder einem Endereignis verbinden.`, `${c(q, n)}は行き止まりです。修正：次のステップか終了イベントにつないでください。`)}`);
  for (const x of gw.mismatches) extra.push(`- ${tr(q.lang, `${c(q, x.split)} is joined by ${c(q, x.join)}: ${x.problem}. Fix: join with the same gateway type as the split.`, `${c(q, x.split)} wird von ${c(q, x.join)} zusammengeführt, einem anderen Gateway-Typ. Lösung: mit demselben Gateway-Typ zusammenführen.`, `${c(q, x.split)}は種類の違う${c(q, x.join)}で合流しています。修正：分岐と同じ種類のゲートウェイで合流してください。`)}`);
  const t = r.totals;
  if (!t.total && !extra.length) {
    return tr(q.lang, 'I found no problems: the modeler\'s checks (bpmnlint, recommended rules) report nothing, every element is reachable and every path ends in an end event.',
      'Ich finde keine Probleme: Die Prüfungen des Modelers (bpmnlint, empfohlene Regeln) melden nichts, jedes Element ist erreichbar und jeder Pfad endet mit einem Endereignis.',
      '問題は見つかりません。モデラーのチェック（bpmnlint 推奨ルール）は何も報告せず、すべての要素に到達でき、すべての経路が終了イベントで終わります。');
  }
  const head = t.total
    ? tr(q.lang, `I found ${t.total === 1 ? '1 problem' : `${t.total} problems`} (${t.error} ${t.error === 1 ? 'error' : 'errors'}, ${t.warn} ${t.warn === 1 ? 'warning' : 'warnings'}), as the modeler's toolbar counts them:`,
      `Ich finde ${t.total} ${t.total === 1 ? 'Problem' : 'Probleme'} (${t.error} Fehler, ${t.warn} ${t.warn === 1 ? 'Warnung' : 'Warnungen'}), so wie die Werkzeugleiste des Modelers sie zählt:`,
      `問題が${t.total}件あります（エラー${t.error}件、警告${t.warn}件。モデラーのツールバーと同じ数え方）：`)
    : tr(q.lang, 'The modeler\'s checks (bpmnlint) report nothing, but the flow has issues:', 'Die Prüfungen des Modelers (bpmnlint) melden nichts, aber der Ablauf hat Probleme:', 'モデラーのチェック（bpmnlint）は何も報告しませんが、フローに問題があります：');
  const out = [head, ...lines];
  if (extra.length && t.total) out.push(tr(q.lang, 'Besides, in the flow:', 'Außerdem im Ablauf:', 'さらにフローについて：'));
  out.push(...extra);
  return out.join('\n');
}

/** Words that only ask about revisions; "change" and "Änderung" alone may be the process's subject (a change request). */
const CHANGED = /\bchanged\b|\bmodifi\w*|\bdiff\b|\bdifferen\w*|\bwhat(?: ?s| is) new\b|\bsince\b|\bedited\b|\bgeandert\b|\bunterschied\w*|\bseit\b|\bwas ist neu\b|変わ|差分|前回|更新され/;
const VERSUS_EARLIER = /\bcompared? (?:with|to) (?:the |my |our )?(?:previous|last|earlier|old|prior)\b|\b(?:previous|last|earlier|old|prior) (?:version|revision|one)\b|\bwhat s different\b|\bvorherige\w* (?:version|fassung|stand)\b|前の版|以前の版|前回の版/;
/** The earlier revision said as such ("compared to the previous revision"; "not only the last one" is no revision). */
const VERSUS_REVISION = /\bcompared? (?:with|to) (?:the |my |our )?(?:previous|last|earlier|old|prior) (?:version|revision)\b|\b(?:previous|last|earlier|old|prior) (?:version|revision)\b|\bvorherige\w* (?:version|fassung|stand)\b|前の版|以前の版|前回の版/;
function changes(q: AnalystQuery): string | null {
  if (!has(q, SIGNALS.changes) && !VERSUS_EARLIER.test(q.full)) return null;
  // "Suppose the medication was changed during the stay, where does that branch go?": a branch, not a diff.
  if (!VERSUS_EARLIER.test(q.full) && has(q, SIGNALS.whatIf) && (branchCandidates(q)[0]?.score ?? 0) >= 0.6) return null;
  // "How many tasks does our change process have?" over **Classify change**, **Implement change**: a word of the
  // diagram's own names is its subject; only a question about revisions ("what changed", "since …") means a diff.
  const m = q.analysis?.model;
  const own = m ? fold([...m.names.values(), ...m.processes.map((p) => p.name ?? '')].join(' ')) : '';
  const key = (w: string) => (/chang|ander|変更/.test(w) ? 'change' : w.trim());
  const ownKeys = new Set([...own.matchAll(new RegExp(SIGNALS.changes.source, 'g'))].map((x) => key(x[0])));
  if (!CHANGED.test(q.text) && !VERSUS_REVISION.test(q.full) && [...q.text.matchAll(new RegExp(SIGNALS.changes.source, 'g'))].every((x) => ownKeys.has(key(x[0])))) return null;
  // "Can a change request go back?": another question about a change process, not about what changed in the diagram.
  if (!CHANGED.test(q.full) && !VERSUS_REVISION.test(q.full) && typesIn(q.text).length) return null;
  // "マイナンバーカードの住所変更はどこで?": the change word is the named step's own meaning (**…住所を書き換える**).
  if (!CHANGED.test(q.full) && !VERSUS_EARLIER.test(q.full) && !SIGNALS.changes.test(q.noLabels)) return null;
  if (!CHANGED.test(q.full) && !VERSUS_REVISION.test(q.full) && [SIGNALS.count, SIGNALS.waysToEnd, SIGNALS.loops, SIGNALS.whatIf, SIGNALS.without, SIGNALS.paths, SIGNALS.after, SIGNALS.before, SIGNALS.who, SIGNALS.reachability, SIGNALS.gateways].some((re) => re.test(q.full)) || !CHANGED.test(q.full) && OUTCOMES.test(q.full)) return null;
  const d = q.turn.diagram!;
  if (!d.previousRevisionId) return tr(q.lang, `This is the first time I look at ${strongName(d.name)} in this conversation, so there is nothing to compare with yet.`, `Ich sehe ${strongName(d.name)} in diesem Gespräch zum ersten Mal, es gibt also noch nichts zu vergleichen.`, `この会話で${strongName(d.name)}を見るのは初めてなので、まだ比較するものがありません。`);
  if (d.previousRevisionId === d.revisionId) return tr(q.lang, `Nothing changed in ${strongName(d.name)} since I last looked.`, `An ${strongName(d.name)} hat sich seit meiner letzten Antwort nichts geändert.`, `前回から${strongName(d.name)}に変更はありません。`);
  if (!d.changes) return tr(q.lang, 'The diagram changed since I last looked, but I could not read the earlier revision to compare.', 'Das Diagramm hat sich geändert, aber die frühere Version konnte ich nicht lesen.', '図は変更されていますが、以前の版を読み込めませんでした。');
  if (!d.changes.lines.length) return tr(q.lang, 'The diagram was saved again since I last looked, but no element, name or flow changed (only layout).', 'Das Diagramm wurde erneut gespeichert, aber kein Element, Name oder Fluss hat sich geändert (nur das Layout).', '図は再保存されましたが、要素・名前・フローに変更はありません（レイアウトのみ）。');
  const lines = d.changes.lines.slice(0, 25).map((l) => `- ${l}`);
  if (d.changes.lines.length > 25) lines.push(`- … ${tr(q.lang, `and ${d.changes.lines.length - 25} more changes`, `und ${d.changes.lines.length - 25} weitere Änderungen`, `ほか${d.changes.lines.length - 25}件`)}`);
  return [tr(q.lang, `Since I last looked at ${strongName(d.name)}:`, `Seit meiner letzten Antwort zu ${strongName(d.name)}:`, `前回から${strongName(d.name)}で変わった点：`), ...lines].join('\n');
}

type EndsResult = { ends: (Ref & { eventDefinitions: string[] })[]; implicitEnds: Ref[]; endEventsInsideSubProcesses: (Ref & { subProcess: Ref })[] };

/** "What results can an application have?", "Wie kann ein Incident ausgehen?": the ways to end, said as results. */
const OUTCOMES = /\bfinal (?:states?|outcomes?|results?)\b|\bwhat (?:\w+ )?(?:results?|outcomes?|end ?states?)\b|\bresults? (?:can|could|are possible)\b|\bpossible results?\b|\bwelche\w* (?:\w+ )?(?:ergebnisse?|ausgange?|endzustande?)\b|\bausgehen\b|\bausgang\w*\b|結果は|結果が|何通りの結果|結果として/;

const ENDS_THROUGH = /\b(?:end|ends|finish\w*|complet\w*|done|clos\w*|through|ende|enden|endet|abgeschlossen|fertig|durch\w*|schluss)\b|終了|完了|終わ|最後まで|ゴール/;
function waysToEnd(q: AnalystQuery): string | null {
  const withoutX = has(q, SIGNALS.without) && (q.mentions.some((m) => m.score >= 0.45 && q.analysis!.model.byId.has(m.id)) || !!avoidedByWords(q)
    // "Kommt man auch ohne Gebühr bis zum Ende durch?": a yes/no about getting through, the step said after "ohne".
    || (ENDS_THROUGH.test(q.full) && !!avoidedInPhrase(q)));
  // "Was passiert, wenn die Frist abläuft, ohne dass etwas nachgereicht wird?" asks what follows an event; the
  // "ohne" only says which.
  const whatHappens = /^(?:(?:und|and|but|aber|so) )?(?:was passiert|was geschieht|what happens|what if|was ist wenn|und wenn|wenn|if)\b/.test(q.full);
  if (withoutX && !(whatHappens && !ENDS_THROUGH.test(q.full))) return endWithout(q);
  // OUTCOMES on the whole question: "Ausgänge" may be taken for a name's word ("eingegangen").
  // Japanese has no word boundaries to mistake, and 結果 may be a name's (**判定結果は？**): the text without names.
  if (!has(q, SIGNALS.waysToEnd) && !OUTCOMES.test(hasCjkText(q.full) ? q.text : q.full)) return null;
  // "How many start-to-end paths are there?" counts paths, not ends.
  if (/\bpaths?\b|\broutes?\b|\bpfade?\b|\bablaufe\b|\bablaufvariant\w*|\bvariants?\b|\bscenarios?\b|\bszenarien\b|経路|パス|ルート/.test(q.text) && has(q, SIGNALS.count)) return null;
  // The outcomes of a named decision ("Welche Ausgänge hat die Entscheidung X?") are its branches.
  // … also when the decision is said in other words after "of" ("the outcomes of the requirements check").
  const ofAt = q.full.search(/\b(?:outcomes?|results?|ergebniss\w*|ausgang\w*|ausgange) (?:of|von|der|des|has|have|does|do|can|hat|haben|kann|konnen)\b/);
  if (q.mentions.some((m) => /Gateway$/.test(m.type) && ((m.score >= 0.8 && (has(q, SIGNALS.gateways) || !has(q, SIGNALS.waysToEnd))) || (ofAt >= 0 && m.at > ofAt && m.score >= 0.6)))) return null;
  // "everything that can happen after we collect the documents, all the way to the end": X's successors.
  if (has(q, SIGNALS.after) && subjectNode(q, SIGNALS.after)) return null;
  // "How many end events are there?" counts elements (inside sub-processes too); "how can it end" lists outcomes.
  // "How many tasks did I end up with?" counts tasks.
  if (has(q, SIGNALS.count) && typesIn(q.text).length) return null;
  // "the authority's process": one word of a pool's name, when nothing else is named better, picks that pool.
  const top = q.mentions[0];
  const pool = q.mentions.find((m) => m.type === 'Participant' && m.score >= GROUP)
    ?? (top && top.type === 'Participant' && top.score >= 0.45 && q.analysis!.model.participants.length >= 2 ? top : undefined);
  const r = call<EndsResult>(q, 'ways_to_end', pool ? { participant: pool.id } : {});
  const out: string[] = [];
  const n = r.ends.length;
  const defs = (e: { eventDefinitions: string[] }) => (e.eventDefinitions.length ? ` (${e.eventDefinitions.join(', ')})` : '');
  out.push(tr(q.lang, `The process can end in ${n === 1 ? '1 way' : `${n} ways`}:`, `Der Prozess kann auf ${n === 1 ? 'eine Weise' : `${n} Arten`} enden:`, `プロセスの終わり方は${n}通りです：`));
  for (const e of r.ends) out.push(`- ${c(q, e)}${defs(e)}`);
  if (r.implicitEnds.length) out.push(tr(q.lang, `It also stops without an end event after ${list(q, r.implicitEnds)} (implicit end).`, `Außerdem endet er ohne Endereignis nach ${list(q, r.implicitEnds)} (implizites Ende).`, `また、${list(q, r.implicitEnds)}の後は終了イベントなしで止まります（暗黙の終了）。`));
  if (r.endEventsInsideSubProcesses.length) out.push(tr(q.lang, `(${list(q, r.endEventsInsideSubProcesses)} only end${r.endEventsInsideSubProcesses.length === 1 ? 's' : ''} a sub-process; the process continues after it.)`, `(${list(q, r.endEventsInsideSubProcesses)} beendet nur einen Teilprozess; danach geht der Prozess weiter.)`, `（${list(q, r.endEventsInsideSubProcesses)}はサブプロセスを終えるだけで、プロセスはその後も続きます。）`));
  return out.join('\n');
}

type PathsResult = { paths: { start: Ref; end: Ref; steps: { element: Ref; via: any }[] }[]; truncated: boolean; count: number; countExact: boolean };

/** "… finish without the warehouse packing anything?": one word of a step's name after "without", clearly the best. */
function avoidedByWords(q: AnalystQuery): Mention | null {
  if (!/\b(?:end|ends|finish\w*|complet\w*|done|clos\w*|enden|endet|abgeschlossen|fertig)\b|終了|完了|終わ/.test(q.full)) return null;
  const m = q.analysis!.model;
  const phrase = phraseAfter(q.question, SIGNALS.without);
  const sug = phrase ? candidates(m, phrase, (x) => m.byId.has(x.id) && m.byId.get(x.id)!.kind !== 'endEvent', 2) : [];
  const top = sug[0];
  return top && top.score >= 0.25 && (!sug[1] || top.score - sug[1].score >= 0.08) ? { id: top.id, name: top.name ?? top.id, type: top.type, score: top.score, at: 0 } : null;
}

/** What "without …" names, scored on that phrase alone (after "without"/"ohne", before "〜ずに"), so a name said across
 *  the whole question ("an application … reviewing" for **Screen application**) does not win: a step, or a lane said
 *  as who does it ("without second-level support ever working on it") — then every activity in it. */
function avoidedInPhrase(q: AnalystQuery): Mention | null {
  const at = q.full.search(SIGNALS.without);
  if (at < 0) return null;
  const m = q.analysis!.model;
  const phrase = hasCjkText(q.full) ? q.full.slice(0, at) : q.full.slice(at);
  const act = (x?: Mention) => !!x && isActivityType(x.type);
  // "without the KBA being notified": a pool said there picks, of steps said about as well, the one that messages it.
  const pools = new Set(m.participants.filter((p) => p.name && mentionScore(phrase, p.name) >= GROUP).map((p) => p.id));
  const talksTo = (id: string) => m.messageFlows.some((f) => (f.sourceId === id && pools.has(f.targetId)) || (f.targetId === id && pools.has(f.sourceId)));
  const [a, b] = m.nodes.filter((n) => n.name && n.kind !== 'startEvent' && n.kind !== 'endEvent')
    .map((n): Mention => ({ id: n.id, name: n.name!, type: n.type, score: mentionScore(phrase, n.name!) + (talksTo(n.id) ? 0.1 : 0), at }))
    .sort((x, y) => y.score - x.score || Number(act(y)) - Number(act(x)));
  const lane = m.lanes.map((l) => ({ l, s: l.name ? mentionScore(phrase, l.name) : 0 })).sort((x, y) => y.s - x.s)[0];
  if (lane && lane.s >= GROUP && (!a || a.score < 0.6) && m.nodes.some((n) => n.laneIds.includes(lane.l.id) && isActivityType(n.type))) return { id: lane.l.id, name: lane.l.name ?? lane.l.id, type: 'Lane', score: lane.s, at };
  return a && a.score >= 0.25 && (!b || a.score - b.score >= 0.06 || (act(a) && !act(b))) ? a : null;
}

function endWithout(q: AnalystQuery): string | null {
  const nodes = q.mentions.filter((y) => q.analysis!.model.byId.has(y.id));
  const at = q.full.search(SIGNALS.without);
  const cjk = hasCjkText(q.full);
  const named = at >= 0 ? nodes.filter((y) => y.score >= 0.45 && (cjk ? (y.end ?? y.at) <= at + 1 : (y.end ?? y.at) >= at)) : [];
  const x = avoidedInPhrase(q) ?? preferActivity(q, named, cjk ? 0.05 : 0.2)[0] ?? (nodes.some((y) => y.score >= 0.45) ? null : avoidedByWords(q)) ?? preferActivity(q, [subjectNode(q, SIGNALS.without), ...clearMentions(q).filter((y) => q.analysis!.model.byId.has(y.id)), ...nodes.slice(0, 1)].filter((y): y is Mention => !!y), 0.2)[0];
  if (!x) return notFound(q, phraseAfter(q.question, SIGNALS.without));
  // A lane stands for its work: the answer is about any of its activities.
  const what = x.type === 'Lane' ? tr(q.lang, `a step of ${c(q, x)}`, `einen Schritt von ${c(q, x)}`, `${c(q, x)}のステップ`) : c(q, x);
  const none = x.type === 'Lane' ? tr(q.lang, `any step of ${c(q, x)}`, `einen Schritt von ${c(q, x)}`, `${c(q, x)}のステップ`) : c(q, x);
  const r = call<PathsResult>(q, 'find_paths', { avoid: x.id, max: 5 });
  if (!r.paths.length) {
    return tr(q.lang, `No — every path from a start event to an end event goes through ${what}.`, `Nein — jeder Pfad von einem Start- zu einem Endereignis führt über ${what}.`, `いいえ。開始から終了までのすべての経路が${what}を通ります。`);
  }
  const ends = [...new Map(r.paths.map((p) => [p.end.id, p.end])).values()];
  return tr(q.lang, `Yes — it can end without ${none}, at ${list(q, ends)}. For example: ${pathLine(q, r.paths[0]!)}`, `Ja — er kann ohne ${none} enden, bei ${list(q, ends)}. Zum Beispiel: ${pathLine(q, r.paths[0]!)}`, `はい。${none}を通らずに${list(q, ends)}で終わることができます。例：${pathLine(q, r.paths[0]!)}`);
}

function viaLabel(q: AnalystQuery, via: any): string {
  if (!via) return '';
  if (via === 'boundary') return tr(q.lang, '[on event] ', '[bei Ereignis] ', '[イベント発生時] ');
  if (via === 'link') return tr(q.lang, '[link] ', '[Link] ', '[リンク] ');
  if (typeof via === 'object') {
    const bits = flowLabelBits(q, via);
    return bits.length ? `[${bits.join(', ')}] ` : '';
  }
  return '';
}
const pathLine = (q: AnalystQuery, p: PathsResult['paths'][number]) => p.steps.map((s) => `${viaLabel(q, s.via)}${c(q, s.element)}`).join(' → ');

function paths(q: AnalystQuery): string | null {
  if (!has(q, SIGNALS.paths)) return null;
  const nodes = q.mentions.filter((m) => q.analysis!.model.byId.has(m.id) && m.score >= 0.8);
  const args: Record<string, unknown> = { max: 20, count: true };
  const fromRe = /\bfrom\b|\bvon\b|\bzwischen\b|\bbetween\b|から/;
  if (nodes.length >= 2) {
    const [a, b] = [...nodes.slice(0, 2)].sort((x, y) => x.at - y.at);
    args.from = a!.id; args.to = b!.id;
  } else if (nodes.length === 1) {
    const kind = q.analysis!.model.byId.get(nodes[0]!.id)!.kind;
    if (has(q, SIGNALS.without)) args.avoid = nodes[0]!.id;
    else if (kind === 'startEvent') args.from = nodes[0]!.id;
    else if (kind === 'endEvent') args.to = nodes[0]!.id;
    else if (/\bto\b|\bbis\b|\bnach\b|まで/.test(q.text) && !fromRe.test(q.text)) args.to = nodes[0]!.id;
    else if (fromRe.test(q.text)) args.from = nodes[0]!.id;
    else args.through = nodes[0]!.id;
  }
  const r = call<PathsResult>(q, 'find_paths', args);
  const loops = call<{ loops: { entries: Ref[] }[] }>(q, 'find_loops', {});
  const out: string[] = [];
  const n = r.count, listed = r.paths.length;
  const more = r.countExact ? '' : '+';
  const scope = args.from && args.to ? tr(q.lang, ` from ${c(q, args.from as string)} to ${c(q, args.to as string)}`, ` von ${c(q, args.from as string)} bis ${c(q, args.to as string)}`, `${c(q, args.from as string)}から${c(q, args.to as string)}まで`)
    : args.through ? tr(q.lang, ` through ${c(q, args.through as string)}`, ` über ${c(q, args.through as string)}`, `${c(q, args.through as string)}を通る`)
      : args.avoid ? tr(q.lang, ` avoiding ${c(q, args.avoid as string)}`, ` ohne ${c(q, args.avoid as string)}`, `${c(q, args.avoid as string)}を通らない`)
        : args.to ? tr(q.lang, ` to ${c(q, args.to as string)}`, ` bis ${c(q, args.to as string)}`, `${c(q, args.to as string)}まで`)
          : args.from ? tr(q.lang, ` from ${c(q, args.from as string)}`, ` ab ${c(q, args.from as string)}`, `${c(q, args.from as string)}から`) : tr(q.lang, ' from start to end', ' vom Start bis zum Ende', '開始から終了まで');
  if (!n) return tr(q.lang, `There is no path${scope}.`, `Es gibt keinen Pfad${scope}.`, `${scope}の経路はありません。`);
  const first = listed < n ? tr(q.lang, ` (the first ${listed})`, ` (die ersten ${listed})`, `（最初の${listed}件）`) : '';
  out.push(tr(q.lang, `${n}${more} ${n === 1 ? 'path' : 'paths'}${scope}${first}:`, `${n}${more} ${n === 1 ? 'Pfad' : 'Pfade'}${scope}${first}:`, `${scope}の経路は${n}${more}通りです${first}：`));
  r.paths.forEach((p, i) => out.push(`${i + 1}. ${pathLine(q, p)}`));
  if (!r.countExact) out.push(tr(q.lang, `There may be even more paths: I stopped counting at ${n}.`, `Es kann noch mehr Pfade geben: Ich habe bei ${n} aufgehört zu zählen.`, `さらに経路があるかもしれません（${n}件で数えるのをやめました）。`));
  if (loops.loops.length) out.push(tr(q.lang, `The diagram has a loop back to ${list(q, loops.loops.flatMap((l) => l.entries))}; each path above goes around it at most once.`, `Das Diagramm hat eine Schleife zurück zu ${list(q, loops.loops.flatMap((l) => l.entries))}; jeder Pfad oben durchläuft sie höchstens einmal.`, `${list(q, loops.loops.flatMap((l) => l.entries))}に戻るループがあります。上の経路はそれを最大1回通ります。`));
  return out.join('\n');
}

/** "Can the invoice be approved again?": repetition asked as a possibility. */
const AGAIN = /\bagain\b|\bonce more\b|\bnoch ?(?:ein)?mal\b|\berneut\b|\bwieder\b|再度|もう一度|再び/;
const CAN = /^(?:can|could|may|might|is it possible|does|do|will|kann|konnen|darf|ist es moglich|wird)\b|できますか|可能|ありますか/;

const BACK = /\bzuruck\w*|\bback\b|戻/g;
/**
 * "Bekommt der Kunde Geld zurück?", "do they get their money back?": the back word is part of what a step means
 * (money back = **Gutschrift buchen**), not a way back to an earlier step. True when removing it loses a meaning
 * that a named step has, and no other loop word is there.
 */
function backIsAStep(q: AnalystQuery): boolean {
  const stripped = q.text.replace(BACK, ' ');
  if (SIGNALS.loops.test(stripped) || has(q, AGAIN)) return false;
  const left = conceptsOf(stripped.replace(/\s+/g, ' ').trim());
  const lost = [...conceptsOf(q.text)].filter((id) => !left.has(id));
  const m = q.analysis!.model;
  const ofSteps = new Set(q.mentions.filter((x) => x.score >= 0.45 && m.byId.has(x.id)).flatMap((x) => [...conceptsOf(fold(x.name))]));
  return lost.some((id) => ofSteps.has(id));
}

function loops(q: AnalystQuery): string | null {
  // "Which messages go back and forth between …?" is about message flows.
  if (has(q, SIGNALS.messages) && /\bback and forth\b|\bto and fro\b|\bhin und her\b|行き来/.test(q.full)) return null;
  if (!has(q, SIGNALS.loops) && !(has(q, AGAIN) && CAN.test(q.full))) return null;
  // "Wer schickt das Gerät zurück?" asks who does a step ("zurück" = back), not about loops.
  if (has(q, SIGNALS.who) && clearMentions(q).some((x) => q.analysis!.model.byId.has(x.id))) return null;
  if (backIsAStep(q)) return null;
  // "once the card is back", "nachdem die Karte zurück ist": something has arrived, nothing goes back.
  if (/\b(?:is|are|was|were|ist|sind|war|waren) (?:back|zuruck)\b(?! (?:to|zu|zum|zur|an|bei|auf)\b)|\bzuruck (?:ist|sind|war|waren)\b|\bzuruck(?:hat|haben|hatte|bekommt|bekommen|erhalt|erhalten)\b|\b(?:has|have|had|got) (?:\w+ ){0,3}back\b/.test(q.full) && has(q, SIGNALS.after) && !has(q, AGAIN)) return null;
  const r = call<{ loops: { elements: Ref[]; entries: Ref[]; backFlows: { from: Ref; to: Ref; flow: { name: string | null } }[]; exits: { from: Ref; to: Ref }[] }[] }>(q, 'find_loops', {});
  if (!r.loops.length) return tr(q.lang, 'No — the diagram has no loops: no sequence flow leads back to an earlier step.', 'Nein — das Diagramm hat keine Schleifen: Kein Sequenzfluss führt zu einem früheren Schritt zurück.', 'いいえ、ループはありません。前のステップに戻るシーケンスフローはありません。');
  const out = [tr(q.lang, `Yes — ${r.loops.length === 1 ? 'one loop' : `${r.loops.length} loops`}:`, `Ja — ${r.loops.length === 1 ? 'eine Schleife' : `${r.loops.length} Schleifen`}:`, `はい、ループが${r.loops.length}個あります：`)];
  for (const l of r.loops) {
    const back = l.backFlows.map((b) => tr(q.lang, `${c(q, b.from)} goes back to ${c(q, b.to)}${b.flow.name ? ` ("${b.flow.name}")` : ''}`, `${c(q, b.from)} führt zurück zu ${c(q, b.to)}${b.flow.name ? ` („${b.flow.name}“)` : ''}`, `${c(q, b.from)}から${c(q, b.to)}に戻ります${b.flow.name ? `（「${b.flow.name}」）` : ''}`)).join('; ');
    out.push(`- ${back || list(q, l.entries)}${period(q)} ${tr(q.lang, 'Steps in the loop', 'Schritte in der Schleife', 'ループ内のステップ')}: ${list(q, l.elements)}${period(q)}`);
  }
  return out.join('\n');
}

type NextResult = {
  element: Ref; type: string; steps: { element: Ref; via: any; distance: number; eventDefinitions?: string[]; interrupting?: boolean }[];
  gateways: { gateway: Ref; branches: { flow: any; to: Ref }[] }[];
  endsSubProcess: { subProcess: Ref; then: Ref[] } | null; endsProcess: boolean; startsInside: Ref[]; deadEnd: boolean;
};

function gatewayMeaning(q: AnalystQuery, type: string): string {
  switch (type) {
    case 'ExclusiveGateway': return tr(q.lang, 'exactly one of these paths is taken', 'genau einer dieser Pfade wird genommen', 'これらの経路のうち1つだけが選ばれます');
    case 'ParallelGateway': return tr(q.lang, 'all of these paths run in parallel', 'alle diese Pfade laufen parallel', 'これらの経路はすべて並行して進みます');
    case 'InclusiveGateway': return tr(q.lang, 'one or more of these paths are taken, depending on their conditions', 'einer oder mehrere dieser Pfade werden je nach Bedingung genommen', '条件に応じて1つ以上の経路が選ばれます');
    case 'EventBasedGateway': return tr(q.lang, 'whichever of these events happens first decides the path', 'das Ereignis, das zuerst eintritt, bestimmt den Pfad', '先に起きたイベントが経路を決めます');
    default: return tr(q.lang, 'these paths follow', 'diese Pfade folgen', '次の経路が続きます');
  }
}
/** A sequence flow's label, condition and default mark, in the question's language (paths and next steps alike). */
function flowLabelBits(q: AnalystQuery, via: any): string[] {
  return [via.name ? `"${md(via.name)}"` : null, via.condition ? `${tr(q.lang, 'condition', 'Bedingung', '条件')} ${code(via.condition)}` : null, via.isDefault ? tr(q.lang, 'default', 'Standard', 'デフォルト') : null].filter((x): x is string => !!x);
}
function flowBits(q: AnalystQuery, via: any): string {
  if (!via || typeof via !== 'object') return '';
  const bits = flowLabelBits(q, via);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

function describeNext(q: AnalystQuery, r: NextResult): string {
  const m = q.analysis!.model;
  const el = r.element;
  const out: string[] = [];
  if (r.endsSubProcess) {
    out.push(tr(q.lang, `${c(q, el)} ends the sub-process ${c(q, r.endsSubProcess.subProcess)}. After that:`, `${c(q, el)} beendet den Teilprozess ${c(q, r.endsSubProcess.subProcess)}. Danach:`, `${c(q, el)}はサブプロセス${c(q, r.endsSubProcess.subProcess)}を終えます。その後：`));
    const sub = tryCall<NextResult>(q, 'next_steps', { element: r.endsSubProcess.subProcess.id });
    if (sub) out.push(describeNext(q, sub));
    return out.join('\n');
  }
  if (r.endsProcess) {
    const defs = m.byId.get(el.id)?.eventDefinitions ?? [];
    return tr(q.lang, `${c(q, el)} is an end event: the process ends there${defs.length ? ` (it throws a ${defs.join('/')} event)` : ''}.`, `${c(q, el)} ist ein Endereignis: Dort endet der Prozess${defs.length ? ` (es löst ein ${defs.join('/')}-Ereignis aus)` : ''}.`, `${c(q, el)}は終了イベントで、プロセスはそこで終わります${defs.length ? `（${defs.join('/')}イベントを送出）` : ''}。`);
  }
  const normal = r.steps.filter((s) => s.via !== 'boundary');
  const boundary = r.steps.filter((s) => s.via === 'boundary');
  if (!normal.length && !boundary.length) {
    return tr(q.lang, `Nothing — ${c(q, el)} has no outgoing sequence flow, so the path stops there without an end event (a dead end). Fix: connect it to the next step or to an end event.`, `Nichts — ${c(q, el)} hat keinen ausgehenden Sequenzfluss; der Pfad endet dort ohne Endereignis (Sackgasse). Lösung: mit dem nächsten Schritt oder einem Endereignis verbinden.`, `何もありません。${c(q, el)}には出ていくシーケンスフローがなく、終了イベントなしで止まります（行き止まり）。修正：次のステップか終了イベントにつないでください。`);
  }
  const self = m.byId.get(el.id)!;
  if (self.kind === 'gateway' && normal.length > 1) {
    const lbl = tname(q, self.type);
    out.push(tr(q.lang, `${c(q, el)} is ${article(lbl)} ${lbl}: ${gatewayMeaning(q, self.type)}:`, `${c(q, el)} ist ${deArticled(lbl, 'ein')}: ${gatewayMeaning(q, self.type)}:`, `${c(q, el)}は${lbl}で、${gatewayMeaning(q, self.type)}：`));
    for (const s of normal) out.push(`- ${c(q, s.element)}${flowBits(q, s.via)}, ${tname(q, s.element.type)}`);
  } else if (normal.length > 1) {
    out.push(tr(q.lang, `After ${c(q, el)} the flow splits into ${normal.length} paths that all run (there is no gateway, so this is an implicit parallel split):`, `Nach ${c(q, el)} teilt sich der Ablauf in ${normal.length} Pfade, die alle laufen (ohne Gateway: implizite Parallelverzweigung):`, `${c(q, el)}の後、フローは${normal.length}つに分かれてすべて進みます（ゲートウェイがない暗黙の並列分岐）：`));
    for (const s of normal) out.push(`- ${c(q, s.element)}${flowBits(q, s.via)}, ${tname(q, s.element.type)}`);
  } else if (normal.length === 1) {
    const s = normal[0]!;
    const lbl = tname(q, s.element.type);
    out.push(s.via === 'link'
      ? tr(q.lang, `${c(q, el)} is a link: the flow continues at ${c(q, s.element)}.`, `${c(q, el)} ist ein Link: Der Ablauf geht bei ${c(q, s.element)} weiter.`, `${c(q, el)}はリンクで、${c(q, s.element)}から続きます。`)
      : !q.analysis!.model.names.get(s.element.id) // unnamed: its citation already says what it is
      ? tr(q.lang, `After ${c(q, el)} comes ${c(q, s.element)}${flowBits(q, s.via)}.`, `Nach ${c(q, el)} kommt ${c(q, s.element)}${flowBits(q, s.via)}.`, `${c(q, el)}の次は${c(q, s.element)}${flowBits(q, s.via)}です。`)
      : tr(q.lang, `After ${c(q, el)} comes ${c(q, s.element)}${flowBits(q, s.via)}, ${article(lbl)} ${lbl}.`, `Nach ${c(q, el)} kommt ${c(q, s.element)}${flowBits(q, s.via)} (${lbl}).`, `${c(q, el)}の次は${c(q, s.element)}${flowBits(q, s.via)}（${lbl}）です。`));
    const g = r.gateways.find((x) => x.gateway.id === s.element.id);
    // An unnamed merge passes straight on: say where to (a timer's path reaches its outcome past the join).
    const join = m.byId.get(s.element.id);
    const past = !g && join?.kind === 'gateway' && !join.name && join.outgoing.length === 1 ? m.flowById.get(join.outgoing[0]!)?.targetId : undefined;
    if (past) {
      // … and on along the single line that follows, up to the next decision or the end.
      const line = [past];
      for (let n = m.byId.get(past); n && n.outgoing.length === 1 && n.kind !== 'gateway' && line.length < 6;) {
        const t = m.flowById.get(n.outgoing[0]!)?.targetId;
        if (!t || line.includes(t)) break;
        line.push(t);
        n = m.byId.get(t);
      }
      const chain = line.map((id) => c(q, id)).join(' → ');
      out.push(tr(q.lang, `There the branches merge and the flow goes on: ${chain}.`, `Dort laufen die Zweige zusammen, weiter geht es: ${chain}.`, `そこで分岐が合流し、次に進みます：${chain}。`));
    }
    if (g) {
      out.push(tr(q.lang, `That ${lbl} decides what happens next — ${gatewayMeaning(q, s.element.type)}:`, `${capitalise(deArticled(lbl, 'dieser'))} entscheidet, wie es weitergeht — ${gatewayMeaning(q, s.element.type)}:`, `この${lbl}で次が決まります。${gatewayMeaning(q, s.element.type)}：`));
      for (const b of g.branches) out.push(`- ${c(q, b.to)}${flowBits(q, b.flow)}`);
    }
  }
  for (const b of boundary) {
    const bn = m.byId.get(b.element.id)!;
    const next = bn.outgoing.map((f) => m.flowById.get(f)?.targetId).filter((x): x is string => !!x);
    const kind = bn.eventDefinitions.join('/') || tr(q.lang, 'boundary', 'Rand', '境界');
    const nonInt = !bn.cancelActivity;
    out.push(tr(q.lang,
      `If the ${kind} event ${c(q, b.element)} happens first${nonInt ? ' (non-interrupting: the activity goes on)' : ''}, the flow continues with ${next.length ? list(q, next) : 'nothing (it has no outgoing flow)'}.`,
      `Tritt zuerst das ${kind}-Ereignis ${c(q, b.element)} ein${nonInt ? ' (nicht unterbrechend: die Aktivität läuft weiter)' : ''}, geht es weiter mit ${next.length ? list(q, next) : 'nichts (kein ausgehender Fluss)'}.`,
      `先に${kind}イベント${c(q, b.element)}が起きると${nonInt ? '（非中断：アクティビティは続行）' : ''}、${next.length ? list(q, next) : '何も続きません'}に進みます。`));
  }
  // A boundary event is only understood with the activity it watches ("the 4 hours thing" on **Investigate and fix**).
  if (self.attachedToId && m.byId.has(self.attachedToId)) out.push(tr(q.lang, `(${c(q, el)} is attached to ${c(q, self.attachedToId)}.)`, `(${c(q, el)} ist an ${c(q, self.attachedToId)} angeheftet.)`, `（${c(q, el)}は${c(q, self.attachedToId)}の境界イベントです。）`));
  if (r.startsInside.length) out.push(tr(q.lang, `(Inside ${c(q, el)} the work starts at ${list(q, r.startsInside)}.)`, `(Innerhalb von ${c(q, el)} beginnt die Arbeit bei ${list(q, r.startsInside)}.)`, `（${c(q, el)}の中では${list(q, r.startsInside)}から始まります。）`));
  return out.join('\n');
}

/** The other side's answer has come in ("once the customer has paid the invoice", "sobald der Lieferant geantwortet
 *  hat", "返事が来たら"): said of the step that asked for it, it means the wait that receives the answer. */
const REPLIED = /\b(?:has |have |had )?(?:answered|replied|responded|confirmed|paid|sent us|sent back|got back to us|came back|come back|arrived|accepted)\b|\b(?:geantwortet|beantwortet|bestatigt|bezahlt|gezahlt|zuruckgeschickt|zuruckgesendet|eingetroffen|angekommen|reagiert|zugestimmt|akzeptiert)\b|返事が(?:来|あっ|届)|返信が(?:来|あっ|届)|回答が(?:来|あっ|届)|支払われ|入金(?:され|があっ)/;
function answerArrives(q: AnalystQuery, subject: Mention): Mention | null {
  if (!REPLIED.test(q.full) || NO_RESPONSE.test(q.full) || SIGNALS.negation.test(q.full)) return null;
  const m = q.analysis!.model;
  const n = m.byId.get(subject.id);
  if (!n || n.kind !== 'task') return null;
  const nextOf = (id: string) => (m.byId.get(id)?.outgoing ?? []).map((f) => m.flowById.get(f)?.targetId).filter((x): x is string => !!x);
  const receives = (id: string) => { const x = m.byId.get(id); return !!x && (x.type === 'ReceiveTask' || (x.type === 'IntermediateCatchEvent' && x.eventDefinitions.includes('message'))); };
  const near = nextOf(n.id).flatMap((id) => (m.byId.get(id)?.type === 'EventBasedGateway' ? nextOf(id) : [id])).filter(receives);
  const t = near.length === 1 ? m.byId.get(near[0]!)! : null;
  return t ? { id: t.id, name: t.name ?? t.id, type: t.type, score: subject.score, at: subject.at } : null;
}

/** "once the signed contract is back" names the wait (an event-based gateway) and what it waits for: after it comes
 *  what follows the event the question names — or, when none is named but something arrived, the one event that is no
 *  timer. */
const ARRIVED = /\b(?:is|are|was|were|comes?|came|gets?|got) (?:back|in)\b|\b(?:arriv\w*|receiv\w*|returned)\b|\b(?:ist|sind) (?:da|zuruck|eingegangen|eingetroffen|angekommen)\b|\b(?:da|zuruck) (?:ist|sind)\b|\b(?:eingegangen|eingetroffen|angekommen|erhalten)\b|届い|届き|受け取っ|戻っ|返って/;
function awaitedEvent(q: AnalystQuery, subject: Mention): Mention | null {
  const m = q.analysis!.model;
  const n = m.byId.get(subject.id);
  if (n?.type !== 'EventBasedGateway' || NO_RESPONSE.test(q.full)) return null;
  const outs = n.outgoing.map((f) => m.byId.get(m.flowById.get(f)?.targetId ?? '')).filter((x): x is NonNullable<typeof x> => !!x);
  // "what comes after Await delivery?" says the wait whole: an event counts only by words the wait's name lacks
  // (**Delivery received** shares "delivery").
  const own = subject.score >= 0.95 ? fold(n.name ?? '').split(' ') : [];
  const rest = q.full.split(' ').filter((w) => !own.some((x) => wordsMatch(w, x))).join(' ');
  const score = new Map(own.length ? outs.filter((x) => x.name).map((x) => [x.id, mentionScore(rest, x.name!)]) : q.mentions.map((x) => [x.id, x.score]));
  const ranked = outs.map((x) => ({ x, s: score.get(x.id) ?? 0 })).filter((r) => r.s >= 0.45).sort((a, b) => b.s - a.s);
  const untimed = outs.filter((x) => !x.eventDefinitions.includes('timer'));
  const t = ranked[0] && (!ranked[1] || ranked[0].s - ranked[1].s >= 0.05) ? ranked[0].x : !ranked.length && ARRIVED.test(q.full) && untimed.length === 1 ? untimed[0]! : null;
  return t ? { id: t.id, name: t.name ?? t.id, type: t.type, score: subject.score, at: subject.at } : null;
}

/** "after check-in, does the inventory update happen instead of the inspection?": the step is said between the
 *  keyword and the comma; what follows is the question about it. */
function afterClause(q: AnalystQuery, dir: 'after' | 'before'): Mention | null {
  const re = dir === 'after' ? /^(?:and |so |ok )?(?:after|once|as soon as|nach|nachdem|sobald)\s+([^,?]{3,60}),/i : /^(?:and |so |ok )?(?:before|bevor|vor)\s+([^,?]{3,60}),/i;
  const hit = re.exec(q.question.trim());
  if (!hit) return null;
  const m = q.analysis!.model;
  const sug = candidates(m, hit[1]!, (x) => m.byId.has(x.id), 2);
  const top = sug[0];
  return top && top.score >= 0.5 && (!sug[1] || top.score - sug[1].score >= 0.05) ? { id: top.id, name: top.name ?? top.id, type: top.type, score: top.score, at: 0 } : null;
}

/** Verbs that carry tense or voice only ("after the reviewers are reassigned", "nachdem es geprüft wurde"). */
const AUXILIARY = new Set(['are', 'was', 'were', 'has', 'have', 'had', 'been', 'being', 'get', 'gets', 'got', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'worden']);

function afterBefore(q: AnalystQuery): string | null {
  const isAfter = has(q, SIGNALS.after);
  const isBefore = has(q, SIGNALS.before);
  if (!isAfter && !isBefore) return null;
  // "before" wins when both appear only if it comes first ("what comes before X, after Y" is rare).
  const dir: 'after' | 'before' = isAfter && isBefore ? (q.text.search(SIGNALS.before) < q.text.search(SIGNALS.after) ? 'before' : 'after') : isAfter ? 'after' : 'before';
  const kw = dir === 'after' ? SIGNALS.after : SIGNALS.before;
  let subject = afterClause(q, dir) ?? subjectNode(q, kw);
  // "bevor die Rechnung geprüft wird": the step **Rechnung prüfen** covers the words of the decision **Geprüft?**
  // and more (a decision is named after an outcome, a step after the work).
  const s0 = subject;
  const wider = s0 && q.analysis!.model.byId.get(s0.id)?.kind === 'gateway' && q.mentions.find((x) => x !== s0 && x.score >= 0.85 && /task|subProcess|callActivity/.test(q.analysis!.model.byId.get(x.id)?.kind ?? '') && x.end !== undefined && x.at < s0.at && x.end > s0.at);
  if (wider) subject = wider;
  // "after the report is logged" (**Road damage reported**, **Log report in asset system**), "after the reviewers are
  // reassigned" (**Assign reviewers**, **Reassign review panel**): of names said about as well, the one whose words
  // cover every word said after the keyword.
  const saidAfter = fold(phraseAfter(q.question, kw)).split(' ').filter((w) => w.length >= 3 && !STOP.has(w) && !AUXILIARY.has(w));
  const covers = (x: Mention) => saidAfter.length >= 2 && saidAfter.every((w) => fold(x.name).split(' ').some((v) => wordsMatch(w, v)));
  const coverStep = (top: number) => { const all = q.mentions.filter((x) => q.analysis!.model.byId.has(x.id) && x.score >= 0.4 && x.score >= top - 0.15 && covers(x)); return all.length === 1 ? all[0]! : null; };
  if (subject && !covers(subject)) subject = coverStep(subject.score) ?? subject;
  if (!subject || subject.score < 0.6) {
    // "before the parcel goes out": a message named, not a step — the step that sends it (after it arrives: the
    // one that receives it).
    const phrase = phraseAfter(q.question, kw);
    const mf = phrase ? q.analysis!.model.messageFlows.filter((f) => f.name && mentionScore(phrase, f.name) >= 0.85 && (!subject || mentionScore(phrase, f.name) > subject.score)) : [];
    const arrives = /\b(?:arriv\w*|receiv\w*|comes? in|gets? in|eingeht|eingegangen|ankommt|eintrifft)\b|届|受け取|受信/.test(q.full);
    const endId = mf[0] ? (dir === 'after' && arrives ? mf[0].targetId : mf[0].sourceId) : null;
    const el = endId ? q.analysis!.model.byId.get(endId) : null;
    if (el) subject = { id: el.id, name: el.name ?? el.id, type: el.type, score: 0.9, at: 0 };
  }
  if (!subject) {
    // "nach Erfassen?": one name clearly the best for the words after the keyword — answer for it.
    const phrase = phraseAfter(q.question, kw);
    const sug = phrase ? candidates(q.analysis!.model, phrase, undefined, 2) : [];
    const top = sug[0];
    if (top && top.score >= 0.35 && (!sug[1] || top.score - sug[1].score >= 0.1)) subject = { id: top.id, name: top.name ?? top.id, type: top.type, score: top.score, at: 0 };
  }
  if (!subject) {
    // "返却された後は…" over **Laptop returned** and **Await return**, named by meaning alike: what is done or reached
    // comes after, not the decision waiting for it.
    // (A lane or pool named better has no step after it: "住民票ができる前に" says 市民課 by meaning, but asks about
    // **住民票を作成する**.)
    const mm = q.analysis!.model;
    const steps = q.mentions.filter((x) => mm.byId.has(x.id));
    const near = steps.filter((x) => x.score >= 0.4 && x.score >= (steps[0]?.score ?? 0) - 0.05);
    const done = near.filter((x) => mm.byId.get(x.id)!.kind !== 'gateway');
    // "はいたつさきへとどけたあとは？" over **配達先へ届ける** and **配達完了**: the work said as done, before the state it reaches.
    const acts = near.filter((x) => isActivityType(mm.byId.get(x.id)!.type));
    const whole = coverStep((steps[0]?.score ?? 0) + 0.05);
    if (whole) subject = whole;
    else if (near.length === 2 && done.length === 1) subject = done[0]!;
    else if (near.length === 2 && done.length === 2 && acts.length === 1) subject = acts[0]!;
    else if (near.length === 1 && near[0]!.score >= 0.5 && q.mentions[0] !== near[0]) subject = near[0]!;
  }
  const transitive = has(q, SIGNALS.transitive);
  // "What does planning set off further down the line?": the keyword comes after the name.
  if (!subject && transitive) subject = preferActivity(q, clearMentions(q).filter((x) => q.analysis!.model.byId.has(x.id)))[0] ?? q.mentions.find((x) => x.score >= 0.4 && q.analysis!.model.byId.has(x.id)) ?? null;
  if (!subject && transitive) {
    // One word of the name ("the inspection" for **Inspect returned item**), clearly ahead of every other name.
    const before = q.full.slice(0, Math.max(0, q.full.search(kw))).replace(/^(?:what|which|was|welche\w*) (?:does|do|did|will|would|can|could|lost|loest|macht|bewirkt)\b/, '');
    const sug = before.trim() ? candidates(q.analysis!.model, before, (x) => q.analysis!.model.byId.has(x.id), 2) : [];
    const top = sug[0];
    if (top && top.score >= 0.25 && (!sug[1] || top.score - sug[1].score >= 0.08)) subject = { id: top.id, name: top.name ?? top.id, type: top.type, score: top.score, at: 0 };
  }
  subject ??= timerByDuration(q);
  if (!subject) return notFound(q, phraseAfter(q.question, kw));
  subject = inNamedPool(q, subject);
  // "What leads into the rollback step?": a step, not the event that triggers it (**Rollback requested**).
  if (dir === 'before' && /Event$/.test(subject.type) && /\b(?:step|task|activity|work|schritt\w*|aufgabe\w*|tatigkeit\w*)\b|ステップ|タスク|作業/.test(q.full)) {
    const s0 = subject;
    const act = q.mentions.find((x) => x !== s0 && isActivityType(q.analysis!.model.byId.get(x.id)?.type ?? '') && x.score >= s0.score - 0.15);
    if (act) subject = act;
  }
  if (dir === 'after') {
    subject = answerArrives(q, subject) ?? awaitedEvent(q, subject) ?? subject;
    const r = call<NextResult>(q, 'next_steps', { element: subject.id, transitive });
    if (transitive) {
      if (!r.steps.length) return describeNext(q, call<NextResult>(q, 'next_steps', { element: subject.id }));
      return tr(q.lang, `After ${c(q, subject)} these can follow (nearest first): ${list(q, r.steps.map((s) => s.element), 40)}.`, `Nach ${c(q, subject)} können folgen (nächste zuerst): ${list(q, r.steps.map((s) => s.element), 40)}.`, `${c(q, subject)}の後に続く可能性があるもの（近い順）：${list(q, r.steps.map((s) => s.element), 40)}。`);
    }
    return describeNext(q, r);
  }
  // "before the decision goes out": the step that sends it, not the one that waits for it (a receive task or catch
  // event the message arrives at) — with several senders (acceptance or refusal), before each.
  const mm = q.analysis!.model;
  const waits = mm.byId.get(subject.id);
  const senders = SIGNALS.send.test(q.full) && waits && (waits.type === 'ReceiveTask' || /CatchEvent|BoundaryEvent|StartEvent/.test(waits.type))
    ? [...new Set(mm.messageFlows.filter((f) => f.targetId === waits.id).map((f) => f.sourceId).filter((id) => mm.byId.has(id)))] : [];
  if (senders.length === 1) subject = { id: senders[0]!, name: mm.byId.get(senders[0]!)!.name ?? senders[0]!, type: mm.byId.get(senders[0]!)!.type, score: subject.score, at: subject.at };
  else if (senders.length > 1) {
    const lines = senders.map((id) => {
      const prev = call<{ steps: { element: Ref }[] }>(q, 'previous_steps', { element: id }).steps.map((x) => x.element);
      return `- ${tr(q.lang, `${c(q, id)}: directly before it comes ${prev.length ? list(q, prev) : 'nothing'}.`, `${c(q, id)}: direkt davor kommt ${prev.length ? list(q, prev) : 'nichts'}.`, `${c(q, id)}：直前は${prev.length ? list(q, prev) : 'ありません'}。`)}`;
    });
    return [tr(q.lang, `What ${c(q, subject)} waits for is sent by ${senders.length} steps:`, `Worauf ${c(q, subject)} wartet, wird von ${senders.length} Schritten gesendet:`, `${c(q, subject)}が待つものは${senders.length}つのステップから送られます：`), ...lines].join('\n');
  }
  const r = call<{ element: Ref; steps: { element: Ref; via: any; distance: number }[]; isStart: boolean; startsSubProcess: { subProcess: Ref; before: Ref[]; eventSubProcess: boolean; parent: Ref; trigger: { kind: string; name: string | null; expression: string | null }[]; interrupting: boolean } | null; attachedTo: Ref | null }>(q, 'previous_steps', { element: subject.id });
  if (r.attachedTo) return tr(q.lang, `${c(q, subject)} is attached to ${c(q, r.attachedTo)} and fires while that activity runs.`, `${c(q, subject)} ist an ${c(q, r.attachedTo)} angeheftet und tritt ein, während diese Aktivität läuft.`, `${c(q, subject)}は${c(q, r.attachedTo)}に付いた境界イベントで、そのアクティビティの実行中に発生します。`);
  if (r.isStart) return tr(q.lang, `${c(q, subject)} is a start event: nothing comes before it.`, `${c(q, subject)} ist ein Startereignis: Davor kommt nichts.`, `${c(q, subject)}は開始イベントなので、その前には何もありません。`);
  if (r.startsSubProcess?.eventSubProcess) return eventSubProcessStart(q, subject, r.startsSubProcess);
  if (r.startsSubProcess && !r.startsSubProcess.before.length) return tr(q.lang, `${c(q, subject)} starts the sub-process ${c(q, r.startsSubProcess.subProcess)}, and nothing leads into that sub-process.`, `${c(q, subject)} startet den Teilprozess ${c(q, r.startsSubProcess.subProcess)}; in diesen Teilprozess führt nichts hinein.`, `${c(q, subject)}はサブプロセス${c(q, r.startsSubProcess.subProcess)}の開始ですが、そのサブプロセスに入るフローはありません。`);
  if (r.startsSubProcess) return tr(q.lang, `${c(q, subject)} starts the sub-process ${c(q, r.startsSubProcess.subProcess)}; before the sub-process comes ${list(q, r.startsSubProcess.before)}.`, `${c(q, subject)} startet den Teilprozess ${c(q, r.startsSubProcess.subProcess)}; davor kommt ${list(q, r.startsSubProcess.before)}.`, `${c(q, subject)}はサブプロセス${c(q, r.startsSubProcess.subProcess)}の開始で、その前は${list(q, r.startsSubProcess.before)}です。`);
  if (!r.steps.length) return tr(q.lang, `Nothing flows into ${c(q, subject)}, so it can never be reached. Fix: connect an incoming flow from the step before it, or delete it.`, `Nichts führt zu ${c(q, subject)}, es ist also nie erreichbar. Lösung: einen eingehenden Fluss verbinden oder löschen.`, `${c(q, subject)}に入ってくるフローがなく、到達できません。修正：前のステップからフローをつなぐか削除してください。`);
  const direct = r.steps.map((s) => s.element);
  const all = call<{ steps: { element: Ref }[] }>(q, 'previous_steps', { element: subject.id, transitive: true }).steps.map((s) => s.element).filter((e) => !direct.some((d) => d.id === e.id));
  // The branch that leads in, when it has a name or condition: "before the second approval" is usually "when".
  const directText = r.steps.length <= 15 && r.steps.some((s) => flowBits(q, s.via)) ? r.steps.map((s) => `${c(q, s.element)}${flowBits(q, s.via)}`).join(q.lang === 'ja' ? '、' : ', ') : list(q, direct);
  const out = [tr(q.lang, `Directly before ${c(q, subject)} comes ${directText}.`, `Direkt vor ${c(q, subject)} kommt ${directText}.`, `${c(q, subject)}の直前は${directText}です。`)];
  if (all.length) out.push(tr(q.lang, `Before that (all the way back to the start): ${list(q, all, 30)}.`, `Davor (bis zum Start): ${list(q, all, 30)}.`, `さらにその前（開始まで）：${list(q, all, 30)}。`));
  return out.join('\n');
}

/** The start event of an event sub-process: no flow leads in; its trigger starts it while the parent runs. */
function eventSubProcessStart(q: AnalystQuery, subject: Ref, s: { subProcess: Ref; parent: Ref; trigger: { kind: string; name: string | null; expression: string | null }[]; interrupting: boolean }): string {
  const trig = s.trigger.map((d) => `${typeName(q.lang, `${d.kind} event`)}${d.name ? ` "${escapeMarkdown(d.name)}"` : ''}${d.expression ? ` (\`${d.expression}\`)` : ''}`).join(q.lang === 'ja' ? '、' : ', ');
  const how = trig ? tr(q.lang, ` (${trig})`, ` (${trig})`, `（${trig}）`) : '';
  const next = call<NextResult>(q, 'next_steps', { element: subject.id }).steps.map((x) => x.element);
  const then = next.length ? tr(q.lang, ` Then comes ${list(q, next)}.`, ` Danach kommt ${list(q, next)}.`, `その次は${list(q, next)}です。`) : '';
  return tr(q.lang,
    `${c(q, subject)}${how} starts the event sub-process ${c(q, s.subProcess)}: no flow leads to it — it starts whenever this event occurs while ${c(q, s.parent)} is running, ${s.interrupting ? 'and interrupts it' : 'and the main flow carries on (non-interrupting)'}.${then}`,
    `${c(q, subject)}${how} startet den Ereignis-Teilprozess ${c(q, s.subProcess)}: Kein Fluss führt dorthin — er startet, sobald dieses Ereignis eintritt, während ${c(q, s.parent)} läuft, ${s.interrupting ? 'und unterbricht ihn' : 'und der Hauptablauf läuft weiter (nicht unterbrechend)'}.${then}`,
    `${c(q, subject)}${how}はイベントサブプロセス${c(q, s.subProcess)}の開始です。フローでつながっているのではなく、${c(q, s.parent)}の実行中にこのイベントが起きると開始します${s.interrupting ? '（親を中断します）' : '（中断せず、本流はそのまま続きます）'}。${then}`);
}

const YES = /^(?:yes|y|ja|はい|ok|true|ある|あり)$/;
const NO = /^(?:no|n|nein|いいえ|false|ない|なし)$/;

const EXPLICIT_NO = /\b(?:not|no|never|nobody|no one|nicht|kein\w*|nie|niemand|isn t|doesn t|don t|aren t|won t|can t|cannot|couldn t|didn t|unable)\b|\bun[a-z]{4,}|ない|なし|なけれ|せず|ません|なかっ|^[未不非無]|[未不非無](?:能|可|要|合格|完了|成立|承認|適合|足|着|払|解決|済)/;

type BranchCand = { gw: string; flow: string; score: number };
const BARE_ANSWER = /\b(?:if|when|wenn|falls|bei|on|for|im|auf|takes?|nimmt)\s+(?:the\s+|den\s+|dem\s+)?(?:yes|no|ja|nein|ok)\b|\b(?:yes|no|ja|nein)\s*(?:branch|path|case|side|zweig|pfad|fall|seite)\w*|(?:はい|いいえ)(?:の場合|なら|の分岐|のとき|側)/;

/** Gateway branches the question names, best first (the what-if question's candidates). */
const BELOW = /\b(?:within|under|below|less than|fewer than|up to|at most|before|innerhalb|unter|weniger als|hochstens|bis zu)\b|以内|未満|以下/;
// "after 30 days" / "nach 30 Tagen" is past a limit said as "within 30 days".
const ABOVE = /\b(?:more than|over|above|longer than|later than|beyond|exceed\w*|at least|uber|mehr als|langer als|spater als)\b|\b(?:after|nach) (?:\d+|\w+) (?:minutes?|hours?|days?|weeks?|months?|years?|minuten|stunden|tagen|wochen|monaten|jahren)\b|超え|超過|以上/;
/** A branch condition's names as words ("first pet" of `adopter.firstPet == true`, "tropen" of
 *  `ora:getDataObject('tropen') = true()`): function names and true/false go. Empty for a negated condition or a
 *  comparison (which the gateway's or the label's words decide). */
const CODE_WORDS = /^(?:true|false|null|undefined|and|or|not|eq|ne|is|has|var|vars|variables|execution|this|it|self|item|value)$/;
function conditionWords(expr: string | null): string {
  if (!expr || /[<>!]|==\s*(?:false|0)\b|\bnot\b|\d/.test(expr)) return '';
  // Of a path (`adopter.firstPet`) the property says the condition; the object is only where it is kept.
  return expr.replace(/[\w:.$]+\(/g, ' ').replace(/[\w$]+(?:\.[\w$]+)+/g, (p) => p.slice(p.lastIndexOf('.') + 1)).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[^\p{L}]+/gu, ' ').toLowerCase().split(' ').filter((w) => w.length >= 2 && !CODE_WORDS.test(w)).join(' ');
}

/** "Befund auffällig" at **Befund unauffällig?**: a word of the gateway said without its negating prefix (un-, non-),
 *  or with one it lacks, asks for the other answer — unless the question's word counts as a negation already. */
const NEG_PREFIX = /^(?:un|non)(?=[a-z]{4})/;
function prefixFlip(gateway: string, question: string): boolean {
  const qw = question.split(' ');
  return gateway.split(' ').some((g) => qw.some((x) => {
    const gn = NEG_PREFIX.test(g), xn = NEG_PREFIX.test(x);
    return gn !== xn && wordsMatch(g.replace(NEG_PREFIX, ''), x.replace(NEG_PREFIX, '')) && !(xn && SIGNALS.negation.test(x));
  }));
}
let NEG_PHRASES: string[] | undefined;
/** A branch that says the question's threshold the same way round ("over 30%" for the branch "similarity above
 *  30 %", "mehr als 5 m³" for "mehr als 5 m³"): the number and the direction decide, whatever the measure is called. */
function sameThreshold(question: string, branch: string): number {
  const nums = (t: string) => new Set(t.match(/\d+(?:[.,]\d+)?/g) ?? []);
  const asked = nums(question);
  if (!asked.size || ![...nums(branch)].some((n) => asked.has(n))) return 0;
  const dir = (t: string) => (ABOVE.test(t) || /[>≥]/.test(t) ? 1 : 0) - (BELOW.test(t) || /[<≤]/.test(t) ? 1 : 0);
  const a = dir(question), b = dir(branch);
  return a !== 0 && a === b ? 0.86 : 0;
}

/** A label naming several cases ("禁帯出・貸出中", "damaged / lost", "storniert oder abgelaufen"): each case alone;
 *  one with a note in brackets ("dangerous (category 1)"): the label without it. */
function labelAlternatives(label: string): string[] {
  const bare = label.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').trim();
  const parts = bare.split(/[・／/|]|、|\s+(?:or|oder|bzw\.?|または|か)\s+/).map((x) => x.trim()).filter((x) => x.length >= 2);
  return parts.length > 1 ? parts : bare !== label.trim() && bare.length >= 2 ? [bare] : [];
}

function branchCandidates(q: AnalystQuery): BranchCand[] {
  const m = q.analysis!.model;
  // Polarity from the question as asked: a name like **Invoice rejected** is also the branch the user means.
  const negated = SIGNALS.negation.test(q.full);
  // … and a negation of its own, outside a phrase that means a refusal ("says no", "turned down"): only that one turns a
  // label into its opposite ("nicht freigegeben" → "rejected"; "says no" is "declined" itself, not "accepted" negated).
  NEG_PHRASES ??= termsOf().filter((x) => x.includes(' ') && !hasCjkText(x) && SIGNALS.negation.test(x));
  const negatedApart = negated && SIGNALS.negation.test(NEG_PHRASES.reduce((t, p) => t.split(` ${p} `).join(' '), ` ${q.full} `));
  const cands: BranchCand[] = [];
  for (const g of m.nodes.filter((n) => n.outgoing.length > 1)) {
    const plain = g.name ? mentionScore(q.question, g.name.replace(/[?？]/g, '')) : 0;
    // Asked with the opposite word ("… den Kostenvoranschlag ablehnt" for **見積を承認する？**): the other answer.
    const opposite = g.name ? mentionScore(q.question, g.name.replace(/[?？]/g, ''), { antonyms: true }) : 0;
    const flipped = opposite > plain + 0.05;
    const gwScore = Math.max(plain, opposite);
    // "What if the candidate declines?" asks the gateway **辞退した？** ("declined?") itself: its words are no negation.
    const base = new Set(g.name ? fold(g.name).split(' ').flatMap((w) => (hasCjkText(w) ? conceptIdsIn(w) : wordConcepts(w))) : []);
    const own = flipped ? withAntonyms(base) : base;
    // 不合格 at **再点検で合格？** is the gateway's word negated, not its own word; "incomplete" at **書類に不備がある？**
    // ("deficient?") is its own word, a term of its own, and at **Documents complete?** its negation.
    const ownWords = (t: string) => t.split(' ').every((w) => w && (/^(?:un|in|non)[a-z]{4}/.test(w) ? termConcepts(w).some((id) => own.has(id)) : !(/^[不未無非]/.test(w) && !fold(g.name ?? '').includes(w)) && (hasCjkText(w) ? conceptIdsIn(w) : wordConcepts(w)).some((id) => own.has(id))));
    // A threshold asked from the other side ("more than 30 days" at **Within 30 days?**) is the gateway's "no" (unless
    // the antonym reading above has flipped it already: "unter" at **Betrag über 5.000 EUR?**).
    const gname = fold(g.name ?? '');
    const thresholdFlip = !flipped && ((BELOW.test(gname) && ABOVE.test(q.full)) || (ABOVE.test(gname) && BELOW.test(q.full) && !ABOVE.test(q.full)));
    // A negated opposite is the gateway's own word ("問題がなければ", no problem, is "fine" at **Werte unauffällig?**);
    // "out of stock" at **在庫はあるか？** stays a negation.
    const opposites = new Set([...withAntonyms(base)].filter((id) => !base.has(id)));
    const doubleNegatives = termsOf(base).filter((x) => SIGNALS.negation.test(x) && [...conceptsOf(x.replace(new RegExp(SIGNALS.negation.source, 'g'), ' ').trim())].some((id) => opposites.has(id)));
    // Asked by the opposite word that itself holds a negation ("says no" at **Offer accepted?**): that word flipped the
    // answer already, its "no" is no second flip.
    const flipping = flipped ? termsOf(opposites).filter((x) => x.includes(' ') && SIGNALS.negation.test(x)) : [];
    let negText = q.full;
    for (const t of [...doubleNegatives, ...flipping]) negText = hasCjkText(t) ? negText.split(t).join(' ') : ` ${negText} `.split(` ${t} `).join(' ');
    const negatedHere = (([...negText.matchAll(new RegExp(SIGNALS.negation.source, 'g'))].some((x) => !ownWords(x[0])) !== flipped) !== thresholdFlip) !== prefixFlip(gname, q.full);
    // **Offer accepted?** with branches "accepted" / "declined": the branch repeating the gateway's words is its
    // "yes", the other its "no" ("what if the candidate says no to the offer?").
    const labelled = g.outgoing.map((fid) => m.flowById.get(fid)).filter((f) => f?.name);
    const affirming = g.name && g.outgoing.length === 2 && labelled.length === 2 ? g.outgoing.filter((fid) => mentionScore(g.name!, m.flowById.get(fid)!.name!) >= 0.8) : [];
    for (const fid of g.outgoing) {
      const f = m.flowById.get(fid);
      if (!f) continue;
      const t = m.byId.get(f.targetId);
      const label = fold(f.name ?? '');
      // A bare yes/no label answers the gateway's question: pick it by the question's polarity.
      let yesNo = 0;
      if (label && (YES.test(label) || NO.test(label)) && gwScore > 0) yesNo = gwScore * (NO.test(label) === negatedHere ? 1 : 0.3);
      else if (affirming.length === 1 && gwScore > 0) yesNo = 0.9 * gwScore * ((affirming[0] !== fid) === negatedHere ? 1 : 0.3);
      // A descriptive label ("broker involved", "rejected", "über 5.000 €") or the target's name is matched itself; a bare
      // yes/no only when said as the answer ("and if no?", "der Nein-Zweig"), not as a word ("says no to the quote").
      const plainLabel = f.name && (!(YES.test(label) || NO.test(label)) || BARE_ANSWER.test(q.full) || q.full.split(' ').length <= 3) ? Math.max(mentionScore(q.question, f.name), ...labelAlternatives(f.name).map((x) => 0.95 * mentionScore(q.question, x))) : 0;
      // "nicht freigegeben" names the branch "rejected" by its opposite, negated.
      const oppositeLabel = f.name && negatedApart && !(YES.test(label) || NO.test(label)) ? mentionScore(q.question, f.name, { antonyms: true }) : 0;
      const labelFlipped = oppositeLabel > plainLabel + 0.05;
      // The condition's words, when the label is no bare yes/no ("first pet" for `adopter.firstPet == true`).
      const cond = YES.test(label) || NO.test(label) ? '' : conditionWords(f.condition);
      let direct = Math.max(labelFlipped ? oppositeLabel : plainLabel, t?.name ? mentionScore(q.question, t.name) * 0.8 : 0, cond.length >= 4 ? mentionScore(q.question, cond) * 0.85 : 0);
      if (direct > 0) direct = direct * 0.9 + gwScore * 0.1;
      // "not confirmed" vs "confirmed": a negated label fits a negated question.
      // Only explicit negators count here: "declined" is a branch of its own, said as "absagt" or "turns down".
      // A label said word for word, and not negated, needs no polarity check ("incomplete" asked of the branch "incomplete"); one said
      // only negated by a prefix ("incomplete" of the branch "complete") is its opposite.
      const qWords = ` ${q.full} `;
      const saidWhole = !!label && qWords.includes(` ${label} `) && !EXPLICIT_NO.test(q.full);
      const saidNegated = !!label && /^[a-z]{3,}$/.test(label) && new RegExp(` (?:in|un|non|im|ir|il)-?${label} `).test(qWords);
      if (saidNegated) direct *= 0.3;
      if (f.name && direct > 0 && !(YES.test(label) || NO.test(label)) && !saidWhole) {
        const labelNeg = labelFlipped || EXPLICIT_NO.test(label) || /^(?:un|in|nicht|kein)[a-z]{3}/.test(label);
        direct *= labelNeg === EXPLICIT_NO.test(q.full) ? 1 : 0.6;
      }
      const s = Math.max(yesNo, direct, sameThreshold(q.full, `${label} ${fold(f.condition ?? '')}`));
      if (s >= 0.5) cands.push({ gw: g.id, flow: fid, score: s });
    }
  }
  return cands.sort((a, b) => b.score - a.score);
}

/** "What if the refund fails?", "… doesn't decide within three days?": a boundary event of a step the question
 *  names, picked by its name or by its kind (error ↔ fail, timer ↔ time words). */
const FAIL_WORDS = /\bfail\w*|\berror\w*|\bbreak\w*|\bcrash\w*|\bfehl(?!en\b|t\b|end\w*|ten\b)\w*|\bscheiter\w*|\bgescheitert\b|\b(?:can t|cannot|could not|couldn t|is unable to|unable to) (?:be )?(?:create|book|process|complete|finish|send|sent|charge|save|run|do|done|deliver)\w*|\bgoes wrong\b|\bklappt nicht\b|\bgeht schief\b|\bschiefgeh\w*|\bnicht (?:angelegt|erstellt|gebucht|moglich)\b|\bausfall\w*|\bfallt (?:\w+ ){0,3}aus\b|\bdurchf[a]ll\w*|\bfallt (?:\w+ ){0,3}durch\b|\bdoesn t pass\b|\bdoes not pass\b|\bnicht bestanden\b|失敗|エラー|故障|できない|できなかった|うまくいかない|間違え|誤っ(?:た|て)|落ち(?:た|る)|不合格/;
const TIME_WORDS = /\b(?:late|long|longer|days?|hours?|weeks?|minutes?|time|timeout|within|deadline|tage?n?|stunden?|wochen?|frist|dauert|lange|zeit)\b|時間|日|週|期限|遅れ|超過/;
const LACK_CJK = /なし|無し|ない|不在|未/;
const LACK_STATE = /^(?:found|available|present|given|possible|there|gefunden|vorhanden|verfugbar|moglich|da)$/;
/**
 * A boundary or catch event whose name says something is missing ("without a provider", "kein Lieferant", "業者なし")
 * when the question says the same lack about the same thing: every content word of the event's name, bar the negation
 * and the time, is in the question. Its id, or null.
 */
function lackingEvent(q: AnalystQuery): string | null {
  const m = q.analysis!.model;
  const cjkLack = LACK_CJK.test(q.question);
  if (!SIGNALS.lack.test(q.full) && !cjkLack) return null;
  const asked = q.full.split(' ').filter((w) => w.length >= 3 && !STOP.has(w)), meant = conceptsOf(q.full);
  const hits = m.nodes.filter((n) => /BoundaryEvent|IntermediateCatchEvent/.test(n.type) && n.name && n.outgoing.length).filter((n) => {
    const name = fold(n.name!);
    if (hasCjkText(name)) {
      const core = n.name!.replace(LACK_CJK, '').replace(/[\s0-9０-９時間日週営業経過]+/g, '');
      return cjkLack && LACK_CJK.test(n.name!) && core.length >= 2 && q.question.includes(core);
    }
    if (!SIGNALS.lack.test(name)) return false;
    // "Membership not found" is said as "turns out not to be a member": the state word after the negation goes, and
    // the question's word may be the start of the name's ("member" of "membership").
    const words = name.split(' ').filter((w) => w.length >= 3 && !STOP.has(w) && !SIGNALS.lack.test(w) && !/\d/.test(w) && !TIME_WORDS.test(w) && !LACK_STATE.test(w));
    return words.length > 0 && words.every((w) => asked.some((x) => wordsMatch(x, w) || (x.length >= 5 && w.startsWith(x))) || wordConcepts(w).some((id) => meant.has(id)));
  });
  return hits.length === 1 ? hits[0]!.id : null;
}

function boundaryAsked(q: AnalystQuery): { id: string; score: number } | null {
  const m = q.analysis!.model;
  let best: { id: string; score: number } | null = null;
  for (const h of q.mentions.filter((x) => x.score >= 0.4 && isActivityType(m.byId.get(x.id)?.type ?? ''))) {
    // A compensation handler runs when the work is undone, not when it fails ("can't be charged" at **Charge card**).
    for (const b of m.nodes.filter((n) => n.attachedToId === h.id && !n.eventDefinitions.includes('compensate'))) {
      const byName = b.name ? mentionScore(q.question, b.name) : 0;
      const byKind = (b.eventDefinitions.includes('error') && FAIL_WORDS.test(q.full)) || (b.eventDefinitions.includes('timer') && TIME_WORDS.test(q.full)) ? 0.5 : 0;
      const score = Math.min(h.score, 0.9) * 0.5 + Math.max(byName, byKind) * 0.5;
      if (Math.max(byName, byKind) >= 0.3 && (!best || score > best.score)) best = { id: b.id, score };
    }
  }
  return best;
}

/** "What runs in parallel?", "was läuft gleichzeitig?", "同時に進むのは？": the branches of the parallel splits — after the
 *  step the question names, when it names one that leads to a split. */
const IN_PARALLEL = /\bin parallel\b|\bsimultaneous\w*|\bat the same time\b|\bconcurrent\w*|\bside by side\b|\bgleichzeitig\w*|\bparallel (?:laufen|ablaufen|erledigt|bearbeitet)\w*|\bzeitgleich\w*|同時に|並行して|並列で(?!す)|並行で(?!す)/;
function parallelWork(q: AnalystQuery): string | null {
  if (!IN_PARALLEL.test(q.full) || has(q, SIGNALS.count)) return null;
  const m = q.analysis!.model;
  // An inclusive split runs at once every branch whose condition holds, so it answers the question too.
  // So does a step (not a gateway) with several outgoing flows: BPMN starts them all (an implicit parallel split).
  const kindOf = (n: (typeof m.nodes)[number]) => splitKind(m, n);
  const splits = m.nodes.filter((n) => n.outgoing.length > 1 && /Parallel|Inclusive/.test(kindOf(n)));
  if (!splits.length) return tr(q.lang, 'Nothing runs in parallel: the diagram has no parallel or inclusive split.', 'Nichts läuft parallel: Das Diagramm hat keine parallele oder inklusive Verzweigung.', '並行して進むものはありません。並列・包含の分岐がありません。');
  // The split the named step leads to (directly, or it is the split itself); else every split.
  const named = clearMentions(q).map((x) => x.id);
  const after = new Set(named.flatMap((id) => [id, ...(m.byId.get(id)?.outgoing ?? []).map((f) => m.flowById.get(f)?.targetId ?? '')]));
  const chosen = splits.filter((g) => after.has(g.id));
  const lines = (chosen.length ? chosen : splits).map((g) => {
    const targets = g.outgoing.map((f) => m.flowById.get(f)?.targetId).filter((x): x is string => !!x);
    if (g.type === 'InclusiveGateway') return tr(q.lang, `After ${c(q, g.id)} (an inclusive gateway) every branch whose condition holds runs in parallel: ${list(q, targets)}.`, `Nach ${c(q, g.id)} (inklusives Gateway) laufen alle Zweige parallel, deren Bedingung zutrifft: ${list(q, targets)}.`, `${c(q, g.id)}（包含ゲートウェイ）の後、条件を満たす分岐がすべて並行して進みます：${list(q, targets)}。`);
    if (kindOf(g) === 'ImplicitInclusive') return tr(q.lang, `After ${c(q, g.id)} every outgoing flow whose condition holds runs in parallel (no gateway: conditional flows): ${list(q, targets)}.`, `Nach ${c(q, g.id)} laufen alle ausgehenden Flüsse parallel, deren Bedingung zutrifft (ohne Gateway: bedingte Flüsse): ${list(q, targets)}.`, `${c(q, g.id)}の後、条件を満たすフローがすべて並行して進みます（ゲートウェイなしの条件付きフロー）：${list(q, targets)}。`);
    if (kindOf(g) === 'ImplicitParallel') return tr(q.lang, `After ${c(q, g.id)} these run in parallel (it has several outgoing flows and no gateway: an implicit parallel split): ${list(q, targets)}.`, `Nach ${c(q, g.id)} laufen parallel (mehrere ausgehende Flüsse ohne Gateway: implizite Parallelverzweigung): ${list(q, targets)}.`, `${c(q, g.id)}の後、並行して進みます（ゲートウェイなしの複数フロー：暗黙の並列分岐）：${list(q, targets)}。`);
    return tr(q.lang, `After ${c(q, g.id)} these run in parallel: ${list(q, targets)}.`, `Nach ${c(q, g.id)} laufen parallel: ${list(q, targets)}.`, `${c(q, g.id)}の後、並行して進みます：${list(q, targets)}。`);
  });
  return lines.join('\n');
}

/** A condition that no gateway decides but an event does: nobody answers, it takes too long, a step fails. */
const NO_RESPONSE = /\b(?:don t|doesn t|didn t|do not|does not|did not|won t|will not|never|not) (?:\w+ ){0,3}(?:bring|give|send|hand|take)\w* (?:\w+ ){0,3}back\b|\b(?:don t|doesn t|didn t|do not|does not|did not|won t|isn t|is not|wasn t|never|not) (?:\w+ )?return\w*|\b(?:returned|brought back|handed back|given back|paid|delivered|submitted|comes? back|arrives?|is) (?:too |very )?late\b|\blate (?:return|payment|delivery)\b|\b(?:never|nie|niemals)\b|\bno (?:reply|answer|response|feedback|word)\b|\b(?:don t|doesn t|didn t|do not|does not|did not|won t|will not|hasn t|haven t|has not|have not|still not) (?:\w+ )?(?:hear|answer|reply|respond|react|pay|paid|decid|get back|come back|show up|turn\w* up|shown up|showed up|arriv)\w*|\bdrags? on\b|\bforever\b|\bsits? on\b|\b(?:nobody|no one|noone|niemand)\b|\b(?:after|for|nach|seit) (?:\w+ )?(?:minutes|hours|days|weeks|months|stunden|tagen|wochen|monaten)\b|\b(?:after|for|nach|seit) (?:an?|one|half an|einer|einem) (?:minute|hour|day|week|month|stunde|tag|woche|monat)\b|\b\w+ (?:minuten|stunden|tage|wochen|monate) lang\b|誰も|\bnot (?:heard|answered|replied|responded|paid)\b|\b(?:takes?|taking|dauert) (?:longer|more|too long|over)\b|\b(?:more|longer|over) than \w+ (?:minutes?|hours?|days?|weeks?|months?)\b|\bwithin \w+ (?:minutes?|hours?|days?|weeks?)\b|\btoo long\b|\boverdue\b|\btimes? out\b|\btimed out\b|\bexpir\w*|\bruns? out\b|\bbreach\w*|\bkeine (?:antwort|ruckmeldung|reaktion)\b|\bnicht (?:\w+ )?zuruck(?:gebracht|gegeben|geschickt|gesendet|bringt|gibt|kommt)\b|\bzu spat\b|\bverspatet\w*|\bnicht (?:antwortet|reagiert|zahlt|bezahlt|meldet)\b|\blanger als\b|返事が(?:ない|来ない|こない)|返信が(?:ない|来ない)|応答が(?:ない|来ない)|回答が(?:ない|来ない)|連絡が(?:ない|来ない)|支払(?:わ|われ)ない|期限を?(?:過ぎ|超え)|\bnicht (?:rechtzeitig|fristgerecht|innerhalb)\b|\bzu spat\b|\bverspatet\w*|\b(?:not|never) (?:in|on) time\b|\b(?:don t|doesn t|didn t|do not|does not|did not|won t) \w+ (?:\w+ )?(?:in|on) time\b|\btoo late\b|\bnever (?:comes?|arrives?|shows? up|gets? back)\b|\bnever (?:get|gets|hear|hears) back\b|(?:戻って|返って|帰って)こ(?:ない|なかった)|届か(?:ない|なかった)|(?:が|は|も)来(?:ない|なかった)|こなかったら|間に合わ(?:ない|なかった)|終わら(?:ない|なかっ|ず)|\b(?:isn t|is not|wasn t|not) (?:done|finished|completed) (?:in|within|after|by)\b/;

/** "If the customer never answers, what happens?", "what if the review takes more than 2 days?", "when creating the
 *  order fails?": the timer (attached, or waited for after an event-based gateway) or error boundary event the
 *  condition describes, and what follows it. The host or the event's own words decide between several. */
/** "How long do we wait for the payment before something else happens?": the timer that ends the wait, described. */
const HOW_LONG = /\bhow long\b|\bwie lange?\b|どのくらい|どれくらい|どれぐらい|何日|何時間/;
function timerAsked(q: AnalystQuery): string | null {
  if (!HOW_LONG.test(q.full) || has(q, SIGNALS.count)) return null;
  const m = q.analysis!.model;
  const score = new Map(q.mentions.map((x) => [x.id, x.score]));
  const timers = m.nodes.filter((n) => n.eventDefinitions.includes('timer') && n.type !== 'StartEvent');
  if (!timers.length) return null;
  const near = (n: (typeof timers)[number]) => {
    const gw = m.nodes.find((g) => g.type === 'EventBasedGateway' && g.outgoing.some((f) => m.flowById.get(f)?.targetId === n.id));
    return Math.max(score.get(n.id) ?? 0, score.get(n.attachedToId ?? '') ?? 0, score.get(gw?.id ?? '') ?? 0);
  };
  const best = timers.map((n) => ({ n, s: near(n) })).sort((a, b) => b.s - a.s)[0]!;
  if (timers.length > 1 && best.s < 0.4) {
    // "Gibt es eine Wartezeit? Wie lange?" names no step: every timer, with its time and where it waits.
    if (clearMentions(q).some((x) => x.score >= 0.6 && m.byId.has(x.id))) return null;
    const lines = timers.map((n) => {
      const expr = n.eventDetails.map((d) => d.expression).filter((x): x is string => !!x)[0];
      const host = n.attachedToId ? tr(q.lang, ` on ${c(q, n.attachedToId)}`, ` an ${c(q, n.attachedToId)}`, `（${c(q, n.attachedToId)}の境界）`) : '';
      return `- ${c(q, n)}${expr ? ` ${code(expr)}` : ''}${host}`;
    });
    return [tr(q.lang, `${timers.length} timers wait in this diagram:`, `${timers.length} Timer warten in diesem Diagramm:`, `この図には待ち時間（タイマー）が${timers.length}個あります：`), ...lines].join('\n');
  }
  return describe({ ...q, mentions: [{ id: best.n.id, name: best.n.name ?? best.n.id, type: best.n.type, score: 1, at: 0 }] }, true);
}

function conditionEvent(q: AnalystQuery): string | null {
  // "What do we do when the customer just doesn't get back to us?": the condition after the question.
  if (!has(q, SIGNALS.whatIf) && !/\bwhat (?:now|next|then)\b|\bwhat happens\b|\bwhat (?:do|does|should|would|will|can) (?:we|you|i|they|one|the \w+) do\b|\bwas (?:tun|machen) wir\b|\bwas wird gemacht\b|どうなり|どうする|was passiert|was dann/.test(q.full)) return null;
  const timeout = NO_RESPONSE.test(q.full), fails = FAIL_WORDS.test(q.full);
  if (!timeout && !fails) return null;
  // "If the payment fails, can the costs still be reimbursed?": a yes/no about reaching a step, the condition its start.
  if (STILL_POSSIBLE.test(q.full)) return null;
  const m = q.analysis!.model;
  // A branch decides it when its gateway or label speaks of time or shares a number with the question ("more than 30
  // days" and **Within 30 days?**); "sits on it for too long" next to **Invoice approved?** is the timer's case.
  const branch = branchCandidates(q)[0];
  if (branch) {
    const g = m.byId.get(branch.gw), f = m.flowById.get(branch.flow);
    const words = `${g?.name ?? ''} ${f?.name ?? ''}`;
    const nums = words.match(/\d+/g) ?? [];
    if (TIME_WORDS.test(fold(words)) || nums.some((d) => new RegExp(`(?<!\\d)${d}(?!\\d)`).test(q.question))) return null;
    // "when nobody is home" at a branch "不在" (absent): the label says the situation itself, no timer is meant (a label
    // repeating the gateway's word, "approved" at **Invoice approved?**, is only its yes).
    const labelSaid = !!f?.name && !YES.test(fold(f.name)) && !NO.test(fold(f.name)) && mentionScore(q.question, f.name) >= 0.75 && mentionScore(g?.name ?? '', f.name) < 0.8;
    if (branch.score >= 0.75 && (labelSaid || !m.nodes.some((n) => n.eventDefinitions.includes('timer')) || !timeout)) return null;
  }
  const score = new Map(q.mentions.map((x) => [x.id, x.score]));
  const cands = m.nodes.filter((n) => (n.type === 'BoundaryEvent' || n.type === 'IntermediateCatchEvent') && n.outgoing.length
    && (timeout && n.eventDefinitions.includes('timer') || fails && n.type === 'BoundaryEvent' && n.eventDefinitions.includes('error')));
  if (!cands.length) return null;
  // "Was, wenn die Prüfung durchfällt?" names a step with no error event of its own: an error elsewhere is not it.
  if (fails && !timeout) {
    const hosts = new Set(cands.flatMap((n) => [n.id, n.attachedToId ?? '']));
    const named = clearMentions(q).filter((x) => x.score >= 0.5 && m.byId.has(x.id));
    if (named.length && !named.some((x) => hosts.has(x.id)) && !q.mentions.some((x) => x.score >= 0.4 && hosts.has(x.id))) return null;
  }
  const digits = (s: string) => new Set(s.match(/\d+/g) ?? []);
  const asked = digits(q.question), askedTime = durationsIn(q.question);
  const ranked = cands.map((n) => {
    // Who the event belongs to: its host, or the gateway (and the other events) it is waited for with.
    const gw = m.nodes.find((g) => g.type === 'EventBasedGateway' && g.outgoing.some((f) => m.flowById.get(f)?.targetId === n.id));
    const near = [n.attachedToId, gw?.id, ...(gw ? gw.outgoing.map((f) => m.flowById.get(f)?.targetId) : [])].filter((x): x is string => !!x);
    const own = n.name ? mentionScore(q.question, n.name) : 0;
    const said = `${n.name ?? ''} ${n.eventDetails.map((d) => d.expression ?? '').join(' ')}`;
    const num = [...digits(said)].some((d) => asked.has(d)) || [...durationsIn(said)].some((d) => askedTime.has(d)) ? 0.3 : 0;
    return { n, s: own + num + Math.max(0, ...near.map((id) => score.get(id) ?? 0)) * 0.5 };
  }).sort((a, b) => b.s - a.s);
  // "…wenn die fehlenden Unterlagen nicht rechtzeitig nachgereicht werden?" names a wait that has no timer of its own;
  // a timer elsewhere (on another step) is not the answer.
  if (timeout && ranked[0]!.s < 0.2) {
    const wait = clearMentions(q).map((x) => m.byId.get(x.id)).find((n) => n && (n.type === 'IntermediateCatchEvent' && !n.eventDefinitions.includes('timer') || n.type === 'ReceiveTask' || n.type === 'EventBasedGateway'));
    if (wait) {
      const others = cands.filter((n) => n.eventDefinitions.includes('timer'));
      return tr(q.lang,
        `Nothing in the diagram handles that: ${c(q, wait.id)} waits without a time limit (no timer on it or beside it).${others.length ? ` The only timer${others.length > 1 ? 's are' : ' is'} ${list(q, others.map((n) => n.id))}${others[0]!.attachedToId ? `, on ${c(q, others[0]!.attachedToId)}` : ''}.` : ''}`,
        `Dafür ist im Diagramm nichts vorgesehen: ${c(q, wait.id)} wartet ohne Frist (kein Timer daran oder daneben).${others.length ? ` ${others.length > 1 ? 'Die einzigen Timer sind' : 'Der einzige Timer ist'} ${list(q, others.map((n) => n.id))}${others[0]!.attachedToId ? `, an ${c(q, others[0]!.attachedToId)}` : ''}.` : ''}`,
        `図ではその場合の処理がありません。${c(q, wait.id)}は期限なしで待ちます（タイマーがありません）。${others.length ? `タイマーは${list(q, others.map((n) => n.id))}${others[0]!.attachedToId ? `（${c(q, others[0]!.attachedToId)}の境界）` : ''}だけです。` : ''}`);
    }
  }
  return describeNext(q, call<NextResult>(q, 'next_steps', { element: ranked[0]!.n.id }));
}

/** "travelling abroad?" (two or three words, no element type, no lane): the branch whose label it is. Not for CJK text,
 *  where a whole question has no spaces. */
function branchFragment(q: AnalystQuery): string | null {
  if (hasCjkText(q.question) || q.full.split(' ').length > 3 || typesIn(q.text).length) return null;
  if (q.mentions.some((x) => (x.type === 'Lane' || x.type === 'Participant') && x.score >= GROUP)) return null;
  return (branchCandidates(q)[0]?.score ?? 0) >= 0.75 ? whatIf(q, true) : null;
}

/** "What if the sample check fails?" names a check, not its decision: the negative branch of the first decision after
 *  it (past joins and unnamed steps of the flow), when the question says it failed. */
const REJECTED = new Set(wordConcepts('rejected'));
function failedCheck(q: AnalystQuery): BranchCand | null {
  if (!FAIL_WORDS.test(q.full)) return null;
  const m = q.analysis!.model;
  const t = clearMentions(q).find((x) => x.score >= 0.5 && /task|subProcess|callActivity/.test(m.byId.get(x.id)?.kind ?? ''));
  if (!t) return null;
  let id = t.id;
  for (let hop = 0; hop < 3; hop++) {
    const n = m.byId.get(id)!;
    const outs = n.outgoing.map((f) => m.flowById.get(f)).filter((f): f is NonNullable<typeof f> => !!f);
    if (n.kind === 'gateway' && outs.length > 1) {
      const no = outs.filter((f) => f.name && (NO.test(fold(f.name)) || EXPLICIT_NO.test(fold(f.name)) || (hasCjkText(f.name) ? conceptIdsIn(f.name) : fold(f.name).split(' ').flatMap((w) => wordConcepts(w))).some((id) => REJECTED.has(id))));
      return no.length === 1 ? { gw: n.id, flow: no[0]!.id, score: 0.6 } : null;
    }
    if (outs.length !== 1 || (hop > 0 && n.kind !== 'gateway')) return null;
    id = outs[0]!.targetId;
  }
  return null;
}

/** A step's work said as done: "wenn die Charge gesperrt wurde", "once the order is packed", "when it has been shipped". */
const DONE_STATE = /\b(?:ge\w+t|\w+iert|ge\w+en) (?:wurde|worden|ist|sind|hat|haben)\b|\b(?:is|are|was|were|has been|have been|gets?|got) \w+(?:ed|en)\b|済み|終わっ|終え/;
function whatIf(q: AnalystQuery, force = false): string | null {
  if (!force && !has(q, SIGNALS.whatIf)) return null;
  // "once the car is checked in, what then?": a step said before the comma, then "what then" — what follows it.
  if (!force && afterClause(q, 'after')) return null;
  // "Is there any rework if the fix does not work?": the main clause asks about a loop; the condition only narrows it.
  if (has(q, SIGNALS.loops) && q.text.search(SIGNALS.loops) < q.text.search(SIGNALS.whatIf) && !/^(?:what|was|wie|how)\b/.test(q.full)) return null;
  // "Wer schickt den Bescheid raus, wenn abgelehnt wird?" asks who; the condition only says which step.
  if (/^(?:who|wer)\b/.test(q.full) && q.text.search(SIGNALS.whatIf) > 0) return null;
  const m = q.analysis!.model;
  let best: BranchCand | undefined = branchCandidates(q)[0];
  const isEvent = (x: Mention) => /BoundaryEvent|IntermediateCatchEvent/.test(m.byId.get(x.id)?.type ?? '') || (m.byId.get(x.id)?.kind === 'startEvent' && !!m.byId.get(x.id)?.eventDefinitions.length);
  // "貸出可の回答を受けたら次は？": the condition is the whole name of an event that holds the branch's word (貸出可) —
  // what follows the event, not the branch.
  const named = clearMentions(q).find((x) => isEvent(x) && x.score >= 0.95);
  const branchWords = best && fold(m.flowById.get(best.flow)?.name ?? '');
  if (best && named && branchWords && named.score > best.score && fold(named.name).includes(branchWords)) return describeNext(q, call<NextResult>(q, 'next_steps', { element: named.id }));
  // "Und wenn das Kennzeichen zugeteilt ist, …" says an event's whole name (**Kennzeichen zugeteilt**, the end of a
  // sub-process) and no branch: what follows that event, not a boundary event the words half fit.
  // A link event only jumps ("To inspection" is not a state the question can be about).
  const stated = clearMentions(q).find((x) => x.score >= 0.95 && /Event$/.test(m.byId.get(x.id)?.type ?? '') && m.byId.get(x.id)?.kind !== 'startEvent' && !m.byId.get(x.id)?.eventDefinitions.includes('link'));
  if (stated && (!best || best.score < 0.75) && stated === clearMentions(q)[0]) return describeNext(q, call<NextResult>(q, 'next_steps', { element: stated.id }));
  // "What if no home care provider can be found?" and **48 hours without a provider**: the event says the same lack;
  // a bare "no" branch of an unrelated gateway does not.
  const lack = lackingEvent(q);
  if (lack && (!best || best.score < 0.75 || mentionScore(q.question, m.byId.get(best.gw)?.name ?? '') < 0.4)) return describeNext(q, call<NextResult>(q, 'next_steps', { element: lack }));
  const bnd = boundaryAsked(q);
  if (bnd && (!best || best.score < 0.75)) return describeNext(q, call<NextResult>(q, 'next_steps', { element: bnd.id }));
  best ??= failedCheck(q) ?? undefined;
  if (!best) {
    // "What happens if the payment fails?" names an event (a boundary or catch event), not a branch: what follows it.
    // … or the start of an event sub-process ("Was passiert, wenn der Kunde kündigt?" → **Cancellation received**).
    // The actor in the condition ("if the applicant withdraws": the pool **Applicant**) is not what happens: a
    // weaker name of an event counts too.
    const ev = clearMentions(q).find(isEvent) ?? q.mentions.find((x) => x.score >= 0.4 && isEvent(x) && !q.mentions.some((y) => y.score >= 0.6 && y.score > x.score && m.byId.has(y.id) && !isEvent(y)));
    const at = ev ? inNamedPool(q, ev) : null;
    if (at) return describeNext(q, call<NextResult>(q, 'next_steps', { element: at.id }));
    // "Was ist noch alles zu tun, wenn die Charge gesperrt wurde?": a step said as done is no branch — what follows it.
    const done = DONE_STATE.test(q.full) ? preferActivity(q, clearMentions(q).filter((x) => x.score >= 0.6 && isActivityType(m.byId.get(x.id)?.type ?? '')))[0] : undefined;
    if (!done) return null;
    const transitive = has(q, SIGNALS.transitive);
    const r = call<NextResult>(q, 'next_steps', { element: done.id, transitive });
    if (!transitive || !r.steps.length) return describeNext(q, transitive ? call<NextResult>(q, 'next_steps', { element: done.id }) : r);
    return tr(q.lang, `After ${c(q, done)} these can follow (nearest first): ${list(q, r.steps.map((s) => s.element), 40)}.`, `Nach ${c(q, done)} können folgen (nächste zuerst): ${list(q, r.steps.map((s) => s.element), 40)}.`, `${c(q, done)}の後に続く可能性があるもの（近い順）：${list(q, r.steps.map((s) => s.element), 40)}。`);
  }
  const f = m.flowById.get(best.flow)!;
  const r = call<{ matches: { gateway: Ref; flow: any; then: Ref[]; split: { at: Ref; kind: string; options: { branch: string | null; to: Ref }[] } | null }[] }>(q, 'what_if', { branch: f.name ?? m.byId.get(f.targetId)?.name ?? f.targetId, gateway: best.gw });
  const match = r.matches.find((x) => x.flow.id === best.flow) ?? r.matches[0];
  if (!match) return null;
  const label = f.name ? `"${md(f.name)}"` : c(q, f.targetId);
  const then = match.then;
  const last = m.byId.get(then[then.length - 1]?.id ?? '');
  const split = match.split;
  // Where the flow splits again, its options are named as options, not as more steps of one line.
  const opt = (o: { branch: string | null; to: Ref }) => (o.branch ? `"${md(o.branch)}" → ${c(q, o.to)}` : c(q, o.to));
  const options = split ? tr(q.lang, split.options.map(opt).join(' or '), split.options.map(opt).join(' oder '), split.options.map(opt).join('または')) : '';
  // A step with several unconditioned flows starts them all (BPMN's implicit parallel split), conditioned ones
  // each run when their condition holds (like an inclusive gateway).
  const ending = split
    ? split.kind === 'ParallelGateway' || split.kind === 'ImplicitParallel'
      ? tr(q.lang, `, which then starts all of ${list(q, split.options.map((o) => o.to))}`, `, danach laufen alle: ${list(q, split.options.map((o) => o.to))}`, `。その後、${list(q, split.options.map((o) => o.to))}がすべて進みます`)
      : tr(q.lang, `, and from there ${/Inclusive/.test(split.kind) ? 'one or more of' : 'either'} ${options}`, `, von dort weiter mit ${/Inclusive/.test(split.kind) ? 'einem oder mehreren von' : 'entweder'} ${options}`, `。そこから${options}に分かれます`)
    : last?.kind === 'endEvent'
    ? subProcessEnding(q, last) ?? tr(q.lang, ' — and the process ends there', ' — dort endet der Prozess', '。そこでプロセスは終わります')
    : last && last.incoming.length > 1 && then.length > 1 ? tr(q.lang, ', where it joins the other branches', ', wo es mit den anderen Zweigen zusammenläuft', 'で他の分岐と合流します') : '';
  return tr(q.lang,
    `If ${c(q, match.gateway)} takes the branch ${label}${flowBits(q, { ...match.flow, name: null })}: ${then.map((e) => c(q, e)).join(' → ')}${ending}.`,
    `Wenn ${c(q, match.gateway)} den Zweig ${label}${flowBits(q, { ...match.flow, name: null })} nimmt: ${then.map((e) => c(q, e)).join(' → ')}${ending}.`,
    `${c(q, match.gateway)}で${label}${flowBits(q, { ...match.flow, name: null })}に進んだ場合：${then.map((e) => c(q, e)).join(' → ')}${ending}。`) + whoDoes(q, then);
}

/** A branch that ends inside a sub-process goes on after it: an error end where the sub-process's error boundary
 *  catches it ("禁制品が見つかったら…" → **禁制品を発見** → the boundary → **禁制品を税関に引き渡す**), any other end where
 *  the sub-process's own flow goes. Null when the end event ends the process. */
function subProcessEnding(q: AnalystQuery, end: DiagramModel['nodes'][number]): string | null {
  const m = q.analysis!.model;
  const r = tryCall<NextResult>(q, 'next_steps', { element: end.id });
  const sub = r?.endsSubProcess?.subProcess;
  if (!sub) return null;
  const detail = end.eventDetails.find((d) => d.kind === 'error');
  const catchers = detail ? m.nodes.filter((n) => n.attachedToId === sub.id && n.eventDetails.some((d) => d.kind === 'error' && (!d.code || !detail.code || d.code === detail.code))) : [];
  const by = catchers.length === 1 ? catchers[0]! : null;
  const after = tryCall<NextResult>(q, 'next_steps', { element: by ? by.id : sub.id });
  const next = (after?.steps ?? []).filter((x) => x.via !== 'boundary' && x.distance <= 1).map((x) => x.element);
  if (!next.length) return null;
  if (by) return tr(q.lang, `, which ends the sub-process ${c(q, sub)} with an error; its boundary event ${c(q, by.id)} catches it and ${list(q, next)} follows`,
    `, das den Teilprozess ${c(q, sub)} mit einem Fehler beendet; das Randereignis ${c(q, by.id)} fängt ihn ab, dann folgt ${list(q, next)}`,
    `。これはサブプロセス${c(q, sub)}をエラーで終え、境界イベント${c(q, by.id)}が受けて${list(q, next)}に進みます`);
  if (detail) return null;
  return tr(q.lang, `, which ends the sub-process ${c(q, sub)}; after it comes ${list(q, next)}`, `, das den Teilprozess ${c(q, sub)} beendet; danach kommt ${list(q, next)}`, `。これでサブプロセス${c(q, sub)}が終わり、次は${list(q, next)}です`);
}

/** "…, who takes care of it?" after a condition: the lanes of the activities that follow (empty when not asked). */
function whoDoes(q: AnalystQuery, steps: Ref[]): string {
  if (!has(q, SIGNALS.who)) return '';
  const m = q.analysis!.model;
  const lanes = new Map<string, Ref[]>();
  for (const s of steps.filter((e) => isActivityType(m.byId.get(e.id)?.type ?? ''))) {
    const lane = call<Described>(q, 'describe_element', { element: s.id }).lane;
    if (lane) lanes.set(lane.id, [...(lanes.get(lane.id) ?? []), s]);
  }
  if (!lanes.size) return '';
  const parts = [...lanes].map(([lane, els]) => tr(q.lang, `${c(q, lane)} (${list(q, els)})`, `${c(q, lane)} (${list(q, els)})`, `${c(q, lane)}（${list(q, els)}）`));
  return (q.lang === 'ja' ? '' : ' ') + tr(q.lang, `Who: ${parts.join('; ')}.`, `Zuständig: ${parts.join('; ')}.`, `担当：${parts.join('、')}。`);
}

// "Does the carrier ever send anything back to the service?": an object or "back" may sit between the verb and "to".
const GET_FROM = new RegExp(String.raw`\bget\w* (?:\w+ )?from\b|\breceiv\w* (?:\w+ )?from\b|(?:${SIGNALS.send.source}|\bhand\w*) (?:(?:anything|something|any|a|an|the|them|it|back|over|on|\w+s) ){0,3}to\b|(?:${SIGNALS.send.source}).*\b(?:an|zu|zum|zur)\b|\bbekomm\w*\b.*\bvon\b|\berhalt\w*\b.*\bvon\b|から(?:何を)?(?:受け取|もら)`);

const GET_VERB = /\b(?:get|gets|got|receiv\w*|bekomm\w*|bekommt|erhalt\w*|empfang\w*)\b|受け取|もら|届/;
/** Whether a question about one pool's messages asks what it sends ('from') or receives ('to'), or both (null). */
function messageDirection(q: AnalystQuery, pool: Mention): 'from' | 'to' | null {
  const f = q.full;
  const at = pool.at;
  const send = f.search(SIGNALS.send), get = f.search(GET_VERB);
  // "What do we send to the adopter, and what do we get back?": both ways.
  if (send >= 0 && get >= 0 && /\band\b|\bund\b|、|そして/.test(f.slice(Math.min(send, get), Math.max(send, get)))) return null;
  // The particle right after the pool's word in Japanese (賃借人に, 賃借人から), however long the word said for it.
  const particle = hasCjkText(f) ? /^[\p{Script=Han}\p{Script=Katakana}ー]*?(から|に|へ)/u.exec(f.slice(at))?.[1] : undefined;
  if (/\bfrom\b|\bvon\b|から/.test(f.slice(Math.max(0, at - 8), at + 1)) || (hasCjkText(f) && /から/.test(f.slice(pool.end ?? at, (pool.end ?? at) + 3))) || particle === 'から') return 'from';
  if (/\bto\b|\ban\b|\bzum\b|\bzur\b/.test(f.slice(Math.max(0, at - 6), at + 1)) || (hasCjkText(f) && /に|へ/.test(f.slice(pool.end ?? at, (pool.end ?? at) + 2))) || particle === 'に' || particle === 'へ') return 'to';
  // German puts the subject after the verb ("Welche Nachrichten bekommt der Mieter?"): a pool with a nominative article
  // after the verb is its subject, one with dem/den its object.
  if (q.lang === 'de' && (send < 0) !== (get < 0) && Math.max(send, get) < at) {
    const art = f.slice(0, at).trim().split(' ').pop() ?? '';
    const subject = /^(?:der|die|das)$/.test(art) ? true : /^(?:dem|den)$/.test(art) ? false : null;
    if (subject !== null) return (send >= 0) === subject ? 'from' : 'to';
  }
  // The pool as the subject: named before the verb in English and German questions, before が/は in Japanese.
  if (send >= 0 && get < 0) return at < send || /\b(?:us|uns)\b/.test(f) ? 'from' : 'to';
  if (get >= 0 && send < 0) return at < get ? 'to' : 'from';
  return null;
}

/** Pools whose names a question about messages says as such ("der Mieter"), though a step's name holds the word too
 *  (**Kündigung des Mieters eingegangen**): meant as the pools. */
function withSaidPools(q: AnalystQuery): AnalystQuery {
  const said = (x: Mention) => x.type === 'Participant' && x.score >= 0.6 && x.score < GROUP && (hasCjkText(x.name) ? q.full.includes(fold(x.name)) : ` ${q.full} `.includes(` ${fold(x.name)} `));
  return q.mentions.some(said) ? { ...q, mentions: q.mentions.map((x) => (said(x) ? { ...x, score: 1 } : x)).sort((a, b) => b.score - a.score) } : q;
}

/** A pool said by its head noun in a question about messages ("the contractor" for **Road Repair Contractor**), when
 *  no other pool's name ends in that word: English puts the head last. */
function withHeadPools(q: AnalystQuery): AnalystQuery {
  const m = q.analysis!.model;
  const headOf = (name: string) => fold(name).split(' ').filter((w) => !STOP.has(w)).pop() ?? '';
  const heads = m.participants.filter((p) => p.name && !hasCjkText(p.name)).map((p) => headOf(p.name!));
  const words = q.full.split(' ');
  const said = (p: { name: string | null }) => {
    if (!p.name || hasCjkText(p.name) || fold(p.name).split(' ').length < 2) return false;
    const head = headOf(p.name);
    return head.length >= 5 && heads.filter((h) => h === head).length === 1 && words.some((x, i) => i > 0 && /^(?:the|our|their|this|that)$/.test(words[i - 1]!) && wordsMatch(x, head));
  };
  const raised = m.participants.filter((p) => said(p) && !q.mentions.some((x) => x.id === p.id && x.score >= GROUP));
  if (!raised.length) return q;
  const at = (p: { name: string | null }) => words.slice(0, words.findIndex((x) => wordsMatch(x, headOf(p.name!)))).join(' ').length + 1;
  const mentions = [...q.mentions.filter((x) => !raised.some((p) => p.id === x.id)), ...raised.map((p) => ({ id: p.id, name: p.name!, type: 'Participant', score: 0.8, at: at(p), end: at(p) + headOf(p.name!).length }))];
  return { ...q, mentions: mentions.sort((a, b) => b.score - a.score) };
}

function messages(q0: AnalystQuery): string | null {
  const q1 = has(q0, SIGNALS.messages) ? withSaidPools(q0) : q0;
  const q = has(q1, SIGNALS.messages) || SIGNALS.send.test(q1.full) || GET_VERB.test(q1.full) ? withHeadPools(q1) : q1;
  const mm = q.analysis!.model;
  const severalPools = q.mentions.filter((x) => x.type === 'Participant' && x.score >= GROUP).length >= 2;
  // "Does the insurer get an expert opinion?" names a step that exchanges no message: a lookup, not a message list.
  // A step that only shares the pool's name ("Call customer" beside the pool **Customer**) is not what is asked.
  const poolNames = q.mentions.filter((x) => x.type === 'Participant' && x.score >= GROUP).map((x) => fold(x.name));
  // … unless the question asks who does it ("Who sends the goods back to the supplier?" names **Ware an Lieferanten
  // zurückschicken**, a role's step, beside the pool **Lieferant**).
  const asksWho = /^(?:who|whos|wer)\b/.test(q.full) || /誰が/.test(q.full);
  // … nor one named weaker than the pool by a word of the pool's name (**Wait for contractor** beside **Road Repair
  // Contractor** in "what does the contractor send us?").
  const poolWords = new Set(poolNames.flatMap((p) => p.split(' ')).filter((w) => w.length >= 4 && !STOP.has(w)));
  const poolScore = Math.max(0, ...q.mentions.filter((x) => x.type === 'Participant' && x.score >= GROUP).map((x) => x.score));
  const noMessage = (x: Mention) => mm.byId.has(x.id) && !mm.messageFlows.some((f) => f.sourceId === x.id || f.targetId === x.id)
    && (asksWho || (!poolNames.some((p) => fold(x.name).includes(p)) && !(x.score < poolScore && fold(x.name).split(' ').some((w) => [...poolWords].some((p) => wordsMatch(w, p))))));
  // "Bekommt der Kunde Geld zurück?" says a step in other words (money back = **Gutschrift buchen**) and no message's name.
  const saysMessage = mm.messageFlows.some((f) => f.name && [...conceptsOf(fold(f.name))].some((id) => conceptsOf(q.text).has(id)));
  const onlyStep = clearMentions(q).some((x) => x.score >= 0.6 && noMessage(x)) || !saysMessage && backIsAStep(q) && q.mentions.some((x) => x.score >= 0.45 && noMessage(x));
  // "Who sends the tenant the final statement?" asks for the role of the step that sends it.
  const sender = asksWho && !has(q, SIGNALS.messages) && SIGNALS.send.test(q.text) ? q.mentions.find((x) => x.score >= 0.4 && mm.byId.has(x.id) && mm.messageFlows.some((f) => f.sourceId === x.id))
      ?? (() => { const f = mm.messageFlows.find((x) => x.name && mentionScore(q.question, x.name) >= 0.85 && mm.byId.has(x.sourceId)); const el = f && mm.byId.get(f.sourceId); return el ? { id: el.id, name: el.name ?? el.id, type: el.type, score: 0.85, at: 0 } : undefined; })() : undefined;
  // … unless a step that sends nothing is named clearly and better ("Who sends the goods back?": **Ware … zurückschicken**).
  if (sender && !q.mentions.some((x) => noMessage(x) && x.score >= 0.6 && x.score >= sender.score)) {
    const d = call<{ element: Ref; lane: Ref | null; participant: Ref | null }>(q, 'describe_element', { element: sender.id });
    const sent = mm.messageFlows.filter((f) => f.sourceId === sender.id).map((f) => (f.name ? strongName(f.name) : code(f.id))).join(', ');
    const where = d.lane ? tr(q.lang, `lane ${c(q, d.lane)}`, `die Lane ${c(q, d.lane)}`, `レーン${c(q, d.lane)}`) : d.participant ? c(q, d.participant) : null;
    if (where) return tr(q.lang, `${capitalise(where)}${d.lane && d.participant ? ` of ${c(q, d.participant)}` : ''}: ${c(q, sender)} sends ${sent}.`, `${capitalise(where)}${d.lane && d.participant ? ` von ${c(q, d.participant)}` : ''}: ${c(q, sender)} sendet ${sent}.`, `${where}${d.lane && d.participant ? `（${c(q, d.participant)}）` : ''}です。${c(q, sender)}が${sent}を送ります。`);
  }
  // "What do A and B send each other?", "was geht zwischen A und B hin und her?": every message between them, both ways.
  const bothWays = has(q, SIGNALS.mutual);
  if (!(bothWays && severalPools && mm.messageFlows.length) && !has(q, SIGNALS.messages) && (onlyStep || !((has(q, SIGNALS.receive) || has(q, GET_FROM) || SIGNALS.send.test(q.text)) && mm.messageFlows.length && q.mentions.some((m) => m.type === 'Participant' && m.score >= GROUP)))) return null;
  // "between Kunde, Service and Spedition": all of them, not one pool's.
  const pool = severalPools ? undefined : q.mentions.find((m) => m.type === 'Participant' && m.score >= GROUP);
  const all = call<{ messageFlows: { flow: Ref; name: string | null; source: Ref; sourceParticipant: Ref | null; target: Ref; targetParticipant: Ref | null }[] }>(q, 'list_message_flows', pool ? { participant: pool.id } : {});
  // "What does the customer send us?" wants what the pool sends; "what does the customer get?" what it receives.
  const dir = pool && !severalPools && !bothWays ? messageDirection(q, pool) : null;
  const byDir = dir ? all.messageFlows.filter((f) => (dir === 'from' ? f.sourceParticipant : f.targetParticipant)?.id === pool!.id) : all.messageFlows;
  // "Was schickt der Händler der Spedition?": two pools and a verb — from the one to the other.
  const two = severalPools ? q.mentions.filter((x) => x.type === 'Participant' && x.score >= GROUP).sort((a, b) => a.at - b.at) : [];
  const sendsFirst = SIGNALS.send.test(q.full) ? true : GET_VERB.test(q.full) ? false : null;
  const pair = two.length === 2 && sendsFirst !== null && !bothWays ? (sendsFirst ? [two[0]!, two[1]!] : [two[1]!, two[0]!]) : null;
  const between = pair ? all.messageFlows.filter((f) => f.sourceParticipant?.id === pair[0].id && f.targetParticipant?.id === pair[1].id) : [];
  const r = { messageFlows: between.length ? between : byDir.length ? byDir : all.messageFlows };
  if (between.length) {
    const lines = between.map((f) => `- ${f.name ? `${strongName(f.name)} (\`${f.flow.id}\`)` : `\`${f.flow.id}\``}: ${c(q, f.source)} → ${c(q, f.target)}`);
    return [tr(q.lang, `${between.length === 1 ? '1 message flow goes' : `${between.length} message flows go`} from ${c(q, pair![0])} to ${c(q, pair![1])}:`, `Von ${c(q, pair![0])} an ${c(q, pair![1])} ${between.length === 1 ? 'geht 1 Nachrichtenfluss' : `gehen ${between.length} Nachrichtenflüsse`}:`, `${c(q, pair![0])}から${c(q, pair![1])}へのメッセージフローは${between.length}個です：`), ...lines].join('\n');
  }
  if (!r.messageFlows.length) return tr(q.lang, `There are no message flows${pool ? ` to or from ${c(q, pool)}` : ''}: ${pool ? 'it exchanges' : 'the pools exchange'} no messages.`, `Es gibt keine Nachrichtenflüsse${pool ? ` von oder zu ${c(q, pool)}` : ''}.`, `メッセージフローはありません${pool ? `（${c(q, pool)}）` : ''}。`);
  const endp = (el: Ref, p: Ref | null) => (p && p.id !== el.id ? tr(q.lang, `${c(q, el)} in ${c(q, p)}`, `${c(q, el)} in ${c(q, p)}`, `${c(q, p)}の${c(q, el)}`) : c(q, el));
  const narrowed = dir && byDir.length ? dir : null;
  const dirEn = narrowed === 'from' ? 'from' : narrowed === 'to' ? 'to' : 'to or from', one = r.messageFlows.length === 1, deWith = (p: string) => (narrowed === 'from' ? `, ${one ? 'der' : 'die'} von ${p} ${one ? 'ausgeht' : 'ausgehen'}` : narrowed === 'to' ? `, ${one ? 'der' : 'die'} bei ${p} ${one ? 'ankommt' : 'ankommen'}` : ` von oder zu ${p}`);
  const out = [tr(q.lang, `${r.messageFlows.length === 1 ? '1 message flow' : `${r.messageFlows.length} message flows`}${pool ? ` ${dirEn} ${c(q, pool)}` : ''}:`, `Es ${r.messageFlows.length === 1 ? 'gibt 1 Nachrichtenfluss' : `gibt ${r.messageFlows.length} Nachrichtenflüsse`}${pool ? deWith(c(q, pool)) : ''}:`, `メッセージフローは${r.messageFlows.length}個です${pool ? `（${c(q, pool)}${narrowed === 'from' ? 'から' : narrowed === 'to' ? 'へ' : ''}）` : ''}：`)];
  for (const f of r.messageFlows) out.push(`- ${f.name ? `${strongName(f.name)} (\`${f.flow.id}\`)` : `\`${f.flow.id}\``}: ${endp(f.source, f.sourceParticipant)} → ${endp(f.target, f.targetParticipant)}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- comparisons, reachability between two elements, one message

const MORE = /いちばん|のほうが|の方が|より[^。？?]{0,12}多|\bmeiste\w*|\bmost\b|\bmore\b|\bbusiest\b|\bbusier\b|\bbigger\b|\blarger\b|\bheavier\b|\bharder\b|\bgrosser\w*|\bstarker\w*|\bausgelastet\w*|忙しい|\bbiggest\b|\blargest\b|\bmeisten\b|\bmehr\b|\bam (?:haufigsten|starksten)\b|一番|最も|もっとも|どちらが|どっちが|より多|多いですか|多いの|最多/;
const LESS = /より[^。？?]{0,12}少|\bleast\b|\bfewest\b|\bfewer\b|\bless\b|\bsmaller\b|\blighter\b|\bquieter\b|\bkleiner\w*|\bwenigsten\b|\bweniger\b|より少|少ない|最少/;

/** "Which lane has the most tasks?", "more user tasks than service tasks?", "hat A mehr Aufgaben als B?". */
function compare(q: AnalystQuery): string | null {
  const less = has(q, LESS);
  if (!less && !has(q, MORE)) return null;
  const m = q.analysis!.model;
  const all = typesIn(q.text);
  const kinds = all.filter((t) => t !== 'lane' && t !== 'participant');
  const laneM = q.mentions.filter((x) => x.type === 'Lane' && x.score >= GROUP);
  const poolM = q.mentions.filter((x) => x.type === 'Participant' && x.score >= GROUP);
  // "Does Claims have more tasks than the service desk?": one group named outright, the other it is compared with
  // by part of its name (**Baggage Service Desk**) — weaker, but the comparison says a second group is meant.
  if (/\bthan\b|\bals\b|より/.test(q.full)) {
    for (const [ms, type] of [[laneM, 'Lane'], [poolM, 'Participant']] as const) {
      if (ms.length !== 1) continue;
      const other = q.mentions.find((x) => x.type === type && x.score >= 0.5 && x.id !== ms[0]!.id);
      if (other) ms.push(other);
    }
  }
  // "Wer hat am meisten zu tun?": who asks for a group, the workload for its tasks.
  const workload = (has(q, SIGNALS.who) || /\bwhich\b|\bwelche\w*|どこ|どの/.test(q.full)) && !kinds.length && /\b(?:to do|zu tun|work|arbeit|busiest|busier|busy|ausgelastet\w*|beschaftigt\w*)\b|忙しい|仕事/.test(q.full);
  const byGroup = workload || all.includes('lane') || all.includes('participant') || laneM.length >= 2 || poolM.length >= 2;
  const yesNo = /\bthan\b|\bals\b|より/.test(q.text) || /^(?:are|is|do|does|has|have|gibt|hat|haben|sind|ist)\b/.test(q.text) || /ですか$|ますか$/.test(q.full) && !/どちら|どっち|どの|一番|最も/.test(q.full);
  const label = (r: CountResult) => countLabel(q.lang, r.total, r.label, r.labelPlural);
  if (byGroup) {
    const type = kinds[0] ?? 'task';
    const useLanes = laneM.length >= 2 || (all.includes('lane') && !(poolM.length >= 2)) || (!all.includes('participant') && poolM.length < 2);
    let groups: Ref[];
    if (useLanes) {
      const lanes = call<LanesResult>(q, 'list_lanes', {}).lanes;
      groups = (laneM.length >= 2 && yesNo ? laneM.map((x) => lanes.find((l) => l.lane.id === x.id)!).filter(Boolean) : lanes.filter((l) => !l.childLanes.length)).map((l) => l.lane);
    } else {
      const ps = call<{ participants: { participant: Ref; blackBox: boolean }[] }>(q, 'list_participants', {}).participants;
      const drawn = ps.filter((p) => !p.blackBox);
      groups = poolM.length >= 2 && yesNo ? poolM.map((x) => ps.find((p) => p.participant.id === x.id)!.participant) : (drawn.length >= 2 ? drawn : ps).map((p) => p.participant);
    }
    if (groups.length < 2) return null;
    const mentionedOrder = (id: string) => [...laneM, ...poolM].find((x) => x.id === id)?.at ?? 0;
    const counted = groups.map((g) => ({ g, r: call<CountResult>(q, 'count_elements', { type, ...(useLanes ? { lane: g.id } : { participant: g.id }) }) }));
    const ranked = [...counted].sort((a, b) => (less ? a.r.total - b.r.total : b.r.total - a.r.total));
    const rest = ranked.slice(1).map((x) => `${c(q, x.g)} ${x.r.total}`).join(q.lang === 'ja' ? '、' : ', ');
    if (yesNo && (laneM.length >= 2 || poolM.length >= 2)) {
      // "住民より市役所のほうが多い？" compares the group after より with the one before it.
      const yori = (id: string) => { const x = [...laneM, ...poolM].find((y) => y.id === id); return x?.end != null && /^\s*より/.test(q.full.slice(x.end)); };
      const [a, b] = [...counted].sort((x, y) => mentionedOrder(x.g.id) - mentionedOrder(y.g.id)).sort((x, y) => Number(yori(x.g.id)) - Number(yori(y.g.id)));
      const yes = less ? a!.r.total < b!.r.total : a!.r.total > b!.r.total;
      return tr(q.lang, `${yes ? 'Yes' : 'No'} — ${c(q, a!.g)} has ${label(a!.r)}, ${c(q, b!.g)} has ${label(b!.r)}.`,
        `${yes ? 'Ja' : 'Nein'} — ${c(q, a!.g)} hat ${label(a!.r)}, ${c(q, b!.g)} hat ${label(b!.r)}.`,
        `${yes ? 'はい' : 'いいえ'}。${c(q, a!.g)}は${label(a!.r)}、${c(q, b!.g)}は${label(b!.r)}です。`);
    }
    const top = ranked[0]!;
    const tied = ranked.filter((x) => x.r.total === top.r.total);
    const who = list(q, tied.map((x) => x.g));
    return tr(q.lang,
      `${who} ${tied.length > 1 ? 'are tied with' : 'has the ' + (less ? 'fewest' : 'most') + ':'} ${label(top.r)}. ${tied.length > 1 ? '' : `Then: ${rest}.`}`.trim(),
      `${who} ${tied.length > 1 ? 'liegen gleichauf mit' : `hat die ${less ? 'wenigsten' : 'meisten'}:`} ${label(top.r)}. ${tied.length > 1 ? '' : `Danach: ${rest}.`}`.trim(),
      `${less ? '最も少ない' : '最も多い'}のは${who}で、${label(top.r)}です。${tied.length > 1 ? '' : `次いで${rest}。`}`);
  }
  if (kinds.length < 2) return null;
  const [ra, rb] = kinds.slice(0, 2).map((type) => call<CountResult>(q, 'count_elements', { type, ...filtersOf(q, kinds) })) as [CountResult, CountResult];
  const yes = less ? ra.total < rb.total : ra.total > rb.total;
  const both = tr(q.lang, `${label(ra)} and ${label(rb)}`, `${label(ra)} und ${label(rb)}`, `${label(ra)}、${label(rb)}`);
  if (yesNo) return tr(q.lang, `${yes ? 'Yes' : 'No'} — there are ${both}.`, `${yes ? 'Ja' : 'Nein'} — es gibt ${both}.`, `${yes ? 'はい' : 'いいえ'}。${both}です。`);
  const win = ra.total === rb.total ? null : (ra.total > rb.total) !== less ? ra : rb;
  return tr(q.lang, win ? `More ${win.labelPlural}: ${both}.` : `Equally many: ${both}.`, win ? `Es gibt ${both} (${less ? 'weniger' : 'mehr'}: ${win.labelPlural}).` : `Gleich viele: ${both}.`, win ? `${both}で、${typeName('ja', win.label)}の方が${less ? '少ない' : '多い'}です。` : `同数です：${both}。`);
}

/** "Is it still possible that …", "can … still get …", "kann … noch …": whether one thing can happen after another. */
const STILL_POSSIBLE = /場合でも|ありえ|あり得|ことは(?:あります|ある)|ことがあります|可能性|\bis it (?:still |even |ever )?possible\b|\bpossible (?:to|that)\b|\b(?:still|even|ever) possible\b|進め(?:ます|る)か|\b(?:can|could|will|may|might|does|do)\b(?: \w+){0,8} (?:still|ever|end up|eventually)\b|\bend up\b|\bmoglich\b|\b(?:kann|konnen|konnte|wird)\b(?: \w+){0,8} (?:noch|trotzdem|irgendwann)\b|可能|まだ.*(?:できますか|ますか)|\bgeht es\b(?: \w+){0,4} (?:noch|irgendwann|trotzdem)\b.*\bweiter\b|最終的に.*(?:まで|に)(?:いけ|行け|進め)/;
const REACH = /\breach\w*|\bget (?:from|to|back)\b|\bgo (?:from|back)\b|\bleads? (?:to|back)\b|\blead to\b|\bpossible to (?:get|go|reach)\b|\bconnected to\b|\bpath from\b|\bkommen\b|\bgelang\w*|\berreich\w*|\bfuhr\w* .*\bzu[mr]?\b|\bkommt man\b.*\b(?:bis|zu[mr]?)\b|到達|行け|たどり着|つなが|辿り着/;

/** "Can a high-risk application still end up with a payout?": the origin is a branch ("high risk" of **Risk level?**),
 *  not a step — the answer starts at the branch's target. */
function reachesFromBranch(q: AnalystQuery, nodes: Mention[], min = 0.55, force = false): string | null {
  if (!force && !STILL_POSSIBLE.test(q.full)) return null;
  const m = q.analysis!.model;
  // The branch is named by its label ("high-risk", "rejected") or is a yes/no; a candidate found only through its
  // target's name ("… still get closed" → **Close ticket**) names the goal, not the origin.
  const b = branchCandidates(q).filter((x) => x.score >= min).find((x) => {
    const lbl = m.flowById.get(x.flow)?.name ?? '';
    return lbl && (YES.test(fold(lbl)) || NO.test(fold(lbl)) || mentionScore(q.question, lbl) >= 0.5);
  });
  if (!b) return null;
  const f = m.flowById.get(b.flow)!;
  const fromId = f.targetId;
  const branchWords = fold(f.name ?? '').split(' ');
  // The goal is a name the branch label does not already account for.
  const goal = nodes.filter((n) => n.id !== fromId && n.id !== b.gw)
    .map((n) => ({ n, s: mentionScore(q.full.split(' ').filter((w) => !branchWords.some((x) => wordsMatch(w, x))).join(' '), n.name) }))
    .sort((a, c2) => c2.s - a.s)[0];
  if (!goal || goal.s < 0.3) return null;
  const to = goal.n;
  const label = f.name ? `"${md(f.name)}"` : c(q, fromId);
  const r = call<NextResult>(q, 'next_steps', { element: fromId, transitive: true });
  const yes = fromId === to.id || r.steps.some((s) => s.element.id === to.id);
  if (!yes) return tr(q.lang, `No — ${c(q, to)} cannot be reached any more. Once ${c(q, b.gw)} takes the branch ${label} (to ${c(q, fromId)}), no flow leads there.`, `Nein — ${c(q, to)} ist dann nicht mehr erreichbar. Wenn ${c(q, b.gw)} den Zweig ${label} nimmt (zu ${c(q, fromId)}), führt kein Ablauf dorthin.`, `いいえ、${c(q, to)}には到達できません。${c(q, b.gw)}で${label}（${c(q, fromId)}）に進むと、そこへ続くフローはありません。`);
  const p = tryCall<PathsResult>(q, 'find_paths', { from: fromId, to: to.id, max: 1 });
  const example = p?.paths[0] ? pathLine(q, p.paths[0]) : '';
  return tr(q.lang, `Yes — ${c(q, to)} can still be reached. After ${c(q, b.gw)} takes the branch ${label}${example ? `: ${example}` : ''}.`, `Ja — ${c(q, to)} ist noch erreichbar. Nach dem Zweig ${label} von ${c(q, b.gw)}${example ? `: ${example}` : ''}.`, `はい、${c(q, to)}に到達できます。${c(q, b.gw)}で${label}に進んだ場合${example ? `：${example}` : ''}。`);
}

/** "Can a Y that was already X still be Z?", "Kann eine … (ohne …) trotzdem noch …?", "…した案件でも…されますか？": the
 *  word "still" splits the question into an origin (a step, an event or a decision's branch the case went through)
 *  and a goal; the answer follows the flows from the origin. Null when either side names nothing clear. */
const STILL_WORD = { en: /\b(?:still|nevertheless|anyway|regardless)\b/, de: /\b(?:trotzdem|dennoch|noch)\b/, ja: /(?<=\S{2})でも(?!、?(?:何|どう|どこ|誰|いつ))/ } as const;
const YES_NO_OPEN = /^(?:and |but |so |ok )?(?:can|could|may|might|will|would|does|do|did|is|are|kann|konnen|konnte|darf|wird|werden|kommt|gibt|ist|bekommt|bekommen)\b|\bis there (?:any|a|some) (?:way|chance)\b|\bgibt es (?:eine|noch eine|irgendeine) (?:moglichkeit|chance|weg)\b/;
/** Where the main clause of a yes/no question starts after a leading condition ("if/once/after X, can …", "wenn/
 *  nachdem/falls X, kann …", "Xたら／Xても／Xしたあと、…"), as a position in q.full; null without one. The condition
 *  names the state the case is in, the main clause what may still happen. */
const COND_OPEN = /^(?:and |but |so |ok )?(?:even if|if|when|once|after|in case|assuming|suppose|auch wenn|selbst wenn|wenn|falls|nachdem|sobald|sofern)\b/;
const MAIN_OPEN = /\b(?:can|could|may|might|will|would|does|do|did|is there|is it|are there|kann|konnen|konnte|darf|wird|werden|kommt|geht|gibt|bekommt|bekommen|ist)\b/g;
const JA_COND = /(?:たら|ても|でも|[たてだの](?:あと|後)(?:で|に|も)?|てから|なら|場合(?:は|でも|に)?|すると|れば)、?/;
const TIMER_SAID = /\btimers?\b|\bdeadline\b|\btimes? (?:out|up)\b|\btimed out\b|\bfrist\w*|\btimer\w*|\bzeit (?:ist )?(?:um|abgelaufen)\b|タイマー|期限|時間切れ/;
/** Where a relative clause before position `at` starts ("that/who/whose/which …", ", der/die/das … ,"), in q.full. */
function relativeClause(q: AnalystQuery, at: number): number | null {
  if (q.lang === 'en') {
    const r = q.full.slice(0, at).match(/\b(?:that|who|whose|which)\b/);
    return r && r.index! >= 3 && at - r.index! > r[0].length + 3 ? r.index! + r[0].length + 1 : null;
  }
  if (q.lang !== 'de') return null;
  const raw = q.question.search(/,\s*(?:(?:gegen|mit|bei|von|für|fur|an|auf|in|über|uber|zu|nach|aus|durch|wegen)\s+)?(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s/i);
  if (raw < 3) return null;
  const r = fold(q.question.slice(0, raw)).length + 1;
  return r < at - 4 ? r : null;
}

function conditionClause(q: AnalystQuery): number | null {
  if (q.lang === 'ja') {
    const j = q.full.search(JA_COND);
    return j >= 2 ? j + (q.full.match(JA_COND)![0].length) : null;
  }
  const open = q.full.match(COND_OPEN);
  if (!open) return null;
  // The comma as written ends the clause; without one, the first modal after the condition's own verb.
  const comma = q.question.indexOf(',');
  if (comma > 0) {
    const at = fold(q.question.slice(0, comma)).length + 1;
    return at > open[0].length + 2 && at < q.full.length ? at : null;
  }
  for (const x of q.full.matchAll(MAIN_OPEN)) if (x.index! > open[0].length + 4) return x.index!;
  return null;
}
function stillReaches(q: AnalystQuery): string | null {
  const cjk = q.lang === 'ja';
  const re = STILL_WORD[q.lang];
  // A condition clause ("If the parcel is refused, …", "Nachdem …", "…したあと、") ends where the origin is said.
  const cond = conditionClause(q);
  const at = cond ?? q.full.search(re);
  if (at < 1 || has(q, SIGNALS.count)) return null;
  if (cjk ? !/(?:か|る|える|ける|れる|きる)[?？]?\s*$/.test(q.question.trim()) || /何|どう|どこ|誰|いつ|どれ|どの/.test(q.question) : !YES_NO_OPEN.test(cond ? q.full.slice(at) : q.full)) return null;
  // "a ticket that went to the vendor … still", "ein Kind, das auf die Warteliste gesetzt wurde, … noch": the relative
  // clause names the state, as a condition clause does (the noun before it is only what the case is).
  const rel = cond == null ? relativeClause(q, at) : null;
  const split = cond != null || rel != null;
  // "Can it still end without X?" avoids X (waysToEnd); "ohne X … trotzdem" is a condition on the origin.
  const wo = q.full.search(SIGNALS.without);
  if (!cjk && wo >= 0 && wo > at) return null;
  const m = q.analysis!.model;
  const nodes = q.mentions.filter((x) => m.byId.has(x.id));
  const origins = nodes.filter((x) => x.at < at && (x.end ?? x.at) <= at + 1 && x.score >= 0.5);
  // The goal is named after "still" (a name may start before it: "its contract signed" for **Sign contract**).
  const goals = nodes.filter((x) => (x.end ?? x.at) > at && x.score >= 0.45 && m.byId.get(x.id)!.kind !== 'startEvent');
  // After a condition clause each side is scored on its own words (a name said across both, or a Japanese name said
  // in parts, has no one position to test): the origin on the condition's words (its mentions by position kept) …
  if (split) {
    const from = rel ?? 0;
    if (rel != null) origins.splice(0, origins.length, ...origins.filter((x) => x.at >= rel));
    const own = (t: string, min: number) => m.nodes.filter((n) => n.name).map((n) => ({ id: n.id, name: n.name!, type: n.type, score: mentionScore(t, n.name!), at: 0 })).filter((x) => x.score >= min);
    const add = (to: Mention[], xs: Mention[], at: number) => { for (const x of xs) { const i = to.findIndex((y) => y.id === x.id); if (i < 0) to.push({ ...x, at, end: at }); else if (to[i]!.score < x.score) to[i] = { ...to[i]!, score: x.score }; } };
    add(origins, own(q.full.slice(from, at), 0.5), from);
    // … the goal on the main clause's words alone: "the payment … the invoice" is no **Invoice paid**.
    goals.splice(0, goals.length);
    // (A goal said by its object alone, "noch zur Zusage" for **Zusage versenden**, is weaker: then it must be the only one.)
    const inTail = own(q.full.slice(at), 0.3).filter((x) => m.byId.get(x.id)!.kind !== 'startEvent');
    add(goals, inTail.some((x) => x.score >= 0.4) ? inTail.filter((x) => x.score >= 0.4) : inTail.length === 1 ? inTail : [], at + 1);
    // "If the home-care timer goes off" / "wenn die Frist abläuft" / "期限が切れたら": the timer on the step it names.
    const headText = q.full.slice(from, at);
    if (TIMER_SAID.test(headText)) {
      const t = m.nodes.filter((n) => n.kind === 'boundaryEvent' && n.attachedToId && n.eventDefinitions.includes('timer'))
        .map((n) => ({ n, s: Math.max(mentionScore(headText, m.names.get(n.attachedToId!) ?? ''), n.name ? mentionScore(headText, n.name) : 0) }))
        .sort((a, b) => b.s - a.s)[0];
      if (t && t.s >= 0.3 && !origins.some((x) => m.byId.get(x.id)!.eventDefinitions.includes('timer') && x.score >= t.s)) origins.push({ id: t.n.id, name: t.n.name ?? t.n.id, type: t.n.type, score: 1.05, at: 0, end: 0 });
    }
  }
  // The origin as a decision's branch ("refused", "ohne Freigabe", "不足があった"): scored on the words before "still",
  // where "without X" is X's "no".
  const lack = (t: string) => t.replace(/\bwithout\b/g, 'not').replace(/\bohne\b/g, 'nicht');
  const head = { ...q, question: cjk && cond == null ? q.question.slice(0, q.question.search(re)) : lack(q.full.slice(0, at)), full: lack(q.full.slice(0, at)) };
  const branch = branchCandidates(head).filter((b) => b.score >= 0.6)[0];
  const fails = FAIL_WORDS.test(head.full) || SIGNALS.negation.test(head.full);
  const pick = origins.filter((x) => m.byId.get(x.id)!.kind !== 'startEvent' || origins.length === 1).sort((a, b) => b.score - a.score)[0];
  let fromId: string | null = null;
  let via = '';
  // After a condition clause a step said in its own words ("the rejection letter has gone out") beats a branch
  // matched only by meaning ("declined"); a branch said in its words wins a close call.
  const said = (b: BranchCand) => [m.flowById.get(b.flow)?.name, m.byId.get(b.gw)?.name].some((n) => fold(n ?? '').split(' ').some((w) => w.length >= 3 && !STOP.has(w) && head.full.split(' ').some((x) => wordsMatch(x, w))));
  const margin = split && !cjk && branch && !said(branch) ? -0.05 : 0.1;
  if (branch && (!pick || branch.score >= pick.score - margin || m.byId.get(pick.id)!.kind === 'gateway')) {
    const f = m.flowById.get(branch.flow)!;
    fromId = f.targetId;
    via = f.name ? tr(q.lang, ` (the branch "${md(f.name)}" of ${c(q, branch.gw)})`, ` (Zweig „${md(f.name)}“ von ${c(q, branch.gw)})`, `（${c(q, branch.gw)}の「${md(f.name)}」）`) : '';
  } else if (pick) {
    const n = m.byId.get(pick.id)!;
    // "an application that failed the formal check": the check's error, not the check.
    const err = fails && /task|subProcess|callActivity/.test(n.kind) ? m.nodes.find((b) => b.attachedToId === n.id && b.eventDefinitions.includes('error')) : undefined;
    if (n.kind === 'gateway') return null;
    fromId = err?.id ?? n.id;
  }
  if (!fromId) return null;
  // An activity is named by its action first ("refund the customer" is **Refund payment** more than **Remind
  // customer**): its verb (first word in English, last in German) said in the main clause counts a little. (Events
  // are named as states: **Invoice paid**.)
  const tail = q.full.slice(at).split(' ');
  const verb = (x: Mention) => { const ws = fold(x.name).split(' '); const v = q.lang === 'de' ? ws[ws.length - 1] : ws[0]; return split && q.lang !== 'ja' && isActivityType(x.type) && ws.length > 1 && !!v && v.length >= 3 && tail.some((w) => wordsMatch(w, v)) ? 0.1 : 0; };
  const rank = (x: Mention) => x.score + (x.at > at ? 0.1 : 0) + verb(x);
  // A decision is no outcome: "can the permit still be granted?" asks for **Issue permit**, not **Permit granted?**.
  const decided = goals.filter((x) => x.id !== fromId && m.byId.get(x.id)!.kind !== 'gateway');
  const goal = (split && decided.length ? decided : goals.filter((x) => x.id !== fromId)).sort((a, b) => rank(b) - rank(a) || a.at - b.at)[0];
  if (!goal) return null;
  const r = call<NextResult>(q, 'next_steps', { element: fromId, transitive: true });
  const yes = r.steps.some((s) => s.element.id === goal.id);
  if (!yes) return tr(q.lang, `No — ${c(q, goal)} cannot be reached any more. After ${c(q, fromId)}${via} no sequence of flows leads to it.`, `Nein — ${c(q, goal)} ist dann nicht mehr erreichbar. Nach ${c(q, fromId)}${via} führt kein Ablauf dorthin.`, `いいえ、${c(q, goal)}には到達できません。${c(q, fromId)}${via}の後、そこへ続くフローはありません。`);
  const p = tryCall<PathsResult>(q, 'find_paths', { from: fromId, to: goal.id, max: 1 });
  const example = p?.paths[0] ? pathLine(q, p.paths[0]) : '';
  // The branch's label ("no") stays out of the first sentence, which says yes.
  return tr(q.lang, `Yes — ${c(q, goal)} can still be reached. From ${c(q, fromId)}${via}${example ? `: ${example}` : ''}.`, `Ja — ${c(q, goal)} ist noch erreichbar. Ab ${c(q, fromId)}${via}${example ? `: ${example}` : ''}.`, `はい、${c(q, goal)}に到達できます。${c(q, fromId)}${via}から${example ? `：${example}` : ''}。`);
}

/** "Can B be reached from A?", "Kann man von A zu B kommen?", "AからBに到達できますか". */
function reachesBetween(q: AnalystQuery): string | null {
  // (A name saying "possible" is no modal: "「院内で検査可能？」の分岐先は？" asks for branches.)
  if (!REACH.test(q.full) && !STILL_POSSIBLE.test(q.text.replace(/∎/g, 'x'))) return null;
  // "How many tasks did I end up with?" counts; "…までに通る可能性のある作業を全部挙げて" lists what comes before;
  // "which activities can still happen once …" asks for a list, not a yes/no.
  if (has(q, SIGNALS.count) || (has(q, SIGNALS.list) && has(q, SIGNALS.transitive)) || /^(?:which|what|welche\w*|was)\b|どの|どれ|どんな|何が|何を/.test(q.full)) return null;
  // "Can it reach an end without X?" is about avoiding X (waysToEnd), "go back to approval again" about a loop.
  if (has(q, SIGNALS.without) || has(q, AGAIN) || /\bloops?\b|\bcycles?\b|\bcircles?\b|やり直|繰り返/.test(q.text)) return null;
  // "Can a change request ever go back to an earlier step?" asks about a loop, not about two named steps.
  if (has(q, SIGNALS.loops) && /\b(?:earlier|previous|prior|former)\b|\bfruher\w*|\bvorherig\w*|前の|以前の/.test(q.full)) return null;
  const m = q.analysis!.model;
  const seen = new Set<string>();
  // Reachability questions paraphrase both ends ("can a rejection still lead to a delivery?"): weaker mentions count.
  // A message said ("Führt die Nachforderung von Unterlagen …" and the flow **Nachforderung**): the step that sends it,
  // spanning its own words said beside the message's.
  const sent = m.messageFlows.filter((fl) => fl.name && m.byId.has(fl.sourceId) && m.byId.get(fl.sourceId)!.name).map((fl): Mention | null => {
    const score = mentionScore(q.question, fl.name!);
    const at = fold(fl.name!).split(' ').filter((w) => !STOP.has(w)).flatMap((w) => wordPositions(q.full, w));
    if (score < 0.85 || !at.length) return null;
    const src = m.byId.get(fl.sourceId)!;
    const all = [...at, ...fold(src.name!).split(' ').filter((w) => !STOP.has(w)).flatMap((w) => wordPositions(q.full, w))];
    return { id: src.id, name: src.name!, type: src.type, score: 0.9 * score, at: Math.min(...at), end: Math.max(...all) + 1 };
  }).filter((x): x is Mention => !!x);
  const nodes = [...clearMentions(q), ...q.mentions, ...sent].sort((a, b) => b.score - a.score).filter((x) => m.byId.has(x.id) && !seen.has(x.id) && (seen.add(x.id), true) && x.score >= 0.45);
  if (nodes.length < 2) return reachesFromBranch(q, q.mentions.filter((x) => m.byId.has(x.id) && x.score >= 0.3));
  // Two distinct names at different places in the question; the source is the one after "from"/"von", before "から".
  // Ordered by where each name ends: "an incident that was handed to the vendor … get closed" names the vendor
  // hand-over before the closing, though "incident" comes first.
  // The second name is the best one that covers other words than the first ("Reject order" and "Order rejected"
  // are one phrase of the question, "Ship order" another).
  // … scored on the words the first name did not use ("a rejected request … a refund payment": **Refund payment**
  // takes "refund", so **Refund rejected** beats **Refund requested** on "rejected").
  const firstWords = fold(nodes[0]!.name).split(' ');
  const rest = q.full.split(' ').filter((w) => !firstWords.some((x) => wordsMatch(w, x))).join(' ');
  const others = nodes.slice(1).filter((n) => n.at !== nodes[0]!.at || n.end !== nodes[0]!.end)
    .map((n) => ({ n, s: mentionScore(rest, n.name) })).sort((a, b) => b.s - a.s);
  // … or, when only one place of the question names steps well, the best weaker name elsewhere ("… nach der Ablehnung
  // doch noch eine Klasse bekommen?" and **Klasse zuteilen**).
  const elsewhere = q.mentions.find((n) => m.byId.has(n.id) && m.byId.get(n.id)!.kind !== 'startEvent' && n.score >= 0.38 && n.at !== nodes[0]!.at && n.end !== nodes[0]!.end && !nodes.some((x) => x.id === n.id));
  const other = others[0] && others[0].s >= 0.3 ? others[0].n : nodes.slice(1).find((n) => n.at !== nodes[0]!.at || n.end !== nodes[0]!.end) ?? elsewhere;
  if (!other) return null;
  const [x, y] = [nodes[0]!, other].sort((a, b) => (a.end ?? a.at) - (b.end ?? b.at) || a.at - b.at) as [Mention, Mention];
  if (fold(x.name).includes(fold(y.name)) || fold(y.name).includes(fold(x.name))) return null;
  const f = q.full;
  // A pair question has its link word between the two names ("A lead to B", "B be reached from A", "AからB"), or
  // asks whether something is still possible after the first ("after A, is it still possible that B?").
  // (Japanese puts the particle after the name: "AからBまで".)
  const between = f.slice(x.at + 1, Math.max(y.at, y.end ?? y.at) + (hasCjkText(f) ? 3 : 0));
  const modal = STILL_POSSIBLE.test(f);
  // "Can a damaged laptop go back into the pool?": the first name is a decision (**Damaged?**) said by its word —
  // the question starts on its branch ("yes"), not at the gateway, whose other branch may lead there too.
  const gwOrigin = m.byId.get(x.id)?.kind === 'gateway' && /^(?:and |so )?(?:can|could|does|do|will|would|kann|konnen|wird)\b/.test(f);
  if (gwOrigin) {
    const viaBranch = reachesFromBranch(q, [y, ...nodes.filter((n) => n.id !== x.id && n.id !== y.id)], 0.55, true);
    if (viaBranch) return viaBranch;
  }
  if (!modal && !/\bfrom\b|\bvon\b|\bto\b|\bzu[mr]?\b|\bbis\b|\bnach\b|から|まで/.test(between)) return null;
  const fromAt = f.search(/\bfrom\b|\bvon\b|\bab\b/);
  const kara = f.indexOf('から');
  let from = x, to = y;
  // ("die Nachforderung von Unterlagen": a "von" inside the first name's words is no origin.)
  if (fromAt >= 0 && fromAt < y.at && fromAt > x.at && fromAt >= (x.end ?? x.at)) { from = y; to = x; }
  else if (kara >= 0 && kara > y.at) { from = y; to = x; }
  // Reaching a sub-process's start event is reaching the sub-process ("… zur Eingliederung" and **Eingliederung
  // begonnen** inside **Zahnersatz eingliedern**): no flow leads to that start from outside.
  const toNode = m.byId.get(to.id);
  const host = toNode?.kind === 'startEvent' ? m.byId.get(toNode.scopeId) : undefined;
  if (host && /SubProcess|Transaction/.test(host.type) && !host.triggeredByEvent) to = { ...to, id: host.id, name: host.name ?? host.id, type: host.type };
  // "Can a rejected request still end up with a refund payment?": everything is reachable from the start and nothing
  // from an end, so a start or end event as the origin is a weaker reading than a branch the question names.
  const fromNode = m.byId.get(from.id);
  const plainStart = fromNode?.kind === 'startEvent' && !fromNode.eventDefinitions.length;
  // "Can an invalid order still end up being shipped?": the words that name **Check order** also name the gateway
  // **Order valid?** — the question is about its branch, not about the step.
  const bc = branchCandidates(q)[0];
  const namesGateway = !!bc && q.mentions.some((x) => x.id === bc.gw && x.at === from.at && x.score >= from.score - 0.05);
  if (modal && (plainStart || namesGateway || fromNode?.kind === 'endEvent' || from.score < 0.6)) {
    // An end event named as well as the branch ("a declined return" = **Return declined**) stays unless the branch fits as well.
    const min = plainStart || namesGateway ? 0.55 : fromNode?.kind === 'endEvent' ? Math.max(0.55, from.score - 0.01) : Math.max(0.55, from.score);
    const viaBranch = reachesFromBranch(q, [to, ...nodes.filter((n) => n.id !== from.id)], min);
    if (viaBranch) return viaBranch;
  }
  const r = call<NextResult>(q, 'next_steps', { element: from.id, transitive: true });
  const yes = r.steps.some((s) => s.element.id === to.id);
  if (!yes) return tr(q.lang, `No — ${c(q, to)} cannot be reached from ${c(q, from)}: no sequence of flows after ${c(q, from)} leads there.`, `Nein — von ${c(q, from)} aus ist ${c(q, to)} nicht erreichbar: kein Ablauf nach ${c(q, from)} führt dorthin.`, `いいえ。${c(q, from)}から${c(q, to)}には到達できません。`);
  const p = tryCall<PathsResult>(q, 'find_paths', { from: from.id, to: to.id, max: 1 });
  const example = p?.paths[0] ? pathLine(q, p.paths[0]) : '';
  return tr(q.lang, `Yes — ${c(q, to)} can be reached from ${c(q, from)}${example ? `: ${example}` : ''}.`, `Ja — ${c(q, to)} ist von ${c(q, from)} aus erreichbar${example ? `: ${example}` : ''}.`, `はい。${c(q, from)}から${c(q, to)}に到達できます${example ? `：${example}` : ''}。`);
}

type MessageFlowsResult = { messageFlows: { flow: Ref; name: string | null; source: Ref; sourceParticipant: Ref | null; target: Ref; targetParticipant: Ref | null }[] };

/** "Who gets the invoice?", "Where does the message from X go?": the message flows the question names. */
const WHERE_GO = /\bwhere (?:does|do|did|will|would) (?!(?:the |our |my |this |that |a |an )?(?:flow|process|path|it|token|case|work|we|they|you|i)\b)(?:\w+ ){1,4}(?:go|end up|get sent|land|get delivered)\b|\bwohin (?:geht|gehen|wird|werden|kommt)\b|どこへ(?:送|行)|どこに(?:送|届)/;
function messageFocus(q: AnalystQuery): string | null {
  const m = q.analysis!.model;
  // "Where does the permit go once it is issued?": the message's way, not the next step after **Issue permit**.
  const whereGo = WHERE_GO.test(q.full);
  // "who receives the licence order?" beside **Receive licence key**: the step's name holds the verb, the message is said whole.
  // ("承認を受け取ったら…" asks what follows the step, not who gets the message.)
  const saysMessage = m.messageFlows.some((f) => f.name && mentionScore(q.question, f.name) >= 0.85) && SIGNALS.receive.test(q.full) && SIGNALS.who.test(q.full);
  if (!m.messageFlows.length || (!has(q, SIGNALS.receive) && !saysMessage && !has(q, SIGNALS.messages) && !whereGo)) return null;
  // "What does the customer do after receiving the quote?" asks for the next step, not for the message.
  if ((has(q, SIGNALS.after) || has(q, SIGNALS.before)) && !has(q, SIGNALS.who) && !/\bwhere\b|\bwohin\b|\ban wen\b|どこ/.test(q.full)) return null;
  // "Welche Ausgänge hat das Gateway X und wohin führen sie?": a gateway sends no message; where its flows lead is asked.
  if (m.byId.get(clearMentions(q)[0]?.id ?? '')?.kind === 'gateway') return null;
  const all = call<MessageFlowsResult>(q, 'list_message_flows', {}).messageFlows;
  const named = all.filter((f) => f.name && mentionScore(q.question, f.name) >= 0.85);
  const nodes = clearMentions(q).filter((x) => m.byId.has(x.id)).map((x) => x.id);
  const fromNode = /\bfrom\b|\bvon\b|から/.test(q.full);
  const byEnd = all.filter((f) => nodes.includes(f.source.id) || (!fromNode && nodes.includes(f.target.id)));
  // "Which messages does X send to Y?" asks for a list, not one message.
  if (!named.length && /\b(?:which|what|welche\w*|all|alle)\b.*\b(?:messages|nachrichten)\b|どんなメッセージ|どのメッセージ/.test(q.full)) return null;
  const pick = named.length ? named : byEnd;
  if (!pick.length) return null;
  if (whereGo && !named.length && !has(q, SIGNALS.receive) && !has(q, SIGNALS.messages) && !byEnd.some((f) => f.source.id === nodes[0])) return null;
  const endp = (el: Ref, p: Ref | null) => (p && p.id !== el.id ? tr(q.lang, `${c(q, el)} in ${c(q, p)}`, `${c(q, el)} im Pool ${c(q, p)}`, `${c(q, p)}の${c(q, el)}`) : c(q, el));
  return pick.map((f) => {
    const what = f.name ? `${strongName(f.name)} (\`${f.flow.id}\`)` : `\`${f.flow.id}\``;
    return tr(q.lang, `The message ${what} goes from ${endp(f.source, f.sourceParticipant)} to ${endp(f.target, f.targetParticipant)}.`,
      `Die Nachricht ${what} geht von ${endp(f.source, f.sourceParticipant)} an ${endp(f.target, f.targetParticipant)}.`,
      `メッセージ${what}は${endp(f.source, f.sourceParticipant)}から${endp(f.target, f.targetParticipant)}へ送られます。`);
  }).join('\n');
}

type LanesResult = { lanes: { lane: Ref; participant: Ref | null; parentLane: Ref | null; childLanes: Ref[]; elements: Ref[]; activities: Ref[] }[] };

/** Question words (not function words) a name says, literally, inflected or by meaning. */
function wordsSaid(words: string[], name: string): Set<string> {
  const nw = fold(name).split(' ').filter((w) => w && !STOP.has(w));
  const ids = new Set(nw.flatMap((w) => wordConcepts(w)));
  return new Set(words.filter((x) => nw.some((w) => wordsMatch(x, w)) || wordConcepts(x).some((id) => ids.has(id))));
}
const WHO_NOISE = new Set(['who', 'whom', 'which', 'what', 'does', 'did', 'will', 'would', 'should', 'team', 'lane', 'role', 'department', 'person', 'responsible', 'charge', 'wer', 'welche', 'welcher', 'macht', 'zustandig']);
/** A time or condition clause ("… when it comes back", "… once it is approved") says when, not what is done. */
const WHEN_CLAUSE = /[,\s]+(?:when|whenever|once|after|before|if|while|as soon as|wenn|sobald|nachdem|falls|bevor)[^?!.]*/i;

/**
 * The step a "who" question asks about. Who does work, so an activity is meant rather than the event named with
 * the same words ("who erases the data on returned laptops": **Wipe data**, not **Laptop returned**); a clause
 * saying when ("… when it comes back") does not pick the step; and between steps the question names about equally
 * ("who checks the laptop for damage": **Check in device** or **Inspect for damage**), the one whose lane's work says
 * more of the question's words.
 */
function whoSubject(q: AnalystQuery): Mention | undefined {
  const m = q.analysis!.model;
  const isAct = (x: Mention) => isActivityType(m.byId.get(x.id)?.type ?? '');
  const core = q.question.replace(WHEN_CLAUSE, ' ');
  let ms = q.mentions.filter((x) => m.byId.has(x.id));
  if (core !== q.question && (!ms.length || ms[0]!.score < 0.99)) {
    const re = m.nodes.filter((n) => n.name).map((n) => ({ id: n.id, name: n.name!, type: n.type, at: 0, score: mentionScore(core, n.name!) + Math.min(fold(n.name!).length, 40) / 1000 })).filter((x) => x.score >= 0.38).sort((a, b) => b.score - a.score);
    if (re[0] && re[0].score >= 0.45) ms = re;
  }
  const clear = core === q.question ? clearMentions(q).filter((x) => m.byId.has(x.id)) : ms.filter((x, i) => x.score >= 0.6 || (i === 0 && (!ms[1] || x.score - ms[1].score >= 0.12)));
  let top = preferActivity(q, clear)[0];
  if (!top || top.score >= 0.99) return top;
  const words = fold(core.replace(/[’']/g, ' ')).split(' ').filter((w) => w.length >= 3 && !STOP.has(w) && !WHO_NOISE.has(w));
  if (!isAct(top)) {
    const said = wordsSaid(words, top.name);
    const act = ms.find((x) => isAct(x) && x.score >= 0.4 && [...wordsSaid(words, x.name)].some((w) => !said.has(w)));
    if (act) top = act;
  }
  // Near ties in different lanes: the lane whose steps (and name) cover more of the question.
  const laneOf = (id: string) => { const ls = m.lanes.filter((l) => l.nodeIds.includes(id)); return ls.find((l) => !ls.some((o) => o.parentLaneId === l.id)) ?? ls[0]; };
  const rivals = ms.filter((x) => isAct(x) && x !== top && x.score >= top!.score - 0.15 && laneOf(x.id) && laneOf(x.id) !== laneOf(top!.id));
  if (rivals.length && laneOf(top.id)) {
    const cover = (id: string) => {
      const l = laneOf(id)!;
      const got = new Set<string>();
      for (const nm of [l.name ?? '', ...l.nodeIds.map((n) => m.byId.get(n)?.name ?? '')]) for (const w of wordsSaid(words, nm)) got.add(w);
      return got.size;
    };
    const best = [top, ...rivals].map((x) => ({ x, n: cover(x.id) })).sort((a, b) => b.n - a.n)[0]!;
    if (best.n > cover(top.id)) top = best.x;
  }
  return top;
}

/** "Who approves big discounts?": the situation is a branch ("big" at **Discount above 15%?**: yes) and the work a step on
 *  it that the question's verb names (**Get manager approval**) — whose lane answers. */
function branchActor(q: AnalystQuery): { actor: Mention; gw: string; label: string } | null {
  const m = q.analysis!.model;
  // A decision's branch (a parallel split's are no situation), said by its label, condition or event.
  const b = branchCandidates(q).find((x) => /Exclusive|Inclusive|EventBased/.test(m.byId.get(x.gw)?.type ?? ''));
  const f = b ? m.flowById.get(b.flow) : undefined;
  if (!f || (!f.name && !f.condition && m.byId.get(b!.gw)?.type !== 'EventBasedGateway')) return null;
  const score = new Map(q.mentions.map((x) => [x.id, x]));
  // The branch's first few steps (to the next decision or join).
  const path: string[] = [];
  for (let id: string | undefined = f.targetId; id && path.length < 4 && !path.includes(id); ) {
    const n = m.byId.get(id);
    if (!n || (n.kind === 'gateway' && (n.outgoing.length > 1 || n.incoming.length > 1))) break;
    path.push(id);
    id = n.outgoing.length === 1 ? m.flowById.get(n.outgoing[0]!)?.targetId : undefined;
  }
  // Named weakly is enough: the branch says which ("approves" for **Get board sign-off**).
  const actor = path.map((id) => score.get(id) ?? (m.byId.get(id)?.name ? { id, name: m.byId.get(id)!.name!, type: m.byId.get(id)!.type, score: mentionScore(q.question, m.byId.get(id)!.name!), at: 0 } : undefined))
    .find((x) => x && x.score >= 0.3 && isActivityType(m.byId.get(x.id)?.type ?? ''));
  return actor ? { actor, gw: b!.gw, label: f.name ? `"${md(f.name)}"` : c(q, f.targetId) } : null;
}

function lanesWho(q: AnalystQuery, force = false): string | null {
  const who = has(q, SIGNALS.who);
  const lanesQ = has(q, SIGNALS.lanes);
  if (!who && !lanesQ && !force) return null;
  const m = q.analysis!.model;
  let node = who ? whoSubject(q) : preferActivity(q, clearMentions(q).filter((x) => m.byId.has(x.id)))[0];
  // … also over a step named about as well off the branch ("signs off" of **Sign lease** when "big rents" says the branch).
  const onBranch0 = who ? branchActor(q) : null;
  const onBranch = onBranch0 && (!node || m.byId.get(node.id)?.kind === 'gateway' || (node.score < 0.6 && onBranch0.actor.score >= node.score)) ? onBranch0 : null;
  if (onBranch) node = onBranch.actor;
  const lane = q.mentions.find((x) => x.type === 'Lane' && x.score >= GROUP);
  // "Who is involved in handing out daycare places?" in a collaboration: its parties, unless a step is clearly named.
  if ((/\binvolved\b|\bbeteiligt\w*|関わ|関係者/.test(q.full) || TAKES_PART.test(q.full)) && m.participants.length >= 2 && !lane && (!node || node.score < 0.6)) return null;
  // A lane named only by a synonym of a word the step says outright, which says more of the question ("report", a
  // claim, of **… irregularity report**): the step's lane.
  const step = node ?? (who ? q.mentions.find((x) => m.byId.has(x.id) && x.score >= 0.45) : undefined);
  const asked = q.full.split(' ').filter((w) => w.length >= 3 && !STOP.has(w));
  const laneWords = lane && step && lane.score < 0.99 ? [...wordsSaid(asked, lane.name)] : [];
  const bySynonymOnly = laneWords.every((w) => !fold(lane!.name).split(' ').some((x) => wordsMatch(w, x)));
  const shadowed = laneWords.length > 0 && bySynonymOnly && laneWords.every((w) => fold(step!.name).split(' ').some((x) => wordsMatch(w, x))) && wordsSaid(asked, step!.name).size > laneWords.length;
  if (shadowed && !node) node = step;
  if (node && (who || /\bin which\b|\bwhich lane\b|\bwelche\w* lane\b|どのレーン/.test(q.text)) && (!lane || node.score > lane.score || shadowed)) {
    const d = call<{ element: Ref; lane: Ref | null; participant: Ref | null }>(q, 'describe_element', { element: node.id });
    if (!d.lane && !m.lanes.length) return tr(q.lang, `The diagram has no lanes, so no role is named for ${c(q, d.element)}${d.participant ? `; it belongs to the pool ${c(q, d.participant)}` : ''}.`, `Das Diagramm hat keine Lanes, es nennt also keine Rolle für ${c(q, d.element)}${d.participant ? `; es gehört zum Pool ${c(q, d.participant)}` : ''}.`, `この図にはレーンがないため、${c(q, d.element)}の担当は示されていません${d.participant ? `（プール${c(q, d.participant)}）` : ''}。`);
    if (!d.lane) return tr(q.lang, `${c(q, d.element)} is in no lane${d.participant ? ` (it belongs to the pool ${c(q, d.participant)})` : ''}.`, `${c(q, d.element)} liegt in keiner Lane${d.participant ? ` (es gehört zum Pool ${c(q, d.participant)})` : ''}.`, `${c(q, d.element)}はどのレーンにも属していません${d.participant ? `（プール${c(q, d.participant)}）` : ''}。`);
    if (onBranch) return tr(q.lang, `${c(q, d.element)} (on the branch ${onBranch.label} of ${c(q, onBranch.gw)}) is done in lane ${c(q, d.lane)}${d.participant ? ` of ${c(q, d.participant)}` : ''}.`, `${c(q, d.element)} (im Zweig ${onBranch.label} von ${c(q, onBranch.gw)}) liegt in der Lane ${c(q, d.lane)}${d.participant ? ` von ${c(q, d.participant)}` : ''}.`, `${c(q, d.element)}（${c(q, onBranch.gw)}の${onBranch.label}の分岐）の担当は${d.participant ? `${c(q, d.participant)}の` : ''}レーン${c(q, d.lane)}です。`);
    const base = tr(q.lang, `${c(q, d.element)} is done in lane ${c(q, d.lane)}${d.participant ? ` of ${c(q, d.participant)}` : ''}.`, `${c(q, d.element)} liegt in der Lane ${c(q, d.lane)}${d.participant ? ` von ${c(q, d.participant)}` : ''}.`, `${c(q, d.element)}の担当は${d.participant ? `${c(q, d.participant)}の` : ''}レーン${c(q, d.lane)}です。`);
    // "Who decides on big discounts?" names a decision: who acts on each of its branches matters as much.
    const g = m.byId.get(node.id);
    if (g && /Gateway$/.test(g.type) && g.outgoing.length > 1) {
      const branches = g.outgoing.map((fid) => m.flowById.get(fid)).filter((f): f is NonNullable<typeof f> => !!f).map((f) => {
        const to = call<{ element: Ref; lane: Ref | null }>(q, 'describe_element', { element: f.targetId });
        return `${f.name ? `"${md(f.name)}" → ` : ''}${c(q, f.targetId)}${to.lane && to.lane.id !== d.lane!.id ? ` (${c(q, to.lane)})` : ''}`;
      });
      return `${base} ${tr(q.lang, `Then: ${branches.join('; ')}.`, `Danach: ${branches.join('; ')}.`, `その後：${branches.join('、')}。`)}`;
    }
    return base;
  }
  // "Who is involved?" in a collaboration: the participants, not the lanes of one of them.
  if (!node && !lane && (has(q, SIGNALS.pools) || TAKES_PART.test(q.full)) && m.participants.length >= 2) return null;
  const r = call<LanesResult>(q, 'list_lanes', {});
  if (!r.lanes.length) {
    const p = call<{ participants: { participant: Ref }[] }>(q, 'list_participants', {});
    return tr(q.lang, `The diagram has no lanes${p.participants.length ? `; its pools are ${list(q, p.participants.map((x) => x.participant))}` : ''}.`, `Das Diagramm hat keine Lanes${p.participants.length ? `; seine Pools sind ${list(q, p.participants.map((x) => x.participant))}` : ''}.`, `この図にはレーンがありません${p.participants.length ? `。プール：${list(q, p.participants.map((x) => x.participant))}` : ''}。`);
  }
  const shown = lane ? r.lanes.filter((l) => l.lane.id === lane.id) : r.lanes;
  const out = lane ? [] : [tr(q.lang, `There ${r.lanes.length === 1 ? 'is 1 lane' : `are ${r.lanes.length} lanes`} — who does what:`, `Es gibt ${r.lanes.length} ${r.lanes.length === 1 ? 'Lane' : 'Lanes'} — wer macht was:`, `レーンは${r.lanes.length}本です（担当）：`)];
  for (const l of shown) {
    const acts = l.activities.length ? list(q, l.activities, 30) : tr(q.lang, 'no activities', 'keine Aktivitäten', 'アクティビティなし');
    const where = l.participant ? tr(q.lang, ` (pool ${c(q, l.participant)})`, ` (Pool ${c(q, l.participant)})`, `（プール${c(q, l.participant)}）`) : '';
    out.push(lane
      ? tr(q.lang, `The work of lane ${c(q, l.lane)}${where} is ${l.activities.length === 1 ? '1 activity' : `${l.activities.length} activities`}: ${acts}.`, `Die Lane ${c(q, l.lane)}${where} erledigt ${l.activities.length} ${l.activities.length === 1 ? 'Aktivität' : 'Aktivitäten'}: ${acts}.`, `レーン${c(q, l.lane)}${where}のアクティビティは${l.activities.length}個：${acts}。`)
      : `- ${c(q, l.lane)}${where}: ${acts}`);
  }
  return out.join('\n');
}

/** A question that wants yes or no ("Wird der Brandschutz beteiligt?", "Bekommt der Kunde Geld zurück?", "…はありますか"). */
const YES_NO_FORM = /^(?:and |und |so |also )?(?:is|are|was|were|does|do|did|can|could|will|would|has|have|ist|sind|wird|werden|kann|konnen|gibt|bekommt|bekommen|erhalt|erhalten|hat|haben|muss|mussen|darf)\b|(?:ますか|ですか|ある|あります|される|されます|する|します)[?？]?$/;
/**
 * "Wird die Feuerwehr bzw. der Brandschutz beteiligt?": yes or no about one activity the question names (weakly is
 * enough when it is clearly the best), with where it is done.
 */
const WH_WORD = /\b(?:what|who|where|when|how|why|which|was|wer|wo|wann|wie|warum|welche\w*)\b|どう|何|誰|どこ|いつ|なぜ|どれ|どの/;
/** "for every customer", "immer", "毎回": the question asks whether a step is on every way through. */
const EVERY = /\b(?:every|each|all|always|in any case|no matter|jede[rsmn]?|alle[nm]?|immer|jedes ?mal|in jedem fall|grundsatzlich)\b|必ず|毎回|全員|すべての|全ての|いつも/;
/** "Does every returned laptop get inspected?", "Wird jede abgelehnte Bestellung archiviert?", "返却された端末は必ず点検
 *  されますか？": from the state "every …" names, is the step on every way on to an end? The origin is named right
 *  after "every" (before 必ず in Japanese), the step on the words after it. */
function everyFrom(q: AnalystQuery): string | null {
  const ev = q.full.match(EVERY);
  const first = fold(q.question.split(/[?？!！。]/)[0] ?? q.question);
  if (!ev || !YES_NO_FORM.test(q.full.trim()) || WH_WORD.test(first) || has(q, SIGNALS.count) || has(q, SIGNALS.without)) return null;
  const m = q.analysis!.model;
  const e = ev.index!, cjk = q.lang === 'ja';
  const origin = q.mentions.filter((x) => m.byId.has(x.id) && x.score >= 0.6 && m.byId.get(x.id)!.kind !== 'gateway' && (cjk ? (x.end ?? x.at) <= e + 1 : x.at >= e && x.at <= e + ev[0].length + 25))
    .sort((a, b) => b.score - a.score)[0];
  if (!origin) return null;
  const rest = cjk ? q.full.slice(e) : q.full.slice(Math.max(origin.end ?? origin.at, e + ev[0].length));
  const [g, g2] = m.nodes.filter((n) => n.name && n.id !== origin.id && isActivityType(n.type)).map((n) => ({ n, s: mentionScore(rest, n.name!) })).sort((a, b) => b.s - a.s);
  if (!g || g.s < 0.45 || (g2 && g.s - g2.s < 0.08)) return null;
  const r = call<PathsResult>(q, 'find_paths', { from: origin.id, avoid: g.n.id, max: 1 });
  if (!r.paths.length) {
    const ok = call<NextResult>(q, 'next_steps', { element: origin.id, transitive: true }).steps.some((x) => x.element.id === g.n.id);
    if (!ok) return null;
    return tr(q.lang, `Yes — every way on from ${c(q, origin.id)} goes through ${c(q, g.n.id)}.`, `Ja — jeder Weg ab ${c(q, origin.id)} führt über ${c(q, g.n.id)}.`, `はい。${c(q, origin.id)}からのすべての経路が${c(q, g.n.id)}を通ります。`);
  }
  return tr(q.lang, `No — not always: after ${c(q, origin.id)} the process can end without ${c(q, g.n.id)}: ${pathLine(q, r.paths[0]!)}`, `Nein — nicht immer: Nach ${c(q, origin.id)} kann der Prozess ohne ${c(q, g.n.id)} enden: ${pathLine(q, r.paths[0]!)}`, `いいえ、必ずではありません。${c(q, origin.id)}の後、${c(q, g.n.id)}を通らずに終わることがあります：${pathLine(q, r.paths[0]!)}`);
}

/** No path from a start event reaches the element (BPMN's token semantics: it never runs). */
const neverReached = (q: AnalystQuery, id: string) => !!tryCall<{ unreachable: Ref[] }>(q, 'check_reachability', {})?.unreachable.some((n) => n.id === id);
function yesNoStep(q: AnalystQuery): string | null {
  // "Bekommt der Kunde Geld zurück? An welcher Stelle?": the first sentence decides; a "where?" after it is answered too.
  const first = fold(q.question.split(/[?？!！。]/)[0] ?? q.question);
  if (!YES_NO_FORM.test(q.full.trim()) || WH_WORD.test(first)) return null;
  const m = q.analysis!.model;
  const acts = q.mentions.filter((x) => isActivityType(m.byId.get(x.id)?.type ?? ''));
  const [a, b] = acts;
  if (!a || a.score < 0.45 || a.score >= 0.99 || (b && a.score - b.score < 0.08)) return null;
  // Something else is named better (an event, a gateway, a lane), or the question is about kinds or a comparison.
  if (q.mentions.some((x) => x !== a && x.score > a.score && x.type !== 'Participant') || typesIn(q.text).length || has(q, MORE) || has(q, LESS)) return null;
  // Conditions, deadlines and failures are about a branch or a boundary event, not about the step itself.
  if (has(q, SIGNALS.whatIf) || TIME_WORDS.test(q.full) || FAIL_WORDS.test(q.full)) return null;
  // "Is the credit check done for every customer?": only when no way to the end avoids it.
  if (EVERY.test(q.full)) {
    const r = call<PathsResult>(q, 'find_paths', { avoid: a.id, max: 5 });
    if (r.paths.length) {
      // Where the way around it turns off: the decision on the example path that leads to the step on another branch.
      const path = r.paths[0]!;
      const k = path.steps.findIndex((st, n) => /Gateway$/.test(m.byId.get(st.element.id)?.type ?? '') && n + 1 < path.steps.length
        && (m.byId.get(st.element.id)?.outgoing ?? []).some((f) => m.flowById.get(f)?.targetId === a.id));
      if (k >= 0) {
        const via = path.steps[k + 1]!.via;
        const branch = via && typeof via === 'object' && via.name ? `"${md(via.name)}"` : c(q, path.steps[k + 1]!.element);
        return tr(q.lang, `No — not always: when ${c(q, path.steps[k]!.element)} takes ${branch}, the process goes on without ${c(q, a)} (to ${c(q, path.end)}).`,
          `Nein — nicht immer: Nimmt ${c(q, path.steps[k]!.element)} den Zweig ${branch}, geht es ohne ${c(q, a)} weiter (bis ${c(q, path.end)}).`,
          `いいえ、必ずではありません。${c(q, path.steps[k]!.element)}で${branch}に進むと、${c(q, a)}を通らずに${c(q, path.end)}まで進みます。`);
      }
      return tr(q.lang, `No — not always: the process can also end without ${c(q, a)}, for example: ${pathLine(q, path)}`, `Nein — nicht immer: Der Prozess kann auch ohne ${c(q, a)} enden, zum Beispiel: ${pathLine(q, path)}`, `いいえ、必ずではありません。${c(q, a)}を通らずに終わることもあります。例：${pathLine(q, path)}`);
    }
    return tr(q.lang, `Yes — every path from a start event to an end event goes through ${c(q, a)}.`, `Ja — jeder Pfad von einem Start- zu einem Endereignis führt über ${c(q, a)}.`, `はい。開始から終了までのすべての経路が${c(q, a)}を通ります。`);
  }
  // "Is the statistics update ever done?" for a step nothing leads to: never.
  if (neverReached(q, a.id)) return tr(q.lang, `No — nothing leads to ${c(q, a)}: no path from a start event reaches it, so it is never done.`, `Nein — nichts führt zu ${c(q, a)}: Kein Pfad von einem Startereignis erreicht es, es wird also nie ausgeführt.`, `いいえ。${c(q, a)}へつながるフローがなく、開始イベントから到達できないため、実行されることはありません。`);
  const d = call<Described>(q, 'describe_element', { element: a.id });
  const where = d.lane ? tr(q.lang, ` (lane ${c(q, d.lane)})`, ` (Lane ${c(q, d.lane)})`, `（レーン${c(q, d.lane)}）`) : '';
  return tr(q.lang, `Yes — at ${c(q, a)}${where}.`, `Ja — bei ${c(q, a)}${where}.`, `はい、${c(q, a)}${where}で行います。`);
}

/** "Who takes part?", "wer wirkt mit?": the participants. */
const TAKES_PART = /\btakes? part\b|\btaking part\b|\bparticipat\w*|\bwirk\w* mit\b|\bmitwirk\w*|\bnimmt teil\b|\bnehmen teil\b|参加/;
function pools(q: AnalystQuery): string | null {
  if (!has(q, SIGNALS.pools) && !(TAKES_PART.test(q.full) && q.analysis!.model.participants.length >= 2)) return null;
  // "Wird der Brandschutz beteiligt?" asks about a step, not about the pools, when no pool is named.
  if (!q.mentions.some((x) => x.type === 'Participant' && x.score >= GROUP)) {
    const step = yesNoStep(q);
    if (step) return step;
  }
  const r = call<{ participants: { participant: Ref; process: Ref | null; blackBox: boolean; lanes: Ref[]; activities: Ref[]; messageFlowsOut: Ref[]; messageFlowsIn: Ref[] }[] }>(q, 'list_participants', {});
  // "Was passiert, wenn ein Makler beteiligt ist?" asks about a branch, not about pools.
  if (!r.participants.length && has(q, SIGNALS.whatIf)) return null;
  if (!r.participants.length) return tr(q.lang, 'The diagram has no pools: it is a single process without a collaboration.', 'Das Diagramm hat keine Pools: Es ist ein einzelner Prozess ohne Kollaboration.', 'この図にはプールがありません（コラボレーションのない単一プロセス）。');
  const out = [tr(q.lang, `There ${r.participants.length === 1 ? 'is 1 pool' : `are ${r.participants.length} pools`}:`, `Es gibt ${r.participants.length} ${r.participants.length === 1 ? 'Pool' : 'Pools'}:`, `プールは${r.participants.length}個です：`)];
  for (const p of r.participants) {
    const detail = p.blackBox
      ? tr(q.lang, 'a black box (no process drawn)', 'eine Blackbox (kein Prozess modelliert)', 'ブラックボックス（プロセスなし）')
      : tr(q.lang, `${p.activities.length} ${p.activities.length === 1 ? 'activity' : 'activities'}${p.lanes.length ? `, lanes ${list(q, p.lanes)}` : ''}`, `${p.activities.length} ${p.activities.length === 1 ? 'Aktivität' : 'Aktivitäten'}${p.lanes.length ? `, Lanes ${list(q, p.lanes)}` : ''}`, `アクティビティ${p.activities.length}個${p.lanes.length ? `、レーン${list(q, p.lanes)}` : ''}`);
    out.push(`- ${c(q, p.participant)}: ${detail}`);
  }
  return out.join('\n');
}

type GatewaysResult = { gateways: { gateway: Ref; typeLabel: string; direction: string; branches: { flow: any; to: Ref }[]; defaultFlow: Ref | null; branchesWithoutCondition: any[]; joinedAt: Ref | null }[]; mismatches: { split: Ref; join: Ref; problem: string }[] };

/** "What are the options at the risk check?": a gateway's branches, asked as choices. */
const CHOICES = /\boutcomes?\b|\bpossible results?\b|\boptions?\b|\bchoices?\b|\balternatives?\b|\bpossibilit\w*|\bmoglichkeiten\b|\boptionen\b|\bauswahl\b|選択肢|どちらか|どの道/;

/** A split and its join of different types, asked about without naming either. */
const MISMATCH_TYPES = /\b(?:the )?same (?:\w+ )?(?:kind|type)\b|\bwrong (?:\w+ )?(?:kind|type)\b|\bfalsche\w* (?:\w+[- ]?)?typ|\b(?:passende|gleiche|selbe)\w* (?:\w+[- ]?)?typ|同じ種類|\bdifferent (?:\w+ )?(?:kind|type)\b|\bother (?:\w+ )?(?:kind|type)\b|\bnicht (?:den|die|das)?selben? (?:\w+[- ]?)?typ|\banderen? (?:\w+[- ]?)?typ|\bunterschiedlich\w* (?:\w+[- ]?)?typ|種類(?:が|の)(?:違|異な)/;

function gateways(q: AnalystQuery): string | null {
  const m = q.analysis!.model;
  const gw = q.mentions.find((x) => m.byId.get(x.id)?.kind === 'gateway' && x.score >= 0.3);
  if (!has(q, SIGNALS.gateways) && !(gw && CHOICES.test(q.text))) return null;
  const r = call<GatewaysResult>(q, 'list_gateways', gw ? { element: gw.id } : {});
  const dir = (d: string) => tr(q.lang, d, ({ split: 'Verzweigung', join: 'Zusammenführung', mixed: 'verzweigt und führt zusammen', 'pass-through': 'durchlaufend' } as Record<string, string>)[d] ?? d, ({ split: '分岐', join: '合流', mixed: '合流と分岐', 'pass-through': '通過' } as Record<string, string>)[d] ?? d);
  if (MISMATCH_TYPES.test(q.text) || /mismatch|pair|match|passe?n?d?\b|zusammenpass|paar|closed by|closes|closed (?:correctly|properly|right)|joined (?:correctly|properly)|right (?:kind|type)|same (?:kind|type)|different (?:kind|type)|other (?:kind|type)|nicht (?:den|die|das)?selben?\b|anderen? (?:\w+ ?)?typ|unterschiedlich\w* (?:\w+ ?)?typ|balanc|symmetr|ausgeglichen|ausgewogen|対応|一致|揃|バランス|対称|食い違|違って|異な|合って|合う|同じ種類|種類が同じ|噛み合/.test(q.text)) {
    // "Is the split for the bookings closed correctly?": the mismatches that gateway is part of.
    const all = gw ? call<GatewaysResult>(q, 'list_gateways', {}).mismatches : r.mismatches;
    const mine = gw ? all.filter((x) => x.split.id === gw.id || x.join.id === gw.id) : all;
    r.mismatches = mine;
    if (!r.mismatches.length) return tr(q.lang, 'No mismatched gateways: every split is joined by a gateway of the same type.', 'Keine unpassenden Gateways: Jede Verzweigung wird vom gleichen Gateway-Typ zusammengeführt.', '不一致のゲートウェイはありません。すべての分岐は同じ種類のゲートウェイで合流します。');
    const head = tr(q.lang, `Mismatched gateway pairs: ${r.mismatches.length}.`, `Unpassende Gateway-Paare: ${r.mismatches.length}.`, `種類の合わない分岐と合流：${r.mismatches.length}組。`);
    return [head, ...r.mismatches.map((x) => `- ${tr(q.lang, `${c(q, x.split)} → ${c(q, x.join)}: ${x.problem}`, `${c(q, x.split)} wird von ${c(q, x.join)} zusammengeführt, einem anderen Gateway-Typ. Lösung: mit demselben Typ zusammenführen.`, `${c(q, x.split)}は種類の違う${c(q, x.join)}で合流しています。修正：同じ種類のゲートウェイで合流してください。`)}`)].join('\n');
  }
  if (!r.gateways.length) return tr(q.lang, 'The diagram has no gateways.', 'Das Diagramm hat keine Gateways.', 'この図にはゲートウェイがありません。');
  const out: string[] = [];
  // One gateway: answered in its own line, no list head.
  if (!gw && r.gateways.length > 1) out.push(tr(q.lang, `There ${r.gateways.length === 1 ? 'is 1 gateway' : `are ${r.gateways.length} gateways`}:`, `Es gibt ${r.gateways.length} ${r.gateways.length === 1 ? 'Gateway' : 'Gateways'}:`, `ゲートウェイは${r.gateways.length}個です：`));
  for (const g of r.gateways) {
    const lbl = typeName(q.lang, g.typeLabel);
    const branches = g.branches.map((b) => `${c(q, b.to)}${flowBits(q, b.flow)}`).join(q.lang === 'ja' ? '、' : '; ');
    const splits = g.direction === 'split' || g.direction === 'mixed';
    // The gateway asked about says where it leads even when it does not split (a join, a pass-through).
    const leads = !splits && gw && g.branches.length ? tr(q.lang, `; it leads to ${branches}`, `; es führt zu ${branches}`, `。次は${branches}`) : '';
    const head = `${gw || r.gateways.length === 1 ? '' : '- '}${tr(q.lang, `${c(q, g.gateway)} is ${article(lbl)} ${lbl} (${dir(g.direction)})${splits ? `; ${gatewayMeaning(q, m.byId.get(g.gateway.id)!.type)}: ${branches}` : leads}`, `${c(q, g.gateway)} ist ${deArticled(lbl, 'ein')} (${dir(g.direction)})${splits ? `; ${gatewayMeaning(q, m.byId.get(g.gateway.id)!.type)}: ${branches}` : leads}`, `${c(q, g.gateway)}は${lbl}（${dir(g.direction)}）です${splits ? `。${gatewayMeaning(q, m.byId.get(g.gateway.id)!.type)}：${branches}` : leads}`)}`;
    out.push(head);
    if (g.branchesWithoutCondition.length) out.push(tr(q.lang, `  (${g.branchesWithoutCondition.length} branch${g.branchesWithoutCondition.length === 1 ? ' has' : 'es have'} no condition and ${g.branchesWithoutCondition.length === 1 ? 'is' : 'are'} not the default.)`, `  (${g.branchesWithoutCondition.length} Zweig(e) ohne Bedingung und nicht Standard.)`, `  （条件がなくデフォルトでもない分岐が${g.branchesWithoutCondition.length}個あります）`));
  }
  for (const x of r.mismatches) out.push(tr(q.lang, `Mismatch: ${c(q, x.split)} is joined by ${c(q, x.join)} — ${x.problem}.`, `Unpassend: ${c(q, x.split)} wird von ${c(q, x.join)} zusammengeführt (anderer Typ).`, `不一致：${c(q, x.split)}は${c(q, x.join)}で合流しています（種類が異なる）。`));
  return out.join('\n');
}

function summary(q: AnalystQuery): string | null {
  if (!has(q, SIGNALS.summary)) return null;
  const d = q.turn.diagram!;
  const m = q.analysis!.model;
  const cnt = (type: string) => call<CountResult>(q, 'count_elements', { type });
  const tasks = cnt('task'), gws = cnt('gateway'), starts = cnt('startEvent'), ends = call<EndsResult>(q, 'ways_to_end', {});
  const subs = cnt('subProcess');
  const lint = call<{ totals: { total: number } }>(q, 'lint_findings', {});
  const reach = call<{ unreachable: Ref[]; deadEnds: Ref[] }>(q, 'check_reachability', {});
  const p = call<PathsResult>(q, 'find_paths', { max: 50, count: true });
  const loopsR = call<{ loops: unknown[] }>(q, 'find_loops', {});
  const title = m.processes.find((x) => x.name)?.name;
  const byType = (r: CountResult) => r.byType.map((b) => countLabel(q.lang, b.count, b.label)).join(q.lang === 'ja' ? '、' : ', ');
  const problems = lint.totals.total + reach.unreachable.length + reach.deadEnds.length;
  const L = (en: string, de: string, ja: string) => tr(q.lang, en, de, ja);
  const out = [L(`${strongName(d.name)}${title && title !== d.name ? ` (process ${strongName(title)})` : ''} has ${m.nodes.length} elements connected by ${m.flows.length} sequence flows${m.messageFlows.length ? ` and ${m.messageFlows.length} message flows` : ''}.`,
    `${strongName(d.name)}${title && title !== d.name ? ` (Prozess ${strongName(title)})` : ''} hat ${m.nodes.length} Elemente, verbunden durch ${m.flows.length} Sequenzflüsse${m.messageFlows.length ? ` und ${m.messageFlows.length} Nachrichtenflüsse` : ''}.`,
    `${strongName(d.name)}${title && title !== d.name ? `（プロセス${strongName(title)}）` : ''}には要素が${m.nodes.length}個あり、${m.flows.length}本のシーケンスフロー${m.messageFlows.length ? `と${m.messageFlows.length}本のメッセージフロー` : ''}でつながっています。`), ''];
  if (m.participants.length) out.push(`- **${L('Participants (pools)', 'Teilnehmer (Pools)', '参加者（プール）')}:** ${list(q, m.participants.map((x) => x.id))}`);
  if (m.lanes.length) out.push(`- **${L('Lanes', 'Lanes', 'レーン')}:** ${list(q, m.lanes.map((x) => x.id))}`);
  out.push(`- **${L('Starts', 'Starts', '開始')}:** ${starts.total ? list(q, starts.elements) : L('no start event', 'kein Startereignis', 'なし')}`);
  out.push(`- **${L('Ends', 'Enden', '終了')}:** ${ends.ends.length ? list(q, ends.ends) : L('no end event', 'kein Endereignis', 'なし')}`);
  out.push(`- **${L('Tasks', 'Aufgaben', 'タスク')} (${tasks.total}):** ${tasks.total ? `${byType(tasks)} — ${list(q, tasks.elements)}` : L('none', 'keine', 'なし')}`);
  out.push(`- **${L('Gateways', 'Gateways', 'ゲートウェイ')} (${gws.total}):** ${gws.total ? `${byType(gws)} — ${list(q, gws.elements)}` : L('none', 'keine', 'なし')}`);
  if (subs.total) out.push(`- **${L('Sub-processes', 'Teilprozesse', 'サブプロセス')} (${subs.total}):** ${list(q, subs.elements)}`);
  out.push(`- **${L('Paths', 'Pfade', '経路')}:** ${p.count}${p.countExact ? '' : '+'} ${L('from start to end', 'vom Start bis zum Ende', '（開始から終了まで）')}${loopsR.loops.length ? L(', with a loop', ', mit Schleife', '、ループあり') : ''}`);
  out.push(`- **${L('Problems', 'Probleme', '問題')}:** ${problems ? L(`${problems} found — ask "is anything wrong?" for details and fixes`, `${problems} gefunden — fragen Sie „Was ist falsch?“ für Details und Lösungen`, `${problems}件（「問題は？」と聞くと詳細と修正方法を示します）`) : L('none found', 'keine gefunden', 'なし')}`);
  return out.join('\n');
}

type Described = { element: Ref; typeLabel: string; lane?: Ref | null; participant?: Ref | null; insideSubProcess?: Ref | null; incoming?: { flow: any; from: Ref }[]; outgoing?: { flow: any; to: Ref }[]; attachedTo?: Ref | null; boundaryEvents?: (Ref & { eventDefinitions: { kind: string; name: string | null; expression: string | null }[]; interrupting: boolean })[]; eventDefinitions?: { kind: string; name: string | null; expression: string | null; code: string | null }[]; documentation?: string | null; children?: Ref[]; elements?: Ref[]; messageFlows?: (Ref & { direction: string; other: Ref })[]; collapsed?: boolean; triggeredByEvent?: boolean };

/** An event definition's kind in the answer's language ("message" / "Nachrichtenereignis" / "メッセージイベント"). */
const kindName = (q: AnalystQuery, kind: string) => {
  if (q.lang === 'en') return kind;
  const n = typeName(q.lang, `${kind} event`);
  return n === `${kind} event` ? kind : n;
};

function describe(q: AnalystQuery, force = false): string | null {
  const m = q.analysis!.model;
  let target: Mention | undefined = clearMentions(q)[0];
  const evTypes = typesIn(q.text).filter((t) => / event$|^boundaryEvent$/.test(t));
  if (evTypes.length && (!target || !/Event$/.test(target.type) || target.score < 0.95)) {
    const kind = evTypes[0]!.replace(/ event$/, '');
    const fits = (n: (typeof m.nodes)[number]) => kind === 'boundaryEvent' ? n.kind === 'boundaryEvent' : n.eventDefinitions.includes(kind);
    const hosts = q.mentions.filter((x) => m.byId.get(x.id)?.kind !== 'endEvent');
    // "timer on review?": the host may be named by one word only.
    const byHost = m.nodes.filter((n) => fits(n) && n.attachedToId).map((n) => ({ n, s: mentionScore(q.question, m.names.get(n.attachedToId!) ?? '') })).sort((a, b2) => b2.s - a.s);
    const b = hosts.map((h) => m.nodes.find((n) => n.attachedToId === h.id && fits(n))).find(Boolean)
      ?? (m.nodes.filter(fits).length === 1 ? m.nodes.find(fits) : undefined)
      ?? (byHost[0] && byHost[0].s >= 0.2 && (!byHost[1] || byHost[0].s > byHost[1].s) ? byHost[0].n : undefined);
    // "timer on review?": naming an event kind and its host is itself a request to describe it.
    if (b) { target = { id: b.id, name: b.name ?? b.id, type: b.type, score: 1, at: 0 }; force = true; }
  }
  if (!evTypes.length && q.full.split(' ').length <= 8) {
    // "Fehler beim Erstatten?": a failure or time word and a step watched by such a boundary event.
    const b = boundaryAsked(q);
    if (b && b.score >= 0.5 && m.byId.has(b.id)) { const n = m.byId.get(b.id)!; target = { id: n.id, name: n.name ?? n.id, type: n.type, score: 1, at: 0 }; force = true; }
  }
  // "サブプロセスの中では何をしますか？", "what happens in the sub-process?": the diagram's only sub-process (or call
  // activity), named by its kind.
  if ((!target || target.score < 0.5) && /何を|何が|\bwhat (?:happens|is done|goes on|do we do|does it do)\b|\bwas (?:passiert|geschieht|wird|macht)\b/.test(q.full)) {
    const kinds = typesIn(q.text).filter((t) => t === 'subProcess' || t === 'callActivity');
    const only = kinds.length === 1 ? m.nodes.filter((n) => (kinds[0] === 'subProcess' ? n.kind === 'subProcess' && n.type === 'SubProcess' : n.kind === 'callActivity')) : [];
    if (only.length === 1) { target = { id: only[0]!.id, name: only[0]!.name ?? only[0]!.id, type: only[0]!.type, score: 1, at: 0 }; force = true; }
  }
  // "お客さんへの請求はどこで?", "where do we bill the customer?": a lookup is for a step; the pool or lane it names
  // (by whom or for whom) is context, unless the question asks for a lane or pool as such.
  if (target && (target.type === 'Lane' || target.type === 'Participant') && has(q, SIGNALS.find) && !typesIn(q.text).some((t) => t === 'lane' || t === 'participant')) {
    const node = clearMentions(q).find((x) => m.byId.has(x.id) && x.score >= 0.6);
    if (node) target = node;
  }
  if ((!target || target.score < 0.6) && has(q, SIGNALS.find) && !has(q, SIGNALS.describe)) return findByWords(q);
  if (!target) return null;
  if (!force && !has(q, SIGNALS.describe) && !has(q, SIGNALS.find)) return null;
  if (has(q, SIGNALS.find) && !has(q, SIGNALS.describe) && target.score < 0.95) {
    const r = call<{ candidates: (Ref & { score: number })[] }>(q, 'find_element', { query: target.name });
    const best = r.candidates.filter((x) => x.score >= 0.6);
    if (best.length) return tr(q.lang, `Yes: ${list(q, best.slice(0, 3))}.`, `Ja: ${list(q, best.slice(0, 3))}.`, `はい：${list(q, best.slice(0, 3))}。`);
  }
  // "Was macht der 2nd level support?": a lane is described by its work (tasks inside its sub-processes included).
  // A lane named loosely ("2nd level" for **2nd level support**) is still the lane asked about.
  if (target.type === 'Lane') { const lane = { ...target, score: Math.max(target.score, GROUP) }; const work = lanesWho({ ...q, mentions: [lane, ...q.mentions.filter((x) => x !== target)] }, true); if (work) return work; }
  // "What does the carrier do?" about a pool: its activities (and lanes).
  if (target.type === 'Participant') {
    const p = call<{ participants: { participant: Ref; blackBox: boolean; lanes: Ref[]; activities: Ref[] }[] }>(q, 'list_participants', {}).participants.find((x) => x.participant.id === target!.id);
    if (p && !p.blackBox) {
      const n = p.activities.length;
      return tr(q.lang, `${c(q, p.participant)} is a pool with ${n === 1 ? '1 activity' : `${n} activities`}${n ? `: ${list(q, p.activities, 30)}` : ''}${p.lanes.length ? ` (lanes ${list(q, p.lanes)})` : ''}.`,
        `${c(q, p.participant)} ist ein Pool mit ${n} ${n === 1 ? 'Aktivität' : 'Aktivitäten'}${n ? `: ${list(q, p.activities, 30)}` : ''}${p.lanes.length ? ` (Lanes ${list(q, p.lanes)})` : ''}.`,
        `${c(q, p.participant)}はアクティビティ${n}個のプールです${n ? `：${list(q, p.activities, 30)}` : ''}${p.lanes.length ? `（レーン${list(q, p.lanes)}）` : ''}。`);
    }
  }
  const d = call<Described>(q, 'describe_element', { element: target.id });
  const lbl = typeName(q.lang, d.typeLabel);
  const out: string[] = [];
  const where = [d.lane ? tr(q.lang, `in lane ${c(q, d.lane)}`, `in der Lane ${c(q, d.lane)}`, `レーン${c(q, d.lane)}`) : '', d.participant ? tr(q.lang, `of ${c(q, d.participant)}`, `von ${c(q, d.participant)}`, `（${c(q, d.participant)}）`) : '', d.insideSubProcess ? tr(q.lang, `inside ${c(q, d.insideSubProcess)}`, `innerhalb von ${c(q, d.insideSubProcess)}`, `${c(q, d.insideSubProcess)}の中`) : ''].filter(Boolean).join(' ');
  out.push(tr(q.lang, `${c(q, d.element)} is ${article(lbl)} ${lbl}${where ? ` ${where}` : ''}.`, `${c(q, d.element)} ist ${deArticled(lbl, 'ein')}${where ? ` ${where}` : ''}.`, `${c(q, d.element)}は${where ? `${where}の` : ''}${lbl}です。`));
  if (d.eventDefinitions?.length) out.push(`- ${tr(q.lang, 'Trigger', 'Auslöser', 'トリガー')}: ${d.eventDefinitions.map((e) => [kindName(q, e.kind), e.name ? `"${e.name}"` : '', e.expression ? `\`${e.expression}\`` : '', e.code ? `code ${e.code}` : ''].filter(Boolean).join(' ')).join('; ')}`);
  if (d.attachedTo) out.push(`- ${tr(q.lang, 'Attached to', 'Angeheftet an', '付いている先')}: ${c(q, d.attachedTo)}`);
  if (d.incoming?.length) out.push(`- ${tr(q.lang, 'Comes from', 'Kommt von', '前')}: ${d.incoming.map((x) => `${c(q, x.from)}${flowBits(q, x.flow)}`).join(', ')}`);
  else if (m.byId.has(target.id) && neverReached(q, target.id)) out.push(`- ${tr(q.lang, 'Never reached: nothing leads to it from a start event', 'Nie erreicht: Von keinem Startereignis führt ein Weg dorthin', '到達不能：開始イベントからつながるフローがありません')}`);
  if (d.outgoing?.length) out.push(`- ${tr(q.lang, 'Leads to', 'Führt zu', '次')}: ${d.outgoing.map((x) => `${c(q, x.to)}${flowBits(q, x.flow)}`).join(', ')}`);
  // A link throw has no outgoing flow: where it jumps is its answer ("where does the 'to handover' link jump to?").
  else if (m.byId.get(target.id)?.eventDefinitions.includes('link')) {
    const jumps = (tryCall<NextResult>(q, 'next_steps', { element: target.id })?.steps ?? []).filter((x) => x.via === 'link').map((x) => x.element);
    if (jumps.length) out.push(`- ${tr(q.lang, 'Jumps to', 'Springt zu', 'ジャンプ先')}: ${list(q, jumps)}`);
  }
  if (d.boundaryEvents?.length) out.push(`- ${tr(q.lang, 'Boundary events', 'Randereignisse', '境界イベント')}: ${d.boundaryEvents.map((b) => `${c(q, b)} (${b.eventDefinitions.map((e) => kindName(q, e.kind) + (e.expression ? ` ${e.expression}` : '')).join(', ') || tr(q.lang, 'none', 'keiner', 'なし')}${b.interrupting ? '' : tr(q.lang, ', non-interrupting', ', nicht unterbrechend', '、非中断')})`).join(', ')}`);
  if (d.messageFlows?.length) out.push(`- ${tr(q.lang, 'Messages', 'Nachrichten', 'メッセージ')}: ${d.messageFlows.map((f) => `${f.name ? `"${f.name}" ` : ''}${f.direction === 'out' ? '→' : '←'} ${c(q, f.other)}`).join(', ')}`);
  if (d.children?.length) out.push(`- ${tr(q.lang, 'Contains', 'Enthält', '内容')}: ${list(q, d.children, 20)}${d.collapsed ? tr(q.lang, ' (drawn collapsed)', ' (eingeklappt gezeichnet)', '（折りたたみ表示）') : ''}`);
  if (d.elements?.length) out.push(`- ${tr(q.lang, 'Elements', 'Elemente', '要素')}: ${list(q, d.elements, 20)}`);
  if (d.documentation) out.push(`- ${tr(q.lang, 'Documentation', 'Dokumentation', 'ドキュメント')}: ${d.documentation}`);
  return out.join('\n');
}

/** "Is there a call activity in here?", "Is there a terminate end event?": the question names an element type, not a
 *  name — answer with the elements of that type (or "no"), never a name search for the type words. */
const EXISTS = /^(?:and |so |also )?(?:is there|are there|do (?:we|you) have|does (?:it|this|the \w+) (?:have|contain|use)|gibt es|gibt's|haben wir|existiert|any|anything|got any)\b|^(?:what|which) (?:\w+ ){1,3}(?:are|is) (?:there|used)\b|(?:は|が)(?:あります|ある|存在します)か?[?？]?$/;
const TERMINATE = /\bterminat\w*|\bterminier\w*|\babbruch ?end\w*|停止終了|終了イベント（停止）|強制終了/;
function typeExists(q: AnalystQuery): string | null {
  // "終了イベントのうち、プロセス全体を強制終了するものはどれ？": which end event terminates, asked without "is there".
  const whichTerminates = TERMINATE.test(q.text) && /\bwhich\b|\bwelche\w*|どれ|どの/.test(q.full);
  if (!EXISTS.test(q.text.trim()) && !whichTerminates) return null;
  const m = q.analysis!.model;
  const term = TERMINATE.test(q.text);
  const types = typesIn(q.text);
  if (!term && !whichTerminates && (!types.length || !onlyTypeWords(q.text.replace(EXISTS, ' ').replace(/\b(?:which|what|one|ones|welche\w*|wo|where|in|here|hier|drin|diagram|diagramm|so|an?|eine?n?|are|is|there|done|used|at all|else|somewhere|anywhere|irgendwo|we|do|does|that|which|with|sends?|throws?|catch(?:es)?|has|have|mit|das|die|der|einen|wie|heisst\w*|called|name|named|er|it)\b/g, ' ')))) return null;
  // "an end event that sends a signal": one type, the signal end event, not every end event and every signal event.
  const pos = types.find((t) => /^(?:startEvent|endEvent|boundaryEvent)$/.test(t)), def = types.find((t) => / event$/.test(t));
  if (pos && def) types.splice(0, types.length, `${def.replace(/ event$/, '')}${pos[0]!.toUpperCase()}${pos.slice(1)}`);
  const results = term ? [] : types.map((t) => tryCall<CountResult>(q, 'count_elements', { type: t })).filter((r): r is CountResult => !!r);
  const hits = term ? m.nodes.filter((n) => n.eventDefinitions.includes('terminate'))
    : [...new Map(results.flatMap((r) => r.elements).map((e) => [e.id, e])).values()];
  const what = term ? tr(q.lang, 'terminate end event', 'Terminierungs-Endereignis', '停止終了イベント') : types.map((t) => tname(q, t)).join(', ');
  if (!hits.length) return tr(q.lang, `No — this diagram has no ${what}.`, `Nein — dieses Diagramm hat ${what.includes(', ') ? `kein ${what}` : deArticled(what, 'kein')}.`, `いいえ、この図に${what}はありません。`);
  // The number with the list: "any timers?" is answered the way "how many timers?" would be.
  const n = results.length === 1 ? countLabel(q.lang, hits.length, results[0]!.label, results[0]!.labelPlural) : q.lang === 'ja' ? `${what} ${hits.length}個` : `${hits.length} ${what}`;
  return tr(q.lang, `Yes, ${n}: ${list(q, hits)}.`, `Ja, ${n}: ${list(q, hits)}.`, `はい、${n}あります：${list(q, hits)}。`);
}

/**
 * An event asked for by what it does rather than its name or type: "the reminder that fires while the trace is
 * running", "a time limit on finding home care", "Kommt irgendwo ein Signal vor?", "7日のタイマーについて教えて",
 * "Is there an escalation anywhere?". The events of that kind; of several, the one whose name, host (the activity it
 * watches) or duration the question says.
 */
const EVENT_ROLES: [RegExp, string][] = [
  [/\btimers?\b|\breminders?\b|\bdeadlines?\b|\btime ?limits?\b|\btime ?outs?\b|\w*frist(?:en)?\b|\bwartezeit\w*|\berinnerung\w*|\bzeit ?limit\w*|タイマー|期限|締め?切り|リマインド|時間切れ/, 'timer'],
  [/\bsignals?\b|\bsignal\w*|シグナル/, 'signal'],
  [/\bescalations?\b|\beskalation\w*|エスカレーション/, 'escalation'],
];
const ROLE_LOOKUP = /^(?:the|der|die|das|den) |\b(?:used|use|uses|verwendet|benutzt|genutzt|eingesetzt|vorkommt|vorkommen)\b|\bkommt\b(?: \w+){0,4} vor\b|使われ|使って|出てく|含まれ/;
const hoursIn = (text: string): number[] => [...text.matchAll(/(\d+) ?(hours?|stunden?|時間|days?|tage?n?|営業日|日|weeks?|wochen?|週間?|months?|monate?n?|か月|ヶ月|カ月)/g)]
  .map((x) => Number(x[1]) * (/^(?:h|s|時)/.test(x[2]!) ? 1 : /^(?:w|週)/.test(x[2]!) ? 168 : /^(?:mo|か|ヶ|カ)/.test(x[2]!) ? 720 : 24));
const isoHours = (iso: string): number | null => {
  const p = /^(?:R\d*\/)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso.trim());
  return p ? [8760, 720, 168, 24, 1, 1 / 60].reduce((a, f, i) => a + Number(p[i + 1] ?? 0) * f, 0) : null;
};
function eventByRole(q: AnalystQuery): string | null {
  if ([SIGNALS.count, SIGNALS.who, SIGNALS.after, SIGNALS.before, SIGNALS.whatIf, SIGNALS.paths, SIGNALS.loops].some((re) => has(q, re))) return null;
  if (!has(q, SIGNALS.find) && !has(q, SIGNALS.describe) && !has(q, SIGNALS.list) && !LOOSE_LOOKUP.test(q.full) && !ROLE_LOOKUP.test(q.full)) return null;
  const kind = EVENT_ROLES.find(([re]) => re.test(q.text))?.[1];
  if (!kind) return null;
  const m = q.analysis!.model;
  const cands = m.nodes.filter((n) => n.eventDefinitions.includes(kind) && n.type !== 'StartEvent');
  if (!cands.length) return null;
  // A step the question names well ("is there a timer on the investigation?") decides it among several events.
  const asked = new Set(hoursIn(q.full));
  const scoreOf = (id: string) => Math.max(q.mentions.find((x) => x.id === id)?.score ?? 0, m.names.get(id) ? mentionScore(q.question, m.names.get(id)!) : 0);
  const ranked = cands.map((n) => {
    const gw = m.nodes.find((g) => g.type === 'EventBasedGateway' && g.outgoing.some((f) => m.flowById.get(f)?.targetId === n.id));
    const host = n.attachedToId ?? gw?.id;
    const hours = [...hoursIn(fold(n.name ?? '')), ...n.eventDetails.map((d) => (d.expression ? isoHours(d.expression) : null)).filter((x): x is number => x !== null)];
    return { n, s: scoreOf(n.id) + (host ? 0.6 * scoreOf(host) : 0) + (hours.some((h) => asked.has(h)) ? 0.5 : 0) };
  }).sort((a, b) => b.s - a.s);
  const top = ranked[0]!;
  if (ranked.length > 1 && top.s - ranked[1]!.s < 0.05) {
    const hits = ranked.filter((x) => x.s >= top.s - 0.05).map((x) => x.n.id);
    return tr(q.lang, `Yes: ${list(q, hits)}.`, `Ja: ${list(q, hits)}.`, `はい：${list(q, hits)}。`);
  }
  return describe({ ...q, mentions: [{ id: top.n.id, name: top.n.name ?? top.n.id, type: top.n.type, score: 1, at: 0 }] }, true);
}

/** "Is there a step where …", "Gibt es einen Schritt, in dem …", "…するタスクはありますか": a lookup by what the step does. */
const STEP_LOOKUP = /\b(?:is there|are there|do (?:we|i|you|they) (?:ever |also )?have|does (?:it|this|the) (?:\w+ )?(?:have|include|contain)|gibt es|haben wir|existiert)\b(?: \w+){0,3} (?:steps?|tasks?|activit(?:y|ies)|points?|stages?|places?|parts?|schritte?|schritten|aufgaben?|tatigkeit\w*|stelle\w*|aktivitat\w*)\b|(?:ステップ|タスク|作業|工程|手順)(?:は|が)(?:あります|ある)/;

/** "Do we ever …", "… somewhere?", "where do we …": also a lookup, tried after the specific handlers. */
const LOOSE_LOOKUP = /^(?:and |so |but )?(?:do|does|did) (?:we|you|i|they|anyone|someone|somebody|our \w+)\b|\b(?:somewhere|anywhere|at some point|irgendwo|irgendwann)\b|^where (?:do|does|is|are|can|would) (?:we|you|they|i|one|someone)\b|^(?:wo|wann) (?:\w+ ){0,3}(?:wir|man|irgendwo)\b|^wo (?:wird|werden)\b|^(?:wird|werden) (?:auch |irgendwo |bei uns )?(?:ein|eine|einen|der|die|das|den)\b|どこかで|どこで/;

function stepLookup(q: AnalystQuery, re: RegExp = STEP_LOOKUP, min = 0.4): string | null {
  if (!re.test(q.full) || q.mentions.some((x) => (x.type === 'Lane' || x.type === 'Participant') && x.score >= GROUP)) return null;
  const m = q.analysis!.model;
  // "Is there a step where …" asks for an activity, not for the event named after its outcome.
  const bonus = /\b(?:steps?|tasks?|activit(?:y|ies)|schritte?|aufgaben?|tatigkeit\w*)\b|ステップ|タスク|作業/.test(q.full) ? 0.12 : 0.05;
  const scored = m.nodes.filter((n) => n.name).map((n) => ({ id: n.id, s: mentionScore(q.question, n.name!) + (isActivityType(n.type) ? bonus : 0) })).filter((x) => x.s >= min).sort((a, b) => b.s - a.s);
  if (!scored.length) return null;
  const hits = scored.filter((x) => x.s >= scored[0]!.s - 0.08).slice(0, 3).map((x) => x.id);
  // An end event is an outcome; where it happens is the activity that leads to it ("where do we tell the cardholder
  // that we turned the dispute down?" → the step before **Dispute rejected**), named first.
  const withSteps = hits.flatMap((id) => {
    const n = m.byId.get(id)!;
    const before = n.kind === 'endEvent' ? n.incoming.map((f) => m.byId.get(m.flowById.get(f)?.sourceId ?? '')).find((p) => p && isActivityType(p.type)) : undefined;
    return before && !hits.includes(before.id) ? [before.id, id] : [id];
  });
  return tr(q.lang, `Yes: ${list(q, withSteps)}.`, `Ja: ${list(q, withSteps)}.`, `はい：${list(q, withSteps)}。`);
}

/**
 * Elements by the question's distinctive evidence: each of its words (as itself) and meanings (in any language) counts
 * by how few names have it, so "blockieren" finds **Charge im Bestand sperren** though four names say "Ware", and
 * "refund" **申込金を返金する**. The best (with near ties); none when nothing distinctive is said.
 */
function byEvidence(q: AnalystQuery, min = 0.5, opts: { text?: string; among?: (n: DiagramModel['nodes'][number]) => boolean } = {}): string[] {
  const m = q.analysis!.model;
  const named = m.nodes.filter((n) => n.name && (!opts.among || opts.among(n)));
  const text = opts.text ?? q.text;
  const asked = conceptsOf(text);
  const words = text.split(' ').filter((w) => w.length >= 3 && !STOP.has(w) && !/∎/.test(w));
  const conceptsOfName = new Map(named.map((n) => [n.id, conceptsOf(fold(n.name!))]));
  const wordsOfName = new Map(named.map((n) => [n.id, fold(n.name!).split(' ')]));
  const byConcept = new Map<number, number>(), byWord = new Map<string, number>();
  for (const id of asked) byConcept.set(id, named.filter((n) => conceptsOfName.get(n.id)!.has(id)).length);
  for (const w of words) byWord.set(w, named.filter((n) => wordsOfName.get(n.id)!.some((x) => wordsMatch(w, x))).length);
  const scored = named.map((n) => {
    const cs = conceptsOfName.get(n.id)!, ws = wordsOfName.get(n.id)!;
    let s = 0;
    for (const [id, k] of byConcept) if (k && cs.has(id)) s += 1 / k;
    for (const [w, k] of byWord) if (k && ws.some((x) => wordsMatch(w, x))) s += 1 / k;
    return { id: n.id, s };
  }).filter((x) => x.s >= min).sort((a, b) => b.s - a.s);
  return scored.filter((x) => x.s >= scored[0]!.s - 0.1).slice(0, 3).map((x) => x.id);
}

/**
 * "Which step checks that the caller is a member?", "Welcher Schritt …", "どのステップで…", "where in the process do
 * we …": one step asked for by what it does. Its verbs and nouns (the type and question words aside) against the
 * activities' names, by distinctive evidence; a pool or lane said in it ("the adopter's home", "a member") is part of
 * the description, not a filter — but only a step that the rest of the question supports is chosen.
 */
const WHICH_STEP = /^(?:(?:and|so|but|ok|also|then|und) )?(?:which|what) (?:(?:one|single|exact|particular) )?(?:steps?|tasks?|activit(?:y|ies)|stages?)\b|\bwhere in the (?:process|flow|diagram|model|workflow)\b|^(?:(?:und|also) )?(?:(?:in|bei|an) )?welche[rsmn]? (?:schritt|aufgabe|tatigkeit|aktivitat|prozessschritt)\w*|どの(?:ステップ|タスク|作業|工程|手順|段階)/;
const STEP_FILLER = /^(?:which|what|where|step|steps|task|tasks|activity|activities|stage|stages|process|flow|diagram|model|workflow|one|single|exact|particular|does|do|did|is|are|was|were|has|have|the|that|this|there|actually|really|exactly|somebody|someone|anybody|anyone|person|people|goes|go|gets|get|welche\w*|schritt\w*|aufgabe\w*|tatigkeit\w*|prozess\w*|wird|werden|ist|sind|hat|haben|jemand|man|wir|we|you|they|our|unser\w*|lanes?|pools?|teams?|roles?|departments?|rolle\w*|abteilung\w*)$/;
function whichStep(q: AnalystQuery): string | null {
  if (!WHICH_STEP.test(q.full) || [SIGNALS.count, SIGNALS.after, SIGNALS.before, SIGNALS.whatIf, SIGNALS.paths, SIGNALS.loops].some((re) => has(q, re))) return null;
  const m = q.analysis!.model;
  // A kind of step ("which user tasks") and the steps of a group ("which tasks does Accounts payable handle?") are
  // lists.
  if (typesIn(q.text).some((t) => t !== 'activity' && t !== 'task')) return null;
  const plural = /\b(?:steps|tasks|activities|stages|schritte|aufgaben|tatigkeiten|aktivitaten)\b/.test(q.full);
  if (plural && q.mentions.some((x) => (x.type === 'Lane' || x.type === 'Participant') && x.score >= GROUP)) return null;
  // A step named well is the one meant, though a pool scores higher ("… examines the customer's warranty").
  const named = q.mentions.find((x) => x.score >= 0.8 && isActivityType(m.byId.get(x.id)?.type ?? ''));
  if (named) return plural ? null : describe({ ...q, mentions: [named] }, true);
  const content = (t: string) => t.split(' ').filter((w) => !STEP_FILLER.test(w)).join(' ');
  const among = (n: DiagramModel['nodes'][number]) => isActivityType(n.type);
  // The words beside the names of pools and lanes must find the step; those names then only tell near ties apart,
  // loosely ("a member" for **Verify membership**).
  const supported = byEvidence(q, 0.5, { text: content(q.text), among });
  if (!supported.length) return null;
  const said = content(q.full).split(' ').filter((w) => w.length >= 5);
  const loose = (id: string) => fold(m.names.get(id) ?? '').split(' ').filter((w) => w.length >= 5 && said.some((x) => w.startsWith(x) || x.startsWith(w))).length;
  const best = Math.max(...supported.map(loose));
  const ids = supported.filter((id) => loose(id) === best);
  if (ids.length === 1) return describe({ ...q, mentions: [{ id: ids[0]!, name: m.names.get(ids[0]!) ?? ids[0]!, type: m.byId.get(ids[0]!)!.type, score: 1, at: 0 }] }, true);
  return tr(q.lang, `Most likely ${list(q, ids)}.`, `Am ehesten ${list(q, ids)}.`, `おそらく${list(q, ids)}です。`);
}

/** "Is there something about a vendor?": elements whose names share a distinctive word with the question. */
function findByWords(q: AnalystQuery): string | null {
  const m = q.analysis!.model;
  const evidence = byEvidence(q, 0.99);
  if (evidence.length) return tr(q.lang, `Yes: ${list(q, evidence)}.`, `Ja: ${list(q, evidence)}.`, `はい：${list(q, evidence)}。`);
  // Names sharing a content run (制服) or a known concept (PC / computer, books / ledger) with the question.
  const loose = m.nodes.filter((n) => n.name && mentionScore(q.question, n.name) >= 0.45).sort((a, b) => mentionScore(q.question, b.name!) - mentionScore(q.question, a.name!));
  if (loose.length && (hasCjkText(q.full) || loose.some((n) => hasCjkText(n.name!)))) return tr(q.lang, `Yes: ${list(q, loose.map((n) => n.id), 5)}.`, `Ja: ${list(q, loose.map((n) => n.id), 5)}.`, `はい：${list(q, loose.map((n) => n.id), 5)}。`);
  const words = q.text.split(' ').filter((w) => w.length >= 4 && !STOP.has(w) && !SIGNALS.find.test(w) && !/^(?:there|something|anything|about|called|named|step|task|element|diagram|process|prozess|schritt|etwas)$/.test(w));
  if (!words.length) return null;
  const hits = m.nodes.filter((n) => n.name && fold(n.name).split(' ').some((nw) => words.some((w) => wordsMatch(w, nw))));
  if (!hits.length && loose.length) hits.push(...loose.slice(0, 5));
  if (!hits.length) return tr(q.lang, `No — no element's name mentions ${words.map((w) => `"${w}"`).join(' or ')}.`, `Nein — kein Elementname enthält ${words.map((w) => `„${w}“`).join(' oder ')}.`, `いいえ、${words.join('・')}を含む名前の要素はありません。`);
  return tr(q.lang, `Yes: ${list(q, hits.map((n) => n.id))}.`, `Ja: ${list(q, hits.map((n) => n.id))}.`, `はい：${list(q, hits.map((n) => n.id))}。`);
}

/** "Can a claim be denied? Where?", "Kann ein Antrag abgelehnt werden? Wo?": yes/no about whether something happens
 *  at all, and the step where it does. */
const CAN_HAPPEN = /^(?:and |so |but |ok )?(?:can|could|may|might|kann|konnen|darf|durfen)\b(?=.*(?:\b(?:be|get|werden|sein|end|enden)\b|\b(?:where|wo)\b\W*$))/;
function canHappen(q: AnalystQuery): string | null {
  if (!CAN_HAPPEN.test(q.full) || has(q, SIGNALS.count)) return null;
  const m = q.analysis!.model;
  const ms = q.mentions.filter((x) => m.byId.has(x.id) && x.score >= 0.35 && x.score < 0.99);
  if (!ms.length) return null;
  let x = decidingWord(q, ms);
  // An end event is the outcome; where it happens is the step that leads to it ("Can a loan be refused? Where?":
  // **Inform applicant of rejection**, which ends in **Loan declined**).
  const outcome = m.byId.get(x.id)!.kind === 'endEvent' ? x : null;
  if (outcome) {
    const act = m.byId.get(x.id)!.incoming.map((f) => m.byId.get(m.flowById.get(f)?.sourceId ?? '')).find((p) => p && isActivityType(p.type));
    if (act) x = { id: act.id, name: act.name ?? act.id, type: act.type, score: x.score, at: x.at };
  }
  const n = m.byId.get(x.id)!;
  const d = call<{ element: Ref; lane: Ref | null; participant: Ref | null }>(q, 'describe_element', { element: x.id });
  const where = d.lane ? tr(q.lang, ` in lane ${c(q, d.lane)}`, ` in der Lane ${c(q, d.lane)}`, `（レーン${c(q, d.lane)}）`) : d.participant ? tr(q.lang, ` in ${c(q, d.participant)}`, ` in ${c(q, d.participant)}`, `（${c(q, d.participant)}）`) : '';
  const lbl = tname(q, n.type);
  const ends = outcome && outcome !== x ? tr(q.lang, `, which ends in ${c(q, outcome)}`, `, danach endet es mit ${c(q, outcome)}`, `、その後${c(q, outcome)}で終わります`) : '';
  return tr(q.lang, `Yes — at ${c(q, x)} (${article(lbl)} ${lbl}${where})${ends}.`, `Ja — bei ${c(q, x)} (${lbl}${where})${ends}.`, `はい。${c(q, x)}（${lbl}）${where}です${ends}。`);
}

/**
 * Of names scored about equally, the one that says the question's rarest word: in "can a claim be denied?" every
 * name says "claim", only **Send rejection** says "denied". An activity before an event or gateway at equal evidence.
 */
function decidingWord(q: AnalystQuery, ms: Mention[]): Mention {
  const m = q.analysis!.model;
  const top = ms[0]!;
  const near = ms.filter((x) => x.score >= top.score - 0.15 && !hasCjkText(x.name));
  if (near.length < 2) return top;
  const words = q.full.split(' ').filter((w) => w.length >= 3 && !STOP.has(w));
  const named = m.nodes.filter((n) => n.name);
  const freq = (w: string) => Math.max(1, named.filter((n) => wordsSaid([w], n.name!).size).length);
  const isAct = (x: Mention) => isActivityType(m.byId.get(x.id)?.type ?? '');
  const weight = (x: Mention) => [...wordsSaid(words, x.name)].reduce((a, w) => a + 1 / freq(w), 0) + (isAct(x) ? 0.05 : 0);
  return near.map((x) => ({ x, w: weight(x) })).sort((a, b) => b.w - a.w || b.x.score - a.x.score)[0]!.x;
}

export function images(turn: TurnContext, lang: Lang = 'en'): string {
  const all = turn.attachments.filter((x): x is ImageInput => x.kind === 'image');
  const current = all.filter((i) => turn.currentAttachmentIds.includes(i.attachmentId));
  const shown = current.length ? current : all.slice(-1);
  if (!shown.length) return tr(lang, 'No image is attached to this conversation.', 'An dieses Gespräch ist kein Bild angehängt.', 'この会話には画像が添付されていません。');
  const d = turn.diagram;
  return shown.map((img) => {
    const type = img.mime.replace(/^image\//, '').toUpperCase();
    const dims = img.width && img.height ? `${img.width}×${img.height} ${tr(lang, 'pixels', 'Pixel', 'ピクセル')}` : tr(lang, 'of unknown size', 'unbekannter Größe', 'サイズ不明');
    let s = tr(lang, `${strongName(img.name)} is a ${type} image, ${dims}, ${formatBytes(img.size)}.`, `${strongName(img.name)} ist ein ${type}-Bild, ${dims}, ${formatBytes(img.size)}.`, `${strongName(img.name)}は${type}画像（${dims}、${formatBytes(img.size)}）です。`);
    if (d && img.revisionId) {
      const ext = d.analysis?.model.extent;
      const sameRevision = img.revisionId === d.revisionId;
      const ratio = img.width && img.height ? img.width / img.height : null;
      const diagramRatio = ext && ext.height > 0 ? ext.width / ext.height : null;
      const close = ratio && diagramRatio ? Math.abs(Math.log(ratio / diagramRatio)) < 0.25 : false;
      if (sameRevision && close) s += tr(lang, ` It was sent with the current revision of ${strongName(d.name)} and its aspect ratio (${ratio!.toFixed(2)}) matches the diagram's (${diagramRatio!.toFixed(2)}), so it looks like a picture of this diagram as it is now.`, ` Es wurde mit der aktuellen Version von ${strongName(d.name)} gesendet, und sein Seitenverhältnis (${ratio!.toFixed(2)}) passt zu dem des Diagramms (${diagramRatio!.toFixed(2)}) — es zeigt wohl dieses Diagramm, wie es jetzt ist.`, ` 現在の${strongName(d.name)}の版と一緒に送られ、縦横比（${ratio!.toFixed(2)}）が図（${diagramRatio!.toFixed(2)}）と一致するので、今の図の画像だと思われます。`);
      else if (sameRevision) s += tr(lang, ` It was sent with the current revision of ${strongName(d.name)}${ratio && diagramRatio ? `, but its aspect ratio (${ratio.toFixed(2)}) differs from the diagram's (${diagramRatio.toFixed(2)}) — it may show only part of it, or something else` : ''}.`, ` Es wurde mit der aktuellen Version von ${strongName(d.name)} gesendet${ratio && diagramRatio ? `, aber sein Seitenverhältnis (${ratio.toFixed(2)}) weicht von dem des Diagramms (${diagramRatio.toFixed(2)}) ab — es zeigt vielleicht nur einen Teil oder etwas anderes` : ''}.`, ` 現在の${strongName(d.name)}の版と一緒に送られました${ratio && diagramRatio ? `が、縦横比（${ratio.toFixed(2)}）が図（${diagramRatio.toFixed(2)}）と異なるため、一部または別のものかもしれません` : ''}。`);
      else s += tr(lang, ` It was sent with an earlier revision of ${strongName(d.name)}, so it may not show the diagram as it is now.`, ` Es wurde mit einer früheren Version von ${strongName(d.name)} gesendet und zeigt das Diagramm daher vielleicht nicht so, wie es jetzt ist.`, ` 以前の${strongName(d.name)}の版と一緒に送られたので、今の図とは違うかもしれません。`);
    } else if (d) {
      s += tr(lang, ' No diagram revision was recorded with it, so I cannot tell whether it shows the current diagram.', ' Dazu wurde keine Diagrammversion gespeichert, ich kann also nicht sagen, ob es das aktuelle Diagramm zeigt.', ' 図の版が記録されていないため、今の図かどうか分かりません。');
    }
    s += tr(lang, ' I cannot see what is drawn in it without a vision model; I answer from the diagram\'s structure instead.', ' Was darauf zu sehen ist, kann ich ohne Bildmodell nicht erkennen; ich antworte aus der Struktur des Diagramms.', ' 画像モデルがないので描かれている内容は見えません。図の構造から答えます。');
    return s;
  }).join('\n\n');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const IMPORT_WORDS = /\bimport\w*|\bverworfen\b|\bwarnings? (?:when|while) (?:reading|loading|parsing)|\bparse\w*|\bdropped\b|\bnot understood\b|\bignored\b|\bbeim (?:import|einlesen|laden)\b|\beingelesen\b|読み込み|インポート/;
function importNotes(q: AnalystQuery): string | null {
  if (!IMPORT_WORDS.test(q.text)) return null;
  // "We've just imported our process from Bizagi. How many tasks does it have?": the import is context, the last
  // sentence (or the rest of the question) asks something else.
  const sentences = q.question.split(/(?<=[.!?。！？])\s+/).filter((x) => x.trim());
  const last = fold(sentences[sentences.length - 1] ?? '');
  if (sentences.length > 1 && !IMPORT_WORDS.test(last) && [SIGNALS.count, SIGNALS.after, SIGNALS.before, SIGNALS.whatIf, SIGNALS.who, SIGNALS.loops, SIGNALS.paths].some((re) => re.test(last))) return null;
  if (!/\bverworfen\b|\bwarnings?\b|\bdropped\b|\bnot understood\b|\bignored\b|\blost\b|\bmissing\b|\bfehlt\b|\bproblems?\b|\bwrong\b|\bwhat\b.*\bimport\w*|\bwas\b.*\bimport\w*|落ち|欠落|警告/.test(q.text) && [SIGNALS.count, SIGNALS.waysToEnd, SIGNALS.loops, SIGNALS.whatIf, SIGNALS.after, SIGNALS.before, SIGNALS.who, SIGNALS.lanes, SIGNALS.gateways, SIGNALS.paths].some((re) => has(q, re))) return null;
  const r = call<{ warnings: { text: string }[]; repaired: string[] }>(q, 'import_warnings', {});
  if (!r.warnings.length && !r.repaired.length) return tr(q.lang, 'The file was read completely: nothing was dropped or misunderstood.', 'Die Datei wurde vollständig gelesen: Nichts wurde verworfen oder missverstanden.', 'ファイルは完全に読み込まれました。欠落や誤解はありません。');
  return [...r.repaired.map((x) => `- ${x}`), ...r.warnings.map((w) => `- ${w.text}`)].join('\n');
}

// ---------------------------------------------------------------- the pipeline

// ---------------------------------------------------------------- who or what performs a step (its task type)

const BY_PERSON = /\bby (?:a |an |the )?(?:person|human|people|someone|somebody|hand|staff|employee|clerk|colleague|user)\b|\bmanual(?:ly)?\b|\bby hand\b|\bhuman\b|\bvon hand\b|\bmanuell\w*|\bvon (?:einem menschen|einer person|einem mitarbeiter\w*|mitarbeitenden)\b|\bhandisch\b|人が|人手|手作業|手動|担当者が/;
const BY_SYSTEM = /\bautomatic(?:ally)?\b|\bautomated\b|\bby (?:the |a )?(?:system|computer|machine|software|robot|bot|engine)\b|\bautomatisch\w*|\bmaschinell\w*|\bvom system\b|\bvon (?:der|einer) (?:software|maschine)\b|自動|システムが|機械が/;
const AUTOMATIC_TYPES = /^(?:ServiceTask|ScriptTask|BusinessRuleTask)$/;
const HUMAN_TYPES = /^(?:UserTask|ManualTask)$/;

/** "Is the credit score computed by a person?", "Wird die Rechnung automatisch geprüft?": the task type says it. */
function performer(q: AnalystQuery): string | null {
  const person = has(q, BY_PERSON), system = has(q, BY_SYSTEM);
  if (person === system || has(q, SIGNALS.before) || has(q, SIGNALS.after) || has(q, SIGNALS.whatIf)) return null;
  // A question about several steps ("which tasks are manual?") is a list of a type, not about one step.
  if (has(q, SIGNALS.count) || has(q, SIGNALS.list) || typesIn(q.text).some((t) => t !== 'activity' && t !== 'task')) return null;
  const m = q.analysis!.model;
  const x = preferActivity(q, clearMentions(q).filter((y) => isActivityType(m.byId.get(y.id)?.type ?? '')), 0.2)[0];
  if (!x || x.score < 0.45) return null;
  // "zur manuellen Risikoprüfung" names **Manual risk review**: the word is the step's name, not a question about it.
  if (/\bmanu|\bauto|\bsystem|手動|手作業|自動/.test(fold(x.name))) return null;
  const type = m.byId.get(x.id)!.type;
  const lbl = tname(q, type);
  const d = call<{ lane: Ref | null }>(q, 'describe_element', { element: x.id });
  const lane = d.lane ? tr(q.lang, ` in lane ${c(q, d.lane)}`, ` in der Lane ${c(q, d.lane)}`, `（レーン${c(q, d.lane)}）`) : '';
  const auto = AUTOMATIC_TYPES.test(type), human = HUMAN_TYPES.test(type);
  if (!auto && !human) {
    return tr(q.lang, `The diagram does not say: ${c(q, x)} is ${article(lbl)} ${lbl}${lane}, a type that leaves open whether a person or a system does it.`,
      `Das sagt das Diagramm nicht: ${c(q, x)} ist ${deArticled(lbl, 'ein')}${lane}, ein Typ, der offen lässt, ob ein Mensch oder ein System sie ausführt.`,
      `図からは分かりません。${c(q, x)}は${lbl}${lane}で、人とシステムのどちらが行うかはこの種類では決まっていません。`);
  }
  const yes = auto === system;
  const who = auto
    ? tr(q.lang, 'the system does it, without a person', 'das System führt sie ohne einen Menschen aus', 'システムが人を介さずに実行します')
    : type === 'ManualTask'
      ? tr(q.lang, 'a person does it by hand, without a system', 'ein Mensch erledigt sie von Hand, ohne System', '人が手作業で行います（システムなし）')
      : tr(q.lang, 'a person does it, with the help of a system (a form or a work list)', 'ein Mensch erledigt sie, unterstützt von einem System (Formular oder Aufgabenliste)', '人がシステム（フォームやタスクリスト）を使って行います');
  return tr(q.lang, `${yes ? 'Yes' : 'No'} — ${c(q, x)} is ${article(lbl)} ${lbl}${lane}: ${who}.`,
    `${yes ? 'Ja' : 'Nein'} — ${c(q, x)} ist ${deArticled(lbl, 'ein')}${lane}: ${who}.`,
    `${yes ? 'はい' : 'いいえ'}。${c(q, x)}は${lbl}${lane}で、${who}。`);
}

const needsDiagram = (h: (q: AnalystQuery) => string | null): ((q: AnalystQuery) => string | null) => (q) => {
  if (!q.turn.diagram) return null;
  if (!q.analysis) return tr(q.lang, `I could not read the diagram: ${q.turn.diagram.parseError ?? 'unknown error'}`, `Ich konnte das Diagramm nicht lesen: ${q.turn.diagram.parseError ?? 'unbekannter Fehler'}`, `図を読み込めませんでした：${q.turn.diagram.parseError ?? '不明なエラー'}`);
  return h(q);
};

export const intentHandlers: IntentHandler[] = [
  // "without photos of damage being taken" names **Photograph damage**: no question about an image when none is attached.
  { name: 'image', handle: (q) => ((has(q, SIGNALS.image) && (q.turn.attachments.some((x) => x.kind === 'image') || !q.mentions.some((x) => x.score >= 0.6 && q.analysis?.model.byId.has(x.id)))) || (!q.question.trim() && q.turn.currentAttachmentIds.some((id) => q.turn.attachments.some((x) => x.kind === 'image' && x.attachmentId === id))) ? images(q.turn, q.lang) : null) },
  { name: 'help', handle: help },
  { name: 'needsModel', handle: needsModel },
  { name: 'noDiagram', handle: (q) => (q.turn.diagram ? null : NO_DIAGRAM[q.lang]) },
  { name: 'changes', handle: needsDiagram(changes) },
  { name: 'imports', handle: needsDiagram(importNotes) },
  // Before reachesBetween and stepLookup: "Does any split get merged by a gateway of a different type?" names no step.
  { name: 'gatewayMismatch', handle: needsDiagram((q) => (MISMATCH_TYPES.test(q.text) && has(q, SIGNALS.gateways) ? gateways(q) : null)) },
  // Before reachability: "If the customer never answers …" is a condition, not a question about unreachable steps.
  { name: 'conditionEvent', handle: needsDiagram(conditionEvent) },
  { name: 'parallelWork', handle: needsDiagram(parallelWork) },
  { name: 'timerAsked', handle: needsDiagram(timerAsked) },
  // Before messageExchange: "Can a caller whose membership is not found still get a patrol sent out?" is a yes/no
  // about reaching a step (stillReaches needs that form and both ends named).
  { name: 'stillReaches', handle: needsDiagram(stillReaches) },
  // "What do we send to the adopter, and what do we get back?": a pool's messages both ways, not a way back.
  // The pool's name said as such is meant then, though a step's name holds it too ("Send estimate to customer").
  { name: 'messageExchange', handle: needsDiagram((q) => {
    // Two clauses, one sending and one getting ("… get a patrol sent out?" is one clause, about a step).
    const send = q.full.search(SIGNALS.send), get = q.full.search(GET_VERB);
    if (send < 0 || get < 0 || !/\band\b|\bund\b|、|そして/.test(q.full.slice(Math.min(send, get), Math.max(send, get)))) return null;
    const p = withSaidPools(q);
    return p.mentions.some((x) => x.type === 'Participant' && x.score >= GROUP) ? messages(p) : null;
  }) },
  { name: 'reachesBetween', handle: needsDiagram(reachesBetween) },
  { name: 'reachability', handle: needsDiagram(reachability) },
  { name: 'waysToEnd', handle: needsDiagram(waysToEnd) },
  { name: 'performer', handle: needsDiagram(performer) },
  { name: 'compare', handle: needsDiagram(compare) },
  // Before count: "which step checks …" asks for one step by what it does, not for the steps of a pool it names.
  { name: 'whichStep', handle: needsDiagram(whichStep) },
  { name: 'count', handle: needsDiagram(count) },
  { name: 'typeExists', handle: needsDiagram(typeExists) },
  { name: 'eventByRole', handle: needsDiagram(eventByRole) },
  { name: 'stepLookup', handle: needsDiagram(stepLookup) },
  { name: 'problems', handle: needsDiagram(problems) },
  { name: 'messageFocus', handle: needsDiagram(messageFocus) },
  { name: 'whatIf', handle: needsDiagram(whatIf) },
  { name: 'loops', handle: needsDiagram(loops) },
  { name: 'paths', handle: needsDiagram(paths) },
  { name: 'afterBefore', handle: needsDiagram(afterBefore) },
  // "Was passiert, wenn der Kunde das Angebot bestätigt hat?": the wait for that answer, and what follows it.
  { name: 'answerArrived', handle: needsDiagram((q) => {
    if (!has(q, SIGNALS.whatIf) && !/\bwhat happens\b|\bwas passiert\b|どうなり|どうなる|次は/.test(q.full)) return null;
    const t = preferActivity(q, clearMentions(q).filter((x) => q.analysis!.model.byId.has(x.id)))[0];
    const w = t ? answerArrives(q, t) : null;
    return w ? describeNext(q, call<NextResult>(q, 'next_steps', { element: w.id })) : null;
  }) },
  { name: 'messages', handle: needsDiagram(messages) },
  { name: 'lanes', handle: needsDiagram(lanesWho) },
  { name: 'pools', handle: needsDiagram(pools) },
  { name: 'gateways', handle: needsDiagram(gateways) },
  { name: 'summary', handle: needsDiagram(summary) },
  // "travelling abroad?": a fragment that is a branch's label asks what happens on that branch.
  { name: 'branchFragment', handle: needsDiagram(branchFragment) },
  { name: 'canHappen', handle: needsDiagram(canHappen) },
  { name: 'everyFrom', handle: needsDiagram(everyFrom) },
  { name: 'yesNoStep', handle: needsDiagram(yesNoStep) },
  { name: 'describe', handle: needsDiagram((q) => describe(q)) },
  { name: 'looseLookup', handle: needsDiagram((q) => stepLookup(q, LOOSE_LOOKUP, 0.35)) },
  { name: 'mentioned', handle: needsDiagram((q) => (q.mentions[0] && q.mentions[0].score >= 0.8 ? describe(q, true) : null)) },
  // Last resort before "I can't": a question that clearly names one element ("where do we record the invoice in the
  // books?" → **Post to ledger**) gets that element described.
  { name: 'mentionedLoosely', handle: needsDiagram((q) => (clearMentions(q)[0] && clearMentions(q)[0]!.score >= 0.6 ? describe(q, true) : null)) },
  // A question that names no element but says something only one or two names mean ("レントゲンについて教えて" for
  // **胸部X線撮影**); a condition or a step before/after that half-names one is left to the best guess below.
  { name: 'byEvidence', handle: needsDiagram((q) => { if (q.mentions.some((x) => x.score >= 0.5) || has(q, SIGNALS.who) || ([SIGNALS.whatIf, SIGNALS.after, SIGNALS.before].some((re) => has(q, re)) && q.mentions.some((x) => x.score >= 0.4))) return null; const ids = byEvidence(q, 0.99); return ids.length === 1 ? describe({ ...q, mentions: [{ id: ids[0]!, name: q.analysis!.model.names.get(ids[0]!) ?? ids[0]!, type: q.analysis!.model.byId.get(ids[0]!)!.type, score: 1, at: 0 }] }, true) : ids.length ? tr(q.lang, `No name says it outright; the closest are ${list(q, ids)}.`, `Kein Name sagt es direkt; am nächsten kommen ${list(q, ids)}.`, `名前にそのままの要素はありません。近いのは${list(q, ids)}です。`) : null; }) },
  // When unsure, the best structural reading: describe the element the question names most, never "can't answer".
  { name: 'bestGuess', handle: needsDiagram((q) => { const t = q.mentions.filter((x) => x.score >= 0.4)[0]; return t ? describe({ ...q, mentions: [t] }, true) : null; }) },
];

/** Add a handler (e.g. for edit requests); `first` puts it before all others. */
export function registerIntentHandler(h: IntentHandler, opts: { first?: boolean } = {}): void {
  const i = intentHandlers.findIndex((x) => x.name === h.name);
  if (i >= 0) intentHandlers.splice(i, 1);
  if (opts.first) intentHandlers.unshift(h); else intentHandlers.push(h);
}

function cannotAnswer(q: AnalystQuery): string {
  return tr(q.lang, "I can't answer that from the diagram's structure alone. ", 'Das kann ich aus der Struktur des Diagramms allein nicht beantworten. ', '図の構造だけではその質問には答えられません。') + CAPABILITIES[q.lang];
}

export type AnswerOptions = { /** Element ids selected on the canvas: what "this" / "dies" / "これ" means. */ selection?: string[] };

const THIS = /\b(?:this|it|that|the selected(?: \w+)?|the selection|selected (?:one|element|task|step|gateway|event)|dies\w*|das ausgewahlte\w*|die auswahl)\b|\b(?:das|es|ihn|sie)$|これ|この|選択/;

/** The question after a lead-in story: after "my question is", "mich interessiert:", "…と思うけど、", or a dash before
 *  a question word. Null when there is no such lead-in or too little after it. */
const FOCUS_MARK = /\b(?:my (?:actual |real )?question is|the question is|what i (?:really )?(?:want|would like|'d like) to know is|i (?:want|would like|'d like) to know)\b[\s,:]*|\b(?:mich interessiert|meine frage (?:ist|lautet)|die frage ist|ich (?:m[öo]chte|will|w[üu]rde gerne?) wissen)\b[\s,:]*|(?:と思う|と思います|だと思う)(?:んだ)?(?:けど|けれど|が)[、,]?\s*/gi;
// A dash before the question ends a story only after a long one: "Suppose the scoring says high risk — where …"
// is a condition and its question.
const FOCUS_DASH = /\s[—–]\s*(?=(?:so |and |but |also )?(?:what|which|who|how|when|where|can|does|do|is|was|wer|wie|welche\w*|wann|wo|kann|gibt|passiert)\b)/gi;
function focusOf(question: string): string | null {
  let end = -1;
  const q = question.replace(/’/g, "'");
  for (const x of q.matchAll(FOCUS_MARK)) end = x.index! + x[0].length;
  if (end < 0) for (const x of q.matchAll(FOCUS_DASH)) if (q.slice(0, x.index).split(/\s+/).length >= 12) end = x.index! + x[0].length;
  if (end <= 0) return null;
  const rest = question.slice(end).trim();
  const enough = hasCjkText(rest) ? rest.length >= 6 : rest.split(/\s+/).length >= 3;
  return enough && rest.length < question.length - 10 ? rest : null;
}

/** Understand a question: language, mentioned elements, the text the handlers test. */
export function readQuestion(turn: TurnContext, opts: AnswerOptions = {}): AnalystQuery {
  const analysis = turn.diagram?.analysis ?? null;
  const m = analysis?.model ?? null;
  // "die IT", "our IT": the acronym, not the pronoun (only written in capitals).
  const mentionsIn = (text: string) => (m ? mentionsOf(m, text.replace(/\bIT\b/g, 'IT department')) : []);
  // A story first, then the question ("… and so on — my question is, what happens after …"): the question alone,
  // when it names something itself (the story names half the diagram).
  const focus = focusOf(turn.question);
  const focusMentions = focus ? mentionsIn(focus) : [];
  const useFocus = !!focus && focusMentions.some((x) => x.score >= 0.5);
  const question = useFocus ? focus! : turn.question;
  const mentions = useFocus ? focusMentions : mentionsIn(question);
  // "What happens after this?" with an element selected: the selection is the subject (unless a name is given).
  const selected = (opts.selection ?? []).filter((id) => m?.names.has(id));
  if (m && selected.length && !mentions.some((x) => x.score >= 0.6) && THIS.test(fold(question))) {
    const at = fold(question).search(THIS);
    for (const id of selected.reverse()) {
      const n = m.byId.get(id);
      mentions.unshift({ id, name: m.names.get(id) ?? id, type: n?.type ?? (m.lanes.some((l) => l.id === id) ? 'Lane' : 'Participant'), score: 1.02, at });
    }
  }
  const names = m ? [...m.names.values()].filter((x): x is string => !!x) : [];
  // "an welcher Stelle" is "wo": the noun would otherwise read as the verb stem of bestellen, zustellen, einstellen …
  const full = fold(question.replace(/[’']/g, ' ')).replace(/\ban welche[rmn]? stellen?\b|\bwelche stellen?\b/g, 'wo');
  const text = stripNames(full, mentions);
  const nameWords = new Set(m ? [...names, ...m.flows.map((f) => f.name ?? ''), ...m.messageFlows.map((f) => f.name ?? '')].flatMap((x) => fold(x).split(' ')).filter((w) => w.length >= 3) : []);
  const labelWords = new Set(m ? m.flows.flatMap((f) => fold(f.name ?? '').split(' ')).filter((w) => w.length >= 3) : []);
  const without = (t: string, ws: Set<string>) => t.split(' ').filter((w) => !ws.has(w)).join(' ');
  return {
    turn, question, lang: detectLanguage(question, names), full, text, plain: without(full, nameWords),
    // A step's own words are no lint question ("修正をテストした後" is about **Test fix**).
    noLabels: withoutConcepts(without(text, labelWords), new Set(mentions.filter((x) => x.score >= 0.6 && x.score < 0.99).flatMap((x) => [...conceptsOf(fold(x.name))]))), analysis,
    ctx: analysis ? toolContextOf(analysis, { revisionId: turn.diagram?.revisionId ?? null }) : null,
    mentions, calls: [],
  };
}

/** The whole answer for one turn, and the tool calls it rests on. */
export function answerWithCalls(turn: TurnContext, opts: AnswerOptions = {}): { text: string; calls: AnalystQuery['calls']; lang: Lang } {
  const q = readQuestion(turn, opts);
  let text: string | null = null;
  for (const h of intentHandlers) {
    try {
      text = h.handle(q);
    } catch (e) {
      if (!(e instanceof ToolFailed)) throw e;
      text = null;
    }
    if (text) break;
  }
  const parts = [text ?? cannotAnswer(q)];
  // Parser warnings change what the answer can rest on: say so once per answer (the details on request).
  const dropped = q.analysis?.warnings.length ?? 0;
  if (dropped && !q.calls.some((x) => x.name === 'import_warnings')) {
    parts.push(tr(q.lang, `Note: ${dropped === 1 ? 'one part' : `${dropped} parts`} of the file could not be read and ${dropped === 1 ? 'was' : 'were'} left out — ask "what was dropped on import?" for details.`,
      `Hinweis: ${dropped === 1 ? 'Ein Teil' : `${dropped} Teile`} der Datei ${dropped === 1 ? 'konnte' : 'konnten'} nicht gelesen werden und ${dropped === 1 ? 'fehlt' : 'fehlen'} — fragen Sie „Was wurde beim Import verworfen?“ für Details.`,
      `注意：ファイルの${dropped}箇所を読み込めず、除外しました。詳細は「インポートで何が落ちた？」と聞いてください。`));
  }
  const skipped = turn.skipped.filter((s) => turn.currentAttachmentIds.includes(s.attachmentId));
  if (skipped.length) parts.push(tr(q.lang, `I could not use ${skipped.map((s) => `${strongName(s.name)} (${s.reason})`).join(', ')}.`, `Ich konnte ${skipped.map((s) => `${strongName(s.name)} (${s.reason})`).join(', ')} nicht verwenden.`, `${skipped.map((s) => `${strongName(s.name)}（${s.reason}）`).join('、')}は使えませんでした。`));
  return { text: parts.join('\n\n'), calls: q.calls, lang: q.lang };
}

/** The whole answer for one turn. */
export function answer(turn: TurnContext, opts: AnswerOptions = {}): string {
  return answerWithCalls(turn, opts).text;
}
