import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBpmn, diffModels, parseBpmn } from '@/lib/bpmn';

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../e2e/fixtures/diagrams', `${name}.bpmn`), 'utf8');
const pathIds = (a: Awaited<ReturnType<typeof analyseBpmn>>) => a.graph.paths.map((p) => p.steps.map((s) => s.nodeId).join(' > '));

describe('parseBpmn', () => {
  it('refuses a DOCTYPE with entity declarations before parsing', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">&b;</bpmn:definitions>`;
    await expect(parseBpmn(xml)).rejects.toThrow(/DOCTYPE/);
  });

  it('refuses input over the size cap and non-XML input with a clear message', async () => {
    await expect(parseBpmn('x'.repeat(6 * 1024 * 1024))).rejects.toThrow(/larger than/);
    await expect(parseBpmn('not xml at all')).rejects.toThrow(/not valid BPMN/);
    await expect(parseBpmn('   ')).rejects.toThrow(/empty/);
  });
});

describe('the order fulfilment diagram (pools, lanes, exclusive and parallel gateways)', () => {
  it('has the participants, lanes, events, tasks and gateways it was drawn with', async () => {
    const { model } = await analyseBpmn(fixture('order-fulfilment'));
    expect(model.participants.map((p) => p.name)).toEqual(['Shop', 'Customer']);
    expect(model.lanes.map((l) => l.name)).toEqual(['Sales', 'Warehouse']);
    const byKind = (k: string) => model.nodes.filter((n) => n.kind === k).map((n) => n.id);
    expect(byKind('task')).toHaveLength(5);
    expect(byKind('gateway')).toHaveLength(3);
    expect(model.nodes.filter((n) => n.type === 'ParallelGateway')).toHaveLength(2);
    expect(byKind('startEvent')).toEqual(['StartEvent_OrderReceived']);
    expect(byKind('endEvent')).toEqual(['EndEvent_OrderRejected', 'EndEvent_OrderShipped']);
    expect(model.flows).toHaveLength(11);
    expect(model.messageFlows.map((m) => m.id)).toEqual(['MessageFlow_Order', 'MessageFlow_Parcel']);
    expect(model.byId.get('Task_PackGoods')!.laneIds).toEqual(['Lane_Warehouse']);
    expect(model.byId.get('StartEvent_OrderReceived')!.eventDefinitions).toEqual(['message']);
    expect(model.extent).toEqual({ x: 100, y: 60, width: 1250, height: 540 });
  });

  it('finds every path from the start to each end and no structural problems', async () => {
    const a = await analyseBpmn(fixture('order-fulfilment'));
    expect(pathIds(a)).toEqual([
      'StartEvent_OrderReceived > Task_CheckOrder > Gateway_OrderValid > Gateway_Split > Task_ChargeCard > Gateway_Join > Task_ShipOrder > EndEvent_OrderShipped',
      'StartEvent_OrderReceived > Task_CheckOrder > Gateway_OrderValid > Gateway_Split > Task_PackGoods > Gateway_Join > Task_ShipOrder > EndEvent_OrderShipped',
      'StartEvent_OrderReceived > Task_CheckOrder > Gateway_OrderValid > Task_RejectOrder > EndEvent_OrderRejected',
    ]);
    expect(a.graph.unreachable).toEqual([]);
    expect(a.graph.deadEnds).toEqual([]);
    expect(a.lint).toEqual([]);
  });
});

describe('the insurance claim diagram (sub-process with a loop, boundary timer, unreachable and dangling tasks)', () => {
  it('recurses into the sub-process and keeps its nodes in their own scope', async () => {
    const { model } = await analyseBpmn(fixture('insurance-claim'));
    const inner = model.nodes.filter((n) => n.scopeId === 'SubProcess_Assess').map((n) => n.id);
    expect(inner).toEqual(['StartEvent_AssessmentStarted', 'Task_ReviewDocuments', 'Gateway_Complete', 'Task_EstimateDamage', 'EndEvent_AssessmentDone', 'Task_RequestDocuments']);
    expect(model.nodes.filter((n) => n.kind === 'task')).toHaveLength(8);
    expect(model.byId.get('BoundaryEvent_Timeout')!.attachedToId).toBe('SubProcess_Assess');
  });

  it('reports the unreachable task, the dead end and the loop, and terminates on the cycle', async () => {
    const a = await analyseBpmn(fixture('insurance-claim'));
    expect(a.graph.unreachable.map((n) => n.id)).toEqual(['Task_ArchiveClaim']);
    expect(a.graph.deadEnds.map((n) => n.id)).toEqual(['Task_NotifyBroker']);
    expect(a.graph.cycleNodeIds).toEqual(['Task_ReviewDocuments']);
    expect(pathIds(a)).toEqual([
      'StartEvent_ClaimSubmitted > SubProcess_Assess > Gateway_Approved > Task_PayClaim > EndEvent_ClaimPaid',
      'StartEvent_ClaimSubmitted > SubProcess_Assess > Gateway_Approved > Task_SendRejection > EndEvent_ClaimClosed',
      'StartEvent_ClaimSubmitted > SubProcess_Assess > BoundaryEvent_Timeout > Task_EscalateDelay > EndEvent_Escalated',
      'StartEvent_AssessmentStarted > Task_ReviewDocuments > Gateway_Complete > Task_EstimateDamage > EndEvent_AssessmentDone',
    ]);
  });

  it('runs the recommended bpmnlint rules with names, ids and a fix for each finding', async () => {
    const { lint } = await analyseBpmn(fixture('insurance-claim'));
    expect(lint.map((f) => [f.rule, f.elementId, f.elementName])).toEqual([
      ['no-implicit-start', 'Task_ArchiveClaim', 'Archive claim'],
      ['no-implicit-end', 'Task_NotifyBroker', 'Notify broker'],
      ['fake-join', 'EndEvent_ClaimPaid', 'Claim paid'],
      ['fake-join', 'Task_ReviewDocuments', 'Review documents'],
    ]);
    for (const f of lint) expect(f.fix.length).toBeGreaterThan(20);
    expect(lint[0]!.message).toBe('Element is an implicit start');
  });

  it('bounds path enumeration on a heavily branching diagram', async () => {
    // 12 exclusive gateways in a row, each with two branches: 4096 paths, far over the bound.
    let flows = '', nodes = '<bpmn:startEvent id="s"/>', prev = 's';
    for (let i = 0; i < 12; i++) {
      nodes += `<bpmn:exclusiveGateway id="g${i}"/><bpmn:task id="a${i}"/><bpmn:task id="b${i}"/><bpmn:exclusiveGateway id="j${i}"/>`;
      flows += `<bpmn:sequenceFlow id="f${i}" sourceRef="${prev}" targetRef="g${i}"/><bpmn:sequenceFlow id="fa${i}" sourceRef="g${i}" targetRef="a${i}"/><bpmn:sequenceFlow id="fb${i}" sourceRef="g${i}" targetRef="b${i}"/><bpmn:sequenceFlow id="fj${i}" sourceRef="a${i}" targetRef="j${i}"/><bpmn:sequenceFlow id="fk${i}" sourceRef="b${i}" targetRef="j${i}"/>`;
      prev = `j${i}`;
    }
    nodes += '<bpmn:endEvent id="e"/>';
    flows += `<bpmn:sequenceFlow id="fe" sourceRef="${prev}" targetRef="e"/>`;
    const xml = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p">${nodes}${flows}</bpmn:process></bpmn:definitions>`;
    const a = await analyseBpmn(xml);
    expect(a.graph.paths).toHaveLength(50);
    expect(a.graph.pathsTruncated).toBe(true);
  });
});

describe('diffModels', () => {
  it('names added, removed and renamed elements and re-routed flows', async () => {
    const v1 = await analyseBpmn(fixture('leave-request-v1'));
    const v2 = await analyseBpmn(fixture('leave-request-v2'));
    const d = diffModels(v1.model, v2.model);
    expect(d.added).toEqual(['Task_Notify']);
    expect(d.removed).toEqual(['Task_Log']);
    expect(d.renamed).toEqual([{ id: 'Task_Approve', from: 'Approve request', to: 'Approve leave request' }]);
    expect(d.flowsRerouted.map((f) => f.id)).toEqual(['Flow_2', 'Flow_3']);
    expect(d.lines).toContain('Added service task **Notify employee** (`Task_Notify`)');
    expect(diffModels(v1.model, v1.model).lines).toEqual([]);
  });
});
