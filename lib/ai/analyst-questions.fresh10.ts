// FRESH_10: a blind batch, written on 2 Dec 2026 between 00:35 and 01:35 UTC without reading the analyst's code
// (lib/ai/analyst*.ts, lib/bpmn/tools/{text,vocabulary,queries}.ts) or running it on these questions, and without
// reading the other batches' questions beyond their format. The questions are over three diagrams in export styles
// new to the fixtures (e2e/fixtures/diagrams/generate-fresh10.ts): chargeback-blueworks (IBM Blueworks Live-like,
// `bpmn2:` prefix, `bwl_` ids, English, a credit card dispute with lanes Cardholder Services / Disputes Team /
// Merchant Relations, a black-box Merchant pool, conditions on an exclusive gateway's branches, a "request more
// evidence" loop, a boundary timer "45 days without merchant reply"); wareneingang-webmodeler (Camunda 8 Web
// Modeler-like, zeebe: task definitions, German, a goods-receipt inspection with lanes Lager / Qualitätssicherung /
// Einkauf, a black-box Lieferant pool, a parallel split and join, a message catch, an error boundary on a service
// task) and its next revision wareneingang-webmodeler-v2; hikkoshi-drawio (draw.io-like, Japanese, a move-in
// procedure with pools 住民 / 市役所 and message flows, an inclusive split/join with a default flow, a sub-process with
// its own end event). Four more ask in English about two FRESH_9 diagrams. About a sixth ask in one language about labels in another ("crosslang"). Facts are computed by
// the suite's oracle from its own parse; each was checked by hand against the XML (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const CB = 'chargeback-blueworks', WE = 'wareneingang-webmodeler', WE2 = 'wareneingang-webmodeler-v2', HK = 'hikkoshi-drawio';

/** FRESH_10 on its first and only honest run: 2 Dec 2026, 01:53 UTC, on main at 32a4247 ("[fresh10-ready]", the
 *  round's first merged analyst work, tools + lingo): **112/147 = 76.2 %**. Per language: en 44/59 (75 %),
 *  de 35/44 (80 %), ja 33/44 (75 %). Per category: after 8/11, before 6/7, changes 3/3, compare 4/5, count 15/16,
 *  crosslang 14/21, ends 2/3, gateways 8/9, lanes 10/11, lint 2/3, lookup 4/11, loops 3/3, messages 6/6,
 *  needsModel 3/3, paths 5/6, pools 3/3, reachability 4/8, typos 7/7, whatif 5/11.
 *  Misses (question → what was wrong); no expected fact was found wrong against the XML, none was changed:
 *  - chargeback "How many messages get sent out by the bank — I mean send tasks?" → counts 2 message flows, not 3 send tasks
 *  - "Is there a step where the customer gets their money back temporarily …?" → "No" (Issue provisional credit)
 *  - "where do we tell the cardholder that we turned their dispute down?" → the end event, not Send rejection letter
 *  - "Do we ever claw the money back from the cardholder again?" → the loop report
 *  - "we sent the chargeback to the merchant. what now?" → the message flow, not Wait for merchant response
 *  - "The cardholder sent us the extra documents … where does the case go next?" → what follows Request more
 *    evidence (the event), not what follows the event (Review dispute claim)
 *  - "If the merchant never answers, what happens …?" and the German "…nach 45 Tagen nicht reagiert hat?" → only the
 *    unnamed join after the timer, not Make credit permanent / Inform cardholder
 *  - "Suppose the merchant pushes back on the chargeback" → follows "accepted", not "disputed"
 *  - "and when nobody can tell whether the merchant's rebuttal holds up?" → the timer's successor, not "unclear"
 *  - "after we've reversed the credit, is there any way the cardholder still wins?" → the direct successor, no yes/no
 *  - "In how many different ways can a dispute be closed? Name them." → 6 paths, not 3 ends
 *  - 「加盟店がチャージバックに反論してきた場合はどうなる？」 → "can't answer"
 *  - wareneingang "…die Ware für die Verwendung blockieren?" → every "Ware" element, not Charge im Bestand sperren
 *  - "Was ist 'ERP nicht erreichbar' für ein Element und woran hängt es?" → the reachability report ("Keine")
 *  - "Und wenn die Buchung im System fehlschlägt?" and 「ERPへの記帳が失敗したらどうなる？」 → only Buchung manuell
 *    nachtragen, not Ware einlagern after it
 *  - "Und wenn bei der Qualitätsprüfung Mängel rauskommen?" → describes the packaging check
 *  - "Welche Wege gibt es nach der Frage, ob die Lieferung der Bestellung entspricht?" → a path to the gateway
 *  - "Kann eine gesperrte Charge trotzdem noch eingelagert werden?" → "Ja" (it cannot)
 *  - "Kommt man nach einer Abweichungsmeldung noch zur Einlagerung?" → describes the end event, no yes/no
 *  - "Wie viele mögliche Abläufe gibt es vom Start bis zum Ende?" → the task count, not 9 paths
 *  - "What happens if the quality check fails?" → the ERP error path
 *  - "Who sends the goods back to the supplier?" → the message flows, not lane Lager
 *  - hikkoshi 「マイナンバーカードの住所変更はどこでやっていますか？」 → "nothing to compare yet" (read as a change question)
 *  - 「こどものてあての申しこみを受けるステップはある？」, 「転校がある家族だと、何が追加されますか？」,
 *    「いちばん仕事が多い課はどこ？」, 「この図に直したほうがいいところはありますか？」 → "can't answer"
 *  - 「転入届を出したら、住民は次に何をする？」 → the office's start event, not the resident's next step
 *  - 「完了のお知らせを出すまでに、市役所ではどんな作業を経ますか？全部挙げてください。」 → the resident's
 *    direct predecessor of 完了の知らせを待つ
 *  - 「書類が足りなかった場合でも、最後に転入手続き完了までいける？」 → "はい" from the start event, not from the
 *    missing-documents step
 *  - 「住民より市役所のほうがタスクが多い？」 → describes the office pool (9 activities), no 8 vs 3
 *  - "If the family has kids, what extra step is there?" (Japanese labels) → "No", a name search
 *  - kita-platzvergabe-visio "What does the youth office do once a family has been waiting for six months?" →
 *    "couldn't find an element called …" */
export const FRESH_10_FIRST_RUN = { passed: 112, total: 147 };

export const FRESH_10: Question[] = [
  // ---------------------------------------------------------------- chargeback-blueworks (Blueworks Live, English)
  [CB, 'en', 'count', 'We exported our chargeback process from Blueworks Live and loaded it here. How many tasks does it have?', { count: T }],
  [CB, 'en', 'count', 'how many steps sit with the disputes team', { count: { ...T, lane: 'Disputes Team' } }],
  [CB, 'en', 'count', 'Is anything in here automated? How many service tasks are there?', { count: { types: ['serviceTask'] } }],
  [CB, 'en', 'count', 'number of decision/merge points?', { count: { family: 'gateway' } }],
  [CB, 'en', 'count', 'How many messages get sent out by the bank — I mean send tasks?', { count: { types: ['sendTask'] } }],
  [CB, 'en', 'count', 'user tasks in Cardholder Services: how many?', { count: { types: ['userTask'], lane: 'Cardholder Services' } }],
  [CB, 'en', 'lookup', 'Is there a step where the customer gets their money back temporarily while we investigate?', { find: 'Issue provisional credit' }],
  [CB, 'en', 'lookup', 'where do we tell the cardholder that we turned their dispute down?', { find: 'Send rejection letter' }],
  [CB, 'en', 'lookup', 'Do we ever claw the money back from the cardholder again?', { find: 'Reverse provisional credit' }],
  [CB, 'en', 'lookup', 'What is the "45 days without merchant reply" thing and which step is it stuck on?', { describe: '45 days without merchant reply' }],
  [CB, 'en', 'after', 'What happens once the dispute details have been written down?', { next: 'Record dispute details' }],
  [CB, 'en', 'after', 'we sent the chargeback to the merchant. what now?', { next: 'Raise chargeback with merchant' }],
  [CB, 'en', 'after', 'After the credit has been made permanent, what is the next step?', { next: 'Make credit permanent' }],
  [CB, 'en', 'after', 'The cardholder sent us the extra documents we asked for — where does the case go next?', { next: 'Evidence received from cardholder' }],
  [CB, 'en', 'before', 'What has to be done before the rejection letter goes out?', { prev: 'Send rejection letter' }],
  [CB, 'en', 'before', 'which step comes right before the review of the claim?', { prev: 'Review dispute claim' }],
  [CB, 'en', 'before', 'List everything that can happen before we make the credit permanent — all the activities, not only the last one.', { upstream: 'Make credit permanent' }],
  [CB, 'en', 'whatif', 'If the merchant never answers, what happens to the dispute?', { downstream: '45 days without merchant reply' }],
  [CB, 'en', 'whatif', "What if the cardholder's evidence is incomplete?", { whatIf: ['Claim assessment', 'evidence incomplete'] }],
  [CB, 'en', 'whatif', 'Suppose the merchant pushes back on the chargeback. Then what?', { whatIf: ['Merchant accepts chargeback?', 'disputed'] }],
  [CB, 'en', 'whatif', "and when nobody can tell whether the merchant's rebuttal holds up?", { whatIf: ['Rebuttal justified?', 'unclear'] }],
  [CB, 'en', 'whatif', 'if the claim is valid, what do we do?', { whatIf: ['Claim assessment', 'claim valid'] }],
  [CB, 'en', 'gateways', 'What are the possible outcomes of the claim assessment, and where does each one lead?', { branches: 'Claim assessment' }],
  [CB, 'en', 'gateways', "what type of gateway is 'Merchant accepts chargeback?'", { gatewayKind: 'Merchant accepts chargeback?' }],
  [CB, 'en', 'gateways', 'Do the splits and merges match up, i.e. is every split closed by the same kind of gateway?', { mismatches: true }],
  [CB, 'en', 'loops', 'Can a case go round in circles, like asking the cardholder for evidence again and again?', { loops: true }],
  [CB, 'en', 'reachability', 'Once a chargeback has gone to the merchant, can the dispute still end up rejected?', { reaches: ['Raise chargeback with merchant', 'Dispute rejected'] }],
  [CB, 'en', 'reachability', "after we've reversed the credit, is there any way the cardholder still wins?", { reaches: ['Reverse provisional credit', 'Dispute resolved for cardholder'] }],
  [CB, 'en', 'reachability', 'Are there any parts of the diagram that nothing leads to?', { unreachable: true }],
  [CB, 'en', 'ends', 'In how many different ways can a dispute be closed? Name them.', { ends: true }],
  [CB, 'en', 'lanes', 'Who is in charge of the actual contact with the merchant?', { lane: 'Raise chargeback with merchant' }],
  [CB, 'en', 'lanes', 'which team pays the money back for good?', { lane: 'Make credit permanent' }],
  [CB, 'en', 'lanes', 'What does Cardholder Services do in this process?', { laneWork: 'Cardholder Services' }],
  [CB, 'en', 'lanes', 'Which team carries the biggest workload here?', { mostLane: true }],
  [CB, 'en', 'pools', 'Who takes part in this collaboration?', { pools: true }],
  [CB, 'en', 'messages', 'What do we exchange with the merchant, message-wise?', { messages: true }],
  [CB, 'en', 'messages', 'who receives what we send when we raise the chargeback?', { messageTarget: 'Raise chargeback with merchant' }],
  [CB, 'en', 'compare', 'Are there more service tasks than user tasks?', { more: [{ types: ['serviceTask'] }, { types: ['userTask'] }] }],
  [CB, 'en', 'compare', 'Does the Disputes Team have more tasks than Merchant Relations?', { more: [{ ...T, lane: 'Disputes Team' }, { ...T, lane: 'Merchant Relations' }] }],
  [CB, 'en', 'lint', 'Anything I should fix before we publish this model?', { lint: true }],
  [CB, 'en', 'typos', 'how mnay gatways does the chargback process have', { count: { family: 'gateway' } }],
  [CB, 'en', 'typos', 'waht happens aftr the rebutal is assesed', { next: 'Assess merchant rebuttal' }],
  [CB, 'en', 'typos', 'who handels the arbitraton filing?', { lane: 'File for card network arbitration' }],
  [CB, 'en', 'paths', 'How many different routes are there from start to finish?', { paths: true }],
  [CB, 'en', 'paths', 'Can a dispute be finished without the merchant ever being contacted?', { pathsAvoid: 'Raise chargeback with merchant' }],
  [CB, 'en', 'needsModel', 'Draft an email to the cardholder that explains in plain words how their dispute will be handled.', { needsModel: true }],
  [CB, 'de', 'crosslang', 'Wie viele Aufgaben hat das Disputes Team?', { count: { ...T, lane: 'Disputes Team' } }],
  [CB, 'de', 'crosslang', 'Was passiert, wenn der Händler auch nach 45 Tagen nicht reagiert hat?', { downstream: '45 days without merchant reply' }],
  [CB, 'ja', 'crosslang', '「Request more evidence」のあとはどうなりますか？', { next: 'Request more evidence' }],
  [CB, 'ja', 'crosslang', 'カード会員への仮の返金はどの部署がやっていますか？', { lane: 'Issue provisional credit' }],
  [CB, 'ja', 'crosslang', '加盟店がチャージバックに反論してきた場合はどうなる？', { whatIf: ['Merchant accepts chargeback?', 'disputed'] }],

  // ---------------------------------------------------------------- wareneingang-webmodeler (Camunda 8 Web Modeler, German)
  [WE, 'de', 'count', 'Ich habe unsere Wareneingangsprüfung aus dem Web Modeler exportiert. Wie viele Aufgaben sind da drin?', { count: T }],
  [WE, 'de', 'count', 'wie viele user tasks hat das lager', { count: { types: ['userTask'], lane: 'Lager' } }],
  [WE, 'de', 'count', 'Läuft da irgendwas automatisch? Wie viele Service-Tasks gibt es?', { count: { types: ['serviceTask'] } }],
  [WE, 'de', 'count', 'Anzahl der Parallel-Gateways?', { count: { types: ['parallelGateway'] } }],
  [WE, 'de', 'count', 'Wie viele Ereignisse hat das Modell insgesamt?', { count: { family: 'event' } }],
  [WE, 'de', 'lookup', 'Gibt es einen Schritt, in dem wir die Ware für die Verwendung blockieren?', { find: 'Charge im Bestand sperren' }],
  [WE, 'de', 'lookup', "Was ist 'ERP nicht erreichbar' für ein Element und woran hängt es?", { describe: 'ERP nicht erreichbar' }],
  [WE, 'de', 'lookup', 'Wann geht die Ware zurück?', { find: 'Ware an Lieferanten zurückschicken' }],
  [WE, 'de', 'lookup', 'Wo schauen wir nach, ob die Kartons beim Transport beschädigt wurden?', { find: 'Verpackung auf Transportschäden sichten' }],
  [WE, 'de', 'after', 'Was passiert, nachdem die Charge gesperrt wurde?', { next: 'Charge im Bestand sperren' }],
  [WE, 'de', 'after', 'Und wie geht es weiter, wenn die Ware eingelagert ist?', { next: 'Ware einlagern' }],
  [WE, 'de', 'after', 'Wenn sich der Lieferant zurückmeldet, was passiert dann?', { next: 'Stellungnahme des Lieferanten eingegangen' }],
  [WE, 'de', 'after', 'was kommt nach dem abgleich vom lieferschein', { next: 'Lieferschein mit Bestellung abgleichen' }],
  [WE, 'de', 'before', 'Welche Schritte laufen alle ab, bevor die Ware ins Lager kommt?', { upstream: 'Ware einlagern' }],
  [WE, 'de', 'before', 'Was kommt direkt vor der Reklamation?', { prev: 'Reklamation an Lieferanten senden' }],
  [WE, 'de', 'whatif', 'Und wenn die Buchung im System fehlschlägt?', { downstream: 'ERP nicht erreichbar' }],
  [WE, 'de', 'whatif', 'Und wenn bei der Qualitätsprüfung Mängel rauskommen?', { whatIf: ['Prüfergebnis in Ordnung?', 'nein'] }],
  [WE, 'de', 'whatif', 'Angenommen, die Lieferung passt nicht zur Bestellung – was dann?', { whatIf: ['Lieferung entspricht Bestellung?', 'nein'] }],
  [WE, 'de', 'gateways', "Was für ein Gateway ist 'Prüfergebnis in Ordnung?'?", { gatewayKind: 'Prüfergebnis in Ordnung?' }],
  [WE, 'de', 'gateways', 'Welche Wege gibt es nach der Frage, ob die Lieferung der Bestellung entspricht?', { branches: 'Lieferung entspricht Bestellung?' }],
  [WE, 'de', 'gateways', 'Passen die Verzweigungen und Zusammenführungen vom Typ her zusammen?', { mismatches: true }],
  [WE, 'de', 'loops', 'Kann es passieren, dass wir den Lieferschein mehrmals abgleichen müssen?', { loops: true }],
  [WE, 'de', 'reachability', 'Kann eine gesperrte Charge trotzdem noch eingelagert werden?', { reaches: ['Charge im Bestand sperren', 'Ware eingelagert'] }],
  [WE, 'de', 'reachability', 'Kommt man nach einer Abweichungsmeldung noch zur Einlagerung?', { reaches: ['Abweichung an Lieferanten melden', 'Ware eingelagert'] }],
  [WE, 'de', 'reachability', 'Hängt irgendwas in der Luft, das man gar nicht erreichen kann?', { unreachable: true }],
  [WE, 'de', 'ends', 'Mit welchen Ergebnissen kann so eine Prüfung ausgehen?', { ends: true }],
  [WE, 'de', 'lanes', 'Wer zieht die Stichprobe?', { lane: 'Stichprobe ziehen und prüfen' }],
  [WE, 'de', 'lanes', 'Was macht der Einkauf hier alles?', { laneWork: 'Einkauf' }],
  [WE, 'de', 'lanes', 'Welche Lanes gibt es in dem Diagramm?', { lanes: true }],
  [WE, 'de', 'pools', 'Welche Beteiligten (Pools) sind modelliert?', { pools: true }],
  [WE, 'de', 'messages', 'Welche Nachrichten gehen an den Lieferanten raus oder kommen von ihm rein?', { messages: true }],
  [WE, 'de', 'messages', 'Wie viele Nachrichtenflüsse hat das Diagramm?', { count: { collection: 'messageFlows' } }],
  [WE, 'de', 'compare', 'Hat das Lager mehr Aufgaben als die Qualitätssicherung?', { more: [{ ...T, lane: 'Lager' }, { ...T, lane: 'Qualitätssicherung' }] }],
  [WE, 'de', 'lint', 'Ist das sauber modelliert oder meckert der Linter?', { lint: true }],
  [WE, 'de', 'typos', 'wie viele gatways gibts insgesammt', { count: { family: 'gateway' } }],
  [WE, 'de', 'typos', 'wer macht die sichtprüfung der verpakung', { lane: 'Verpackung auf Transportschäden sichten' }],
  [WE, 'de', 'paths', 'Wie viele mögliche Abläufe gibt es vom Start bis zum Ende?', { paths: true }],
  [WE, 'de', 'paths', 'Kann der Wareneingang abgeschlossen werden, ohne dass jemand die Buchung von Hand nachträgt?', { pathsAvoid: 'Buchung manuell nachtragen' }],
  [WE, 'de', 'needsModel', 'Übersetz mir bitte alle Bezeichnungen ins Englische.', { needsModel: true }],
  [WE2, 'de', 'changes', 'Was hat sich seit der letzten Version geändert?', { changes: WE }],
  [WE2, 'en', 'changes', 'I just edited the inspection. What is different from the previous revision?', { changes: WE }],
  [WE2, 'ja', 'changes', '前のバージョンと比べて何が変わった？', { changes: WE }],
  [WE, 'en', 'crosslang', 'How many tasks are done in the warehouse?', { count: { ...T, lane: 'Lager' } }],
  [WE, 'en', 'crosslang', 'What happens if the quality check fails?', { whatIf: ['Prüfergebnis in Ordnung?', 'nein'] }],
  [WE, 'en', 'crosslang', 'Who sends the goods back to the supplier?', { lane: 'Ware an Lieferanten zurückschicken' }],
  [WE, 'en', 'crosslang', "After checking the delivery note against the purchase order, what's next?", { next: 'Lieferschein mit Bestellung abgleichen' }],
  [WE, 'ja', 'crosslang', '品質保証のレーンではどんな作業をしますか？', { laneWork: 'Qualitätssicherung' }],
  [WE, 'ja', 'crosslang', 'ERPへの記帳が失敗したらどうなる？', { downstream: 'ERP nicht erreichbar' }],

  // ---------------------------------------------------------------- hikkoshi-drawio (draw.io, Japanese)
  [HK, 'ja', 'count', 'draw.ioで描いた引越しの手続きです。タスクは全部でいくつありますか？', { count: T }],
  [HK, 'ja', 'count', '市役所側のタスクはいくつ？', { count: { ...T, pool: '市役所' } }],
  [HK, 'ja', 'count', '住民票の作成の中には作業がいくつありますか', { count: { ...T, pool: '__sub:住民票の作成' } }],
  [HK, 'ja', 'count', 'ゲートウェイの数を教えて', { count: { family: 'gateway' } }],
  [HK, 'ja', 'count', 'しやくしょのユーザータスクはいくつ？', { count: { types: ['userTask'], pool: '市役所' } }],
  [HK, 'ja', 'lookup', 'マイナンバーカードの住所変更はどこでやっていますか？', { find: 'マイナンバーカードの住所を書き換える' }],
  [HK, 'ja', 'lookup', 'こどものてあての申しこみを受けるステップはある？', { find: '児童手当の申請を受け付ける' }],
  [HK, 'ja', 'lookup', '健康保険に入る手続きはどこ？', { find: '国民健康保険の加入手続きをする' }],
  [HK, 'ja', 'after', '本人確認のあとは何をしますか？', { next: '本人確認を行う' }],
  [HK, 'ja', 'after', '住民票の作成が終わったら次は何？', { next: '__subProcessOf:住民基本台帳に新住所を登録する' }],
  [HK, 'ja', 'after', '転入届を出したら、住民は次に何をする？', { next: '転入届を窓口に出す' }],
  [HK, 'ja', 'before', 'マイナンバーカードの書き換えの直前にやることは？', { prev: 'マイナンバーカードの住所を書き換える' }],
  [HK, 'ja', 'before', '完了のお知らせを出すまでに、市役所ではどんな作業を経ますか？全部挙げてください。', { upstream: '手続き完了を通知する' }],
  [HK, 'ja', 'whatif', '子どもがいる場合はどうなりますか？', { whatIf: ['ほかに必要な手続きは？', '子どもがいる場合'] }],
  [HK, 'ja', 'whatif', 'しょるいがたりないときは？', { whatIf: ['書類はそろっている？', 'いいえ'] }],
  [HK, 'ja', 'whatif', '転校がある家族だと、何が追加されますか？', { whatIf: ['ほかに必要な手続きは？', '転校がある場合'] }],
  [HK, 'ja', 'gateways', '「ほかに必要な手続きは？」はどの種類のゲートウェイ？', { gatewayKind: 'ほかに必要な手続きは？' }],
  [HK, 'ja', 'gateways', '書類チェックの分岐にはどんな行き先がありますか？', { branches: '書類はそろっている？' }],
  [HK, 'ja', 'gateways', '分岐と合流の種類はちゃんと対応していますか？', { mismatches: true }],
  [HK, 'ja', 'loops', 'この流れに繰り返し（ループ）はありますか？', { loops: true }],
  [HK, 'ja', 'reachability', '書類が足りなかった場合でも、最後に転入手続き完了までいける？', { reaches: ['不足している書類を案内する', '転入手続き完了'] }],
  [HK, 'ja', 'reachability', 'どこからもたどり着けない要素はある？', { unreachable: true }],
  [HK, 'ja', 'ends', 'この図にはどんな終わり方がありますか？', { ends: true }],
  [HK, 'ja', 'lanes', '児童手当はどの課が担当？', { lane: '児童手当の申請を受け付ける' }],
  [HK, 'ja', 'lanes', '市民課は何をしていますか？', { laneWork: '市民課' }],
  [HK, 'ja', 'lanes', 'レーンを全部教えて', { lanes: true }],
  [HK, 'ja', 'lanes', 'いちばん仕事が多い課はどこ？', { mostLane: true }],
  [HK, 'ja', 'pools', 'プールは何がある？', { pools: true }],
  [HK, 'ja', 'messages', '住民と市役所のあいだでやりとりされるメッセージは？', { messages: true }],
  [HK, 'ja', 'messages', '手続きが終わったという知らせは誰に届きますか？', { messageTarget: '手続き完了を通知する' }],
  [HK, 'ja', 'compare', '住民より市役所のほうがタスクが多い？', { more: [{ ...T, pool: '市役所' }, { ...T, pool: '住民' }] }],
  [HK, 'ja', 'compare', '保険年金課は子育て支援課よりタスクが多いですか？', { more: [{ ...T, lane: '保険年金課' }, { ...T, lane: '子育て支援課' }] }],
  [HK, 'ja', 'lint', 'この図に直したほうがいいところはありますか？', { lint: true }],
  [HK, 'ja', 'typos', 'ほんにん確任のあとどうなる', { next: '本人確認を行う' }],
  [HK, 'ja', 'typos', 'ゲートウエイはいくつ', { count: { family: 'gateway' } }],
  [HK, 'ja', 'paths', 'スタートから終わりまで、ルートは何通り？', { paths: true }],
  [HK, 'ja', 'paths', '住民票を作らずに終わることはある？', { pathsAvoid: '住民票の作成' }],
  [HK, 'ja', 'needsModel', 'この手続きを、引っ越してきた人向けのやさしいパンフレットの文章にしてください。', { needsModel: true }],
  [HK, 'en', 'crosslang', 'How many tasks does the city office have?', { count: { ...T, pool: '市役所' } }],
  [HK, 'en', 'crosslang', 'What happens after the identity check?', { next: '本人確認を行う' }],
  [HK, 'en', 'crosslang', 'Is there a subprocess in this diagram? What is it called?', { find: '住民票の作成' }],
  [HK, 'en', 'crosslang', 'If the family has kids, what extra step is there?', { whatIf: ['ほかに必要な手続きは？', '子どもがいる場合'] }],
  [HK, 'de', 'crosslang', 'Wer ist für die Krankenversicherung zuständig?', { lane: '国民健康保険の加入手続きをする' }],
  [HK, 'de', 'crosslang', 'Welche Nachrichten schicken sich Bürger und Rathaus?', { messages: true }],

  // ---------------------------------------------------------------- older fixtures, asked in English about German / Japanese labels
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'How many tasks do the parents have to do themselves?', { count: { ...T, pool: 'Eltern' } }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'What does the youth office do once a family has been waiting for six months?', { downstream: 'Frist von 6 Monaten abgelaufen' }],
  ['chintai-keiyaku-cardanit', 'en', 'crosslang', 'Which lane deals with the rent guarantee check?', { lane: '家賃保証の審査を行う' }],
  ['chintai-keiyaku-cardanit', 'en', 'crosslang', 'What happens if the tenant fails the screening?', { whatIf: ['審査結果は？', '否決'] }],
];
