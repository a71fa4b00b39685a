// Every diagram query tool over the written test diagrams (e2e/fixtures/diagrams, see generate.ts).
import fs from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import { describe, expect, it } from 'vitest';
import { analyseBpmn, buildModel, parseBpmn, type DiagramAnalysis } from '@/lib/bpmn';
import { bpmnlintConfig } from '@/components/modeler/lint-config';
import { diagramToolSpecs, diagramTools, runDiagramTool, toolContextOf, type ToolContext } from './index';

const dir = path.resolve(import.meta.dirname, '../../../e2e/fixtures/diagrams');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, `${name}.bpmn`)));
const cache = new Map<string, Promise<DiagramAnalysis>>();
const analysis = (name: string) => { if (!cache.has(name)) cache.set(name, analyseBpmn(bytes(name))); return cache.get(name)!; };
const ctxOf = async (name: string, extra: Partial<ToolContext> = {}) => toolContextOf(await analysis(name), extra);

async function run(name: string, tool: string, args: unknown = {}): Promise<any> {
  const r = runDiagramTool(tool, args, await ctxOf(name));
  if (!r.ok) throw new Error(r.error);
  return r.result;
}
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('registry', () => {
  it('exposes every tool as a JSON-Schema function spec with a one-line description', () => {
    const specs = diagramToolSpecs();
    expect(specs.map((s) => s.name)).toEqual(diagramTools.map((t) => t.name));
    for (const s of specs) {
      expect(s.description).not.toContain('\n');
      expect((s.parameters as { type: string }).type).toBe('object');
    }
    expect(specs.length).toBeGreaterThanOrEqual(15);
  });

  it('turns unknown tools, bad arguments and bad names into errors a model can read', async () => {
    const ctx = await ctxOf('order-fulfilment');
    expect(runDiagramTool('nope', {}, ctx)).toEqual({ ok: false, error: expect.stringMatching(/^Unknown tool "nope"\. Known tools: count_elements/) });
    expect(runDiagramTool('describe_element', { element: 3 }, ctx)).toEqual({ ok: false, error: expect.stringMatching(/^Invalid arguments for describe_element: element:/) });
    expect(runDiagramTool('count_elements', { type: 'spaceship' }, ctx)).toEqual({ ok: false, error: expect.stringMatching(/^Unknown element type "spaceship"/) });
    expect(runDiagramTool('next_steps', { element: 'quantum flux' }, ctx)).toEqual({ ok: false, error: expect.stringMatching(/^No element matches "quantum flux"/) });
  });

  it('says what it did in one line and lists the element ids its result names', async () => {
    const r = runDiagramTool('count_elements', { type: 'user task', lane: 'warehouse' }, await ctxOf('order-fulfilment'));
    expect(r).toMatchObject({ ok: true, summary: 'Counted 1 user task in lane Warehouse' });
    expect(r.ok && r.cited).toEqual(expect.arrayContaining(['Lane_Warehouse', 'Task_PackGoods', 'Participant_Shop']));
  });
});

describe('parsing real files', () => {
  it('resolves QName-prefixed references before analysis (boundary events keep their host)', async () => {
    const raw = await new BpmnModdle().fromXML(fs.readFileSync(path.join(dir, 'qname-refs.bpmn'), 'utf8'), 'bpmn:Definitions');
    const naive = buildModel(raw.rootElement);
    expect(naive.byId.get('Bnd_Failure')?.attachedToId ?? null).toBeNull();
    const d = await run('qname-refs', 'describe_element', { element: 'Hardware defect' });
    expect(d.attachedTo).toEqual({ id: 'Sub_Investigate', name: 'Investigate and fix', type: 'SubProcess' });
    expect((await run('qname-refs', 'check_reachability')).unreachable).toEqual([]);
    expect((await run('qname-refs', 'import_warnings')).repaired[0]).toMatch(/prefixed references? .* resolved to plain ids/);
  });

  it('reads a Latin-1 file in the encoding its prolog declares', async () => {
    const c = await run('bestellfreigabe-latin1', 'find_element', { query: 'Anforderung prüfen' });
    expect(c.candidates[0]).toMatchObject({ id: 'Task_Pruefen', name: 'Anforderung prüfen', score: 1 });
    expect((await run('bestellfreigabe-latin1', 'describe_element', { element: 'Task_Gf' })).element.name).toBe('Freigabe durch Geschäftsführung');
  });

  it('puts what the parser dropped into plain words', async () => {
    const xml = fs.readFileSync(path.join(dir, 'leave-request-v1.bpmn'), 'utf8').replace('targetRef="Task_Log"', 'targetRef="Task_Gone"');
    const a = await analyseBpmn(xml);
    const r = runDiagramTool('import_warnings', {}, toolContextOf(a));
    expect(r.ok && (r.result as any).warnings[0].text).toBe('Something refers to "Task_Gone", which does not exist in the file; that link was dropped.');
  });

  it('knows collapsed sub-processes drawn on a plane of their own', async () => {
    const d = await run('hiring-collapsed', 'describe_element', { element: 'Select candidate' });
    expect(d.collapsed).toBe(true);
    expect(ids(d.children)).toEqual(['Sel_Start', 'Sel_Screen', 'Sel_Interview', 'Sel_Decide', 'Sel_End']);
    expect((await analysis('hiring-collapsed')).model.extent!.width).toBeLessThan(1500);
  });
});

describe('count_elements / list_elements', () => {
  it('filters by every task subtype, lane, pool, sub-process and name, with a breakdown by type', async () => {
    expect((await run('order-fulfilment', 'count_elements', { type: 'task' })).byType).toEqual([
      { type: 'UserTask', label: 'user task', count: 2 }, { type: 'SendTask', label: 'send task', count: 1 },
      { type: 'ServiceTask', label: 'service task', count: 1 }, { type: 'Task', label: 'task', count: 1 },
    ]);
    expect((await run('order-fulfilment', 'count_elements', { type: 'task', lane: 'Sales' })).total).toBe(3);
    expect((await run('schadenmeldung', 'count_elements', { type: 'task', participant: 'Versicherung' })).total).toBe(4);
    expect((await run('schadenmeldung', 'count_elements', { type: 'task', participant: 'Kunde' })).total).toBe(2);
    expect((await run('insurance-claim', 'count_elements', { type: 'task', within: 'Assess claim' })).total).toBe(3);
    expect((await run('incident-management', 'count_elements', { type: 'timer event' })).total).toBe(1);
    expect((await run('incident-management', 'count_elements', { type: 'task', lane: '2nd level support' })).total).toBe(5);
    expect((await run('loan-application', 'count_elements', { type: 'ScriptTask' })).total).toBe(1);
    expect((await run('loan-application', 'count_elements', { type: 'bpmn:BusinessRuleTask' })).total).toBe(0);
    expect((await run('incident-management', 'list_elements', { type: 'businessRuleTask' })).elements.map((e: any) => e.id)).toEqual(['Task_Classify']);
    expect((await run('payment-reminder', 'count_elements', { type: 'message flow' })).total).toBe(3);
    expect((await run('bestellfreigabe', 'count_elements', { type: 'task', name: 'anforderung' })).total).toBe(3);
    expect((await run('juchu-shori', 'count_elements', { type: 'task', lane: '倉庫' })).total).toBe(3);
  });

  it('counts a 150+ element diagram exactly', async () => {
    expect((await run('large-intake', 'count_elements', {})).total).toBe(152);
    expect((await run('large-intake', 'count_elements', { type: 'exclusiveGateway' })).total).toBe(60);
    expect((await run('large-intake', 'count_elements', { type: 'userTask', lane: 'Team B' })).total).toBe(15);
  });
});

describe('find_element / describe_element', () => {
  it('finds names case-, accent-, space- and typo-insensitively, in any script, with scores', async () => {
    expect((await run('order-fulfilment', 'find_element', { query: 'chek ordr' })).candidates[0].id).toBe('Task_CheckOrder');
    expect((await run('order-fulfilment', 'find_element', { query: '  PACK   goods ' })).candidates[0]).toMatchObject({ id: 'Task_PackGoods', score: 1 });
    expect((await run('bestellfreigabe', 'find_element', { query: 'anforderung prufen' })).candidates[0].id).toBe('Task_Pruefen');
    expect((await run('juchu-shori', 'find_element', { query: '梱包' })).candidates[0].id).toBe('Task_Konpo');
    const amb = runDiagramTool('describe_element', { element: 'stage 1' }, await ctxOf('large-intake'));
    expect(amb.ok).toBe(false);
  });

  it('describes lanes, pools, flows, boundary events, definitions and documentation', async () => {
    const d = await run('incident-management', 'describe_element', { element: 'Investigate and fix' });
    expect(d.lane.id).toBe('Lane_SecondLevel');
    expect(d.boundaryEvents.map((b: any) => [b.id, b.eventDefinitions[0].kind, b.interrupting])).toEqual([['Bnd_Sla', 'timer', false], ['Bnd_Failure', 'error', true]]);
    expect(d.boundaryEvents[0].eventDefinitions[0].expression).toBe('PT4H');
    expect(d.boundaryEvents[1].eventDefinitions[0]).toMatchObject({ name: 'HW_DEFECT', code: 'HW_DEFECT' });
    expect(d.outgoing[0].to.id).toBe('Gw_Solved');
    expect((await run('incident-management', 'describe_element', { element: 'Log incident' })).documentation).toMatch(/ticket system/);
    const s = await run('order-fulfilment', 'describe_element', { element: 'Order received' });
    expect(s.eventDefinitions[0].kind).toBe('message');
    expect(s.messageFlows[0]).toMatchObject({ id: 'MessageFlow_Order', direction: 'in' });
    expect((await run('order-fulfilment', 'describe_element', { element: 'Warehouse' })).elements.length).toBe(5);
  });
});

describe('next_steps / previous_steps / what_if', () => {
  it('follows gateways with their branch labels, conditions and default', async () => {
    const r = await run('order-fulfilment', 'next_steps', { element: 'Check order' });
    expect(ids(r.steps.map((s: any) => s.element))).toEqual(['Gateway_OrderValid']);
    expect(r.gateways[0].branches.map((b: any) => [b.flow.name, b.flow.condition, b.flow.isDefault])).toEqual([['yes', '${valid}', false], ['no', null, true]]);
    const no = await run('order-fulfilment', 'next_steps', { element: 'Order valid?', branch: 'no', transitive: true });
    expect(ids(no.steps.map((s: any) => s.element))).toEqual(['Task_RejectOrder', 'EndEvent_OrderRejected']);
  });

  it('follows link events, boundary events and the end of a sub-process', async () => {
    const link = await run('production-links', 'next_steps', { element: 'To assembly' });
    expect(link.steps[0]).toMatchObject({ element: { id: 'Link_FromAssembly' }, via: 'link' });
    expect(ids((await run('production-links', 'previous_steps', { element: 'Link_FromRework' })).steps.map((s: any) => s.element))).toEqual(['Link_ToRework']);
    const sub = await run('incident-management', 'next_steps', { element: 'Investigate and fix' });
    expect(sub.steps.map((s: any) => [s.element.id, s.via === 'boundary' ? 'boundary' : s.via.id])).toEqual([['Gw_Solved', 'F4'], ['Bnd_Sla', 'boundary'], ['Bnd_Failure', 'boundary']]);
    expect(ids(sub.startsInside)).toEqual(['Sub_Start']);
    const end = await run('incident-management', 'next_steps', { element: 'Fix verified' });
    expect(end.endsProcess).toBe(false);
    expect(ids(end.endsSubProcess.then)).toEqual(['Gw_Solved']);
    const all = await run('incident-management', 'next_steps', { element: 'Sub_Test', transitive: true });
    expect(ids(all.steps.map((s: any) => s.element))).toEqual(expect.arrayContaining(['Sub_GwOk', 'Sub_End', 'Gw_Solved', 'End_Closed']));
    const before = await run('incident-management', 'previous_steps', { element: 'Close ticket', transitive: true });
    expect(ids(before.steps.map((s: any) => s.element))).toEqual(expect.arrayContaining(['Gw_Solved', 'Sub_Investigate', 'Task_Classify', 'Start_Reported', 'Task_InformUser']));
  });

  it('answers "what happens if" from branch names and conditions', async () => {
    const r = await run('travel-booking', 'what_if', { branch: 'visa required' });
    expect(r.matches[0]).toMatchObject({ gateway: { id: 'Gw_Extras' }, flow: { id: 'F_Visa', condition: '${visa}' } });
    expect(ids(r.matches[0].then)).toEqual(['Task_Visa', 'Gw_ExtrasJoin']);
    expect((await run('travel-booking', 'what_if', { branch: 'zebra crossing' })).matches).toEqual([]);
  });
});

describe('find_paths / find_loops', () => {
  it('enumerates bounded paths from the starts, between two elements and avoiding one', async () => {
    expect((await run('loan-application', 'find_paths')).paths.length).toBe(5);
    expect((await run('loan-application', 'find_paths', { avoid: 'Manual risk review' })).paths.length).toBe(3);
    expect((await run('loan-application', 'find_paths', { through: 'Manual risk review' })).paths.length).toBe(2);
    const between = await run('incident-management', 'find_paths', { from: 'Diagnose root cause', to: 'Close ticket' });
    expect(between.paths.length).toBeGreaterThan(0);
    expect(ids(between.paths[0].steps.map((s: any) => s.element))).toEqual(['Sub_Diagnose', 'Sub_Apply', 'Sub_Test', 'Sub_GwOk', 'Sub_End', 'Gw_Solved', 'Task_Close']);
    const big = await run('large-intake', 'find_paths', { max: 10 });
    expect(big).toMatchObject({ truncated: true });
    expect(big.paths.length).toBe(10);
  });

  it('counts every path when asked, beyond the ones it lists', async () => {
    // Five decisions in a row, each with two ways that meet again: 2^5 = 32 paths from the start to the end.
    let body = '<bpmn:startEvent id="s"/>', prev = 's';
    for (let i = 1; i <= 5; i++) {
      body += `<bpmn:exclusiveGateway id="g${i}"/><bpmn:task id="a${i}"/><bpmn:task id="b${i}"/><bpmn:exclusiveGateway id="j${i}"/>`;
      body += `<bpmn:sequenceFlow id="f${i}" sourceRef="${prev}" targetRef="g${i}"/><bpmn:sequenceFlow id="fa${i}" sourceRef="g${i}" targetRef="a${i}"/><bpmn:sequenceFlow id="fb${i}" sourceRef="g${i}" targetRef="b${i}"/>`;
      body += `<bpmn:sequenceFlow id="ja${i}" sourceRef="a${i}" targetRef="j${i}"/><bpmn:sequenceFlow id="jb${i}" sourceRef="b${i}" targetRef="j${i}"/>`;
      prev = `j${i}`;
    }
    body += `<bpmn:endEvent id="e"/><bpmn:sequenceFlow id="fe" sourceRef="${prev}" targetRef="e"/>`;
    const ctx = toolContextOf(await analyseBpmn(`<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p">${body}</bpmn:process></bpmn:definitions>`));
    expect(runDiagramTool('find_paths', { max: 10, count: true }, ctx)).toMatchObject({ ok: true, result: { count: 32, countExact: true, truncated: true, paths: { length: 10 } } });
    // Without `count` the number stops where the list does, and says so.
    expect(runDiagramTool('find_paths', { max: 10 }, ctx)).toMatchObject({ result: { count: 10, countExact: false, truncated: true } });
    expect(runDiagramTool('find_paths', { max: 50 }, ctx)).toMatchObject({ result: { count: 32, countExact: true, truncated: false } });
  });

  it('avoids a step only as BPMN runs tokens: every branch of a parallel split runs', async () => {
    // travel-booking: a parallel gateway books flight, hotel and car; an inclusive gateway may skip the visa.
    expect((await run('travel-booking', 'find_paths', { avoid: 'Book hotel' })).paths).toEqual([]);
    expect((await run('travel-booking', 'find_paths', { avoid: 'Apply for visa' })).paths.length).toBeGreaterThan(0);
    const xml = (body: string) => `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p">${body}</bpmn:process></bpmn:definitions>`;
    const paths = async (body: string, avoid: string) => runDiagramTool('find_paths', { avoid }, toolContextOf(await analyseBpmn(xml(body)))) as any;
    // A task with two unconditioned flows out is an implicit parallel split: B runs whichever way C goes.
    const implicit = '<bpmn:startEvent id="S"/><bpmn:task id="A" name="A"/><bpmn:task id="B" name="B"/><bpmn:task id="C" name="C"/><bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/>'
      + '<bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="A"/><bpmn:sequenceFlow id="f2" sourceRef="A" targetRef="B"/><bpmn:sequenceFlow id="f3" sourceRef="A" targetRef="C"/>'
      + '<bpmn:sequenceFlow id="f4" sourceRef="B" targetRef="E1"/><bpmn:sequenceFlow id="f5" sourceRef="C" targetRef="E2"/>';
    expect((await paths(implicit, 'B')).result.paths).toEqual([]);
    // The same flows with a condition on one are an inclusive choice: B can be left out.
    expect((await paths(implicit.replace('<bpmn:sequenceFlow id="f2" sourceRef="A" targetRef="B"/>', '<bpmn:sequenceFlow id="f2" sourceRef="A" targetRef="B"><bpmn:conditionExpression>x</bpmn:conditionExpression></bpmn:sequenceFlow>'), 'B')).result.paths.length).toBe(1);
    // A non-interrupting boundary event's branch runs beside its task; an interrupting one replaces what follows.
    const boundary = (cancel: boolean) => '<bpmn:startEvent id="S"/><bpmn:task id="A" name="A"/><bpmn:task id="B" name="B"/><bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/>'
      + `<bpmn:boundaryEvent id="T" attachedToRef="A" cancelActivity="${cancel}"><bpmn:timerEventDefinition/></bpmn:boundaryEvent>`
      + '<bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="A"/><bpmn:sequenceFlow id="f2" sourceRef="A" targetRef="B"/><bpmn:sequenceFlow id="f3" sourceRef="B" targetRef="E1"/><bpmn:sequenceFlow id="f4" sourceRef="T" targetRef="E2"/>';
    expect((await paths(boundary(false), 'B')).result.paths).toEqual([]);
    expect(ids((await paths(boundary(true), 'B')).result.paths[0].steps.map((s: any) => s.element))).toEqual(['S', 'A', 'T', 'E2']);
  });

  it('avoids every activity of a lane given its id', async () => {
    // S → X (choice) → A (lane L) → E1 | X → B (lane L) → C → E2 | X → D → E3: only the way through D avoids lane L.
    const xml = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p">
      <bpmn:laneSet id="ls"><bpmn:lane id="L" name="Legal"><bpmn:flowNodeRef>A</bpmn:flowNodeRef><bpmn:flowNodeRef>B</bpmn:flowNodeRef></bpmn:lane><bpmn:lane id="O" name="Office"><bpmn:flowNodeRef>C</bpmn:flowNodeRef><bpmn:flowNodeRef>D</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
      <bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="X"/><bpmn:task id="A" name="A"/><bpmn:task id="B" name="B"/><bpmn:task id="C" name="C"/><bpmn:task id="D" name="D"/><bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/><bpmn:endEvent id="E3"/>
      ${[['S', 'X'], ['X', 'A'], ['A', 'E1'], ['X', 'B'], ['B', 'C'], ['C', 'E2'], ['X', 'D'], ['D', 'E3']].map(([a, b], i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${a}" targetRef="${b}"/>`).join('')}
    </bpmn:process></bpmn:definitions>`;
    const ctx = toolContextOf(await analyseBpmn(xml));
    const r = runDiagramTool('find_paths', { avoid: 'L' }, ctx) as any;
    expect(r.result.avoid).toMatchObject({ id: 'L', type: 'Lane' });
    expect(r.result.paths.map((p: any) => ids(p.steps.map((s: any) => s.element)))).toEqual([['S', 'X', 'D', 'E3']]);
    expect((runDiagramTool('find_paths', { avoid: 'O' }, ctx) as any).result.paths.map((p: any) => p.end.id)).toEqual(['E1']);
  });

  it('finds loops with the flow that goes back, and says none', async () => {
    const r = await run('incident-management', 'find_loops');
    expect(r.loops.length).toBe(2);
    expect(r.loops.flatMap((l: any) => l.backFlows.map((b: any) => b.flow.id)).sort()).toEqual(['F_Again', 'SF_Retry']);
    expect((await run('travel-booking', 'find_loops')).loops).toEqual([]);
    expect((await run('production-links', 'find_loops')).loops[0].backFlows[0].to.id).toBe('Task_Inspect');
  });
});

describe('check_reachability / ways_to_end', () => {
  it('honours link events, event sub-processes and compensation; "none" is an answer', async () => {
    for (const d of ['production-links', 'customer-onboarding', 'event-booking-compensation', 'order-fulfilment', 'large-intake']) {
      const r = await run(d, 'check_reachability');
      expect([d, r.unreachable, r.deadEnds]).toEqual([d, [], []]);
    }
    const draft = await run('draft-with-problems', 'check_reachability');
    expect(ids(draft.unreachable)).toEqual(['Task_Forgotten']);
    expect(ids(draft.deadEnds)).toEqual(['Task_Audit']);
    const onboarding = await run('customer-onboarding', 'check_reachability');
    expect(onboarding.scopes.map((s: any) => s.scope.id)).toEqual(['Process_Onboarding', 'Evt_Sub_Cancel', 'Evt_Sub_Status']);
  });

  it('lists how a process ends without counting a sub-process end event', async () => {
    const r = await run('incident-management', 'ways_to_end');
    expect(ids(r.ends)).toEqual(['End_Vendor', 'End_Closed']);
    expect(ids(r.endEventsInsideSubProcesses)).toEqual(['Sub_End']);
    expect(ids((await run('payment-reminder', 'ways_to_end')).terminates)).toEqual(['End_Collection']);
    expect(ids((await run('insurance-claim', 'ways_to_end')).implicitEnds)).toEqual(['Task_NotifyBroker']);
  });
});

describe('lanes, pools, message flows, gateways', () => {
  it('says who does what and which messages go between pools', async () => {
    const lanes = await run('juchu-shori', 'list_lanes');
    expect(lanes.lanes.map((l: any) => [l.lane.name, l.activities.length])).toEqual([['営業部', 3], ['倉庫', 3]]);
    const pools = await run('payment-reminder', 'list_participants');
    expect(pools.participants.map((p: any) => [p.participant.name, p.blackBox, p.messageFlowsOut.length, p.messageFlowsIn.length])).toEqual([['Billing', false, 2, 1], ['Client', true, 1, 2]]);
    const mf = await run('schadenmeldung', 'list_message_flows', { participant: 'Kunde' });
    expect(mf.messageFlows.map((f: any) => [f.name, f.sourceParticipant.name, f.targetParticipant.name])).toEqual([
      ['Schadensmeldung', 'Kunde', 'Versicherung'], ['Rückfrage', 'Versicherung', 'Kunde'], ['Antwort', 'Kunde', 'Versicherung'], ['Bescheid', 'Versicherung', 'Kunde'],
    ]);
  });

  it('classifies gateways and finds mismatched split/join pairs', async () => {
    const t = await run('travel-booking', 'list_gateways');
    expect(t.gateways.map((g: any) => [g.gateway.id, g.direction])).toEqual([['Gw_Fork', 'split'], ['Gw_Merge', 'join'], ['Gw_Extras', 'split'], ['Gw_ExtrasJoin', 'join']]);
    expect(t.gateways[2].defaultFlow.id).toBe('F_None');
    expect(t.mismatches.map((x: any) => [x.split.id, x.join.id])).toEqual([['Gw_Fork', 'Gw_Merge']]);
    expect(t.mismatches[0].problem).toMatch(/run once per branch/);
    const d = await run('draft-with-problems', 'list_gateways');
    expect(d.mismatches.map((x: any) => [x.split.id, x.join.id])).toEqual([['Gw_Decision', 'Gw_BadJoin']]);
    expect(d.mismatches[0].problem).toMatch(/deadlock/);
    expect((await run('order-fulfilment', 'list_gateways')).mismatches).toEqual([]);
  });
});

describe('lint_findings / diff_revisions', () => {
  it('has the totals of the modeler toolbar (same rules) and fixes that fit the element', async () => {
    for (const d of ['draft-with-problems', 'insurance-claim', 'travel-booking', 'order-fulfilment']) {
      const { definitions } = await parseBpmn(bytes(d));
      const toolbar = Object.values(await new Linter(bpmnlintConfig as any).lint(definitions)).flat().filter((x: any) => x.category !== 'rule-error');
      const r = await run(d, 'lint_findings');
      expect([d, r.totals.total, r.totals.error, r.totals.warn]).toEqual([d, toolbar.length, toolbar.filter((x: any) => x.category === 'error').length, toolbar.filter((x: any) => x.category === 'warn').length]);
    }
    const r = await run('draft-with-problems', 'lint_findings');
    const single = r.findings.find((f: any) => f.rule === 'superfluous-gateway');
    expect(single.element.id).toBe('Gw_Single');
    expect(single.fix).toMatch(/add the missing branch/);
    expect(r.findings.find((f: any) => f.rule === 'no-implicit-split').fix).toMatch(/"Reimburse employee" has 2 outgoing flows/);
    expect((await run('draft-with-problems', 'lint_findings', { severity: 'warn' })).findings.every((f: any) => f.severity === 'warn')).toBe(true);
  });

  it('diffs two revisions: added, removed, renamed, retyped, reconnected, moved', async () => {
    const v1 = (await analysis('leave-request-v1')).model;
    const ctx = await ctxOf('leave-request-v2', { previous: { model: v1, revisionId: 'rev_1' }, revisionId: 'rev_2' });
    const r = runDiagramTool('diff_revisions', {}, ctx);
    expect(r.ok && (r.result as any).added.map((x: any) => x.id)).toContain('Task_Notify');
    expect(r.ok && (r.result as any).renamed[0]).toMatchObject({ element: { id: 'Task_Approve' }, from: 'Approve request', to: 'Approve leave request' });
    const xml = fs.readFileSync(path.join(dir, 'order-fulfilment.bpmn'), 'utf8');
    const moved = xml.replace(/(bpmnElement="Task_PackGoods">\s*<dc:Bounds x=")(\d+)/, (_m, a, x) => `${a}${Number(x) + 40}`).replace('<bpmn:task id="Task_RejectOrder"', '<bpmn:userTask id="Task_RejectOrder"').replace(/<\/bpmn:task>/, '</bpmn:userTask>');
    const after = await analyseBpmn(moved);
    const d = runDiagramTool('diff_revisions', {}, toolContextOf(after, { previous: { model: (await analysis('order-fulfilment')).model, revisionId: 'a' } }));
    expect(d.ok && (d.result as any).moved.map((x: any) => x.id)).toEqual(['Task_PackGoods']);
    expect(d.ok && (d.result as any).retyped[0]).toMatchObject({ element: { id: 'Task_RejectOrder' }, from: 'Task', to: 'UserTask' });
    expect(runDiagramTool('diff_revisions', {}, await ctxOf('order-fulfilment'))).toMatchObject({ ok: true, result: { available: false } });
  });
});

describe('every tool on every fixture', () => {
  it('runs without a failure other than a clear input error (vendor-style imports included)', async () => {
    const files = [
      ...fs.readdirSync(dir).filter((f) => f.endsWith('.bpmn')).map((f) => path.join(dir, f)),
      ...(fs.existsSync(path.join(dir, 'import')) ? fs.readdirSync(path.join(dir, 'import')).filter((f) => f.endsWith('.bpmn')).map((f) => path.join(dir, 'import', f)) : []),
    ];
    expect(files.length).toBeGreaterThanOrEqual(19);
    for (const file of files) {
      const a = await analyseBpmn(new Uint8Array(fs.readFileSync(file)));
      const ctx = toolContextOf(a);
      const someNode = a.model.nodes.find((n) => n.name)?.name ?? a.model.nodes[0]?.id ?? 'x';
      for (const t of diagramTools) {
        const args = t.name === 'find_element' ? { query: someNode } : t.name === 'what_if' ? { branch: 'yes' }
          : ['describe_element', 'next_steps', 'previous_steps'].includes(t.name) ? { element: someNode } : {};
        const r = runDiagramTool(t.name, args, ctx);
        if (!r.ok) expect([path.basename(file), t.name, r.error]).toEqual([path.basename(file), t.name, expect.not.stringMatching(/ failed: /)]);
        else expect(typeof r.summary).toBe('string');
      }
    }
  });
});

