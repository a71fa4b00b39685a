// LINGO_4: a fourth vocabulary probe, written on 1 Dec 2026 at 18:50 UTC before its answers were seen: counts by
// lane and pool named in another language or as a compound, lookups in casual and polite Japanese, German
// compounds and colloquial verbs. First run (18:49, on 82776f9): 30/30.
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;

export const LINGO_4: Question[] = [
  ['lieferkette', 'de', 'count', 'Wie viele Aufgaben hat die Buchhaltung?', { count: { ...T, lane: 'Buchhaltung' } }],
  ['lieferkette', 'en', 'crosslang', 'How many tasks does the warehouse lane have?', { count: { ...T, lane: 'Lager' } }],
  ['lieferkette', 'ja', 'crosslang', '営業のタスクはいくつありますか？', { count: { ...T, lane: 'Vertrieb' } }],
  ['reisekosten', 'en', 'crosslang', 'How many tasks does accounting do?', { count: { ...T, lane: 'Buchhaltung' } }],
  ['reisekosten', 'ja', 'crosslang', '上司のタスクは何個？', { count: { ...T, lane: 'Vorgesetzter' } }],
  ['shuri-uketsuke', 'ja', 'count', '技術部のタスク数を教えてください', { count: { ...T, lane: '技術部' } }],
  ['shuri-uketsuke', 'en', 'crosslang', 'How many tasks does the repair centre have?', { count: { ...T, pool: '修理センター' } }],
  ['shuri-uketsuke', 'de', 'crosslang', 'Wie viele Aufgaben hat der Kunde?', { count: { ...T, pool: '顧客' } }],
  ['juchu-shori', 'en', 'crosslang', 'How many tasks are in the warehouse?', { count: { ...T, lane: '倉庫' } }],
  ['juchu-shori', 'de', 'crosslang', 'Was macht das Lager?', { laneWork: '倉庫' }],
  ['nyusha-tetsuzuki', 'en', 'crosslang', 'What does the IT department do?', { laneWork: '情報システム部' }],
  ['nyusha-tetsuzuki', 'de', 'crosslang', 'Was macht die Personalabteilung?', { laneWork: '人事部' }],
  ['toiawase-bonita', 'ja', 'lookup', '再現テストって何をするの？', { describe: '再現テスト' }],
  ['toiawase-bonita', 'en', 'crosslang', 'Tell me about the reproduction test', { describe: '再現テスト' }],
  ['toiawase-bonita', 'de', 'crosslang', 'Wie viele Aufgaben hat der technische Support?', { count: { ...T, lane: '技術サポート' } }],
  ['toiawase-bonita', 'en', 'crosslang', 'Does the process ever loop?', { loops: true }],
  ['invoice-signavio', 'de', 'crosslang', 'Wie viele Aufgaben hat die Kreditorenbuchhaltung?', { count: { ...T, lane: 'Accounts payable' } }],
  ['invoice-signavio', 'ja', 'crosslang', '買掛金チームのタスクはいくつ？', { count: { ...T, lane: 'Accounts payable' } }],
  ['invoice-signavio', 'de', 'crosslang', 'Was passiert, wenn die Rechnung in Fremdwährung ist?', { whatIf: ['Extras needed?', 'foreign currency'] }],
  ['invoice-signavio', 'ja', 'crosslang', '請求書が却下されたら？', { whatIf: ['Invoice approved?', 'rejected'] }],
  ['hiring-collapsed', 'de', 'crosslang', 'Was macht das Recruiting?', { laneWork: 'Recruiting' }],
  ['hiring-collapsed', 'ja', 'crosslang', '契約書の準備の後は？', { next: 'Prepare contract' }],
  ['loan-application', 'de', 'crosslang', 'Was macht das Risikomanagement?', { laneWork: 'Risk management' }],
  ['loan-application', 'ja', 'crosslang', '書類を集めた後は何をしますか？', { next: 'Collect documents' }],
  ['payment-reminder', 'de', 'crosslang', 'Was passiert, nachdem die Mahnung verschickt wurde?', { next: 'Send reminder' }],
  ['payment-reminder', 'ja', 'crosslang', '14日経ったらどうなりますか？', { next: '14 days passed' }],
  ['returns-handling', 'ja', 'crosslang', '在庫に戻すのはどのレーンですか？', { lane: 'Put item back\ninto stock' }],
  ['returns-handling', 'de', 'crosslang', 'Wer entsorgt den Artikel?', { lane: 'Dispose of item' }],
  ['travel-booking', 'ja', 'crosslang', 'ビザが必要な場合は？', { whatIf: ['Extras needed?', 'visa required'] }],
  ['event-booking-compensation', 'de', 'crosslang', 'Was passiert nach der Reservierung des Veranstaltungsorts?', { next: 'Reserve venue' }],
];
