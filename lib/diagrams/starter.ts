// The diagram a new user starts from: start event → task → end event, laid out with DI so it opens ready to edit.
import { newId } from '@/lib/ids';

const short = () => newId('dgm').slice(4, 11);

/** BPMN 2.0 XML for a fresh diagram (ids are unique per call so copies never collide when merged). */
export function starterXml(): string {
  const s = short();
  const ids = {
    defs: `Definitions_${s}`,
    process: `Process_${s}`,
    start: `StartEvent_${s}`,
    task: `Activity_${s}`,
    end: `EndEvent_${s}`,
    f1: `Flow_${s}a`,
    f2: `Flow_${s}b`,
    diagram: `BPMNDiagram_${s}`,
    plane: `BPMNPlane_${s}`,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="${ids.defs}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Procmod" exporterVersion="1">
  <bpmn:process id="${ids.process}" isExecutable="false">
    <bpmn:startEvent id="${ids.start}" name="Request received">
      <bpmn:outgoing>${ids.f1}</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:task id="${ids.task}" name="Handle request">
      <bpmn:incoming>${ids.f1}</bpmn:incoming>
      <bpmn:outgoing>${ids.f2}</bpmn:outgoing>
    </bpmn:task>
    <bpmn:endEvent id="${ids.end}" name="Request handled">
      <bpmn:incoming>${ids.f2}</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="${ids.f1}" sourceRef="${ids.start}" targetRef="${ids.task}" />
    <bpmn:sequenceFlow id="${ids.f2}" sourceRef="${ids.task}" targetRef="${ids.end}" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="${ids.diagram}">
    <bpmndi:BPMNPlane id="${ids.plane}" bpmnElement="${ids.process}">
      <bpmndi:BPMNShape id="${ids.start}_di" bpmnElement="${ids.start}">
        <dc:Bounds x="182" y="142" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="156" y="185" width="89" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="${ids.task}_di" bpmnElement="${ids.task}">
        <dc:Bounds x="290" y="120" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="${ids.end}_di" bpmnElement="${ids.end}">
        <dc:Bounds x="462" y="142" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="438" y="185" width="85" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="${ids.f1}_di" bpmnElement="${ids.f1}">
        <di:waypoint x="218" y="160" />
        <di:waypoint x="290" y="160" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="${ids.f2}_di" bpmnElement="${ids.f2}">
        <di:waypoint x="390" y="160" />
        <di:waypoint x="462" y="160" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
