// Matching what people type against element names: case-, diacritics- and whitespace-insensitive, any script.
// Latin text is compared by words (with typo tolerance), CJK text by characters (it has no spaces between words).

/** Lower-case, NFKC (full-width → ASCII), Latin diacritics dropped (ä → a, é → e, ß → ss), punctuation → space. */
export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
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

/** Allowed typos for a word of this length. */
const slack = (w: string) => (w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0);

/** Do two folded words match, allowing typos and simple inflection (pack/packed/packing, order/orders)? */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const stem = (w: string) => w.replace(/(?:ing|ed|es|s|en|er|e|ung|t)$/, '');
  const sa = stem(a), sb = stem(b);
  if (sa.length >= 3 && (sa === sb || sa === b || a === sb)) return true;
  if (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3) return true;
  return levenshtein(a, b) <= Math.min(slack(a), slack(b));
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
  const qw = q.split(' '), tw = t.split(' ');
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
export function mentionScore(text: string, name: string): number {
  const t = fold(text), n = fold(name);
  if (!t || !n) return 0;
  if (hasCjk(n)) {
    const tc = t.replace(/\s+/g, ''), nc = n.replace(/\s+/g, '');
    if (tc.includes(nc)) return 1;
    // Japanese questions rephrase the kana (在庫を確認する → 在庫を確認した後): score the longest shared run by the
    // name's content characters (kanji, katakana, Latin), not by its hiragana endings.
    const content = (s: string) => s.replace(/[\p{Script=Hiragana}ー]/gu, '').length;
    let best = '';
    for (let i = 0; i < nc.length; i++) {
      for (let j = i + best.length + 1; j <= nc.length; j++) {
        if (tc.includes(nc.slice(i, j))) best = nc.slice(i, j);
        else break;
      }
    }
    const denom = Math.max(1, content(nc));
    return content(best) >= 2 ? Math.min(0.95, (content(best) / denom) * 0.95) : 0;
  }
  if (` ${t} `.includes(` ${n} `)) return 1;
  const tw = t.split(' ');
  const all = n.split(' ');
  const nw = all.filter((w) => !STOP.has(w) || all.length === 1);
  if (!nw.length) return 0;
  // Long words say more than short ones ("Wareneingang buchen": the question names "Wareneingang").
  let hit = 0, total = 0;
  for (const w of nw) {
    const weight = Math.min(w.length, 12);
    total += weight;
    if (tw.some((x) => wordsMatch(x, w))) hit += weight;
  }
  return (hit / total) * 0.9;
}

/** Words that say little about which element is meant. */
export const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'be', 'by', 'with', 'at', 'from',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'zu', 'im', 'in', 'am', 'vom', 'von', 'mit', 'fur',
]);
