// PROBES_7: the tools engineer's seventh-round probe, written on 2 Dec 2026 between 03:45 and 04:05 UTC before its
// answers were seen and without reading the analyst's code: flow questions only (after, before, whatif, paths,
// reachability, loops, ends) over 20 existing fixtures in English, German and Japanese — a step named by what it
// does rather than its label, "what is still left after X" (downstream) and "everything before X" (upstream), a
// condition said in other words, "what if X never happens / takes too long" (a timer or boundary), "can a Y that was
// already X still be Z" (reachability), "can it finish without Z" (a path avoiding Z), "how many ways through",
// English questions on German or Japanese labels, and a few typos.
// First pass (2 Dec 03:48 UTC, on main 7158416 before any change for it): 83/116 = 71.6 % (PROBES_7_FIRST_PASS).
// Misses: 9 "can a Y that was already X still be Z" read as a lookup, a loop or a path without X (debt collectors,
// auctioned, failed the formal check, abnormal tests, turned down, 不備があった人でも, 上申した案件でも, ohne Garantie,
// once the merchant has disputed); 6 a step named by what it does after "after/once/nachdem/sobald" (paid the
// invoice, die Gebühr bezahlt, Schlüssel zurückhat, Lieferant bestätigt/geantwortet, Abschlussgespräch) and 2 before
// it (before the technician can start the repair, bevor die Zahlung freigegeben wird); 6 a condition in other words
// (can't be charged, will es nicht haben, 審査に落ちたら, 審査が通ったら, Stichprobe durchfällt, isn't well enough to go
// home); 3 a boundary event in other words (3日で終わらなかったら, 暗証番号を間違えたら, das ERP ausfällt); 3 "what work is
// left / noch alles zu tun / what's left to do after X" answered with the next step only; 1 upstream without
// "every step" (list everything … before the item goes back); 1 after a sub-process's end event (住民票ができたあと);
// 1 やり直す as a loop; 1 何通りの流れ as a path count.
import type { Question } from './analyst-questions.data';

const CR = 'car-rental-yaoqiang-v2';
const LB = 'lost-baggage-cameo-v2';
const FB = 'fundbuero-appian';
const RA = 'reklamation-aris';
const ST = 'stipendium-adonis';
const CK = 'chintai-keiyaku-cardanit';
const TB = 'toiawase-bonita';
const HD = 'hikkoshi-drawio';
const NY = 'nyuin-ea';
const TT = 'tennyu-todoke';
const WU = 'wohnungsuebergabe';
const BA = 'bauantrag';
const EJ = 'einkauf-jbpm';
const WE = 'wareneingang-webmodeler-v2';
const RZ = 'refund-zeebe-v2';
const OB = 'offboarding-flowable-v2';
const SH = 'setsubi-hozen-activiti-v2';
const DT = 'discharge-trisotech';
const CB = 'chargeback-blueworks';
const SK = 'seikyusho-camunda7';
const SV = 'support-ticket-vp';

export const PROBES_7_FIRST_PASS = { passed: 83, total: 116 };

export const PROBES_7: Question[] = [
  // ---------------------------------------------------------------- car-rental-yaoqiang-v2
  [CR, 'en', 'after', 'What happens once the customer has paid the invoice?', { next: 'Payment received' }],
  [CR, 'en', 'whatif', 'what if the customer never pays the invoice?', { next: '14 days passed' }],
  [CR, 'en', 'whatif', "What if the card can't be charged?", { whatIf: ['Card payment successful?', 'no'] }],
  [CR, 'en', 'whatif', 'and if the inspector finds no scratches or dents?', { whatIf: ['Damage found?', 'no'] }],
  [CR, 'en', 'reachability', 'Can a rental that was handed to the debt collectors still get its agreement closed normally?', { reaches: ['Hand over to collections agency', 'Close rental agreement'] }],
  [CR, 'en', 'paths', 'Can a return be completed without anyone taking photos?', { pathsAvoid: 'Take photos of the damage' }],
  [CR, 'de', 'before', 'Was muss passieren, bevor die Kreditkarte belastet wird?', { prev: 'Charge card' }],
  [CR, 'en', 'after', 'what work is left once the damage has been assesed?', { downstream: 'Assess damage' }],
  [CR, 'ja', 'loops', '車両の点検をやり直すことはありますか？', { loops: true }],
  // ---------------------------------------------------------------- lost-baggage-cameo-v2
  [LB, 'en', 'after', 'what happens once the suitcase turns up?', { next: 'Bag found' }],
  [LB, 'de', 'whatif', 'Was passiert, wenn der Koffer nach drei Wochen immer noch nicht aufgetaucht ist?', { next: '21 days passed' }],
  [LB, 'en', 'paths', 'how many different ways can a missing bag case play out?', { paths: true }],
  [LB, 'ja', 'before', '補償金を支払う前に何がありますか？', { prev: 'Pay compensation' }],
  [LB, 'en', 'reachability', 'Once the bag has been written off as lost, can it still be delivered to the passenger?', { reaches: ['Declare bag lost', 'Deliver bag to passenger'] }],
  // ---------------------------------------------------------------- fundbuero-appian
  [FB, 'de', 'after', 'Was passiert, nachdem der Eigentümer die Gebühr bezahlt hat?', { next: 'Gebühr kassieren' }],
  [FB, 'de', 'whatif', 'Was passiert, wenn sich innerhalb der Frist niemand meldet?', { next: 'Aufbewahrungsfrist 6 Monate abgelaufen' }],
  [FB, 'de', 'whatif', 'Und wenn der Finder das Ding gar nicht haben will?', { whatIf: ['Finder erhebt Anspruch?', 'nein'] }],
  [FB, 'de', 'whatif', 'Was, wenn der Besitzer nicht belegen kann, dass es ihm gehört?', { whatIf: ['Nachweis ausreichend?', 'nein'] }],
  [FB, 'en', 'reachability', 'Can an item that was auctioned off still be handed back to its owner?', { reaches: ['Fundsache versteigern', 'Fundsache herausgeben'] }],
  [FB, 'de', 'paths', 'Wie viele mögliche Abläufe gibt es hier?', { paths: true }],
  [FB, 'en', 'before', 'list everything that has to be done before the item goes back to its owner', { upstream: 'Fundsache herausgeben' }],
  // ---------------------------------------------------------------- reklamation-aris
  [RA, 'de', 'whatif', 'Was passiert, wenn die Reparatur länger als fünf Tage dauert?', { next: '5 Tage überschritten' }],
  [RA, 'de', 'whatif', 'Was, wenn das Gerät nicht mehr unter Garantie fällt?', { whatIf: ['Garantiefall?', 'nein'] }],
  [RA, 'de', 'after', 'Was passiert, nachdem das Gerät repariert wurde?', { next: 'Gerät reparieren' }],
  [RA, 'en', 'before', 'What has to be done before the technician can start the repair?', { prev: 'Gerät reparieren' }],
  [RA, 'de', 'reachability', 'Kann eine Reklamation ohne Garantie am Ende trotzdem eine Gutschrift bekommen?', { reaches: ['Kostenvoranschlag\nsenden', 'Gutschrift buchen'] }],
  [RA, 'en', 'ends', 'In which ways can a complaint end?', { ends: true }],
  // ---------------------------------------------------------------- stipendium-adonis
  [ST, 'de', 'whatif', 'Was passiert, wenn die Kommission die Förderung ablehnt?', { whatIf: ['Förderung bewilligt?', 'nein'] }],
  [ST, 'de', 'after', 'Was passiert, nachdem der Bewerber die Annahme erklärt hat?', { next: 'Annahmeerklärung abwarten' }],
  [ST, 'en', 'whatif', 'What happens if the paperwork turns out to be formally invalid?', { next: 'Antrag formal ungültig' }],
  [ST, 'de', 'before', 'Was muss passieren, bevor die Kommission über die Anträge berät?', { prev: 'Anträge in der Kommission beraten' }],
  [ST, 'en', 'reachability', 'Can an application that failed the formal check still get the first instalment paid?', { reaches: ['Antrag formal ungültig', 'Erste Rate auszahlen'] }],
  [ST, 'de', 'after', 'Was ist nach der Kommissionssitzung noch alles zu tun?', { downstream: 'Anträge in der Kommission beraten' }],
  // ---------------------------------------------------------------- chintai-keiyaku-cardanit
  [CK, 'ja', 'whatif', '保証会社の審査が通ったら次は何をしますか？', { whatIf: ['保証は承認された？', 'はい'] }],
  [CK, 'ja', 'whatif', '入居審査に落ちたらどうなりますか？', { whatIf: ['審査結果は？', '否決'] }],
  [CK, 'ja', 'whatif', '契約が途中でキャンセルになったらどうなる？', { next: '契約がキャンセルされた' }],
  [CK, 'ja', 'before', '鍵を渡す前にやることは？', { prev: '鍵を引き渡す' }],
  [CK, 'ja', 'before', '重要事項の説明までに必要な作業をすべて教えてください', { upstream: '重要事項を説明する' }],
  [CK, 'ja', 'loops', '保証の審査が何度も繰り返されることはありますか？', { loops: true }],
  [CK, 'ja', 'paths', '申込から終わりまで何通りの流れがありますか？', { paths: true }],
  [CK, 'en', 'reachability', 'Can an applicant who was turned down still end up getting the keys?', { reaches: ['お断りの連絡をする', '鍵を引き渡す'] }],
  // ---------------------------------------------------------------- toiawase-bonita
  [TB, 'ja', 'whatif', '技術調査が3日で終わらなかったら？', { next: '3営業日経過' }],
  [TB, 'ja', 'after', 'メールで回答したあとはどうなりますか？', { next: '回答をメールで送信' }],
  [TB, 'ja', 'whatif', '一週間たってもまだ解決していなかったら？', { whatIf: ['解決済み？', '未解決'] }],
  [TB, 'ja', 'before', '回答メールを送る直前には何がありますか？', { prev: '回答をメールで送信' }],
  [TB, 'en', 'whatif', "What if it isn't a technical issue?", { whatIf: ['技術的な問題？', 'いいえ'] }],
  [TB, 'ja', 'ends', 'このプロセスはどんな終わり方をしますか？', { ends: true }],
  // ---------------------------------------------------------------- hikkoshi-drawio
  [HD, 'ja', 'whatif', '書類が足りないときはどうなりますか？', { whatIf: ['書類はそろっている？', 'いいえ'] }],
  [HD, 'ja', 'whatif', '子どもがいる家庭の場合は何をしますか？', { whatIf: ['ほかに必要な手続きは？', '子どもがいる場合'] }],
  [HD, 'ja', 'after', '住民票ができたあとは何をしますか？', { next: '__subProcessOf:住民票ができた' }],
  [HD, 'ja', 'after', '本人確認のあとに残っている作業を全部教えて', { downstream: '本人確認を行う' }],
  // ---------------------------------------------------------------- nyuin-ea
  [NY, 'ja', 'whatif', '3日たっても患者から返事がなかったらどうなりますか？', { next: '3日経過' }],
  [NY, 'ja', 'whatif', 'ベッドが空いていないときは？', { whatIf: ['空きベッドあり？', 'いいえ'] }],
  [NY, 'ja', 'whatif', '検査で異常が見つかったらどうなる？', { next: '異常所見あり' }],
  [NY, 'ja', 'after', '同意書が届いたら次は何をしますか？', { next: '同意書を受領' }],
  [NY, 'en', 'reachability', 'Can a patient whose tests show something abnormal still be shown to their room?', { reaches: ['異常所見あり', '病室へ案内'] }],
  [NY, 'de', 'paths', 'Wie viele verschiedene Wege gibt es durch die Aufnahme?', { paths: true }],
  // ---------------------------------------------------------------- tennyu-todoke
  [TT, 'ja', 'before', '住民票の写しを渡す前に何をしますか？', { prev: '住民票の写しを交付する' }],
  [TT, 'ja', 'before', '手数料をもらうまでにやることを全部挙げて', { upstream: '手数料を徴収する' }],
  [TT, 'ja', 'whatif', '暗証番号を間違えたらどうなる？', { next: '暗証番号エラー' }],
  [TT, 'ja', 'reachability', '書類に不備があった人でも住民票の写しはもらえますか？', { reaches: ['再提出をお願いする', '住民票の写しを交付する'] }],
  // ---------------------------------------------------------------- wohnungsuebergabe
  [WU, 'de', 'whatif', 'Was passiert, wenn der Mieter es sich anders überlegt und doch bleiben will?', { next: 'Mieter zieht Kündigung zurück' }],
  [WU, 'de', 'whatif', 'Was, wenn die Wohnung keine Schäden hat?', { whatIf: ['Mängel festgestellt?', 'nein'] }],
  [WU, 'de', 'whatif', 'was pasiert wenn die Zähler nach zwei Wochen noch nicht abgelesen sind', { next: '2 Wochen ohne Ablesung' }],
  [WU, 'de', 'after', 'Was kommt, nachdem der Hausmeister alle Schlüssel zurückhat?', { next: 'Hausmeister sammelt Schlüssel ein' }],
  [WU, 'de', 'paths', 'Kann die Kaution komplett zurückgezahlt werden, ohne dass etwas davon einbehalten wird?', { pathsAvoid: 'Betrag von der Kaution einbehalten' }],
  [WU, 'en', 'before', 'what needs to happen right before the rest of the deposit is transferred?', { prev: 'Restkaution überweisen' }],
  [WU, 'de', 'loops', 'Gibt es hier irgendwo eine Schleife?', { loops: true }],
  // ---------------------------------------------------------------- bauantrag
  [BA, 'de', 'whatif', 'Was passiert, wenn die Nachbarn sich nicht rechtzeitig äußern?', { next: 'Frist abgelaufen' }],
  [BA, 'de', 'whatif', 'Was, wenn das Vorhaben nur unter Auflagen genehmigt werden kann?', { whatIf: ['Genehmigungsfähig?', 'mit Auflagen'] }],
  [BA, 'de', 'whatif', 'Was passiert, wenn der Bauherr seinen Antrag zurückzieht?', { whatIf: ['Unterlagen vollständig?', 'Antrag zurückgezogen'] }],
  [BA, 'de', 'reachability', 'Kann ein Antrag, bei dem Unterlagen gefehlt haben, am Ende trotzdem genehmigt werden?', { reaches: ['Fehlende Unterlagen nachfordern', 'Baugenehmigung erteilen'] }],
  [BA, 'de', 'before', 'Was muss alles erledigt sein, bevor die Baugenehmigung rausgeht?', { upstream: 'Baugenehmigung erteilen' }],
  [BA, 'en', 'paths', 'how many routes through the permit procedure are there?', { paths: true }],
  // ---------------------------------------------------------------- einkauf-jbpm
  [EJ, 'de', 'whatif', 'Was passiert bei Bestellungen unter 5.000 Euro?', { whatIf: ['Betrag über 5.000 EUR?', 'nein'] }],
  [EJ, 'de', 'after', 'Was passiert, wenn der Lieferant die Bestellung bestätigt hat?', { next: 'Auftragsbestätigung eingegangen' }],
  [EJ, 'de', 'before', 'Was kommt direkt bevor die Zahlung freigegeben wird?', { prev: 'Zahlung freigeben' }],
  [EJ, 'en', 'reachability', 'If the request is sent back for rework, can it still be ordered from a supplier?', { reaches: ['Anforderung nachbessern', 'Bestellung an Lieferanten senden'] }],
  [EJ, 'de', 'loops', 'Kann eine Anforderung mehrmals zur Freigabe gehen?', { loops: true }],
  // ---------------------------------------------------------------- wareneingang-webmodeler-v2
  [WE, 'de', 'whatif', 'Was passiert, wenn das ERP ausfällt?', { next: 'ERP nicht erreichbar' }],
  [WE, 'de', 'whatif', 'Was, wenn die Stichprobe durchfällt?', { whatIf: ['Prüfergebnis in Ordnung?', 'nein'] }],
  [WE, 'de', 'after', 'Was ist noch alles zu tun, wenn die Charge gesperrt wurde?', { downstream: 'Charge im Bestand sperren' }],
  [WE, 'de', 'reachability', 'Kann eine gesperrte Charge trotzdem noch eingelagert werden?', { reaches: ['Charge im Bestand sperren', 'Ware einlagern'] }],
  [WE, 'en', 'paths', 'How many paths are there through goods receipt?', { paths: true }],
  [WE, 'de', 'after', 'Was passiert, sobald der Lieferant auf die Abweichung geantwortet hat?', { next: 'Stellungnahme des Lieferanten eingegangen' }],
  // ---------------------------------------------------------------- refund-zeebe-v2
  [RZ, 'en', 'whatif', 'What if nobody looks at the refund request for two days?', { next: '48 hours passed' }],
  [RZ, 'en', 'whatif', 'what if the customer would rather have a voucher?', { whatIf: ['What else is needed?', 'voucher wanted'] }],
  [RZ, 'en', 'whatif', 'What happens when the payment provider fails?', { next: 'Payment provider\nerror' }],
  [RZ, 'en', 'reachability', 'Can a refund that was turned down still be paid out?', { reaches: ['Send rejection\nemail', 'Refund payment'] }],
  [RZ, 'en', 'before', 'What has to happen before the money goes back to the customer? all of it please', { upstream: 'Refund payment' }],
  [RZ, 'ja', 'after', '返品された商品が届いたら次は何をしますか？', { next: 'Receive returned\nitem' }],
  // ---------------------------------------------------------------- offboarding-flowable-v2
  [OB, 'de', 'whatif', 'Was passiert, wenn der Laptop nach drei Tagen noch nicht zurück ist?', { next: '3 Tage überfällig' }],
  [OB, 'de', 'after', 'Was passiert nach dem Abschlussgespräch mit dem Mitarbeiter?', { next: 'Austrittsgespräch führen' }],
  [OB, 'de', 'before', 'Was muss alles passiert sein, bevor die letzte Lohnabrechnung gemacht wird?', { upstream: 'Lohnabrechnung abschließen' }],
  [OB, 'en', 'paths', 'Can someone leave without getting any leftover holiday paid out?', { pathsAvoid: 'Resturlaub auszahlen' }],
  [OB, 'de', 'whatif', 'Und wenn kein Urlaub mehr übrig ist?', { whatIf: ['Resturlaub offen?', 'nein'] }],
  // ---------------------------------------------------------------- setsubi-hozen-activiti-v2
  [SH, 'ja', 'whatif', '修理できないと判断されたらどうなりますか？', { whatIf: ['部品交換が必要？', '修理不能'] }],
  [SH, 'ja', 'whatif', '再点検で不合格だったら？', { whatIf: ['再点検で合格？', '不合格（再点検）'] }],
  [SH, 'ja', 'after', '部品が届いたのを確認したら、そのあとは？', { next: '部品の入荷を確認する' }],
  [SH, 'ja', 'reachability', '設備更新を上申した案件でも作業報告書は作られますか？', { reaches: ['設備更新を上申', '作業報告書を作成する'] }],
  [SH, 'ja', 'paths', 'このプロセスには何通りのルートがありますか？', { paths: true }],
  // ---------------------------------------------------------------- discharge-trisotech
  [DT, 'en', 'whatif', 'what if no home care provider can be found within two days?', { next: '48 hours without a provider' }],
  [DT, 'en', 'whatif', "What happens if the patient isn't well enough to go home?", { whatIf: ['Medically fit to go home?', 'no'] }],
  [DT, 'en', 'after', "What's left to do after the doctor signs the discharge order?", { downstream: 'Write discharge order' }],
  [DT, 'de', 'before', 'Was passiert direkt bevor der Patient entlassen wird?', { prev: 'Discharge patient' }],
  [DT, 'en', 'paths', 'Can a patient go home without the pharmacy checking their medication?', { pathsAvoid: 'Reconcile medication list' }],
  // ---------------------------------------------------------------- chargeback-blueworks
  [CB, 'en', 'whatif', 'what hapens if the merchant never answers?', { next: '45 days without merchant reply' }],
  [CB, 'en', 'whatif', 'what happens if the merchant pushes back?', { whatIf: ['Merchant accepts chargeback?', 'disputed'] }],
  [CB, 'en', 'whatif', "And if it's not clear whether the merchant's objection holds up?", { whatIf: ['Rebuttal justified?', 'unclear'] }],
  [CB, 'en', 'reachability', 'Once the merchant has disputed it, can the cardholder still keep the credit for good?', { reaches: ['Assess merchant rebuttal', 'Make credit permanent'] }],
  [CB, 'en', 'ends', 'What are all the possible outcomes of a dispute?', { ends: true }],
  [CB, 'de', 'loops', 'Kann ein Fall mehrmals geprüft werden?', { loops: true }],
  // ---------------------------------------------------------------- seikyusho-camunda7
  [SK, 'ja', 'whatif', '支払期限までに入金がなかったら？', { next: '支払期限を過ぎた' }],
  [SK, 'ja', 'whatif', '課長が差し戻したらどうなりますか？', { whatIf: ['承認された？', '差し戻し'] }],
  // ---------------------------------------------------------------- support-ticket-vp
  [SV, 'en', 'whatif', "What if the ticket isn't solved within 8 hours?", { next: 'SLA of 8 hours breached' }],
  [SV, 'en', 'reachability', 'Can a reopened ticket still get closed in the end?', { reaches: ['Reopen ticket', 'Close ticket'] }],
];
