// LINGO_5: a fifth probe, written on 1 Dec 2026 at 18:52 UTC before its answers were seen: paraphrases that avoid
// the label's words, transitive and reachability questions in German and Japanese, polite and casual endings.
// First run (18:49, on 82776f9): 19/26 = 73 % (en 2/4, de 8/11, ja 9/11).
import type { Question } from './analyst-questions.data';

export const LINGO_5: Question[] = [
  ['order-fulfilment', 'de', 'crosslang', 'Was muss alles erledigt sein, bevor das Paket rausgeht?', { upstream: 'Ship order' }],
  ['order-fulfilment', 'ja', 'crosslang', '出荷までに必要なことを全部教えてください', { upstream: 'Ship order' }],
  ['order-fulfilment', 'de', 'crosslang', 'Kann eine abgelehnte Bestellung trotzdem verschickt werden?', { reaches: ['Reject order', 'Ship order'] }],
  ['incident-management', 'de', 'crosslang', 'Kann der Prozess enden, ohne dass das Ticket geschlossen wird?', { pathsAvoid: 'Close ticket' }],
  ['incident-management', 'ja', 'crosslang', '原因を診断した後に起こることを全部教えて', { downstream: 'Diagnose root cause' }],
  ['incident-management', 'de', 'crosslang', 'Wer spielt die Korrektur ein?', { lane: 'Apply fix' }],
  ['returns-handling', 'de', 'crosslang', 'Wer schaut sich die zurückgeschickte Ware an?', { lane: 'Inspect returned\nitem' }],
  ['returns-handling', 'ja', 'crosslang', '届いた返品を調べるのは誰ですか？', { lane: 'Inspect returned\nitem' }],
  ['returns-handling', 'de', 'crosslang', 'Was passiert, wenn das Paket ankommt?', { next: 'Parcel arrives' }],
  ['returns-handling', 'ja', 'crosslang', '荷物が届いたらどうなりますか？', { next: 'Parcel arrives' }],
  ['invoice-signavio', 'de', 'crosslang', 'Wo wird das Papieroriginal abgelegt?', { find: 'File paper original' }],
  ['invoice-signavio', 'ja', 'crosslang', '紙の原本を保管するステップはありますか？', { find: 'File paper original' }],
  ['invoice-signavio', 'de', 'crosslang', 'Wer bestimmt, wer freigeben muss?', { lane: 'Determine approver' }],
  ['loan-application', 'de', 'crosslang', 'Wer rechnet den Score aus?', { lane: 'Calculate credit score' }],
  ['loan-application', 'ja', 'crosslang', '融資を実行するのはどの部署ですか？', { lane: 'Pay out loan' }],
  ['hiring-collapsed', 'de', 'crosslang', 'Was passiert, wenn die Stelle nicht besetzt werden kann?', { find: 'Position unfilled' }],
  ['hiring-collapsed', 'ja', 'crosslang', '応募書類の選考は誰がしますか？', { lane: 'Screen CVs' }],
  ['lieferkette', 'ja', 'crosslang', '商品をピッキングした後は？', { next: 'Ware kommissionieren' }],
  ['lieferkette', 'en', 'crosslang', 'Can an order that is not deliverable still get paid?', { reaches: ['Absage senden', 'Rechnung bezahlen'] }],
  ['bestellfreigabe', 'ja', 'crosslang', '5000ユーロを超える場合はどうなりますか？', { whatIf: ['Betrag über 5.000 €?', 'über 5.000 €'] }],
  ['reisekosten', 'ja', 'crosslang', '海外出張の場合は？', { whatIf: ['Sonderfälle?', 'Auslandsreise'] }],
  ['reisekosten', 'en', 'crosslang', 'What happens to trips with nothing special?', { whatIf: ['Sonderfälle?', 'keine'] }],
  ['schadenmeldung', 'ja', 'crosslang', '保険会社が鑑定を依頼するのはいつですか？', { prev: 'Gutachten einholen' }],
  ['toiawase-bonita', 'de', 'crosslang', 'Was passiert, wenn die Ursache klar ist?', { whatIf: ['原因判明？', 'はい'] }],
  ['shuri-uketsuke', 'en', 'crosslang', 'What happens once the repaired item is shipped back?', { next: '修理品を返送する' }],
  ['nyusha-tetsuzuki', 'en', 'crosslang', 'What if the candidate does not turn down the offer?', { whatIf: ['辞退した？', 'いいえ'] }],
];
