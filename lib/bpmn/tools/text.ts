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

/** Allowed typos for a word of this length. */
const slack = (w: string) => (w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0);

/** A rough stem: inflection endings off, a doubled final consonant single ("scanned" → "scan"). */
export const stem = (w: string) => w.replace(/(?:ing|ed|es|s|en|er|e|ung|t)$/, '').replace(/([bdgklmnprtz])\1$/, '$1');

/** Do two folded words match, allowing typos and simple inflection (pack/packed/packing, order/orders)? */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const sa = stem(a), sb = stem(b);
  if (sa.length >= 3 && (sa === sb || sa === b || a === sb)) return true;
  // German verb prefixes: "packen" / "verpacken", "zahlen" / "bezahlen".
  const bare = (w: string) => w.replace(/^(?:ver|be|ab|an|auf|aus|ein|er|ge|zu|ent)(?=[a-z]{4})/, '');
  if (bare(a) !== a || bare(b) !== b) { const ba = stem(bare(a)), bb = stem(bare(b)); if (ba.length >= 4 && ba === bb) return true; }
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
    const direct = content(best) >= 2 ? Math.min(0.95, (content(best) / denom) * 0.95) : 0;
    // Another language or a synonym: the name's known terms (注文 "order", PC "computer") found in the text as concepts.
    const asked = conceptsOf(t);
    let covered = 0;
    for (const [term, ids] of termsIn(nc)) if (ids.some((id) => asked.has(id))) covered += content(term);
    return Math.max(direct, covered ? Math.min(0.85, (covered / denom) * 0.85) : 0);
  }
  if (` ${t} `.includes(` ${n} `)) return 1;
  const tw = t.split(' ');
  const all = n.split(' ');
  const nw = all.filter((w) => !STOP.has(w) || all.length === 1);
  if (!nw.length) return 0;
  // Long words say more than short ones ("Wareneingang buchen": the question names "Wareneingang").
  let hit = 0, total = 0;
  let asked: Set<number> | null = null;
  for (const w of nw) {
    const weight = Math.min(w.length, 12);
    total += weight;
    if (tw.some((x) => wordsMatch(x, w))) { hit += weight; continue; }
    // Compounds: "Rechnungsstellung" names "Rechnung stellen".
    const sw = stem(w);
    if (sw.length >= 4 && tw.some((x) => x.length >= sw.length + 4 && (x.startsWith(w) || x.includes(sw)))) { hit += weight * 0.8; continue; }
    // Synonyms and other languages: "books" for "ledger", "abgelehnt" for "rejected", "発送" for "ship".
    asked ??= conceptsOf(t);
    if (conceptIdsOf(w).some((id) => asked!.has(id))) hit += weight * 0.85;
  }
  return (hit / total) * 0.9;
}

// ---------------------------------------------------------------- concepts across languages

/**
 * Everyday process vocabulary in English, German and Japanese, grouped by meaning. A name word and a question word
 * in the same group match (a little weaker than the same word), so "nach dem Packen der Ware" finds **Pack goods**
 * and "the goods are available" the branch of **Lieferbar?**. Terms are folded; CJK terms match as substrings.
 */
const CONCEPTS: string[][] = [
  ['approve', 'approval', 'approved', 'sign off', 'genehmigen', 'genehmigt', 'genehmigung', 'freigabe', 'freigeben', 'freigegeben', 'bewilligen', '承認', '決裁'],
  ['reject', 'rejected', 'rejection', 'decline', 'declined', 'deny', 'denied', 'refuse', 'ablehnen', 'abgelehnt', 'ablehnung', 'absage', 'absagen', '却下', '拒否', '辞退', '否認'],
  ['accept', 'accepted', 'acceptance', 'annehmen', 'angenommen', 'akzeptieren', 'zusage', '承諾', '受諾'],
  ['invoice', 'bill', 'billing', 'rechnung', 'faktura', '請求書'],
  ['order', 'purchase order', 'bestellung', 'bestellen', 'auftrag', 'order', '注文', '受注', '発注'],
  ['goods', 'items', 'products', 'merchandise', 'parcel', 'package', 'ware', 'waren', 'artikel', 'paket', '商品', '品物', '荷物'],
  ['pack', 'packing', 'package', 'verpacken', 'packen', 'einpacken', '梱包', '包装'],
  ['pick', 'picking', 'kommissionieren', 'kommissionierung', 'ピッキング'],
  ['ship', 'shipping', 'shipment', 'dispatch', 'versenden', 'versand', 'verschicken', '発送', '出荷'],
  ['deliver', 'delivery', 'delivered', 'liefern', 'lieferung', 'zustellen', 'zustellung', 'zugestellt', '配送', '納品', '配達'],
  ['available', 'availability', 'in stock', 'lieferbar', 'verfugbar', 'vorratig', 'auf lager', '在庫'],
  ['pay', 'payment', 'paid', 'payout', 'pay out', 'bezahlen', 'zahlen', 'zahlung', 'bezahlt', 'auszahlen', 'auszahlung', 'zahlungseingang', '支払', '払う', '入金', '振込'],
  ['loan', 'credit', 'kredit', 'darlehen', '融資', 'ローン'],
  ['charge', 'debit', 'belasten', 'belastet', 'abbuchen', '課金', '引き落とし'],
  ['card', 'karte', 'kreditkarte', 'カード'],
  ['check', 'review', 'verify', 'inspect', 'examine', 'assess', 'prufen', 'prufung', 'uberprufen', 'kontrollieren', 'sichten', 'begutachten', '確認', '検査', '検品', '審査', 'チェック'],
  ['customer', 'client', 'buyer', 'kunde', 'kunden', 'kaufer', '顧客', 'お客', '客'],
  ['supplier', 'vendor', 'seller', 'dealer', 'lieferant', 'handler', 'anbieter', '仕入先', '業者', 'ベンダー'],
  ['carrier', 'shipper', 'forwarder', 'logistics', 'spedition', 'spediteur', '運送', '配送業者'],
  ['contract', 'agreement', 'vertrag', 'vereinbarung', '契約'],
  ['send', 'sent', 'mail', 'senden', 'schicken', 'ubermitteln', '送付', '送信', '送る'],
  ['receive', 'received', 'receipt', 'arrive', 'arrives', 'arrived', 'come in', 'comes in', 'erhalten', 'eintreffen', 'eingehen', '到着', '届', 'empfangen', 'eingang', 'eingegangen', 'bekommen', '受領', '受け取', '受信', '受付', '受け付'],
  ['create', 'prepare', 'set up', 'draw up', 'erstellen', 'anlegen', 'vorbereiten', 'einrichten', '作成', '準備', '用意'],
  ['document', 'documents', 'paperwork', 'papers', 'unterlagen', 'dokument', 'dokumente', '書類', '文書'],
  ['employee', 'new hire', 'staff', 'mitarbeiter', 'mitarbeiterin', '社員', '新入社員', '従業員'],
  ['candidate', 'applicant', 'bewerber', 'antragsteller', '候補者', '申請者', '応募者'],
  ['account', 'login', 'user account', 'konto', 'zugang', 'benutzerkonto', 'アカウント'],
  ['computer', 'pc', 'laptop', 'notebook', 'rechner', 'パソコン', '端末'],
  ['call', 'phone', 'telephone', 'anrufen', 'telefonieren', 'anruf', '電話'],
  ['plan', 'schedule', 'planen', 'einplanen', 'terminieren', 'termin', '予定', '計画'],
  ['register', 'record', 'log', 'capture', 'erfassen', 'registrieren', 'aufnehmen', 'eintragen', '登録', '記録'],
  ['ledger', 'books', 'bookkeeping', 'general ledger', 'hauptbuch', 'buchhaltung', '元帳', '帳簿'],
  ['post', 'book', 'record', 'buchen', 'verbuchen', '計上', '記帳'],
  ['archive', 'store', 'archivieren', 'ablegen', 'aufbewahren', '保管', 'アーカイブ'],
  ['remind', 'reminder', 'chase', 'dunning', 'mahnen', 'mahnung', 'erinnern', 'erinnerung', '督促', 'リマインド'],
  ['escalate', 'escalation', 'eskalieren', 'eskalation', 'エスカレーション'],
  ['notify', 'inform', 'benachrichtigen', 'informieren', 'mitteilen', '通知', '連絡', '知らせ'],
  ['complete', 'completed', 'done', 'finished', 'closed', 'abgeschlossen', 'fertig', 'erledigt', 'beendet', '完了', '終了'],
  ['request', 'requisition', 'application', 'anfrage', 'anforderung', 'antrag', '依頼', '申請', '要求'],
  ['purchase', 'purchasing', 'procurement', 'buy', 'einkauf', 'kauf', 'beschaffung', '購買', '購入', '調達'],
  ['warehouse', 'stock', 'storage', 'lager', '倉庫'],
  ['sales', 'vertrieb', 'verkauf', '営業', '販売'],
  ['accounting', 'accounts', 'finance', 'buchhaltung', 'finanzen', 'rechnungswesen', '経理', '財務'],
  ['currency', 'foreign currency', 'fx', 'wahrung', 'fremdwahrung', '通貨', '外貨'],
  ['discount', 'rebate', 'rabatt', 'skonto', '割引'],
  ['sign', 'signed', 'signature', 'unterschreiben', 'unterschrieben', 'unterschrift', 'signiert', '署名'],
  ['uniform', 'workwear', 'dienstkleidung', 'arbeitskleidung', '制服'],
  ['damage', 'loss', 'schaden', 'schadens', '損害', '損傷'],
  ['report', 'melden', 'meldung', '報告', '届け'],
  ['cancel', 'cancellation', 'stornieren', 'storno', 'abbrechen', 'キャンセル', '取消'],
  ['wait', 'waiting', 'warten', 'wartet', '待ち', '待つ'],
  ['book', 'reserve', 'reservation', 'buchen', 'reservieren', '予約', '手配'],
  ['flight', 'flug', '航空券', 'フライト'],
  ['visa', 'visum', 'ビザ'],
  ['insurance', 'versicherung', '保険'],
  ['risk', 'risiko', 'リスク'],
  ['manager', 'supervisor', 'boss', 'vorgesetzter', 'leitung', 'chef', '上長', '上司', '管理者'],
  ['human resources', 'hr', 'personalabteilung', '人事'],
  ['it department', 'edv', '情報システム'],
  ['first day', 'start date', 'erster tag', 'arbeitsbeginn', '初日'],
  ['clarify', 'clarification', 'query', 'klaren', 'klarung', 'ruckfrage', '問い合わせ', '照会'],
  ['scan', 'digitize', 'scannen', 'digitalisieren', 'スキャン'],
  ['paper', 'hard copy', 'original', 'papier', '紙', '原本'],
];

const LATIN_TERMS = new Map<string, number[]>();
const CJK_TERMS = new Map<string, number[]>();
CONCEPTS.forEach((group, i) => {
  for (const raw of group) {
    const term = fold(raw);
    const map = hasCjk(term) ? CJK_TERMS : LATIN_TERMS;
    map.set(term, [...(map.get(term) ?? []), i].filter((x, k, a) => a.indexOf(x) === k));
  }
});

/** Concepts one folded Latin word belongs to (with inflection and typo tolerance). */
const idCache = new Map<string, number[]>();
function conceptIdsOf(word: string): number[] {
  let hit = idCache.get(word);
  if (!hit) { hit = conceptIdsUncached(word); if (idCache.size > 20_000) idCache.clear(); idCache.set(word, hit); }
  return hit;
}
function conceptIdsUncached(word: string): number[] {
  const out = new Set<number>();
  for (const [term, ids] of LATIN_TERMS) if (!term.includes(' ') && (term === word || (term.length >= 4 && word.length >= 4 && wordsMatch(word, term)))) ids.forEach((id) => out.add(id));
  return [...out];
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
export function conceptsOf(text: string): Set<number> {
  let hit = conceptCache.get(text);
  if (!hit) { hit = conceptsUncached(text); if (conceptCache.size > 2_000) conceptCache.clear(); conceptCache.set(text, hit); }
  return hit;
}
function conceptsUncached(text: string): Set<number> {
  const out = new Set<number>();
  const words = text.split(' ').filter(Boolean);
  for (const w of words) if (w.length >= 2 && !STOP.has(w)) for (const id of conceptIdsOf(w)) out.add(id);
  const spaced = ` ${text} `;
  for (const [term, ids] of LATIN_TERMS) if (term.includes(' ') && spaced.includes(` ${term} `)) ids.forEach((id) => out.add(id));
  const compact = text.replace(/\s+/g, '');
  for (const [term, ids] of CJK_TERMS) if (compact.includes(term)) ids.forEach((id) => out.add(id));
  return out;
}

/** Words that say little about which element is meant. */
export const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'be', 'by', 'with', 'at', 'from',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'zu', 'im', 'in', 'am', 'vom', 'von', 'mit', 'fur',
]);
