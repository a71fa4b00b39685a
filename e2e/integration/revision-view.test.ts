// The read-only revision view's API over the real server: one revision with what changed against the previous or
// the current revision, scoped to its owner (missing and not-yours are the same 404), bad queries refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newId } from '@/lib/ids';
import { makeUser } from '../support/users';
import { useDiagramsApi } from './diagrams-helpers';

const { call } = useDiagramsApi();
const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'diagrams', name), 'utf8');
const V1 = fixture('leave-request-v1.bpmn');
const V2 = fixture('leave-request-v2.bpmn');

/** A user with the leave-request diagram in two revisions (v1, then v2: Log request removed, Notify added, Approve renamed). */
async function twoRevisions() {
  const u = await makeUser();
  const d = (await call(u, 'POST', '/api/diagrams', { name: 'Leave request', xml: V1 })).json.diagram;
  const saved = await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: V2 });
  expect(saved.status).toBe(201);
  return { u, d, r1: d.revision.id as string, r2: saved.json.revision.id as string };
}

const byStatus = (marks: { id: string; status: string }[], status: string) => marks.filter((m) => m.status === status).map((m) => m.id).sort();

describe('GET /api/diagrams/:id/revisions/:revisionId', () => {
  it('shows what a revision changed against the previous one: added and changed on its canvas, removed as an outline', async () => {
    const { u, d, r1, r2 } = await twoRevisions();
    const res = await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${r2}`);
    expect(res.status).toBe(200);
    const v = res.json;
    expect(v.revision).toMatchObject({ id: r2, number: 2, xml: V2 });
    expect(v.other).toMatchObject({ id: r1, number: 1 });
    expect(v.current).toMatchObject({ id: r2, number: 2 });
    expect(v.compare).toBe('previous');
    expect(byStatus(v.marks, 'added')).toEqual(['Task_Notify']);
    expect(byStatus(v.marks, 'changed')).toEqual(['Flow_2', 'Flow_3', 'Task_Approve']);
    expect(byStatus(v.marks, 'removed')).toEqual([]);
    // Log request is not on revision 2's canvas: an outline where it was in revision 1, with its label.
    expect(v.ghosts).toEqual([expect.objectContaining({ id: 'Task_Log', status: 'removed', label: 'Log request', width: expect.any(Number), height: expect.any(Number) })]);
    expect(v.lines.join('\n')).toMatch(/Removed task \*\*Log request\*\*/);
  }, 60_000);

  it('compares a past revision with the current one and says whether an element still exists', async () => {
    const { u, d, r1, r2 } = await twoRevisions();
    const res = await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${r1}?compare=current&element=Task_Log`);
    expect(res.status).toBe(200);
    const v = res.json;
    expect(v.revision).toMatchObject({ id: r1, number: 1, xml: V1 });
    expect(v.other).toMatchObject({ id: r2, number: 2 });
    expect(byStatus(v.marks, 'removed')).toEqual(['Task_Log']);
    expect(byStatus(v.marks, 'changed')).toEqual(['Flow_2', 'Flow_3', 'Task_Approve']);
    expect(v.ghosts).toEqual([expect.objectContaining({ id: 'Task_Notify', status: 'added', label: 'Notify employee' })]);
    expect(v.element).toEqual({ id: 'Task_Log', label: 'Log request', inRevision: true, inCurrent: false });

    const kept = (await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${r1}?compare=current&element=Task_Approve`)).json;
    expect(kept.element).toMatchObject({ inRevision: true, inCurrent: true });
    // The current revision compared with itself: nothing to show, nothing invented.
    const same = (await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${r2}?compare=current`)).json;
    expect(same.other).toBeNull();
    expect(same.marks).toEqual([]);
    expect(same.ghosts).toEqual([]);
    // The first revision has no previous one.
    const first = (await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${r1}`)).json;
    expect(first.other).toBeNull();
    expect(first.marks).toEqual([]);
  }, 60_000);

  it('gives another user, another diagram and a missing revision the same 404; refuses bad queries with 400', async () => {
    const { u, d, r1 } = await twoRevisions();
    const stranger = await makeUser();
    const foreign = await call(stranger, 'GET', `/api/diagrams/${d.id}/revisions/${r1}`);
    const missing = await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${newId('rev')}`);
    const other = (await call(u, 'POST', '/api/diagrams', { name: 'Other' })).json.diagram;
    const wrongDiagram = await call(u, 'GET', `/api/diagrams/${other.id}/revisions/${r1}`);
    for (const r of [foreign, missing, wrongDiagram]) {
      expect(r.status).toBe(404);
      expect(r.json).toEqual(foreign.json);
    }
    expect(foreign.json.error.code).toBe('notFound');
    expect((await call(u, 'GET', `/api/diagrams/${d.id}/revisions/not-a-revision`)).status).toBe(404);

    const bad = await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${r1}?compare=sideways`);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toEqual({ code: 'badRequest', message: 'compare: must be "previous" or "current".' });
    expect((await call(u, 'GET', `/api/diagrams/${d.id}/revisions/${r1}?element=${'x'.repeat(201)}`)).status).toBe(400);
    expect((await call(null, 'GET', `/api/diagrams/${d.id}/revisions/${r1}`)).status).toBe(401);
    expect((await call(u, 'POST', `/api/diagrams/${d.id}/revisions/${r1}`, {})).status).toBe(405);
  }, 60_000);
});
