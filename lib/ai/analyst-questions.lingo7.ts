// LINGO_7: a seventh vocabulary probe, written on 2 Dec 2026 at 00:40 UTC before its answers were seen. Every
// question asks about a label *without* the label's words: synonyms, hypernyms ("the paperwork"), role words ("the
// caretaker", "Sachbearbeiter"), verb ↔ noun, German separable verbs split in the question and in the label ("Mieter
// zieht Kündigung zurück", "sammelt … ein"), kana for kanji labels (じゅうみんひょう for 住民票), Japanese words of
// another register (払う/徴収, 渡す/交付), and questions in one language about labels in another. Two new diagrams:
// wohnungsuebergabe (German move-out, two pools) and tennyu-todoke (Japanese city-office registration), from
// e2e/fixtures/diagrams/generate-lingo7.ts.
// First run (00:41 UTC, on 8830158, before any change made for it): 108/143 = 75.5 % (en 44/59, de 39/47, ja 25/37);
// see LINGO_7_FIRST_RUN below. After the round's vocabulary work (01:21, on 173c63c + fixes): 137/143; the six left are
// routing ("wrong"/間違え read as a lint question, 再提出 as a loop, "talks to" as a message question, "Kann … werden? Wo?")
// and one tie ("money withheld from the deposit" → **Restkaution überweisen**).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const MG = 'Mängel festgestellt?';
const FB = '書類に不備がある？';

export const LINGO_7: Question[] = [
  // ---------------------------------------------------------------- wohnungsuebergabe (German, new)
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer macht die Wohnungsabnahme?', { lane: 'Hausmeister nimmt Wohnung ab' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who inspects the flat when the tenant moves out?', { lane: 'Hausmeister nimmt Wohnung ab' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'What happens if the tenant withdraws the notice?', { next: 'Mieter zieht Kündigung zurück' }],
  ['wohnungsuebergabe', 'de', 'after', 'Was passiert, wenn der Mieter die Kündigung zurückzieht?', { next: 'Mieter zieht Kündigung zurück' }],
  ['wohnungsuebergabe', 'de', 'after', 'Was passiert, wenn die Kündigung zurückgenommen wird?', { next: 'Mieter zieht Kündigung zurück' }],
  ['wohnungsuebergabe', 'ja', 'crosslang', '借主が解約を撤回したらどうなりますか？', { next: 'Mieter zieht Kündigung zurück' }],
  ['wohnungsuebergabe', 'de', 'after', 'Und wenn der Mieter es sich anders überlegt und doch bleiben will?', { next: 'Mieter zieht Kündigung zurück' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who collects the keys?', { lane: 'Hausmeister sammelt Schlüssel ein' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer holt die Schlüssel ab?', { lane: 'Hausmeister sammelt Schlüssel ein' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer nimmt die Schlüssel entgegen?', { lane: 'Hausmeister sammelt Schlüssel ein' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who reads the meters?', { lane: 'Zählerstände ablesen' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer liest die Zähler ab?', { lane: 'Zählerstände ablesen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'What happens if the meter reading takes too long?', { next: '2 Wochen ohne Ablesung' }],
  ['wohnungsuebergabe', 'de', 'after', 'Was passiert, wenn nach vierzehn Tagen immer noch kein Zählerstand da ist?', { next: '2 Wochen ohne Ablesung' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer hakt beim Versorger nach?', { lane: 'Beim Versorger nachfragen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who chases the utility company?', { lane: 'Beim Versorger nachfragen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who pays back the rest of the deposit?', { lane: 'Restkaution überweisen' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer zahlt die Kaution zurück?', { lane: 'Restkaution überweisen' }],
  ['wohnungsuebergabe', 'ja', 'crosslang', '敷金の返金は誰が行いますか？', { lane: 'Restkaution überweisen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'What happens after the deposit is refunded?', { next: 'Restkaution überweisen' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer schickt die Abrechnung raus?', { lane: 'Abrechnung an den Mieter schicken' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who sends the tenant the final statement?', { lane: 'Abrechnung an den Mieter schicken' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'What happens if damage is found in the flat?', { whatIf: [MG, 'ja'] }],
  ['wohnungsuebergabe', 'de', 'whatif', 'Was passiert, wenn in der Wohnung etwas kaputt ist?', { whatIf: [MG, 'ja'] }],
  ['wohnungsuebergabe', 'de', 'whatif', 'Und wenn bei der Übergabe alles in Ordnung ist?', { whatIf: [MG, 'nein'] }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'What if there are no defects?', { whatIf: [MG, 'nein'] }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who estimates what the repairs will cost?', { lane: 'Reparaturkosten schätzen' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer kalkuliert, was die Reparatur kostet?', { lane: 'Reparaturkosten schätzen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who keeps part of the deposit?', { lane: 'Betrag von der Kaution einbehalten' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer zieht die Kosten von der Kaution ab?', { lane: 'Betrag von der Kaution einbehalten' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who confirms the termination in writing?', { lane: 'Kündigung schriftlich bestätigen' }],
  ['wohnungsuebergabe', 'de', 'after', 'Was passiert nach der Kündigungsbestätigung?', { next: 'Kündigung schriftlich bestätigen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who schedules the handover?', { lane: 'Übergabetermin vereinbaren' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer macht den Termin für die Übergabe aus?', { lane: 'Übergabetermin vereinbaren' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who looks for a new tenant?', { lane: 'Nachmieter suchen' }],
  ['wohnungsuebergabe', 'de', 'after', 'Was kommt, nachdem ein Nachmieter gesucht wurde?', { next: 'Nachmieter suchen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'Who fills in the handover report?', { lane: 'Übergabeprotokoll ausfüllen' }],
  ['wohnungsuebergabe', 'de', 'lanes', 'Wer schreibt das Protokoll?', { lane: 'Übergabeprotokoll ausfüllen' }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'How many tasks does the caretaker have?', { count: { ...T, lane: 'Hausmeister' } }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'How many steps does accounting do?', { count: { ...T, lane: 'Buchhaltung' } }],
  ['wohnungsuebergabe', 'en', 'crosslang', 'What has to happen before the keys are collected?', { prev: 'Hausmeister sammelt Schlüssel ein' }],
  ['wohnungsuebergabe', 'de', 'before', 'Was passiert, bevor der Hausmeister die Wohnung abnimmt?', { prev: 'Hausmeister nimmt Wohnung ab' }],
  ['wohnungsuebergabe', 'de', 'after', 'Was passiert, nachdem der Hausmeister die Schlüssel eingesammelt hat?', { next: 'Hausmeister sammelt Schlüssel ein' }],
  ['wohnungsuebergabe', 'ja', 'crosslang', '鍵を回収した後は？', { next: 'Hausmeister sammelt Schlüssel ein' }],
  ['wohnungsuebergabe', 'en', 'reachability', 'If the tenant withdraws the notice, can the deposit still be paid out?', { reaches: ['Mieter zieht Kündigung zurück', 'Restkaution überweisen'] }],
  ['wohnungsuebergabe', 'en', 'lookup', 'Is there a step where money is withheld from the deposit?', { find: 'Betrag von der Kaution einbehalten' }],

  // ---------------------------------------------------------------- tennyu-todoke (Japanese, new)
  ['tennyu-todoke', 'ja', 'lanes', 'じゅうみんひょうを作るのはだれ？', { lane: '住民票を作成する' }],
  ['tennyu-todoke', 'ja', 'lanes', '住民票を作るのはどの課？', { lane: '住民票を作成する' }],
  ['tennyu-todoke', 'ja', 'after', 'ほんにんかくにんの次は？', { next: '本人確認書類を確認する' }],
  ['tennyu-todoke', 'ja', 'lanes', 'てすうりょうをもらうのは誰？', { lane: '手数料を徴収する' }],
  ['tennyu-todoke', 'ja', 'after', '手数料を払ってもらった後は？', { next: '手数料を徴収する' }],
  ['tennyu-todoke', 'ja', 'whatif', '書類が足りない場合はどうなる？', { whatIf: [FB, 'はい'] }],
  ['tennyu-todoke', 'ja', 'whatif', '書類に問題がなければ？', { whatIf: [FB, 'いいえ'] }],
  ['tennyu-todoke', 'ja', 'whatif', 'ふびがあったらどうなりますか', { whatIf: [FB, 'はい'] }],
  ['tennyu-todoke', 'ja', 'lanes', '国保の加入はどこが担当？', { lane: '国民健康保険に加入させる' }],
  ['tennyu-todoke', 'ja', 'lanes', 'こくみんけんこうほけんの手続きは誰？', { lane: '国民健康保険に加入させる' }],
  ['tennyu-todoke', 'ja', 'after', '税務課に連絡した後は？', { next: '税務課へ転入を通知する' }],
  ['tennyu-todoke', 'ja', 'lanes', '税務課へのお知らせは誰が出す？', { lane: '税務課へ転入を通知する' }],
  ['tennyu-todoke', 'ja', 'lanes', 'マイナカードの住所変更は誰がやる？', { lane: 'マイナンバーカードの住所を書き換える' }],
  ['tennyu-todoke', 'ja', 'after', 'パスワードを間違えたらどうなりますか？', { next: '暗証番号エラー' }],
  ['tennyu-todoke', 'ja', 'lanes', 'あんしょうばんごうのリセットは誰？', { lane: '暗証番号を再設定する' }],
  ['tennyu-todoke', 'ja', 'lanes', '住民票のコピーを渡すのは誰ですか？', { lane: '住民票の写しを交付する' }],
  ['tennyu-todoke', 'ja', 'after', '住民票の写しを発行した後は？', { next: '住民票の写しを交付する' }],
  ['tennyu-todoke', 'en', 'crosslang', 'Who hands out the copy of the residence certificate?', { lane: '住民票の写しを交付する' }],
  ['tennyu-todoke', 'en', 'crosslang', 'Who collects the fee?', { lane: '手数料を徴収する' }],
  ['tennyu-todoke', 'en', 'crosslang', 'What happens if the documents are incomplete?', { whatIf: [FB, 'はい'] }],
  ['tennyu-todoke', 'en', 'crosslang', 'Who enrols the new resident in health insurance?', { lane: '国民健康保険に加入させる' }],
  ['tennyu-todoke', 'en', 'crosslang', 'What if the PIN is wrong?', { next: '暗証番号エラー' }],
  ['tennyu-todoke', 'en', 'crosslang', 'Who checks the ID papers?', { lane: '本人確認書類を確認する' }],
  ['tennyu-todoke', 'de', 'crosslang', 'Wer stellt die Meldebescheinigung aus?', { lane: '住民票の写しを交付する' }],
  ['tennyu-todoke', 'de', 'crosslang', 'Wer kassiert die Gebühr?', { lane: '手数料を徴収する' }],
  ['tennyu-todoke', 'ja', 'count', 'しみんかのタスクは何個？', { count: { ...T, lane: '市民課' } }],
  ['tennyu-todoke', 'ja', 'after', 'てんにゅうとどけを受けたら最初に何をしますか？', { next: '転入届を受け付けた' }],
  ['tennyu-todoke', 'ja', 'after', '再提出を頼んだ後はどうなる？', { next: '再提出をお願いする' }],
  ['tennyu-todoke', 'ja', 'after', '暗証番号を設定し直したら？', { next: '暗証番号を再設定する' }],
  ['tennyu-todoke', 'ja', 'before', '住民票ができる前に何がありますか？', { prev: '住民票を作成する' }],

  // ---------------------------------------------------------------- existing diagrams
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'What happens if the parents withdraw their application?', { next: 'Eltern ziehen Antrag zurück' }],
  ['kita-platzvergabe-visio', 'de', 'after', 'Was passiert, wenn die Eltern den Antrag zurückziehen?', { next: 'Eltern ziehen Antrag zurück' }],
  ['kita-platzvergabe-visio', 'de', 'after', 'Was passiert, wenn der Antrag zurückgenommen wird?', { next: 'Eltern ziehen Antrag zurück' }],
  ['kita-platzvergabe-visio', 'ja', 'crosslang', '保護者が申請を取り下げたらどうなりますか？', { next: 'Eltern ziehen Antrag zurück' }],
  ['kita-platzvergabe-visio', 'de', 'lookup', 'Kann ein Antrag abgelehnt werden? Wo?', { find: 'Absage versenden' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'Who sends the rejection?', { lane: 'Absage versenden' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'Who allocates the place?', { lane: 'Platz zuteilen' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'Who rates how urgent the case is?', { lane: 'Dringlichkeit bewerten' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'What happens after the points are calculated?', { next: 'Punktzahl berechnen' }],
  ['kita-platzvergabe-visio', 'de', 'lanes', 'Wer rechnet die Punkte aus?', { lane: 'Punktzahl berechnen' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'What happens once the care contract is signed?', { next: 'Betreuungsvertrag unterschreiben' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'What happens if the family is put on the waiting list?', { next: 'Auf Warteliste setzen' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'Who talks to the family in a hardship case?', { lane: 'Härtefallgespräch führen' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', "Who checks the employer's certificate?", { lane: 'Arbeitgeberbescheinigung prüfen' }],
  ['kita-platzvergabe-visio', 'de', 'lanes', 'Wer schaut, ob die Unterlagen komplett sind?', { lane: 'Vollständigkeit prüfen' }],
  ['kita-platzvergabe-visio', 'en', 'crosslang', 'Who asks for the missing proofs?', { lane: 'Fehlende Nachweise anfordern' }],
  ['car-rental-yaoqiang', 'en', 'lanes', 'Who checks the car for damage when it comes back?', { lane: 'Inspect vehicle' }],
  ['car-rental-yaoqiang', 'de', 'crosslang', 'Wer prüft das Auto auf Schäden?', { lane: 'Inspect vehicle' }],
  ['car-rental-yaoqiang', 'ja', 'crosslang', '車の点検は誰がしますか？', { lane: 'Inspect vehicle' }],
  ['car-rental-yaoqiang', 'de', 'crosslang', 'Wer notiert den Kilometerstand?', { lane: 'Record mileage and fuel level' }],
  ['car-rental-yaoqiang', 'en', 'lanes', 'Who writes down how far the car was driven?', { lane: 'Record mileage and fuel level' }],
  ['car-rental-yaoqiang', 'de', 'crosslang', 'Wer macht Fotos vom Schaden?', { lane: 'Photograph damage' }],
  ['car-rental-yaoqiang', 'de', 'crosslang', 'Was passiert, wenn der Kunde nicht zahlt?', { next: '14 days passed' }],
  ['car-rental-yaoqiang', 'en', 'lanes', 'Who passes unpaid bills to a debt collector?', { lane: 'Hand over to collections agency' }],
  ['car-rental-yaoqiang', 'de', 'crosslang', 'Wer gibt den Fall ans Inkasso ab?', { lane: 'Hand over to collections agency' }],
  ['car-rental-yaoqiang', 'ja', 'crosslang', '請求書を送った後は？', { next: 'Send invoice' }],
  ['car-rental-yaoqiang', 'de', 'crosslang', 'Wer bucht das Geld von der Kreditkarte ab?', { lane: 'Charge card' }],
  ['stipendium-adonis', 'en', 'crosslang', 'Who pays out the first instalment?', { lane: 'Erste Rate auszahlen' }],
  ['stipendium-adonis', 'de', 'lanes', 'Wer überweist die erste Rate?', { lane: 'Erste Rate auszahlen' }],
  ['stipendium-adonis', 'en', 'crosslang', 'What happens if the committee does not grant the funding?', { whatIf: ['Förderung bewilligt?', 'nein'] }],
  ['stipendium-adonis', 'en', 'crosslang', 'Who asks for an expert opinion?', { lane: 'Fachgutachten anfordern' }],
  ['stipendium-adonis', 'de', 'lanes', 'Wer berechnet die Durchschnittsnote?', { lane: 'Notendurchschnitt ermitteln' }],
  ['stipendium-adonis', 'en', 'crosslang', 'Who discusses the applications?', { lane: 'Anträge in der Kommission beraten' }],
  ['stipendium-adonis', 'ja', 'crosslang', '奨学金の支給は誰が担当？', { lane: 'Erste Rate auszahlen' }],
  ['chintai-keiyaku-cardanit', 'en', 'crosslang', 'Who hands over the keys?', { lane: '鍵を引き渡す' }],
  ['chintai-keiyaku-cardanit', 'de', 'crosslang', 'Wer übergibt die Schlüssel?', { lane: '鍵を引き渡す' }],
  ['chintai-keiyaku-cardanit', 'ja', 'lanes', 'かぎの受け渡しは誰がやる？', { lane: '鍵を引き渡す' }],
  ['chintai-keiyaku-cardanit', 'ja', 'after', '申込金を返したあとは？', { next: '申込金を返金する' }],
  ['chintai-keiyaku-cardanit', 'ja', 'lanes', 'けいやくしょを作るのは誰？', { lane: '契約書を作成する' }],
  ['chintai-keiyaku-cardanit', 'en', 'crosslang', 'Who screens the tenant?', { lane: '入居審査を行う' }],
  ['chintai-keiyaku-cardanit', 'en', 'crosslang', 'What happens if the guarantee is refused?', { whatIf: ['保証は承認された？', 'いいえ'] }],
  ['chintai-keiyaku-cardanit', 'ja', 'lanes', '借主にサインしてもらうのは誰？', { lane: '借主に署名捺印してもらう' }],
  ['setsubi-hozen-activiti', 'ja', 'lanes', 'ぶひんの交換は誰がやる？', { lane: '部品を交換する' }],
  ['setsubi-hozen-activiti', 'en', 'crosslang', 'Who orders the spare parts?', { lane: '交換部品を発注する' }],
  ['setsubi-hozen-activiti', 'ja', 'after', 'テスト運転の後は？', { next: '試運転を行う' }],
  ['setsubi-hozen-activiti', 'de', 'crosslang', 'Wer macht den Probelauf?', { lane: '試運転を行う' }],
  ['setsubi-hozen-activiti', 'en', 'crosslang', 'Who writes the work report?', { lane: '作業報告書を作成する' }],
  ['juchu-shori', 'ja', 'before', 'はっそうの前は何をしますか？', { prev: '発送する' }],
  ['seikyusho-camunda7', 'ja', 'lanes', 'お金が入ったのを確かめるのは誰？', { lane: '入金を確認する' }],
  ['seikyusho-camunda7', 'en', 'crosslang', 'Who chases late payers?', { lane: '督促状を送る' }],
  ['seikyusho-camunda7', 'de', 'crosslang', 'Wer mahnt säumige Kunden?', { lane: '督促状を送る' }],
  ['seikyusho-camunda7', 'en', 'crosslang', 'Who passes the case to legal?', { lane: '法務部へ引き継ぐ' }],
  ['einkauf-jbpm', 'en', 'crosslang', 'Who picks the supplier?', { lane: 'Lieferanten auswählen' }],
  ['einkauf-jbpm', 'de', 'lanes', 'Wer sucht den Lieferanten aus?', { lane: 'Lieferanten auswählen' }],
  ['lieferkette', 'en', 'crosslang', 'Who books the truck?', { lane: 'Transport beauftragen' }],
  ['reisekosten', 'de', 'lanes', 'Wer lädt die Quittungen hoch?', { lane: 'Belege hochladen' }],
  ['reisekosten', 'en', 'crosslang', 'Who converts the foreign money?', { lane: 'Fremdwährung umrechnen' }],
  ['offboarding-flowable', 'de', 'lanes', 'Wer sperrt den Zugang?', { lane: 'Benutzerkonten sperren' }],
  ['offboarding-flowable', 'en', 'crosslang', 'Who pays out unused holiday?', { lane: 'Resturlaub auszahlen' }],
  ['offboarding-flowable', 'de', 'lanes', 'Wer erinnert an die Rückgabe der Geräte?', { lane: 'Rückgabe anmahnen' }],
  ['returns-handling', 'de', 'crosslang', 'Wer schickt das Etikett?', { lane: 'Email return label' }],
  ['returns-handling', 'en', 'lanes', 'Who restocks returned items?', { lane: 'Put item back\ninto stock' }],
  ['returns-handling', 'de', 'crosslang', 'Wer wirft kaputte Artikel weg?', { lane: 'Dispose of item' }],
  ['support-ticket-vp', 'de', 'crosslang', 'Was passiert, wenn der Kunde das Ticket zurückzieht?', { next: 'Withdrawal received' }],
  ['support-ticket-vp', 'en', 'lanes', 'Who hands the ticket to a senior engineer?', { lane: 'Reassign to senior engineer' }],
  ['discharge-trisotech', 'en', 'lanes', 'Who teaches the family about care at home?', { lane: 'Educate patient and family' }],
  ['discharge-trisotech', 'de', 'crosslang', 'Wer organisiert den Pflegedienst?', { lane: 'Arrange home care services' }],
];

/** LINGO_7 on its first run: 108/143. Per category: after 14/19, before 2/3, count 1/1, crosslang 54/73, lanes 36/39,
 *  lookup 0/2, reachability 0/1, whatif 1/5. Misses, by kind (each fixed by a rule or a meaning group, not for the
 *  sentence):
 *  - a German separable verb split in the label: "withdraw" / "zurückziehen" / 取り下げ for **Eltern ziehen Antrag
 *    zurück** and **Mieter zieht Kündigung zurück**, "eingesammelt" for **Hausmeister sammelt Schlüssel ein**, and a
 *    strong verb split in the question ("Wer liest die Zähler ab?" — liest is lesen)
 *  - kana typed for kanji: じゅうみんひょう, てんにゅうとどけ, ふび, はっそう
 *  - words missing from the vocabulary: tenant/landlord/caretaker ↔ Mieter/Hausverwaltung/Hausmeister, keys ↔ 鍵,
 *    withheld ↔ einbehalten, waiting list ↔ Warteliste, funding ↔ Förderung, truck ↔ Transport, 払う ↔ 徴収, PIN ↔
 *    暗証番号, meter ↔ Zähler, hardship ↔ Härtefall
 *  - a phrase read by its first word: "checks the car for damage" → **Check in vehicle** (a phrase of its own)
 *  - a negated word that is a term of its own read as a negation: "incomplete" / 足りない at **書類に不備がある？**
 *  - a particle read as a routing word: "wirft … weg" (Weg, a path), "zieht … zurück" (a loop)
 *  - participles and adverbs that only frame a name weighed like content: **Mängel festgestellt?**, **Kündigung
 *    schriftlich bestätigen**. */
export const LINGO_7_FIRST_RUN = { passed: 108, total: 143 };
