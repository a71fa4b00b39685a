// Yes/no reachability over a small diagram of our own (a boiler repair, in English, German and Japanese labels):
// a condition clause names the state the case is in ("if …", "wenn …", "…したあと"), the main clause what may still
// happen; boundary events are ways on from their host; "without <lane>" avoids every activity of that lane.
import { describe, expect, it } from 'vitest';
import { analyseBpmn } from '@/lib/bpmn';
import { answer } from './analyst-answers';
import type { TurnContext } from './context';

type Names = Record<'start' | 'diagnose' | 'await' | 'repairable' | 'fix' | 'partMissing' | 'order' | 'invoice' | 'timeout' | 'close' | 'works' | 'replaced' | 'closed' | 'hotline' | 'technician' | 'purchasing' | 'stats', string>;

/** Fault reported → Diagnose → Await appointment (timer: → Close ticket → Closed) → Repairable on site? yes → Fix on
 *  site (error: part missing → Order replacement) → Send invoice → Heating works; no → Order replacement → Replaced.
 *  Update statistics has no incoming flow. */
function boiler(n: Names): string {
  const t = (id: string, name: string, tag = 'task', extra = '') => `<bpmn:${tag} id="${id}" name="${name}"${extra}/>`;
  const flows: [string, string, string?][] = [['S', 'T1'], ['T1', 'T5'], ['T5', 'G1'], ['G1', 'T2', 'yes'], ['G1', 'T3', 'no'], ['T2', 'T4'], ['T4', 'E1'], ['B1', 'T3'], ['T3', 'E2'], ['B2', 'T6'], ['T6', 'E3'], ['T7', 'E1']];
  const lane = (id: string, name: string, refs: string[]) => `<bpmn:lane id="${id}" name="${name}">${refs.map((r) => `<bpmn:flowNodeRef>${r}</bpmn:flowNodeRef>`).join('')}</bpmn:lane>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="http://example.com">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:laneSet id="LS">${lane('L_Hot', n.hotline, ['S', 'T1', 'T5', 'G1', 'T4', 'T6', 'E1', 'E3', 'B2', 'T7'])}${lane('L_Tech', n.technician, ['T2', 'B1'])}${lane('L_Buy', n.purchasing, ['T3', 'E2'])}</bpmn:laneSet>
    ${t('S', n.start, 'startEvent')}${t('T1', n.diagnose, 'userTask')}${t('T5', n.await, 'userTask')}${t('G1', n.repairable, 'exclusiveGateway')}
    ${t('T2', n.fix)}${t('T3', n.order)}${t('T4', n.invoice, 'sendTask')}${t('T6', n.close)}${t('T7', n.stats, 'serviceTask')}
    <bpmn:boundaryEvent id="B1" name="${n.partMissing}" attachedToRef="T2"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
    <bpmn:boundaryEvent id="B2" name="${n.timeout}" attachedToRef="T5"><bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    ${t('E1', n.works, 'endEvent')}${t('E2', n.replaced, 'endEvent')}${t('E3', n.closed, 'endEvent')}
    ${flows.map(([a, b, name], i) => `<bpmn:sequenceFlow id="F${i}" sourceRef="${a}" targetRef="${b}"${name ? ` name="${name}"` : ''}/>`).join('')}
  </bpmn:process>
</bpmn:definitions>`;
}

const EN = boiler({ start: 'Fault reported', diagnose: 'Diagnose boiler', await: 'Await customer appointment', repairable: 'Repairable on site?', fix: 'Fix boiler on site', partMissing: 'Part missing', order: 'Order replacement boiler', invoice: 'Send invoice', timeout: '5 days without appointment', close: 'Close ticket', works: 'Heating works', replaced: 'Boiler replaced', closed: 'Closed unrepaired', hotline: 'Hotline', technician: 'Technician', purchasing: 'Purchasing', stats: 'Update repair statistics' });
const DE = boiler({ start: 'Störung gemeldet', diagnose: 'Kessel prüfen', await: 'Auf Kundentermin warten', repairable: 'Vor Ort reparierbar?', fix: 'Kessel vor Ort reparieren', partMissing: 'Teil fehlt', order: 'Ersatzkessel bestellen', invoice: 'Rechnung senden', timeout: '5 Tage ohne Termin', close: 'Ticket schließen', works: 'Heizung läuft', replaced: 'Kessel ersetzt', closed: 'Ohne Reparatur geschlossen', hotline: 'Hotline', technician: 'Techniker', purchasing: 'Einkauf', stats: 'Reparaturstatistik aktualisieren' });
const JA = boiler({ start: '故障の連絡を受けた', diagnose: 'ボイラーを診断する', await: '訪問日の連絡を待つ', repairable: '現地で修理できる？', fix: 'ボイラーを現地で修理する', partMissing: '部品がない', order: '交換用ボイラーを発注する', invoice: '請求書を引き渡す', timeout: '5日間連絡なし', close: 'チケットを閉じる', works: '暖房が復旧', replaced: 'ボイラー交換済み', closed: '未修理で終了', hotline: '受付窓口', technician: '技術者', purchasing: '購買部', stats: '修理統計を更新する' });

async function ask(question: string, xml: string): Promise<string> {
  const t: TurnContext = {
    question, history: [], attachments: [], skipped: [], currentAttachmentIds: [],
    diagram: { diagramId: 'dgm_1', name: 'Boiler', revisionId: 'rev_1', xml, xmlForModel: xml, xmlTrimmed: false, elementList: null, analysis: await analyseBpmn(xml), parseError: null, previousRevisionId: null, changes: null },
  };
  return answer(t);
}

describe('can it still happen, from the state a condition names', () => {
  it('follows a boundary event of the step the condition names (English, German, Japanese)', async () => {
    const en = await ask('If the technician starts fixing the boiler on site, can we still end up ordering a replacement boiler?', EN);
    expect(en).toMatch(/^Yes\b/);
    expect(en).toContain('`B1`');
    const de = await ask('Wenn der Techniker den Kessel vor Ort repariert, kann trotzdem noch ein Ersatzkessel bestellt werden?', DE);
    expect(de).toMatch(/^Ja\b/);
    expect(de).toContain('`B1`');
    const ja = await ask('ボイラーを現地で修理したあと、交換用ボイラーの発注まで行ける？', JA);
    expect(ja).toMatch(/^はい/);
    expect(ja).toContain('`T3`');
  });

  it('reads "the <step> timer runs out" as the timer on that step, and says no when nothing leads on to the goal', async () => {
    const en = await ask('If the appointment timer runs out, can the invoice still be sent?', EN);
    expect(en).toMatch(/^No\b/);
    expect(en).toContain('`B2`');
    const de = await ask('Wenn die Frist beim Kundentermin abläuft, kann die Rechnung trotzdem noch gesendet werden?', DE);
    expect(de).toMatch(/^Nein\b/);
    expect(de).toContain('`B2`');
  });

  it('takes the goal from the main clause alone', async () => {
    expect(await ask('Once the boiler was diagnosed, can the boiler still be fixed on site?', EN)).toMatch(/^Yes — \*\*Fix boiler on site\*\* \(`T2`\)/);
    expect(await ask('Once the boiler was diagnosed, can the boiler still be replaced?', EN)).toMatch(/^Yes — \*\*Boiler replaced\*\* \(`E2`\)/);
  });
});

describe('can it end without a lane doing anything', () => {
  it('avoids every activity of the lane the question names as who does it', async () => {
    const yes = await ask('Can a fault be closed without purchasing ever doing anything?', EN);
    expect(yes).toMatch(/^Yes\b/);
    expect(yes).toContain('`L_Buy`');
    expect(await ask('Is it possible to finish without the hotline ever working on it?', EN)).toMatch(/^No\b/);
    expect(await ask('Kann der Fall enden, ohne dass der Einkauf etwas tut?', DE)).toMatch(/^Ja\b/);
  });

  it('scores the step to avoid on the words after "without" alone', async () => {
    const a = await ask('Can a diagnosed fault finish without anyone ever sending an invoice?', EN);
    expect(a).toMatch(/^Yes\b/);
    expect(a).toContain('`T4`');
    expect(await ask('Kommt man auch ohne Rechnung bis zum Ende durch?', DE)).toMatch(/^Ja\b.*`T4`/);
  });
});

describe('everything that can come before a step, asked as a list', () => {
  it('lists the activities before a step instead of a yes/no when asked for all of them', async () => {
    const a = await ask('交換用ボイラーを発注するまでに通る可能性のある作業を全部挙げてください', JA);
    for (const id of ['T1', 'T5', 'T2']) expect(a).toContain(`\`${id}\``);
    expect(a).not.toMatch(/^(?:はい|いいえ)/);
  });
});

describe('steps nothing leads to', () => {
  it('finds them when asked who can never get there, and says a step nothing leads to is never done', async () => {
    expect(await ask('Are there any tasks nobody ever gets to?', EN)).toMatch(/^One element can never be reached[^\n]*`T7`/);
    expect(await ask('Are the repair statistics ever updated?', EN)).toMatch(/^No — nothing leads to \*\*Update repair statistics\*\*/);
    expect(await ask('Wird die Reparaturstatistik jemals aktualisiert?', DE)).toMatch(/^Nein\b[^\n]*`T7`/);
    expect(await ask('修理統計を更新する作業はどこから始まりますか？', JA)).toContain('到達不能');
  });
});

describe('does every case that reached X go through Y', () => {
  it('follows the ways on from the state "every …" names, not from the start', async () => {
    expect(await ask('Is every reported fault diagnosed?', EN)).toMatch(/^Yes — every way on from \*\*Fault reported\*\* \(`S`\) goes through \*\*Diagnose boiler\*\*/);
    const no = await ask('Does every boiler fixed on site get an invoice sent?', EN);
    expect(no).toMatch(/^No — not always: after \*\*Fix boiler on site\*\* \(`T2`\)/);
    expect(no).toContain('`B1`');
    expect(await ask('Wird jede gemeldete Störung geprüft?', DE)).toMatch(/^Ja\b[^\n]*`S`[^\n]*`T1`/);
  });
});
