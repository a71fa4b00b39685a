import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { starterXml } from '@/lib/diagrams';
import { makeUser } from '../support/users';
import { useDiagramsApi, type Json } from './diagrams-helpers';

const { call } = useDiagramsApi();

const withTask = (xml: string, name: string) =>
  xml.replace('</bpmn:process>', `<bpmn:task id="Extra_${name.replace(/\W/g, '')}" name="${name}" /></bpmn:process>`);

describe('diagram CRUD', () => {
  it('creates a starter diagram with a first revision and a thumbnail', async () => {
    const u = await makeUser();
    const res = await call(u, 'POST', '/api/diagrams', { name: '  Order   handling ' });
    expect(res.status).toBe(201);
    const d = res.json.diagram;
    expect(d.id).toMatch(/^dgm_/);
    expect(d.name).toBe('Order handling');
    expect(d.xml).toContain('<bpmn:startEvent');
    expect(d.xml).toContain('<bpmndi:BPMNShape');
    expect(d.revision.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d.thumbnail).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(d.thumbnail).toContain('<circle');
    expect(await db().diagramRevision.count({ where: { diagramId: d.id } })).toBe(1);
  }, 120_000);

  it('lists only the user’s diagrams, newest change first, without XML', async () => {
    const u = await makeUser();
    const a = (await call(u, 'POST', '/api/diagrams', { name: 'First' })).json.diagram;
    const b = (await call(u, 'POST', '/api/diagrams', { name: 'Second' })).json.diagram;
    await call(u, 'POST', `/api/diagrams/${a.id}/revisions`, { xml: withTask(a.xml, 'Later') });
    const list = await call(u, 'GET', '/api/diagrams');
    expect(list.status).toBe(200);
    expect(list.json.diagrams.map((d: Json) => d.id)).toEqual([a.id, b.id]);
    expect(list.json.diagrams[0]).toMatchObject({ name: 'First' });
    expect(list.json.diagrams[0].xml).toBeUndefined();
    expect(typeof list.json.diagrams[0].updatedAt).toBe('string');
  });

  it('unnamed new diagrams get distinct names: Untitled process, Untitled process 2, 3 (gaps reused)', async () => {
    const u = await makeUser();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push((await call(u, 'POST', '/api/diagrams', {})).json.diagram.name);
    expect(names).toEqual(['Untitled process', 'Untitled process 2', 'Untitled process 3']);
    const second = (await call(u, 'GET', '/api/diagrams')).json.diagrams.find((d: Json) => d.name === 'Untitled process 2');
    await call(u, 'PATCH', `/api/diagrams/${second.id}`, { name: 'Named now' });
    expect((await call(u, 'POST', '/api/diagrams', { name: '  ' })).json.diagram.name).toBe('Untitled process 2');
    // A name given is kept as it is, and another user's diagrams do not count.
    expect((await call(u, 'POST', '/api/diagrams', { name: 'Untitled process' })).json.diagram.name).toBe('Untitled process');
    expect((await call(await makeUser(), 'POST', '/api/diagrams', {})).json.diagram.name).toBe('Untitled process');
  });

  it('gets, renames, duplicates and deletes a diagram (session cookie too)', async () => {
    const u = await makeUser();
    const created = (await call(u, 'POST', '/api/diagrams', {}, { via: 'cookie' })).json.diagram;
    expect(created.name).toBe('Untitled process');
    const saved = withTask(created.xml, 'Check stock');
    await call(u, 'POST', `/api/diagrams/${created.id}/revisions`, { xml: saved }, { via: 'cookie' });

    const got = await call(u, 'GET', `/api/diagrams/${created.id}`);
    expect(got.json.diagram.xml).toBe(saved);

    const renamed = await call(u, 'PATCH', `/api/diagrams/${created.id}`, { name: 'Stock check' }, { via: 'cookie' });
    expect(renamed.status).toBe(200);
    expect(renamed.json.diagram.name).toBe('Stock check');

    const dup = await call(u, 'POST', `/api/diagrams/${created.id}/duplicate`);
    expect(dup.status).toBe(201);
    expect(dup.json.diagram.id).not.toBe(created.id);
    expect(dup.json.diagram.name).toBe('Stock check (copy)');
    expect(dup.json.diagram.xml).toBe(saved);

    const del = await call(u, 'DELETE', `/api/diagrams/${created.id}`, undefined, { via: 'cookie' });
    expect(del.status).toBe(204);
    expect((await call(u, 'GET', `/api/diagrams/${created.id}`)).status).toBe(404);
    expect(await db().diagramRevision.count({ where: { diagramId: created.id } })).toBe(0);
    // The copy is independent of the original.
    expect((await call(u, 'GET', `/api/diagrams/${dup.json.diagram.id}`)).json.diagram.xml).toBe(saved);
  });

  it('creates a diagram from uploaded BPMN XML', async () => {
    const u = await makeUser();
    const xml = withTask(starterXml(), 'Imported');
    const res = await call(u, 'POST', '/api/diagrams', { name: 'Imported', xml });
    expect(res.status).toBe(201);
    expect(res.json.diagram.xml).toBe(xml);
  });
});

describe('diagram revisions', () => {
  it('stores a revision per change and none for identical XML', async () => {
    const u = await makeUser();
    const d = (await call(u, 'POST', '/api/diagrams', {})).json.diagram;
    const v2 = withTask(d.xml, 'Second');

    const first = await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: v2 });
    expect(first.status).toBe(201);
    expect(first.json.created).toBe(true);
    const again = await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: v2 });
    expect(again.status).toBe(200);
    expect(again.json.created).toBe(false);
    expect(again.json.revision.id).toBe(first.json.revision.id);

    // Going back to the original XML is a change relative to the latest revision, so it is stored.
    const back = await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: d.xml });
    expect(back.json.created).toBe(true);

    const revs = await call(u, 'GET', `/api/diagrams/${d.id}/revisions`);
    expect(revs.json.revisions).toHaveLength(3);
    expect(revs.json.revisions[0].id).toBe(back.json.revision.id);
    const rows = await db().diagramRevision.findMany({ where: { diagramId: d.id } });
    expect(rows.map((r) => r.sha256).sort()).toEqual([d.revision.sha256, first.json.revision.sha256, back.json.revision.sha256].sort());
  });

  it('refreshes the thumbnail from the saved diagram', async () => {
    const u = await makeUser();
    const d = (await call(u, 'POST', '/api/diagrams', {})).json.diagram;
    const xml = d.xml.replace('</bpmndi:BPMNPlane>', '<bpmndi:BPMNShape id="Gw_di" bpmnElement="Gw"><dc:Bounds x="600" y="135" width="50" height="50" /></bpmndi:BPMNShape></bpmndi:BPMNPlane>')
      .replace('</bpmn:process>', '<bpmn:exclusiveGateway id="Gw" /></bpmn:process>');
    const saved = await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml });
    expect(saved.json.diagram.thumbnail).toContain('<path d="M625 135');
    expect(saved.json.diagram.thumbnail).not.toMatch(/<script|href|<text|url\(/i);
  });
});
