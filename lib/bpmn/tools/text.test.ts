// Name matching across languages (text.ts): the rules the analyst relies on to tell which element a question means.
import { describe, expect, it } from 'vitest';
import { fold, mentionScore } from './text';

describe('mentionScore', () => {
  it('prefers a long Japanese name said in parts over a short one sharing a single word', () => {
    const q = 'FAQで回答を選んだあとはどうなるんでしょうか？';
    expect(mentionScore(q, 'FAQから回答を選ぶ')).toBeGreaterThan(mentionScore(q, '回答へ'));
    expect(mentionScore('回答を作ったあとはどうするんですか？', '回答を作成')).toBeGreaterThan(mentionScore('回答を作ったあとはどうするんですか？', '回答へ'));
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
});
