import { describe, expect, it } from 'vitest';
import { declaredEncoding, decodeBpmnBytes, normalizeBpmnText, resolveQNameRefs } from './normalize';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeBpmnBytes', () => {
  it('decodes by the declared single-byte encoding and rewrites the prolog to UTF-8', () => {
    const bytes = latin1('<?xml version="1.0" encoding="windows-1252"?><a name="Rechnung kl\u00e4ren \u0080"/>');
    const r = decodeBpmnBytes(bytes);
    expect(r.xml).toBe('<?xml version="1.0" encoding="UTF-8"?><a name="Rechnung klären €"/>');
    expect(r.encoding).toBe('windows-1252');
  });
  it('reads UTF-8 bytes as UTF-8 even when the prolog claims Latin-1', () => {
    const bytes = new TextEncoder().encode("<?xml version='1.0' encoding='ISO-8859-1'?><a name=\"Größe\"/>");
    const r = decodeBpmnBytes(bytes);
    expect(r.xml).toContain('Größe');
    expect(r.encoding).toBe('utf-8');
    expect(r.changes[0]).toMatch(/written in UTF-8/);
  });
  it('honours BOMs and leaves plain UTF-8 alone', () => {
    expect(declaredEncoding(Uint8Array.from([0xff, 0xfe, 0x3c, 0]))).toBe('utf-16le');
    const plain = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><a/>');
    expect(decodeBpmnBytes(plain)).toEqual({ xml: '<?xml version="1.0" encoding="UTF-8"?><a/>', encoding: 'utf-8', changes: [] });
  });
  it('falls back to UTF-8 for an encoding it does not know, and says so', () => {
    const r = decodeBpmnBytes(latin1('<?xml version="1.0" encoding="x-klingon"?><a/>'));
    expect(r.changes[0]).toMatch(/does not know \(x-klingon\)/);
  });
});

describe('resolveQNameRefs', () => {
  const doc = (body: string) => `<bpmn2:definitions xmlns:bpmn2="urn:b" xmlns:ns="urn:n" id="D">${body}</bpmn2:definitions>`;
  it('reduces declared-prefix references to existing ids in attributes and reference elements', () => {
    const r = resolveQNameRefs(doc('<bpmn2:task id="T1"><bpmn2:incoming>ns:F1</bpmn2:incoming></bpmn2:task><bpmn2:sequenceFlow id="F1" sourceRef="bpmn2:T1" targetRef="T1"/><bpmn2:boundaryEvent id="B" attachedToRef="ns:T1"/>'));
    expect(r.resolved).toBe(3);
    expect(r.xml).toContain('<bpmn2:incoming>F1</bpmn2:incoming>');
    expect(r.xml).toContain('sourceRef="T1"');
    expect(r.xml).toContain('attachedToRef="T1"');
  });
  it('leaves values alone that are not references to ids, or whose prefix is undeclared', () => {
    const body = '<bpmn2:task id="T1" name="ns:T1"/><bpmn2:itemDefinition id="I" structureRef="xsd:string"/><bpmn2:x id="a:b" sourceRef="a:b"/><bpmn2:y sourceRef="zz:T1"/><bpmn2:conditionExpression>ns:T1</bpmn2:conditionExpression>';
    const r = resolveQNameRefs(doc(body));
    expect(r.resolved).toBe(0);
    expect(r.xml).toBe(doc(body));
  });
  it('normalizeBpmnText reports what it changed', () => {
    expect(normalizeBpmnText(doc('<bpmn2:task id="T1"/><bpmn2:f sourceRef="bpmn2:T1"/>')).changes).toEqual(['1 prefixed reference (like "bpmn2:Task_1") resolved to plain ids.']);
  });
});
