// LINGO_8: the lingo engineer's eighth probe, written on 2 Dec 2026 at 03:50 UTC before its answers were seen: finding
// the element a question means. Lookups by kind and role rather than by name ("the reminder that fires while the
// trace is running", "Kommt irgendwo ein Signal vor?", "7日のタイマーについて教えて"), descriptions asked for in
// other words, questions in one language about labels in another (English and German over Japanese labels, English
// and Japanese over German ones, German and Japanese over English ones), kana written for kanji labels, typos and
// lower-case German. Over 21 existing fixtures, old and new.
// First pass (03:47 UTC, on main 7158416, before any change made for it): 99/122 = 81.1 % (en 45/54, de 29/35, ja
// 25/33; LINGO_8_FIRST_PASS). Misses: 7 an element named by its kind or a role noun with no shared word (a signal
// event: "Kommt irgendwo ein Signal vor?", シグナルは使われていますか？; "Is there an escalation anywhere?"; "the
// reminder that fires while the trace is running" → a timer; "the paperwork the desk fills in" → a report; "a time
// limit on finding home care" → a 48-hour timer; "Betragsgrenze" → the amount gateway), 5 an element found but the
// question's subject taken for another ("after the resident is told which papers are missing" → the gateway before;
// "after the incident is classified" → what comes before it; "was macht der Lieferant, nachdem er geprüft hat …" → a
// step of the other pool; "what if the reader does not come within seven days" → another pool's deadline gateway;
// 満足度アンケートを送った後 → the first gateway), 4 kana or loanwords for kanji labels (じゅうみんひょう read as
// 住民, かぎをわたす, ぶひんこうかん, レントゲン for X線), 7 vocabulary (refund/返金, cancel during onboarding → the
// cancellation start, Wert of a Fundstück, Entlassbrief for discharge summary, 転校, お客さんへの請求, Abholfrist).
import type { Question } from './analyst-questions.data';

const FB = 'fundbuero-appian';
const HK = 'hikkoshi-drawio';
const IM = 'incident-management';
const BF = 'bestellfreigabe';
const CK = 'chintai-keiyaku-cardanit';
const CO = 'customer-onboarding';
const DT = 'discharge-trisotech';
const EJ = 'einkauf-jbpm';
const HQ = 'hinshitsu-kensa';
const JS = 'juchu-shori';
const LK = 'lieferkette';
const NE = 'nyuin-ea';
const RK = 'reisekosten';
const SA = 'stipendium-adonis';
const TB = 'toiawase-bonita';
const TY = 'toshokan-yoyaku-miro';
const LB = 'lost-baggage-cameo';
const SU = 'shuri-uketsuke';
const SH = 'setsubi-hozen-activiti';
const ST = 'support-ticket-vp';

export const LINGO_8_FIRST_PASS = { passed: 99, total: 122 };

export const LINGO_8: Question[] = [
  // ---------------------------------------------------------------- fundbuero-appian (German)
  [FB, 'de', 'lookup', 'Kommt irgendwo ein Signal vor?', { find: 'Lagerplatz frei' }],
  [FB, 'en', 'crosslang', 'Is there a limit on how long found items are kept?', { find: 'Aufbewahrungsfrist 6 Monate abgelaufen' }],
  [FB, 'en', 'crosslang', 'What happens when nobody picks the item up for six months?', { next: 'Aufbewahrungsfrist 6 Monate abgelaufen' }],
  [FB, 'en', 'crosslang', 'Who auctions off the unclaimed items?', { lane: 'Fundsache versteigern' }],
  [FB, 'de', 'lookup', 'Erzähl mir mehr über die Versteigerung', { describe: 'Fundsache versteigern' }],
  [FB, 'de', 'typos', 'wer prüft den eigentumsnachwies?', { lane: 'Eigentumsnachweis prüfen' }],
  [FB, 'ja', 'crosslang', '手数料を受け取るのは誰ですか？', { lane: 'Gebühr kassieren' }],
  [FB, 'de', 'lookup', 'Wird irgendwo festgestellt, wie viel das Fundstück wert ist?', { find: 'Wert schätzen' }],
  [FB, 'en', 'crosslang', 'tell me about the step where the item is put into storage', { describe: 'Fundsache einlagern' }],
  // ---------------------------------------------------------------- hikkoshi-drawio (Japanese)
  [HK, 'ja', 'lookup', 'マイナンバーカードについての作業はありますか？', { find: 'マイナンバーカードの住所を書き換える' }],
  [HK, 'en', 'crosslang', 'Who handles the child allowance application?', { lane: '児童手当の申請を受け付ける' }],
  [HK, 'en', 'crosslang', 'What happens after the resident is told which papers are missing?', { next: '不足している書類を案内する' }],
  [HK, 'ja', 'typos', 'じゅうみんひょうはどこで作られますか？', { find: '住民票の作成' }],
  [HK, 'ja', 'lookup', '本人確認のステップについて教えて', { describe: '本人確認を行う' }],
  [HK, 'de', 'crosslang', 'Wer kümmert sich um die Krankenversicherung?', { lane: '国民健康保険の加入手続きをする' }],
  [HK, 'ja', 'lookup', '転校する子どもの手続きはある？', { find: '転入学通知書を発行する' }],
  // ---------------------------------------------------------------- incident-management (English)
  [IM, 'en', 'lookup', 'is there a timer on the investigation?', { find: '4 hours passed' }],
  [IM, 'en', 'lookup', 'What does the hardware defect event do?', { describe: 'Hardware defect' }],
  [IM, 'en', 'lookup', 'which event fires when fixing takes too long?', { find: '4 hours passed' }],
  [IM, 'de', 'crosslang', 'Wer bestellt Ersatz beim Hersteller?', { lane: 'Order replacement from vendor' }],
  [IM, 'ja', 'crosslang', 'チームリーダーへの通知は誰が行いますか？', { lane: 'Notify team lead' }],
  [IM, 'en', 'typos', 'waht happens after the incidnet is clasified?', { next: 'Classify incident' }],
  [IM, 'en', 'lookup', 'tell me about the step where the ticket gets closed', { describe: 'Close ticket' }],
  [IM, 'de', 'crosslang', 'Was passiert, nachdem die Ursache gefunden wurde?', { next: 'Diagnose root cause' }],
  // ---------------------------------------------------------------- bestellfreigabe (German)
  [BF, 'en', 'crosslang', 'Who approves orders above 5000 euros?', { lane: 'Freigabe durch Geschäftsführung' }],
  [BF, 'en', 'crosslang', 'what happens after the goods receipt is booked?', { next: 'Wareneingang buchen' }],
  [BF, 'de', 'typos', 'wer überarbeitet die anforderng wenn es rückfragen gibt', { lane: 'Anforderung überarbeiten' }],
  [BF, 'de', 'lookup', 'Was macht der Schritt, in dem die Bestellung ausgelöst wird?', { describe: 'Bestellung auslösen' }],
  [BF, 'ja', 'crosslang', '発注するのは誰？', { lane: 'Bestellung auslösen' }],
  [BF, 'de', 'lookup', 'Gibt es eine Betragsgrenze?', { find: 'Betrag über 5.000 €?' }],
  // ---------------------------------------------------------------- chintai-keiyaku-cardanit (Japanese)
  [CK, 'ja', 'lookup', '鍵の受け渡しはどこですか？', { find: '鍵を引き渡す' }],
  [CK, 'en', 'crosslang', 'Who does the tenant screening?', { lane: '入居審査を行う' }],
  [CK, 'en', 'crosslang', 'What happens if the contract is cancelled?', { next: '契約がキャンセルされた' }],
  [CK, 'ja', 'lookup', '契約締結の中身を教えてください', { describe: '契約締結' }],
  [CK, 'ja', 'typos', 'かぎをわたすのはだれ？', { lane: '鍵を引き渡す' }],
  [CK, 'de', 'crosslang', 'Wer prüft die Mietbürgschaft?', { lane: '家賃保証の審査を行う' }],
  [CK, 'en', 'crosslang', 'Is there a refund anywhere?', { find: '申込金を返金する' }],
  [CK, 'ja', 'lookup', 'キャンセルのイベントはありますか？', { find: '契約がキャンセルされた' }],
  // ---------------------------------------------------------------- customer-onboarding (English)
  [CO, 'en', 'lookup', 'can the customer cancel during onboarding?', { find: 'Cancellation received' }],
  [CO, 'de', 'crosslang', 'Was passiert, wenn der Kunde nach dem Stand fragt?', { next: 'Status requested' }],
  [CO, 'en', 'lookup', 'tell me about the KYC step', { describe: 'Verify identity' }],
  [CO, 'ja', 'crosslang', 'ウェルカムパックを送った後はどうなりますか？', { next: 'Send welcome pack' }],
  [CO, 'en', 'typos', 'what hapens after the acount is opend', { next: 'Open account' }],
  // ---------------------------------------------------------------- discharge-trisotech (English)
  [DT, 'en', 'lookup', 'Is there a time limit on finding home care?', { find: '48 hours without a provider' }],
  [DT, 'en', 'lookup', 'what is the 48h timer attached to?', { describe: '48 hours without a provider' }],
  [DT, 'de', 'crosslang', 'Wer bucht den Krankentransport?', { lane: 'Book patient transport' }],
  [DT, 'ja', 'crosslang', '薬を渡すのは誰ですか？', { lane: 'Dispense take-home medication' }],
  [DT, 'en', 'typos', 'who educats the patiant and famly?', { lane: 'Educate patient and family' }],
  [DT, 'en', 'lookup', 'is there a step where the doctor decides the patient has to stay longer?', { find: 'Extend inpatient stay' }],
  [DT, 'de', 'crosslang', 'Was kommt nach dem Entlassbrief?', { next: 'Prepare discharge summary' }],
  // ---------------------------------------------------------------- einkauf-jbpm (German)
  [EJ, 'en', 'crosslang', 'Who picks the supplier?', { lane: 'Lieferanten auswählen' }],
  [EJ, 'en', 'crosslang', 'what happens after the invoice has been checked?', { next: 'Rechnung prüfen' }],
  [EJ, 'de', 'typos', 'wer gibt die zahlug frei', { lane: 'Zahlung freigeben' }],
  [EJ, 'de', 'lookup', 'Was genau passiert beim Ermitteln der Freigabestufe?', { describe: 'Freigabestufe ermitteln' }],
  [EJ, 'ja', 'crosslang', '請求書を確認した後はどうなりますか？', { next: 'Rechnung prüfen' }],
  [EJ, 'de', 'lookup', 'Wird der Vorgang irgendwo archiviert?', { find: 'Bestellvorgang archivieren' }],
  [EJ, 'de', 'lookup', 'Was macht der Lieferant, nachdem er geprüft hat, ob die Ware verfügbar ist?', { next: 'Verfügbarkeit prüfen' }],
  // ---------------------------------------------------------------- hinshitsu-kensa (Japanese)
  [HQ, 'ja', 'lookup', '測定器が壊れたときの処理はありますか？', { find: '測定器エラー' }],
  [HQ, 'en', 'crosslang', 'Who measures the dimensions?', { lane: '寸法を測定する' }],
  [HQ, 'en', 'crosslang', 'What happens if the measuring device fails?', { next: '測定器エラー' }],
  [HQ, 'ja', 'typos', 'こんぽうはだれがする？', { lane: '製品を梱包する' }],
  [HQ, 'de', 'crosslang', 'Wer verpackt die Produkte?', { lane: '製品を梱包する' }],
  [HQ, 'ja', 'lookup', '合否判定のステップについて教えて', { describe: '合否を判定する' }],
  [HQ, 'en', 'crosslang', 'who scraps the defective parts?', { lane: '不良品を廃棄する' }],
  // ---------------------------------------------------------------- juchu-shori (Japanese)
  [JS, 'en', 'crosslang', 'Who checks the stock?', { lane: '在庫を確認する' }],
  [JS, 'ja', 'lookup', 'お客さんへの請求はどこでしていますか？', { find: '請求書を送る' }],
  [JS, 'de', 'crosslang', 'Was passiert nach dem Verpacken?', { next: '梱包する' }],
  [JS, 'ja', 'typos', 'けんぴんのあとはなにをしますか', { next: '検品する' }],
  [JS, 'en', 'crosslang', 'what happens after the goods are shipped?', { next: '発送する' }],
  // ---------------------------------------------------------------- lieferkette (German)
  [LK, 'en', 'crosslang', 'Where is the pickup planned?', { find: 'Abholung planen' }],
  [LK, 'en', 'crosslang', 'Who packs the goods?', { lane: 'Ware verpacken' }],
  [LK, 'de', 'lookup', 'Was passiert beim Zahlungseingang?', { describe: 'Zahlungseingang prüfen' }],
  [LK, 'ja', 'crosslang', '請求書を作るのはどの部署ですか？', { lane: 'Rechnung erstellen' }],
  [LK, 'de', 'typos', 'was pasiert nach der bestellungsprüfung', { next: 'Bestellung prüfen' }],
  // ---------------------------------------------------------------- nyuin-ea (Japanese)
  [NE, 'en', 'crosslang', 'What happens if the patient does not answer within three days?', { next: '3日経過' }],
  [NE, 'ja', 'lookup', '3日のタイマーについて教えて', { describe: '3日経過' }],
  [NE, 'en', 'crosslang', 'Is there a blood test?', { find: '血液検査' }],
  [NE, 'de', 'crosslang', 'Wer bringt den Patienten auf sein Zimmer?', { lane: '病室へ案内' }],
  [NE, 'ja', 'typos', 'けつえきけんさはありますか', { find: '血液検査' }],
  [NE, 'ja', 'lookup', 'レントゲンについて教えて', { describe: '胸部X線撮影' }],
  [NE, 'en', 'crosslang', 'what happens if the tests show something abnormal?', { next: '異常所見あり' }],
  // ---------------------------------------------------------------- reisekosten (German)
  [RK, 'en', 'crosslang', 'Who uploads the receipts?', { lane: 'Belege hochladen' }],
  [RK, 'en', 'crosslang', 'What happens if the payment fails?', { next: 'Zahlung fehlgeschlagen' }],
  [RK, 'ja', 'crosslang', '外貨の換算は誰がしますか？', { lane: 'Fremdwährung umrechnen' }],
  [RK, 'de', 'lookup', 'Gibt es eine zweite Freigabe?', { find: 'Zweitfreigabe einholen' }],
  [RK, 'de', 'typos', 'was pasiert wenn die erstatung fehlschlägt', { next: 'Zahlung fehlgeschlagen' }],
  [RK, 'de', 'lookup', 'Erzähl mir was über den Fehler bei der Auszahlung', { describe: 'Zahlung fehlgeschlagen' }],
  // ---------------------------------------------------------------- stipendium-adonis (German)
  [SA, 'en', 'crosslang', 'Who pays out the first instalment?', { lane: 'Erste Rate auszahlen' }],
  [SA, 'en', 'crosslang', 'Is there a waiting period somewhere?', { find: 'Frist abgelaufen' }],
  [SA, 'de', 'lookup', 'Wo wird das Gutachten angefordert?', { find: 'Fachgutachten anfordern' }],
  [SA, 'ja', 'crosslang', '委員会で審議するのは誰？', { lane: 'Anträge in der Kommission beraten' }],
  [SA, 'de', 'lookup', 'Was ist die formale Prüfung?', { describe: 'Formale Prüfung' }],
  [SA, 'de', 'typos', 'wer verschickt den ablehnungsbeschied', { lane: 'Ablehnungsbescheid versenden' }],
  // ---------------------------------------------------------------- toiawase-bonita (Japanese)
  [TB, 'en', 'crosslang', 'What happens after the logs are analysed?', { next: 'ログを解析' }],
  [TB, 'ja', 'lookup', '1週間待つところはどこですか？', { find: '1週間待機' }],
  [TB, 'ja', 'lookup', '7日のタイマーについて教えて', { describe: '1週間待機' }],
  [TB, 'en', 'crosslang', 'Who escalates to quality assurance?', { lane: '品質保証へエスカレーション' }],
  [TB, 'de', 'crosslang', 'Was passiert, wenn die technische Untersuchung zu lange dauert?', { next: '3営業日経過' }],
  // ---------------------------------------------------------------- toshokan-yoyaku-miro (Japanese)
  [TY, 'ja', 'lookup', '取り置きの期限はどこで決まっていますか？', { find: '取り置き期限（7日）' }],
  [TY, 'en', 'crosslang', 'Who puts the book on the reservation shelf?', { lane: '予約棚に置く' }],
  [TY, 'en', 'crosslang', 'What happens if the reader does not come within seven days?', { next: '取り置き期限（7日）' }],
  [TY, 'ja', 'typos', 'よやくのとりけしはどこ？', { find: '予約を取り消す' }],
  [TY, 'de', 'crosslang', 'Wer verlängert die Abholfrist?', { lane: '取り置きを延長する' }],
  // ---------------------------------------------------------------- lost-baggage-cameo (English)
  [LB, 'en', 'lookup', 'the reminder that fires while the trace is running', { find: 'Remind passenger' }],
  [LB, 'en', 'lookup', 'the paperwork the desk fills in', { find: 'Create property irregularity report' }],
  [LB, 'de', 'crosslang', 'Wer zahlt die Entschädigung aus?', { lane: 'Pay compensation' }],
  [LB, 'ja', 'crosslang', '紛失を宣言するのは誰ですか？', { lane: 'Declare bag lost' }],
  [LB, 'en', 'typos', 'who hands out the overnite kit', { lane: 'Hand out overnight kit' }],
  [LB, 'en', 'lookup', 'tell me about the worldwide search', { describe: 'Trace bag worldwide' }],
  // ---------------------------------------------------------------- shuri-uketsuke (Japanese)
  [SU, 'en', 'crosslang', 'Who diagnoses the fault?', { lane: '故障を診断する' }],
  [SU, 'en', 'crosslang', 'What happens if the repair takes more than three days?', { next: '3日超過' }],
  [SU, 'de', 'crosslang', 'Wer schickt den Kostenvoranschlag?', { lane: '見積書を送る' }],
  [SU, 'ja', 'typos', 'ぶひんこうかんはどこでしますか', { find: '部品を交換する' }],
  // ---------------------------------------------------------------- setsubi-hozen-activiti (Japanese)
  [SH, 'ja', 'lookup', 'シグナルは使われていますか？', { find: '生産ライン停止' }],
  [SH, 'en', 'crosslang', 'Who orders the spare parts?', { lane: '交換部品を発注する' }],
  [SH, 'de', 'crosslang', 'Wer macht den Probelauf?', { lane: '試運転を行う' }],
  [SH, 'en', 'crosslang', 'Is there an escalation anywhere?', { find: '設備更新を上申' }],
  // ---------------------------------------------------------------- support-ticket-vp (English)
  [ST, 'en', 'lookup', 'is anything done when the customer withdraws the ticket?', { find: 'Ticket withdrawn by customer' }],
  [ST, 'de', 'crosslang', 'Wer aktualisiert die Wissensdatenbank?', { lane: 'Update knowledge base' }],
  [ST, 'ja', 'crosslang', '満足度アンケートを送った後は？', { next: 'Send satisfaction survey' }],
  [ST, 'en', 'typos', 'who reasigns the tiket to a senior enginer', { lane: 'Reassign to senior engineer' }],
  [ST, 'en', 'lookup', 'what is the SLA timer on?', { describe: 'SLA of 8 hours breached' }],
];
