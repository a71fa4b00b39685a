import { ANTONYMS, CONCEPTS, READINGS } from './vocabulary';

// Matching what people type against element names: case-, diacritics- and whitespace-insensitive, any script.
// Latin text is compared by words (with typo tolerance), CJK text by characters (it has no spaces between words).

/** Lower-case, NFKC (full-width → ASCII), Latin diacritics dropped (ä → a, é → e, ß → ss), punctuation → space. */
// Longest reading first, so こくみんけんこうほけん is read whole before ほけん.
const READING = new RegExp(Object.keys(READINGS).sort((a, b) => b.length - a.length).join('|'), 'g');

const HIRAGANA = /[\u3041-\u3096]/;
// A reading stands for a word only between word edges: not kana of other words ("どこにもつながって" holds にもつ), but
// after a particle or an honorific お/ご and before a particle or する/される/して. Readings side by side are one
// compound written in kana (ぶひんこうかん for 部品交換): the run's outer edges decide.
const BEFORE_WORD = new Set([...'をがはのにでともやへおご']);
const AFTER_WORD = new Set([...'をがはのにでともやへしすさせだでかまね']);
function readKana(text: string): string {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(READING)) spans.push([m.index!, m.index! + m[0].length]);
  const keep = new Set<number>();
  for (let i = 0; i < spans.length;) {
    let j = i;
    while (j + 1 < spans.length && spans[j + 1]![0] === spans[j]![1]) j++;
    const before = text[spans[i]![0] - 1], after = text[spans[j]![1]];
    const okBefore = !before || !HIRAGANA.test(before) || BEFORE_WORD.has(before);
    const okAfter = !after || !HIRAGANA.test(after) || AFTER_WORD.has(after);
    if (okBefore && okAfter) for (let k = i; k <= j; k++) keep.add(k);
    i = j + 1;
  }
  let out = '', at = 0;
  spans.forEach(([a, b], k) => { if (keep.has(k)) { out += text.slice(at, a) + READINGS[text.slice(a, b)]!; at = b; } });
  return out + text.slice(at);
}

export function fold(s: string): string {
  const nfkc = s.normalize('NFKC');
  // Kana typed for a kanji word (じゅうみんひょう) is read as the word (住民票).
  return (/[\u3041-\u3096]{2}/.test(nfkc) ? readKana(nfkc) : nfkc)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // "1.000 €" and "1000 Euro" are the same amount: digit-group separators go, currency signs become words.
    .replace(/(\d)[.,'’](?=\d{3}(?!\d))/g, '$1')
    .replace(/€/g, ' eur ')
    .replace(/\$/g, ' usd ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    // "8h", "24hrs", "3d" are "8 hours", "24 hours", "3 days" in a label.
    .replace(/\b(\d+) ?(?:h|hrs?|std|stunden?)\b/g, '$1 hours')
    .replace(/\b(\d+)d\b/g, '$1 days')
    // "Ship orderの前" → "ship order の前": a Latin name inside Japanese text is still a word of its own.
    .replace(/([a-z0-9])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '$1 ')
    .replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(?=[a-z0-9])/gu, '$1 ')
    .trim();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const hasCjk = (s: string) => CJK.test(s);

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
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

/** Every occurrence of a CJK name in the text is its negation (不/未/無/非 before it): 不合格 for **合格**. */
function saidNegated(text: string, name: string): boolean {
  if (/^[不未無非]/.test(name)) return false;
  let at = text.indexOf(name), any = false;
  for (; at >= 0; at = text.indexOf(name, at + 1)) { if (!/[不未無非]/.test(text[at - 1] ?? '')) return false; any = true; }
  return any;
}

/** Allowed typos for a word of this length. */
const slack = (w: string) => (w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0);

/** A rough stem: inflection endings off, a doubled final consonant single ("scanned" → "scan"). */
export const stem = (w: string) => w.replace(/(?:ing|ed|es|s|en|er|e|ung|t)$/, '').replace(/([bdgklmnprtz])\1$/, '$1');

/** Do two folded words match, allowing typos and simple inflection (pack/packed/packing, order/orders)? */
export function wordsMatch(a: string, b: string, maxTypos = 2): boolean {
  if (a === b) return true;
  // Numbers are exact: 2000 is no typo of 1000, nor 48 of 4.
  if (a.length < 3 || b.length < 3 || /^\d+$/.test(a) || /^\d+$/.test(b)) return false;
  // A German agent noun is not its action noun: **Anforderer** (who asks) is no "Anforderung" (the request).
  if (agentAndAction(a, b) || agentAndAction(b, a)) return false;
  const sa = stem(a), sb = stem(b);
  if (sa.length >= 3 && (sa === sb || sa === b || a === sb)) return true;
  // Participles of separable verbs put "ge" after the particle: "zusammengestellt" / "zusammenstellen",
  // "hochgeladen" / "hochladen" (both verb forms: "eingegangen" is no "Eingang").
  const ua = unGe(a), ub = unGe(b);
  if ((ua !== a || ub !== b) && VERBISH.test(a) && VERBISH.test(b) && stem(ua).length >= 5 && stem(ua) === stem(ub)) return true;
  // German verb prefixes: "packen" / "verpacken", "zahlen" / "bezahlen".
  // Participles of separable verbs put "ge" after the particle: ausgetauscht / austauschen.
  const bare = (w: string) => w.replace(/^(?:ver|be|ab|an|auf|aus|ein|er|ge|zu|ent|zuruck|nach|vor|weg|frei|mit)(?=[a-z]{4})/, '').replace(/^ge(?=[a-z]{4})/, '');
  // … but not for the everyday verbs whose prefixed forms are other verbs: "Was läuft" is no "abgelaufen", "wie
  // geht es" no "ausgehen".
  // Two different prefixes make two verbs: "erreicht" is no "einreichen", "verkaufen" no "einkaufen".
  const prefixOf = (w: string) => w.slice(0, w.length - bare(w).length).replace(/ge$/, '');
  const differ = bare(a) !== a && bare(b) !== b && prefixOf(a) !== prefixOf(b) && prefixOf(a) !== '' && prefixOf(b) !== '';
  // A German participle is no English gerund: "gefunden" is no "funding".
  const geIng = (/^ge/.test(a) && /ing$/.test(b)) || (/^ge/.test(b) && /ing$/.test(a));
  // A prefix makes another person of an agent noun: **Vermieter** (landlord) is no "Mieter" (tenant), Verkäufer no Käufer.
  const agents = /(?:er|erin|erinnen)$/.test(a) && /(?:er|erin|erinnen)$/.test(b) && a.length !== b.length;
  if ((bare(a) !== a || bare(b) !== b) && !differ && !geIng && !agents) { const ba = stem(bare(a)), bb = stem(bare(b)); if (ba.length >= 4 && ba === bb && !EVERYDAY_VERBS.has(ba)) return true; }
  if (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3) return true;
  // Derived forms share a long stem and differ by a derivational ending: eligible / eligibility, approve /
  // approval, deliver / deliveries (not German compounds such as Lieferung / lieferbar).
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  if (p >= 6 && p >= 0.75 * Math.min(a.length, b.length) && DERIVED.test(a.slice(p)) && DERIVED.test(b.slice(p))) return true;
  // An English -able adjective says its verb, however short: "fixable" / "fixed", "bookable" / "book" (not -ible:
  // "responsible" is no "response").
  const able = (w: string) => (/^[a-z]{3,}able$/.test(w) ? w.replace(/able$/, '') : null);
  const [va, vb] = [able(a), able(b)];
  if ((va && !vb && (va === b || va === stem(b))) || (vb && !va && (vb === a || vb === stem(a)))) return true;
  if (levenshtein(a, b) <= Math.min(slack(a), slack(b), maxTypos)) return true;
  // A typo in an inflected English word ("clasified" for **Classify**): one edit between the stems (not the first
  // letter: "refunded" is no "Befund").
  const en = (w: string) => (/[a-z]{4}ied$/.test(w) ? w.replace(/ied$/, 'y') : stem(w));
  return maxTypos > 0 && a[0] === b[0] && (/(?:ied|ed|ing)$/.test(a) || /(?:ied|ed|ing)$/.test(b)) && /^[a-z]+$/.test(a + b) && en(a).length >= 6 && en(b).length >= 6 && levenshtein(en(a), en(b)) <= 1;
}

const EVERYDAY_VERBS = new Set(['lauf', 'geh', 'gehn', 'komm', 'steh', 'sieh', 'seh', 'lass', 'halt', 'mach', 'sag', 'bleib', 'find']);
const SEPARABLE = 'ab|an|auf|aus|bereit|dar|durch|ein|fest|fertig|frei|her|hin|hoch|los|mit|nach|statt|teil|um|vor|weg|weiter|wieder|zu|zuruck|zusammen';
const unGe = (w: string) => w.replace(new RegExp(`^(${SEPARABLE})ge(?=[a-z]{3})`), '$1');
const VERBISH = /(?:en|t|te|ten|st|e)$/;
/** German action noun `a` and agent noun `b` of one verb ("Betreuung" / "Betreuer"): two things for a step's name, but
 *  the same unit for a lane's ("die Erstbetreuung" is the lane **Erstbetreuer/in**). */
export const agentAndAction = (a: string, b: string) => a.length >= 7 && /ung$/.test(a) && /(?:er|erin)$/.test(b) && a.slice(0, -3) === b.replace(/(?:er|erin)$/, '');

const DERIVED = /^(?:|e|le|y|s|es|ed|er|ing|ion|ions|ation|al|ance|ence|ity|ility|ment|ness|ive|able|ible|ly|ies|ied)$/;

const PARTICLES = new Set(['ab', 'an', 'auf', 'aus', 'ein', 'frei', 'zu', 'zuruck', 'vor', 'mit', 'weg', 'fest', 'los', 'um', 'durch']);
/**
 * German separable verbs put their particle at the end of a main clause: "Wer gibt die Rechnung frei?" is about
 * "freigeben", "Lehnt der Kunde ab" about "ablehnen". The joined forms, to match names and vocabulary.
 */
export function joinSeparable(words: string[]): string[] {
  const out: string[] = [];
  words.forEach((p, i) => {
    if (!PARTICLES.has(p) || i < 2 || (i < words.length - 1 && !/^(?:was|wer|wie|dann|und|oder|wenn)$/.test(words[i + 1]!))) return;
    for (const w of words.slice(Math.max(0, i - 6), i)) if (w.length >= 4 && /(?:t|en|e|st)$/.test(w) && !STOP.has(w)) out.push(p + w, p + infinitive(w));
  });
  return out;
}

/** German strong verbs change their stem in the present ("nimmt" of nehmen, "liest" of lesen): the infinitive of a
 *  third-person or plural form, for joining it with its particle ("nimmt … ab" = abnehmen). */
const STRONG: Record<string, string> = {
  nimmt: 'nehmen', gibt: 'geben', liest: 'lesen', sieht: 'sehen', halt: 'halten', lauft: 'laufen', fahrt: 'fahren', tragt: 'tragen',
  lasst: 'lassen', ladt: 'laden', schlagt: 'schlagen', spricht: 'sprechen', hilft: 'helfen', wirft: 'werfen', trifft: 'treffen',
  tritt: 'treten', bricht: 'brechen', misst: 'messen', stellt: 'stellen', fallt: 'fallen', weist: 'weisen', schliesst: 'schliessen',
};
const infinitive = (w: string) => STRONG[w] ?? (/en$/.test(w) ? w : /[td]et$/.test(w) ? w.replace(/et$/, 'en') : /(?:el|er)t$/.test(w) ? w.replace(/t$/, 'n') : w.replace(/t$/, 'en'));

/**
 * A name that keeps a separable verb's particle at the end, as a main clause does ("Eltern ziehen Antrag zurück",
 * "Hausmeister nimmt Wohnung ab", "Fahrer holt Ware ab"): the verb joined with its particle, the particle dropped,
 * so the name is said by "zurückziehen", "withdraw" or 取り下げ like **Antrag zurückziehen**. Folded words in, out.
 */
export function joinSeparableName(words: string[], raw?: string): string[] {
  const last = words[words.length - 1]!;
  if (words.length < 3 || !PARTICLES.has(last)) return words;
  // A label written with capitals shows its verb in lower case (German nouns are capitalised): "Welche Kriterien
  // treffen zu" joins treffen, not Kriterien.
  const lower = raw && /\p{Lu}/u.test(raw.slice(1)) ? new Set(raw.split(/[^\p{L}]+/u).filter((w) => /^\p{Ll}/u.test(w)).map(fold)) : null;
  const at = words.slice(0, -1).findIndex((w, i) => i > 0 && i <= 2 && w.length >= 4 && /(?:t|en)$/.test(w) && !STOP.has(w) && !/(?:ung|heit|keit|schaft)$/.test(w) && /^[a-z]+$/.test(w) && (!lower || lower.has(w)));
  if (at < 0) return words;
  return words.slice(0, -1).map((w, i) => (i === at ? last + infinitive(w) : w));
}

function bigrams(s: string): string[] {
  const t = s.replace(/\s+/g, '');
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out.length ? out : [t];
}

/** Dice coefficient over character bigrams (0..1): the measure for CJK and for whole-string likeness. */
export function dice(a: string, b: string): number {
  const x = bigrams(a), y = bigrams(b);
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let hit = 0;
  for (const g of x) {
    const c = pool.get(g) ?? 0;
    if (c > 0) { hit++; pool.set(g, c - 1); }
  }
  return (2 * hit) / (x.length + y.length);
}

/**
 * How well a typed query names a target (0..1). 1 = same text after folding; high for "contains", for all words
 * matching with typos, or (CJK) for a large shared character overlap.
 */
export function nameScore(query: string, target: string): number {
  const q = fold(query), t = fold(target);
  if (!q || !t) return 0;
  if (q === t) return 1;
  const qc = q.replace(/\s+/g, ''), tc = t.replace(/\s+/g, '');
  if (qc === tc) return 0.98;
  if (hasCjk(q) || hasCjk(t)) {
    if (tc.includes(qc) || qc.includes(tc)) return 0.7 + 0.25 * (Math.min(qc.length, tc.length) / Math.max(qc.length, tc.length));
    return dice(qc, tc) * 0.85;
  }
  const qw = q.split(' '), tw = joinSeparableName(t.split(' '), target);
  const matchedT = tw.filter((w) => qw.some((x) => wordsMatch(x, w))).length;
  const matchedQ = qw.filter((x) => tw.some((w) => wordsMatch(x, w))).length;
  const cover = (matchedT / tw.length) * 0.6 + (matchedQ / qw.length) * 0.4;
  const whole = 1 - levenshtein(qc, tc) / Math.max(qc.length, tc.length);
  return Math.min(0.97, Math.max(cover * 0.95, whole * 0.9));
}

/**
 * Where a name occurs inside a longer text (a question): 1 when all its words (or CJK characters) appear in order,
 * less for partial/typo matches. Used to tell which element a question is about.
 */
/** A verb said as its noun drops the kana between its kanji, and the other way round (消し込む ↔ 消込, 貸し出し ↔ 貸出,
 *  引き渡す ↔ 引渡): one or two hiragana between two kanji, never a particle. */
const OKURIGANA = /(\p{Script=Han})(?:(?![をがはのへでとにや])\p{Script=Hiragana}){1,2}(?=\p{Script=Han})/gu;
const OKURIGANA_AT = /^\p{Script=Han}(?:(?![をがはのへでとにや])\p{Script=Hiragana}){1,2}\p{Script=Han}/u;
const dropOkurigana = (s: string) => s.replace(OKURIGANA, '$1');

export function mentionScore(text: string, name: string, opts: { antonyms?: boolean } = {}): number {
  // An abbreviation in brackets is the name's short form ("Kraftfahrt-Bundesamt (KBA)" is said "the KBA").
  const abbr = /^(.+?)\s*[(（]([A-Z][A-Z0-9&]{1,5})[)）]\s*$/.exec(name.trim());
  if (abbr) return Math.max(mentionScore(text, abbr[1]!, opts), 0.98 * mentionScore(text, abbr[2]!, opts));
  const t = fold(text), n = fold(name);
  if (!t || !n) return 0;
  if (hasCjk(n)) {
    const tc = t.replace(/\s+/g, ''), nc = n.replace(/\s+/g, '');
    // … but not where the text says it negated (不合格 holds **合格**, and means its opposite).
    if (tc.includes(nc)) return saidNegated(tc, nc) ? 0.3 : 1;
    // A negated name (未解決, 不合格, 無効) is said as its word negated: 解決しなかった, 合格できない.
    const bare = nc.replace(/^[未不無非]/, '');
    if (bare !== nc && bare.length >= 2 && tc.includes(bare) && /ない|なかっ|ず|ません/.test(tc.slice(tc.indexOf(bare)))) return 0.95;
    // Japanese questions rephrase the kana (在庫を確認する → 在庫を確認した後) and split a name (FAQから回答を選ぶ →
    // FAQで回答を選んだ): every run of the name found in the text counts, longest first, by the name's content
    // characters (kanji, katakana, Latin), not by its hiragana endings — so a long name said in parts outscores a
    // short one that shares a single word with it (**回答へ**).
    const isContent = (ch: string) => !/[\p{Script=Hiragana}ー\s]/u.test(ch);
    const content = (s: string) => [...s].filter(isContent).length;
    const weight = new Array<number>(nc.length).fill(0);
    const tk = dropOkurigana(tc);
    const runs: [number, number][] = [];
    for (let i = 0; i < nc.length; i++) {
      let j = i + 1;
      while (j <= nc.length && (tc.includes(nc.slice(i, j)) || tk.includes(nc.slice(i, j)))) j++;
      if (content(nc.slice(i, j - 1)) >= 2) runs.push([i, j - 1]);
      const oku = nc.slice(i).match(OKURIGANA_AT)?.[0];
      if (oku && tc.includes(dropOkurigana(oku))) runs.push([i, i + oku.length]);
    }
    runs.sort((a, b) => content(nc.slice(b[0], b[1])) - content(nc.slice(a[0], a[1])));
    for (const [i, j] of runs) if (weight.slice(i, j).every((w) => w === 0)) for (let k = i; k < j; k++) weight[k] = 1;
    // Another language or a synonym: the name's known terms (注文 "order", PC "computer") found in the text as concepts.
    const asked = opts.antonyms ? withAntonyms(conceptsOf(t)) : conceptsOf(t);
    for (const [term, ids] of termsIn(nc)) {
      if (!ids.some((id) => asked.has(id))) continue;
      for (let at = nc.indexOf(term); at >= 0; at = nc.indexOf(term, at + 1)) for (let k = at; k < at + term.length; k++) weight[k] = Math.max(weight[k]!, 0.85 / 0.95);
    }
    let got = 0;
    for (let k = 0; k < nc.length; k++) if (isContent(nc[k]!)) got += weight[k]!;
    const denom = Math.max(1, content(nc));
    // A part of the name said whole — its action (手直し of **不良品を手直しする**) or its object — names it, if
    // weaker than the name: a name's parts are split by the particles between them.
    let part = 0;
    for (const m of nc.matchAll(/[^をにへでがのとや]+/g)) {
      const n = content(m[0]);
      if (n >= 2 && n < denom && [...m[0]].every((ch, k) => !isContent(ch) || weight[m.index! + k] === 1)) part = Math.max(part, 0.4 + 0.1 * (n / denom));
    }
    if (got && part) return Math.max(part, Math.min(0.95, (got / denom) * 0.95) * (weight.some((w) => w === 1) ? Math.min(1, 0.8 + 0.05 * got) : 1));
    // A match of few characters is weak evidence: "回答" in **回答へ** counts less than "回答を作" + 作成 in **回答を作成**.
    const said = weight.some((w) => w === 1);
    return got ? Math.min(0.95, (got / denom) * 0.95) * (said ? Math.min(1, 0.8 + 0.05 * got) : 1) : 0;
  }
  if (` ${t} `.includes(` ${n} `)) return 1;
  const tw = t.split(' ');
  tw.push(...joinSeparable(tw));
  // A name that is itself a term of the vocabulary ("Customer service", "Human resources"): its group's words name it.
  const whole = opts.antonyms ? undefined : LATIN_TERMS.get(n);
  if (whole && n.includes(' ') && whole.some((id) => conceptsOf(t).has(id))) return 0.85 * 0.9;
  const all = joinSeparableName(n.split(' '), name);
  const nw = all.filter((w) => !STOP.has(w) || all.length === 1);
  if (!nw.length) return 0;
  // Long words say more than short ones ("Wareneingang buchen": the question names "Wareneingang").
  let hit = 0, total = 0, modifierOnly = 0;
  let asked: Set<number> | null = null;
  // A phrase of the vocabulary inside the name ("Escalate to team lead" holds "team lead", a supervisor).
  const viaPhrase = new Set<string>();
  // … and a word whose phrase means something else is weak on its own: "check" of **Check in vehicle** (a car
  // taken back) is no "check the car for damage".
  const bound = new Set<string>();
  for (const [term, ids] of LATIN_TERMS) {
    if (!term.includes(' ') || !` ${n} `.includes(` ${term} `)) continue;
    asked ??= opts.antonyms ? withAntonyms(conceptsOf(t)) : conceptsOf(t);
    if (ids.some((id) => asked!.has(id))) term.split(' ').forEach((x) => viaPhrase.add(x));
    else for (const x of term.split(' ')) { const own = conceptIdsOf(x); if (own.length && !own.some((id) => ids.includes(id))) bound.add(x); }
  }
  for (const w of nw) {
    // Light verbs ("Apply fix", "Perform check", "Handle request") say little: the object names the step.
    // Numbers are specific ("5 Tage", "48 hours"): they weigh like a long word.
    // … unless the question compares without the amount ("und wenn der Betrag höher ist?" for **Betrag über 5.000 EUR?**).
    const compared = /^\d+$/.test(w) && !tw.includes(w) && [...conceptsOf(t)].some((id) => COMPARE.has(id));
    const framing = FRAMING.has(w) && nw.length > 1 && !tw.some((x) => wordsMatch(x, w)) && !conceptIdsOf(w).some((id) => (asked ??= opts.antonyms ? withAntonyms(conceptsOf(t)) : conceptsOf(t)).has(id));
    const weight = (LIGHT.has(w) && nw.length > 1) || framing ? 1 : compared ? 1 : /^\d+$/.test(w) ? 6 : Math.min(w.length, 12);
    total += weight;
    if (bound.has(w)) { if (tw.some((x) => wordsMatch(x, w)) || conceptIdsOf(w).some((id) => (asked ??= conceptsOf(t)).has(id))) hit += weight * 0.5; continue; }
    if (tw.some((x) => wordsMatch(x, w))) { hit += weight; continue; }
    // Compounds: "Rechnungsstellung" names "Rechnung stellen".
    // A short stem counts only inside a compound that holds another of the name's words too ("Abholungsplanung"
    // for "Abholung planen"), not in any word that happens to contain it ("spaceship" is no "shipped").
    const sw = stem(w);
    // A one-word name must be the compound's head (its end): "Kundenservice" is a service, not **Kunde**.
    const inCompound = (x: string) => x.length >= sw.length + 4 && (x.startsWith(w) || x.includes(sw))
      && (nw.length > 1 || x.endsWith(w) || x.endsWith(sw))
      && (sw.length >= 5 || nw.some((o) => o !== w && stem(o).length >= 4 && x.includes(stem(o))));
    if (sw.length >= 4 && tw.some(inCompound)) { hit += weight * 0.9; continue; }
    // The other way round: the name's compound said in its parts ("Eingang der Ware" for **Wareneingang**), or
    // only its head ("Zeugnis" for **Arbeitszeugnis**) — a tail alone weaker than the word itself.
    const parts = compoundParts(w, tw);
    if (parts === 'both') { hit += weight * 0.9; continue; }
    // Synonyms and other languages: "books" for "ledger", "abgelehnt" for "rejected", "発送" for "ship".
    asked ??= opts.antonyms ? withAntonyms(conceptsOf(t)) : conceptsOf(t);
    // A compound of two short terms said by the meaning of both ("building office" for **Bauamt**).
    const split = termCompound(w);
    if (split && split.every((ids) => ids.some((id) => asked!.has(id)))) { hit += weight * 0.9; continue; }
    if (viaPhrase.has(w)) hit += weight * 0.85;
    // A long head is itself a compound and says nearly all ("Prüfdienst" for **Plagiatsprüfdienst**).
    else if (parts === 'head' && !conceptIdsOf(w, true).some((id) => asked!.has(id))) hit += weight * (tw.some((x) => x.length >= 9 && w.endsWith(x)) ? 0.85 : 0.55);
    else if (conceptIdsOf(w).some((id) => asked!.has(id))) {
      // Said only as the first part of a compound ("Freigabestufe" for **Freigegeben?**, 発注 for
      // **Auftragsbestätigung**, a confirmation): weaker than the word itself.
      const heads = opts.antonyms ? withAntonyms(conceptsOf(t, true)) : conceptsOf(t, true);
      const own = conceptIdsOf(w, true);
      if (own.some((id) => heads.has(id))) hit += weight * 0.85;
      // The question's compound names this word by its first part (Geräte- for "Laptop"); a name's compound
      // named only by its first part (発注 for **Auftragsbestätigung**) stays weak.
      else if (own.some((id) => asked!.has(id))) modifierOnly += weight;
      else hit += weight * 0.3;
    }
  }
  // … unless the rest of the name is said too: "Geräterückgabe" names **Laptop und Diensthandy zurücknehmen** by its
  // head (a return) and its first part (devices) together.
  hit += modifierOnly * (hit > 0 ? 0.7 : 0.3);
  return (hit / total) * 0.9;
}

/** Whether a long name word (a German compound) is said as its parts: 'both' for modifier and head ("Ware" and
 *  "Eingang" for "wareneingang"), 'head' for the head alone ("Zeugnis" for "arbeitszeugnis"). */
function compoundParts(w: string, words: string[]): 'both' | 'head' | null {
  if (w.length < 8 || hasCjk(w)) return null;
  let best: 'both' | 'head' | null = null;
  for (const x of words) {
    if (x.length < 4 || x.length > w.length - 3 || STOP.has(x)) continue;
    const head = [x, stem(x)].find((h) => h.length >= 4 && w.endsWith(h));
    if (!head) continue;
    const mod = w.slice(0, w.length - head.length).replace(/(?:s|n|en|es|e)$/, '');
    if (mod.length >= 3 && words.some((y) => y !== x && y.length >= 3 && !STOP.has(y) && (wordsMatch(y, mod) || stem(y) === mod))) return 'both';
    best = 'head';
  }
  return best;
}

// ---------------------------------------------------------------- concepts across languages

/** A German compound of two vocabulary terms too short to be found inside words (Bau + Amt, Post + Eingang): the
 *  concepts of its first part and of its head, or null. */
const compoundCache = new Map<string, [number[], number[]] | null>();
function termCompound(w: string): [number[], number[]] | null {
  if (compoundCache.has(w)) return compoundCache.get(w)!;
  let out: [number[], number[]] | null = null;
  if (w.length >= 6 && !hasCjk(w) && !LATIN_TERMS.has(w)) {
    for (let i = 3; i <= w.length - 3 && !out; i++) {
      const mod = LATIN_TERMS.get(w.slice(0, i)) ?? (w[i - 1] === 's' ? LATIN_TERMS.get(w.slice(0, i - 1)) : undefined), head = LATIN_TERMS.get(w.slice(i));
      if (mod && head) out = [mod, head];
    }
  }
  compoundCache.set(w, out);
  return out;
}


const LATIN_TERMS = new Map<string, number[]>();
const CJK_TERMS = new Map<string, number[]>();
// Japanese verbs are written in their dictionary form (送る, 払う, 決める); questions conjugate them (送った, 払わ,
// 決めた): the stem with the kana a conjugation puts after it matches too.
const GODAN: Record<string, string> = { る: 'らりっれろ', う: 'わいっえお', つ: 'たちって', す: 'さしせそ', く: 'かきいけこ', む: 'まみんめも', ぶ: 'ばびんべ', ぐ: 'がぎいげ', ぬ: 'なにんね' };
function conjugated(term: string): string[] {
  const last = term.slice(-1), stemPart = term.slice(0, -1);
  // Adjectives in い (正しい, 新しい): 正しく(ない), 正しかった, 正しければ.
  if (last === 'い' && /[\p{Script=Han}][\p{Script=Hiragana}]?$/u.test(stemPart) && stemPart.length >= 2) return ['く', 'か', 'けれ'].map((k) => stemPart + k);
  if (!GODAN[last] || !/[\p{Script=Han}]/u.test(stemPart)) return [];
  const out = [...GODAN[last]!].map((k) => stemPart + k);
  // Ichidan verbs (決める, 集める): the stem alone is already a form (決め).
  if (last === 'る' && /[\p{Script=Hiragana}]$/u.test(stemPart)) out.push(stemPart);
  return out;
}
CONCEPTS.forEach((group, i) => {
  for (const raw of group) {
    // CJK terms are matched in text without spaces: "2回" stays one term (fold spaces digits off kanji).
    const term = hasCjk(fold(raw)) ? fold(raw).replace(/\s+/g, '') : fold(raw);
    for (const t of [term, ...(hasCjk(term) ? conjugated(term) : [])]) {
      const map = hasCjk(t) ? CJK_TERMS : LATIN_TERMS;
      map.set(t, [...(map.get(t) ?? []), i].filter((x, k, a) => a.indexOf(x) === k));
    }
  }
});

/** The concepts of comparing amounts (over, under). */
const COMPARE = new Set(['over', 'under'].map((k) => CONCEPTS.findIndex((g) => g[0] === k)));

/** Concepts one folded Latin word belongs to (with inflection and typo tolerance). */
const idCache = new Map<string, number[]>();
function conceptIdsOf(word: string, heads = false): number[] {
  const k = heads ? `${word}#` : word;
  let hit = idCache.get(k);
  if (!hit) { hit = conceptIdsUncached(word, heads); if (idCache.size > 20_000) idCache.clear(); idCache.set(k, hit); }
  return hit;
}
/** heads: a compound names only its head's concept ("Freigabestufe" is a level, not an approval). */
function conceptIdsUncached(word: string, heads: boolean): number[] {
  const out = new Set<number>();
  // A compound that is a term of its own ("Kundenservice") means that term, not its parts.
  const own = LATIN_TERMS.get(word);
  if (own && word.length >= 9) return [...own];
  // A negated form names the same concept (its polarity is judged elsewhere): ungültig → gültig, invalid → valid.
  const forms = [word, ...(/^(?:un|in|non)[a-z]{4}/.test(word) ? [word.replace(/^(?:un|in|non)/, '')] : [])];
  for (const [term, ids] of LATIN_TERMS) {
    if (term.includes(' ')) continue;
    // One typo at most, and only in long words: a typo away is often another word ("tell" / "sell",
    // "Nachrichten" / "nachreichen").
    const hit = forms.some((w) => term === w || (term.length === 3 && w.length <= 6 && w.replace(/(?:s|es|ed|ing)$/, '') === term) || (term.length >= 4 && w.length >= 4 && wordsMatch(w, term, Math.min(w.length, term.length) >= 7 ? 1 : 0))
      // German compounds: "Auslandsreise" is about "Ausland" and "Reise".
      || (term.length >= 5 && w.length >= term.length + 4 && ((!heads && w.startsWith(term)) || w.endsWith(term))));
    if (hit) ids.forEach((id) => out.add(id));
  }
  return [...out];
}

/** Where in a folded text a name word is said: as itself (with inflection or a typo) or as a word or CJK term of
 *  the same meaning. Character offsets of the start of each occurrence. */
export function wordPositions(text: string, word: string): number[] {
  const out: number[] = [];
  const ids = new Set([...conceptIdsOf(word), ...(termCompound(word)?.flat() ?? [])]);
  let pos = 0;
  for (const x of text.split(' ')) {
    if (wordsMatch(x, word) || (!hasCjk(x) && conceptIdsOf(x).some((id) => ids.has(id)))) out.push(pos);
    else if (hasCjk(x)) for (const [term, tids] of CJK_TERMS) { const k = x.indexOf(term); if (k >= 0 && tids.some((id) => ids.has(id))) out.push(pos + k); }
    pos += x.length + 1;
  }
  return out;
}

/** Concepts and their opposites ("ablehnen" also names the gateway **Approved?**, answered "no"). */
const OPPOSITE = new Map<number, number[]>();
for (const [a, b] of ANTONYMS) {
  const ga = CONCEPTS.findIndex((g) => g[0] === a), gb = CONCEPTS.findIndex((g) => g[0] === b);
  if (ga < 0 || gb < 0) continue;
  OPPOSITE.set(ga, [...(OPPOSITE.get(ga) ?? []), gb]);
  OPPOSITE.set(gb, [...(OPPOSITE.get(gb) ?? []), ga]);
}
export function withAntonyms(ids: Set<number>): Set<number> {
  const out = new Set(ids);
  for (const id of ids) for (const o of OPPOSITE.get(id) ?? []) out.add(o);
  return out;
}

/** The concepts a folded word has as a term of its own ("incomplete" is missing, "ungültig" wrong), without the
 *  word it negates; none when it is no term. */
export const termConcepts = (word: string): number[] => LATIN_TERMS.get(word) ?? [];

/** The folded terms (CJK ones with their conjugated forms) of the given concepts (of all, without). */
export const termsOf = (ids?: Set<number>): string[] => [...LATIN_TERMS, ...CJK_TERMS].filter(([, tids]) => !ids || tids.some((id) => ids.has(id))).map(([t]) => t);

/** Concepts of one folded word (exported for the analyst's polarity and stripping rules). */
export const wordConcepts = (word: string): number[] => conceptIdsOf(word);

/** The text without the words and CJK terms that belong to the given concepts. */
export function withoutConcepts(text: string, ids: Set<number>): string {
  if (!ids.size) return text;
  // A negated form (ungültig, invalid) stays: it says the opposite of the concept.
  const negated = (w: string) => /^(?:un|in|non)[a-z]{4}/.test(w) && !LATIN_TERMS.has(w);
  let out = text.split(' ').filter((w) => hasCjk(w) || negated(w) || !conceptIdsOf(w).some((id) => ids.has(id))).join(' ');
  for (const [term, tids] of CJK_TERMS) if (tids.some((id) => ids.has(id))) out = out.split(term).join(' ');
  return out.replace(/\s+/g, ' ').trim();
}

const PHRASAL = new Set(['down', 'back', 'away', 'over', 'off', 'out', 'up', 'in', 'on']);
/** English phrasal verbs split by their object ("turns the offer down", "put stuff back"): verb + particle. */
function phrasal(words: string[]): string[] {
  const out: string[] = [];
  words.forEach((p, i) => {
    if (!PHRASAL.has(p)) return;
    for (const w of words.slice(Math.max(0, i - 4), i)) if (w.length >= 3 && !STOP.has(w)) out.push(`${w} ${p}`, `${w.replace(/(?:s|ed|ing)$/, '')} ${p}`);
  });
  return out;
}

/** CJK terms of the lexicon that occur in a (space-free) CJK string. */
const termCache = new Map<string, [string, number[]][]>();
function termsIn(cjk: string): [string, number[]][] {
  let hit = termCache.get(cjk);
  if (!hit) { hit = termsUncached(cjk); if (termCache.size > 5_000) termCache.clear(); termCache.set(cjk, hit); }
  return hit;
}
function termsUncached(cjk: string): [string, number[]][] {
  return [...CJK_TERMS].filter(([term]) => cjk.includes(term)).concat([...LATIN_TERMS].filter(([term]) => /^[a-z]{2,3}$/.test(term) && new RegExp(`(?:^|[^a-z])${term}(?:$|[^a-z])`).test(cjk)));
}

/** Every concept a folded text mentions, in any of the three languages. */
const conceptCache = new Map<string, Set<number>>();
export function conceptsOf(text: string, heads = false): Set<number> {
  const k = heads ? `${text}#` : text;
  let hit = conceptCache.get(k);
  if (!hit) { hit = conceptsUncached(text, heads); if (conceptCache.size > 2_000) conceptCache.clear(); conceptCache.set(k, hit); }
  return hit;
}
function conceptsUncached(text: string, heads: boolean): Set<number> {
  const out = new Set<number>();
  const words = text.split(' ').filter(Boolean);
  words.push(...joinSeparable(words));
  for (const w of words) if (w.length >= 2 && !STOP.has(w)) for (const id of conceptIdsOf(w, heads)) out.add(id);
  const spaced = ` ${text} `;
  const pairs = new Set(phrasal(words));
  for (const [term, ids] of LATIN_TERMS) if (term.includes(' ') && (spaced.includes(` ${term} `) || pairs.has(term))) ids.forEach((id) => out.add(id));
  const compact = text.replace(/\s+/g, '');
  for (const [term, ids] of CJK_TERMS) if (compact.includes(term)) ids.forEach((id) => out.add(id));
  return out;
}

/** Verbs that carry little meaning of their own in a step's name. */
/** Participles and adverbs that only frame a name: **Mängel festgestellt?** is asked as "wenn etwas kaputt ist",
 *  **Kündigung schriftlich bestätigen** as "die Kündigungsbestätigung". Unsaid, they weigh like a light verb; said
 *  ("kein Schaden gefunden" at **Damage found?**), like any word. */
const FRAMING = new Set(['festgestellt', 'vorhanden', 'gefunden', 'aufgetreten', 'erkannt', 'found', 'detected', 'present', 'schriftlich', 'mundlich', 'telefonisch', 'elektronisch', 'manuell', 'setzen', 'put']);

const LIGHT = new Set(['declare', 'declares', 'gmbh', 'ag', 'kg', 'inc', 'ltd', 'llc', 'corp', 'co', 'plc', 'nord', 'sud', 'ost', 'west', 'north', 'south', 'east', 'gruppe', 'group', 'apply', 'perform', 'do', 'handle', 'process', 'carry', 'out', 'execute', 'conduct', 'run', 'take', 'make', 'manage', 'durchfuhren', 'ausfuhren', 'erledigen', 'bearbeiten', 'vornehmen', 'machen']);

/** Words that say little about which element is meant. */
export const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'be', 'by', 'with', 'at', 'from',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'zu', 'im', 'in', 'am', 'vom', 'von', 'mit', 'fur',
  'auf', 'bei', 'zum', 'zur', 'ins', 'into', 'onto',
]);
