// Edit proposals through the real /api/chatkit route and database: the offline analyst's proposal and outcome,
// and a model (fake OpenAI server) that proposes through the propose_diagram_change function tool, is sent back
// lint findings to repair, and receives the browser's outcome on the next turn.
import { describe, expect, it } from 'vitest';
import { reloadEnv } from '@/lib/env';
import { createDiagramAnalyst, getResponder } from '@/lib/ai';
import type { ClientToolCallItem, ThreadStreamEvent } from '@/lib/chatkit/types';
import type { AppServer } from '../support/app-server';
import type { TestUser } from '../support/users';
import { post, streamOf, testChatkitDeps, text } from './chatkit-helpers';
import { assistantOf, useOpenAiSuite } from './ai-helpers';
import { offeredTools, toolOutputs, type FakeOpenAI } from './ai-fake-openai';

let app: AppServer;
let fake: FakeOpenAI;
let user: TestUser;
let diagramId: string;
let restore: () => void = () => {};
const deps = testChatkitDeps();
useOpenAiSuite(deps, (s) => ({ app, fake, user, diagramId } = s), () => {
  restore();
  restore = () => {};
});

const doneItems = (events: ThreadStreamEvent[]) => events.flatMap((e) => (e.type === 'thread.item.done' ? [e.item] : []));
const threadOf = (events: ThreadStreamEvent[]) => (events.find((e) => e.type === 'thread.created') as { thread: { id: string } }).thread.id;
const ask = async (question: string, metadata: Record<string, unknown> = {}) =>
  streamOf(await post(app, user, { type: 'threads.create', params: { input: text(question) }, metadata: { diagram_id: diagramId, ...metadata } }));

describe('offline analyst proposals', () => {
  it('proposes a change as a pending client tool call and answers the outcome', async () => {
    restore = deps.use({ respond: createDiagramAnalyst({ delayMs: 0 }) });
    const events = await ask('make "Reject order" a user task');
    const call = doneItems(events).at(-1) as ClientToolCallItem;
    expect(call).toMatchObject({ type: 'client_tool_call', status: 'pending', name: 'propose_diagram_change' });
    const args = call.arguments as { operations: unknown[]; revision: { id: string; fingerprint: string }; lintDelta: { text: string }; changes: string[] };
    expect(args.operations).toEqual([{ op: 'changeType', element: 'Reject order', type: 'userTask' }]);
    expect(args.revision.id).toMatch(/^rev_/);
    expect(args.revision.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(args.changes).toEqual(['Make "Reject order" a user task']);
    expect(assistantOf(events).text).toContain('Problems check: fixes none, adds none');

    const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(events), result: { status: 'applied', summary: 'Changed the diagram: 1 type changed', revision_id: 'rev_x', rejected: [] } }, metadata: { diagram_id: diagramId } }));
    expect(assistantOf(more).text).toContain('Done. Changed the diagram: 1 type changed.');
  });

  it('"this" resolves to the selection sent with the message; unknown selection ids are ignored', async () => {
    restore = deps.use({ respond: createDiagramAnalyst({ delayMs: 0 }) });
    const events = await ask('add a 2-day timer to this', { selection: ['Task_PackGoods'] });
    const call = doneItems(events).at(-1) as ClientToolCallItem;
    const args = call.arguments as { operations: { op: string; element?: string }[]; changes: string[]; lintDelta: { addedErrors: number } };
    expect(args.changes[0]).toBe('Add a 2-day timer to "Pack goods"');
    // Lint gate: the analyst ended the timer path so the proposal adds no errors.
    expect(args.changes[1]).toBe('Add end event "Pack goods timed out" after "2 days"');
    expect(args.lintDelta.addedErrors).toBe(0);
    const unknown = await ask('add a 2-day timer to this', { selection: ['Task_DoesNotExist'] });
    expect(doneItems(unknown).some((i) => i.type === 'client_tool_call')).toBe(false);
    expect(assistantOf(unknown).text).toContain('nothing is selected');
  });

  it('an edit it cannot parse or apply is answered with the reason and the forms it understands (German too)', async () => {
    restore = deps.use({ respond: createDiagramAnalyst({ delayMs: 0 }) });
    const events = await ask("lösche 'Gibt es nicht'");
    expect(doneItems(events).some((i) => i.type === 'client_tool_call')).toBe(false);
    const answer = assistantOf(events).text;
    expect(answer).toContain('there is no element "Gibt es nicht"');
    expect(answer).toContain('benenne');
  });
});

describe('server-sent UI effects (client_effect highlight_elements)', () => {
  const effects = (events: ThreadStreamEvent[]) => events.filter((e) => e.type === 'client_effect');

  it('an answer citing elements is followed by one highlight effect naming exactly the cited elements of this diagram', async () => {
    restore = deps.use({ respond: getResponder() });
    const events = await ask('What comes after "Check order"?');
    const cited = doneItems(events)
      .flatMap((i) => (i.type === 'assistant_message' ? i.content.flatMap((c) => c.annotations) : []))
      .map((a) => (a.source.type === 'entity' ? String(a.source.data.element_id) : ''));
    expect(cited).toContain('Gateway_OrderValid');
    const fx = effects(events);
    expect(fx).toHaveLength(1);
    expect(fx[0]).toEqual({ type: 'client_effect', name: 'highlight_elements', data: { element_ids: [...new Set(cited)], reason: 'cited', diagram_id: diagramId } });
    // Effects are fire-and-forget: the stored thread has no trace of them, and the effect comes after the answer.
    expect(events.findIndex((e) => e.type === 'client_effect')).toBeGreaterThan(events.findIndex((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message'));
  });

  it('a turn that ends in a proposal sends no highlight; applying it highlights what it added or changed', async () => {
    restore = deps.use({ respond: getResponder() });
    const events = await ask('rename "Pack goods" to "Pack parcel"');
    expect(doneItems(events).at(-1)).toMatchObject({ type: 'client_tool_call', status: 'pending' });
    expect(effects(events)).toEqual([]);
    const result = { status: 'applied', revision_id: 'rev_x', applied: [0], rejected: [], summary: 'Changed the diagram: 1 renamed', element_ids: ['Task_PackGoods'] };
    const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(events), result }, metadata: { diagram_id: diagramId } }));
    expect(effects(more)).toEqual([{ type: 'client_effect', name: 'highlight_elements', data: { element_ids: ['Task_PackGoods'], reason: 'changed', diagram_id: diagramId } }]);
    // Discarded: nothing to point at.
    const again = await ask('rename "Pack goods" to "Pack parcel"');
    const none = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(again), result: { status: 'discarded', rejected: [0] } }, metadata: { diagram_id: diagramId } }));
    expect(effects(none)).toEqual([]);
  });
});

describe('a model proposes through the function tool', () => {
  it('new lint errors go back to the model as findings; only the repaired proposal reaches the browser; the outcome reaches the model', async () => {
    Object.assign(process.env, { OPENAI_API_KEY: 'sk-test-123', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'test-model' });
    reloadEnv();
    const bad = { operations: [{ op: 'addBoundaryEvent', element: 'Task_PackGoods', event: 'timer', duration: 'P2D', id: 'Timer_1' }] };
    const good = { operations: [...bad.operations, { op: 'addElement', type: 'endEvent', name: 'Packing overdue', after: 'Timer_1' }], summary: 'Escalate packing after two days' };
    fake.responses = {
      kind: 'script',
      next: (req, i) => {
        if (i === 0) return { calls: [{ name: 'propose_diagram_change', arguments: JSON.stringify(bad) }] };
        if (i === 1) return { calls: [{ name: 'propose_diagram_change', arguments: JSON.stringify(good) }] };
        return { text: [`Outcome: ${toolOutputs(req).at(-1)!.output}`] };
      },
    };
    const events = await ask('add a two day timer to Pack goods');
    expect(offeredTools(fake.requests[0]!)).toContain('propose_diagram_change');
    const findings = JSON.parse(toolOutputs(fake.requests[1]!)[0]!.output) as { error: string; findings: { rule: string; element: string }[] };
    expect(findings.error).toMatch(/would add 2 lint error/);
    expect(findings.findings.map((f) => f.rule).sort()).toEqual(['no-disconnected', 'no-implicit-end']);
    const calls = doneItems(events).filter((i): i is ClientToolCallItem => i.type === 'client_tool_call');
    expect(calls).toHaveLength(1);
    const args = calls[0]!.arguments as { operations: unknown[]; lintDelta: { addedErrors: number; text: string }; summary: string };
    expect(args.operations).toEqual(good.operations);
    expect(args.lintDelta).toMatchObject({ addedErrors: 0, text: 'fixes none, adds none' });
    expect(args.summary).toBe('Escalate packing after two days');

    const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(events), result: { status: 'applied', revision_id: 'rev_1', summary: 'Changed the diagram: +1 boundary event, +1 event, +1 flow' } }, metadata: { diagram_id: diagramId } }));
    const said = assistantOf(more).text;
    expect(said.startsWith('Outcome: ')).toBe(true);
    expect(JSON.parse(said.slice('Outcome: '.length))).toEqual({ status: 'applied', revision_id: 'rev_1', summary: 'Changed the diagram: +1 boundary event, +1 event, +1 flow' });
  });
});
