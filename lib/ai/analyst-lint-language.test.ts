import { describe, expect, it } from 'vitest';
import { analyseBpmn, LINT_FIXES, LINT_TEXT } from '@/lib/bpmn';
import { answer } from './analyst-answers';
import type { TurnContext } from './context';

// A small process with two lint findings of different kinds: a task nothing leads to (implicit start) and an
// exclusive gateway with a single way out (superfluous gateway).
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="x">
  <process id="P" isExecutable="false">
    <startEvent id="S" name="Antrag da"><outgoing>f1</outgoing></startEvent>
    <userTask id="T1" name="Antrag prüfen"><incoming>f1</incoming><outgoing>f2</outgoing></userTask>
    <exclusiveGateway id="G" name="Vollständig?"><incoming>f2</incoming><outgoing>f3</outgoing></exclusiveGateway>
    <task id="T2" name="Bescheid senden"><incoming>f3</incoming><outgoing>f4</outgoing></task>
    <endEvent id="E" name="Erledigt"><incoming>f4</incoming><incoming>f5</incoming></endEvent>
    <task id="Orphan" name="Statistik pflegen"><outgoing>f5</outgoing></task>
    <sequenceFlow id="f1" sourceRef="S" targetRef="T1"/><sequenceFlow id="f2" sourceRef="T1" targetRef="G"/>
    <sequenceFlow id="f3" sourceRef="G" targetRef="T2"/><sequenceFlow id="f4" sourceRef="T2" targetRef="E"/>
    <sequenceFlow id="f5" sourceRef="Orphan" targetRef="E"/>
  </process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">
    ${['S', 'T1', 'G', 'T2', 'E', 'Orphan'].map((id, i) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${100 + i * 150}" y="100" width="100" height="80"/></bpmndi:BPMNShape>`).join('')}
    ${['f1', 'f2', 'f3', 'f4', 'f5'].map((id) => `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="0" y="0"/><di:waypoint x="10" y="0"/></bpmndi:BPMNEdge>`).join('')}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>`;

async function ask(question: string): Promise<string> {
  const turn: TurnContext = {
    question, history: [], attachments: [], skipped: [], currentAttachmentIds: [],
    diagram: { diagramId: 'dgm_1', name: 'Antrag', revisionId: 'rev_1', xml: XML, xmlForModel: XML, xmlTrimmed: false, elementList: null, analysis: await analyseBpmn(XML), parseError: null, previousRevisionId: null, changes: null },
  };
  return answer(turn);
}

describe('lint findings in the question’s language', () => {
  it('has German and Japanese words for every rule it has an English fix for', () => {
    for (const rule of Object.keys(LINT_FIXES)) {
      expect(LINT_TEXT[rule]?.de.every((s) => s.length > 10), rule).toBe(true);
      expect(LINT_TEXT[rule]?.ja.every((s) => s.length > 5), rule).toBe(true);
    }
  });

  it('words the problem and a fix that fits the element in German and Japanese, not in English', async () => {
    const en = await ask('Anything I should fix?');
    expect(en).toMatch(/^I found 3 problems \(1 error, 2 warnings\)/);
    expect(en).toMatch(/Connect a flow into "Statistik pflegen"/);
    expect(en).toMatch(/"Vollständig\?" has only one way out/);

    const de = await ask('Gibt es etwas, das ich korrigieren sollte?');
    expect(de).toMatch(/impliziter Start/);
    expect(de).toMatch(/Lösung: Einen Fluss vom vorherigen Schritt zu „Statistik pflegen“ ziehen/);
    expect(de).toMatch(/„Vollständig\?“ hat nur einen Ausgang/);
    expect(de).not.toMatch(/\b(Connect|Element is|Gateway is|has only one way)\b/);

    const ja = await ask('直すべき問題はありますか？');
    expect(ja).toMatch(/暗黙の開始/);
    expect(ja).toMatch(/修正：前のステップから「Statistik pflegen」へフローをつなぐ/);
    expect(ja).toMatch(/「Vollständig\?」には出口が1つしかありません/);
    expect(ja).toMatch(/（bpmnlint `no-implicit-start`、エラー）。/);
    expect(ja).not.toMatch(/\b(Connect|Element is|Gateway is)\b/);
  });
});
