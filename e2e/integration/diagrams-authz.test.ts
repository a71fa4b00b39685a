import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import { MAX_XML_BYTES } from '@/lib/diagrams';
import { makeUser } from '../support/users';
import { useDiagramsApi } from './diagrams-helpers';

const { call } = useDiagramsApi();

describe('two users', () => {
  it('gives B the same 404 for A’s diagram as for a missing one, on every operation, and leaves A’s diagram unchanged', async () => {
    const a = await makeUser();
    const b = await makeUser();
    const d = (await call(a, 'POST', '/api/diagrams', { name: 'A private' })).json.diagram;
    const missing = newId('dgm');
    const hostile = d.xml.replace('</bpmn:process>', '<bpmn:task id="Evil" /></bpmn:process>');

    const ops: [string, string, unknown?][] = [
      ['GET', ''],
      ['PATCH', '', { name: 'pwned' }],
      ['DELETE', ''],
      ['POST', '/duplicate'],
      ['GET', '/revisions'],
      ['POST', '/revisions', { xml: hostile }],
    ];
    for (const [method, suffix, body] of ops) {
      const foreign = await call(b, method, `/api/diagrams/${d.id}${suffix}`, body);
      const unknown = await call(b, method, `/api/diagrams/${missing}${suffix}`, body);
      expect(foreign.status, `${method} ${suffix}`).toBe(404);
      expect(foreign.json).toEqual(unknown.json);
      expect(foreign.json.error.code).toBe('notFound');
    }

    const after = await call(a, 'GET', `/api/diagrams/${d.id}`);
    expect(after.status).toBe(200);
    expect(after.json.diagram.name).toBe('A private');
    expect(after.json.diagram.xml).toBe(d.xml);
    expect(await db().diagramRevision.count({ where: { diagramId: d.id } })).toBe(1);
    expect(await db().diagram.count({ where: { userId: b.id } })).toBe(0);
    expect((await call(b, 'GET', '/api/diagrams')).json.diagrams).toEqual([]);
  }, 120_000);

  it('answers 401 without credentials', async () => {
    expect((await call(null, 'GET', '/api/diagrams')).status).toBe(401);
    expect((await call(null, 'POST', '/api/diagrams', {})).status).toBe(401);
    expect((await call(null, 'GET', `/api/diagrams/${newId('dgm')}`)).status).toBe(401);
  });

  it('refuses a cookie write from another origin', async () => {
    const a = await makeUser();
    const res = await call(a, 'POST', '/api/diagrams', {}, { via: 'cookie', headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await db().diagram.count({ where: { userId: a.id } })).toBe(0);
  });
});

describe('bad input', () => {
  it('answers 400 for a malformed id and for bad bodies', async () => {
    const u = await makeUser();
    const d = (await call(u, 'POST', '/api/diagrams', {})).json.diagram;
    expect((await call(u, 'GET', '/api/diagrams/not-an-id')).status).toBe(400);
    expect((await call(u, 'GET', `/api/diagrams/${newId('thr')}`)).status).toBe(400);
    const emptyName = await call(u, 'PATCH', `/api/diagrams/${d.id}`, { name: '   ' });
    expect(emptyName.status).toBe(400);
    expect(emptyName.json.error.message).toMatch(/name/);
    expect((await call(u, 'PATCH', `/api/diagrams/${d.id}`, { name: 'x'.repeat(121) })).status).toBe(400);
    expect((await call(u, 'PATCH', `/api/diagrams/${d.id}`, { name: 42 })).status).toBe(400);
    expect((await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, '{not json')).status).toBe(400);
    expect((await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, {})).status).toBe(400);
    expect((await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: '<a/>' }, { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect(await db().diagramRevision.count({ where: { diagramId: d.id } })).toBe(1);
  });

  it('answers 422 for XML that is not BPMN or carries a DOCTYPE, and stores nothing', async () => {
    const u = await makeUser();
    const d = (await call(u, 'POST', '/api/diagrams', {})).json.diagram;
    const notBpmn = await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: '<html><body>hi</body></html>' });
    expect(notBpmn.status).toBe(422);
    expect(notBpmn.json.error.message).toMatch(/not a BPMN/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${d.xml.replace(/^<\?xml[^>]*>/, '')}`;
    expect((await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: xxe })).status).toBe(422);
    expect((await call(u, 'POST', '/api/diagrams', { xml: 'hello' })).status).toBe(422);
    expect(await db().diagramRevision.count({ where: { diagramId: d.id } })).toBe(1);
    expect(await db().diagram.count({ where: { userId: u.id } })).toBe(1);
  });

  it('answers 413 for XML over the size limit, naming the limit', async () => {
    const u = await makeUser();
    const d = (await call(u, 'POST', '/api/diagrams', {})).json.diagram;
    const big = d.xml.replace('</bpmn:process>', `<bpmn:documentation>${'x'.repeat(MAX_XML_BYTES)}</bpmn:documentation></bpmn:process>`);
    const res = await call(u, 'POST', `/api/diagrams/${d.id}/revisions`, { xml: big });
    expect(res.status).toBe(413);
    expect(res.json.error.message).toMatch(/limit is 5 MB/);
    expect(await db().diagramRevision.count({ where: { diagramId: d.id } })).toBe(1);
  });
});
