// Name matching across languages (text.ts): the rules the analyst relies on to tell which element a question means.
import { describe, expect, it } from 'vitest';
import { fold, joinSeparableName, mentionScore, termConcepts, wordConcepts, wordsMatch } from './text';

describe('mentionScore', () => {
  it('names a compound of two short terms by the meaning of both parts, not of one', () => {
    const q = 'how many tasks does the building office have?';
    expect(mentionScore(q, 'Bauamt')).toBeGreaterThan(mentionScore(q, 'Sachbearbeitung'));
    expect(mentionScore('how many tasks does the building have?', 'Bauamt')).toBe(0);
  });

  it('prefers a long Japanese name said in parts over a short one sharing a single word', () => {
    const q = 'FAQで回答を選んだあとはどうなるんでしょうか？';
    expect(mentionScore(q, 'FAQから回答を選ぶ')).toBeGreaterThan(mentionScore(q, '回答へ'));
    expect(mentionScore('回答を作ったあとはどうするんですか？', '回答を作成')).toBeGreaterThan(mentionScore('回答を作ったあとはどうするんですか？', '回答へ'));
  });

  it('reads a Japanese verb and its noun form as one word, with or without the kana between the kanji', () => {
    // 引渡 (noun) in the question, 引き渡す in the name; 取り消し in the question, 取消 in the name.
    expect(mentionScore('書類の引渡まで進める？', '書類を引き渡す')).toBeGreaterThan(0.8);
    expect(mentionScore('書類の引渡まで進める？', '書類を引き渡す')).toBeGreaterThan(mentionScore('書類の引渡まで進める？', '書類を作成する'));
    expect(mentionScore('予約の取り消しのあとは？', '予約取消を登録')).toBeGreaterThan(mentionScore('予約の取り消しのあとは？', '予約を登録'));
    // A particle between kanji is no okurigana: 本を借りる does not say 本借.
    expect(mentionScore('本を借りる', '本借')).toBeLessThan(0.5);
  });

  it('reads a negated Japanese word as the name with 未/不/無', () => {
    expect(mentionScore('解決しなかったらどうなる？', '未解決')).toBeGreaterThan(mentionScore('解決したらどうなる？', '未解決'));
  });

  it('matches い-adjectives in their negated forms and counters written with digits', () => {
    expect(mentionScore('精算が正しくない場合は？', 'Abrechnung korrekt')).toBeGreaterThan(0.5);
    expect(mentionScore('まだ2回督促していない場合は', 'Already reminded twice')).toBeGreaterThan(mentionScore('まだ督促していない場合は', 'Already reminded twice'));
  });

  it('finds German colloquial and paraphrased names', () => {
    expect(mentionScore('Wo wird die Gewährleistung geprüft?', 'Garantieanspruch prüfen')).toBeGreaterThan(0.6);
    expect(mentionScore('Was passiert, wenn die Überweisung schiefgeht?', 'Zahlung fehlgeschlagen')).toBeGreaterThan(0.6);
    expect(mentionScore('Bevor die Absage rausgeht?', 'Absage senden')).toBeGreaterThan(0.6);
    // Unrelated words stay unmatched.
    expect(mentionScore('Wer kontrolliert die Spesenabrechnung?', 'Zahlung fehlgeschlagen')).toBeLessThan(0.3);
  });

  it('reads amounts the same however they are written', () => {
    expect(fold('über 1.000 €')).toBe('uber 1000 eur');
    expect(mentionScore('Und bei mehr als 1000 Euro?', 'über 1.000 €')).toBeGreaterThan(0.8);
    expect(mentionScore('Und bei mehr als 2000 Euro?', 'über 1.000 €')).toBeLessThan(mentionScore('Und bei mehr als 1000 Euro?', 'über 1.000 €'));
  });

  it('names a Japanese step by one part said whole, its action or its object, below the whole name', () => {
    expect(mentionScore('手直しのあとってどうなるの？', '不良品を手直しする')).toBeGreaterThanOrEqual(0.4);
    expect(mentionScore('手直しのあとってどうなるの？', '不良品を手直しする')).toBeLessThan(mentionScore('不良品を手直しした後は？', '不良品を手直しする'));
    // A single shared character is no part said whole.
    expect(mentionScore('手直しのあとってどうなるの？', '製品を梱包する')).toBeLessThan(0.3);
  });
});

describe('wordsMatch (German word forms)', () => {
  it('matches participles of separable verbs with their infinitive', () => {
    expect(wordsMatch('zusammengestellt', 'zusammenstellen')).toBe(true);
    expect(wordsMatch('hochgeladen', 'hochladen')).toBe(true);
    // Not any two words that share the particle.
    expect(wordsMatch('zusammengestellt', 'zusammenfassen')).toBe(false);
  });

  it('keeps an agent noun apart from its action noun', () => {
    expect(wordsMatch('anforderung', 'anforderer')).toBe(false);
    expect(wordsMatch('anforderung', 'anforderungen')).toBe(true);
  });

  it('does not read an everyday verb as its prefixed form', () => {
    expect(wordsMatch('lauft', 'abgelaufen')).toBe(false);
    expect(mentionScore('Was läuft alles nach der Eingangsbestätigung?', 'Eingang bestätigen')).toBeGreaterThan(mentionScore('Was läuft alles nach der Eingangsbestätigung?', 'Frist abgelaufen'));
    // Other prefixed verbs still match their base ("packen" / "verpacken").
    expect(wordsMatch('packen', 'verpacken')).toBe(true);
  });

  it('reads a German compound in a name from its parts, or weaker from its head alone', () => {
    const q = 'Wer erfasst den Eingang der Ware?';
    expect(mentionScore(q, 'Wareneingang erfassen')).toBeGreaterThan(0.8);
    expect(mentionScore(q, 'Wareneingang erfassen')).toBeGreaterThan(mentionScore(q, 'Bestellung eingegangen'));
    // The head alone counts, less than the whole word.
    expect(mentionScore('Wer macht das Zeugnis?', 'Arbeitszeugnis erstellen')).toBeGreaterThan(0);
    expect(mentionScore('Wer macht das Zeugnis?', 'Arbeitszeugnis erstellen')).toBeLessThan(mentionScore('Wer macht das Arbeitszeugnis?', 'Arbeitszeugnis erstellen'));
  });

  it("counts a question compound's first part fully when its head names another word of the name", () => {
    const q = 'Was kommt vor der Geräterückgabe?';
    expect(mentionScore(q, 'Laptop und Diensthandy zurücknehmen') - mentionScore(q, 'Rückgabe anmahnen')).toBeGreaterThan(0.12);
  });

  it('does not read a Japanese name said only as its negation as the name', () => {
    expect(mentionScore('再点検で不合格だったらどうなりますか？', '合格')).toBeLessThan(0.5);
    expect(mentionScore('再点検で合格だったらどうなりますか？', '合格')).toBe(1);
    expect(mentionScore('再点検で不合格だったらどうなりますか？', '不合格（再点検）')).toBeGreaterThan(0.9);
  });

  it('reads hours written in German as hours', () => {
    expect(fold('48 Stunden')).toBe('48 hours');
  });

  it('keeps verbs with two different prefixes apart', () => {
    expect(wordsMatch('erreicht', 'einreichen')).toBe(false);
    expect(wordsMatch('eingereicht', 'einreichen')).toBe(true);
  });
  it('reads a name with a separable verb split as a main clause as the joined verb', () => {
    expect(joinSeparableName(fold('Eltern ziehen Antrag zurück').split(' '))).toEqual(['eltern', 'zuruckziehen', 'antrag']);
    expect(joinSeparableName(fold('Hausmeister nimmt Wohnung ab').split(' '))).toEqual(['hausmeister', 'abnehmen', 'wohnung']);
    expect(joinSeparableName(fold('Hausmeister sammelt Schlüssel ein').split(' '))).toEqual(['hausmeister', 'einsammeln', 'schlussel']);
    // A particle that ends a name without a verb before it stays as it is.
    expect(joinSeparableName(fold('Anfrage Kunde ab').split(' '), 'Anfrage Kunde ab')).toEqual(['anfrage', 'kunde', 'ab']);
    // A noun in -en is no verb: the verb of a capitalised label is the word in lower case.
    expect(joinSeparableName(fold('Welche Kriterien treffen zu').split(' '), 'Welche Kriterien treffen zu')).toEqual(['welche', 'kriterien', 'zutreffen']);
    const withdraw = 'What happens if the parents withdraw their application?';
    expect(mentionScore(withdraw, 'Eltern ziehen Antrag zurück')).toBeGreaterThan(0.75);
    expect(mentionScore('Was passiert, wenn der Antrag zurückgenommen wird?', 'Eltern ziehen Antrag zurück')).toBeGreaterThan(0.6);
    expect(mentionScore('保護者が申請を取り下げたら？', 'Eltern ziehen Antrag zurück')).toBeGreaterThan(0.6);
    // The question's own split verb with a strong verb's stem: "liest … ab" is ablesen.
    expect(mentionScore('Wer liest die Zähler ab?', 'Zählerstände ablesen')).toBeGreaterThan(mentionScore('Wer liest die Zähler ab?', 'Restkaution überweisen'));
  });

  it('reads kana typed for a kanji word as the word', () => {
    expect(fold('じゅうみんひょうを作るのは？')).toBe(fold('住民票を作るのは？'));
    expect(mentionScore('じゅうみんひょうを作るのはだれ？', '住民票を作成する')).toBeGreaterThan(0.9);
    // Kana that only contain a reading inside another word are left alone.
    expect(fold('してはいけない')).toBe('してはいけない');
  });

  it('weakens a word whose phrase in the name means something else', () => {
    const q = 'Who checks the car for damage when it comes back?';
    expect(mentionScore(q, 'Inspect vehicle')).toBeGreaterThan(mentionScore(q, 'Check in vehicle'));
    expect(mentionScore('Who checks the car in?', 'Check in vehicle')).toBeGreaterThan(mentionScore('Who checks the car in?', 'Inspect vehicle'));
  });

  it('knows a negated word that is a term of its own by its own meaning', () => {
    const missing = wordConcepts('missing');
    expect(termConcepts('incomplete').some((id) => missing.includes(id))).toBe(true);
    expect(termConcepts('incomplete').some((id) => wordConcepts('complete').includes(id))).toBe(false);
    // A negated word that is no term has no meaning of its own: its polarity is judged against the word it negates.
    expect(termConcepts('unsigned')).toEqual([]);
  });
});

describe('typos in inflected words', () => {
  it('allows one edit between the stems of an English -ed/-ing word, not a different first letter', () => {
    expect(wordsMatch('clasified', 'classify')).toBe(true);
    expect(wordsMatch('refunded', 'befund')).toBe(false);
  });
});

describe('kana readings in fold', () => {
  it('reads a reading as its kanji word only between word edges', () => {
    expect(fold('にもつをおくる')).toContain('荷物');
    expect(fold('ごれんらくをまつ')).toContain('連絡');
    // にもつ inside どこにもつながって is kana of other words.
    expect(fold('どこにもつながってない')).toBe('どこにもつながってない');
  });

  it('reads readings side by side as one compound, judged by the run\'s outer edges', () => {
    expect(fold('ぶひんこうかんはどこ')).toBe(fold('部品交換はどこ'));
    expect(mentionScore('ぶひんこうかんはどこでしますか', '部品を交換する')).toBeGreaterThan(0.9);
    // A run that ends inside another word stays kana: けんさくする (to search) holds けんさ but is no 検査.
    expect(fold('しょるいけんさくする')).toBe('しょるいけんさくする');
  });
});
