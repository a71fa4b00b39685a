// POST /api/diagrams applies the import rules to vendor-style files (fixtures under e2e/fixtures/diagrams/import)
// and says what it did; the stored XML then draws completely, judged by the same check the modeler runs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import { db } from '@/lib/db';
import { analyseImport } from '@/lib/diagrams/import-check';
import { makeUser } from '../support/users';
import { useDiagramsApi } from './diagrams-helpers';

const { call } = useDiagramsApi();
const FIX = path.resolve(import.meta.dirname, '../fixtures/diagrams/import');
const bytes = (f: string) => new Uint8Array(fs.readFileSync(path.join(FIX, f)));
const text = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');

async function drawReport(xml: string) {
  const r = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  return analyseImport(r.rootElement, r.warnings.map((w) => w.message));
}

describe('importing vendor-style files through the API', () => {
  it('resolves QName-prefixed references, and everything draws', async () => {
    const u = await makeUser();
    const res = await call(u, 'POST', '/api/diagrams', { name: 'QNames', xml: text('qname-prefixes.bpmn') });
    expect(res.status).toBe(201);
    expect(res.json.import.changes.join(' ')).toMatch(/22 prefixed references .* resolved/);
    expect(res.json.import.findings).toEqual([]);
    const xml = res.json.diagram.xml as string;
    expect(xml).toContain('bpmnElement="_Vpack"');
    expect(xml).toContain('attachedToRef="_Vpack"');
    expect(xml).not.toMatch(/bpmnElement="bpmn2:/);
    const report = await drawReport(xml);
    expect(report).toMatchObject({ drawn: 5, total: 5, findings: [] });
  }, 120_000);

  it('decodes a Latin-1 file sent as bytes by its declared encoding and stores UTF-8', async () => {
    const u = await makeUser();
    const res = await call(u, 'POST', '/api/diagrams?name=Rechnung', bytes('latin1-umlauts.bpmn'), { headers: { 'content-type': 'application/xml' } });
    expect(res.status).toBe(201);
    const xml = res.json.diagram.xml as string;
    expect(xml).toContain('name="Rechnung klären"');
    expect(xml).toContain('Größe');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(res.json.import.changes.join(' ')).toMatch(/iso-8859-1/);
    expect(res.json.import.repairs).toEqual([]);
    expect(res.json.import.findings).toEqual([]);
    expect(res.json.diagram.name).toBe('Rechnung');
  });

  it('points a plane at the pools when it names an empty process or <definitions>', async () => {
    const u = await makeUser();
    for (const f of ['plane-process-mismatch.bpmn', 'plane-definitions.bpmn']) {
      const res = await call(u, 'POST', '/api/diagrams', { name: f, xml: text(f) });
      expect(res.status, f).toBe(201);
      expect(res.json.import.changes.join(' '), f).toMatch(/The layout pointed at .*; it now shows the pools/);
      // Only the plane repair changed the content: the editor tells the user of it when the stored file opens.
      expect(res.json.import.repairs, f).toEqual([expect.stringMatching(/^The layout pointed at .*; it now shows the pools/)]);
      const xml = res.json.diagram.xml as string;
      expect(xml).toMatch(/<bpmndi:BPMNPlane id="Plane_mm" bpmnElement="Collab_1"/);
      expect(await drawReport(xml), f).toMatchObject({ drawn: 4, total: 4, findings: [] });
    }
  });

  it('says that steps sit inside a collapsed sub-process', async () => {
    const u = await makeUser();
    const res = await call(u, 'POST', '/api/diagrams', { name: 'Claim', xml: text('collapsed-subprocess.bpmn') });
    expect(res.status).toBe(201);
    expect(res.json.import.findings).toEqual(["3 steps are inside the collapsed sub-process 'Handle claim' — open it with the arrow on its lower edge."]);
  });

  it('stores a file without layout with an offer, and lays it out on request with every element placed', async () => {
    const u = await makeUser();
    const plain = await call(u, 'POST', '/api/diagrams', { name: 'Generated', xml: text('no-layout.bpmn') });
    expect(plain.status).toBe(201);
    expect(plain.json.import).toMatchObject({ laidOut: false, needsLayout: true });
    expect(plain.json.import.findings.join(' ')).toMatch(/no layout .* laid out automatically/);

    const laid = await call(u, 'POST', '/api/diagrams?layout=auto&name=Generated', bytes('no-layout.bpmn'), { headers: { 'content-type': 'text/xml' } });
    expect(laid.status).toBe(201);
    expect(laid.json.import).toMatchObject({ laidOut: true, needsLayout: false, findings: [] });
    expect(laid.json.import.changes).toContain('Laid out automatically: all 11 elements placed.');
    const report = await drawReport(laid.json.diagram.xml);
    expect(report).toMatchObject({ hasLayout: true, drawn: 6, total: 6, findings: [] });
  });

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const u = await makeUser();
    const before = await db().diagram.count({ where: { userId: u.id } });
    const badLayout = await call(u, 'POST', '/api/diagrams?layout=sideways', bytes('no-layout.bpmn'), { headers: { 'content-type': 'application/xml' } });
    expect(badLayout.status).toBe(400);
    expect(badLayout.json.error.message).toMatch(/layout/);
    const empty = await call(u, 'POST', '/api/diagrams', new Uint8Array(0), { headers: { 'content-type': 'application/xml' } });
    expect(empty.status).toBe(422);
    expect(empty.json.error.message).toBe('The file is empty.');
    const notBpmn = await call(u, 'POST', '/api/diagrams', { xml: '<?xml version="1.0"?><note><to>x</to></note>' });
    expect(notBpmn.status).toBe(422);
    expect(notBpmn.json.error.code).toBe('invalidFile');
    expect(await db().diagram.count({ where: { userId: u.id } })).toBe(before);
  });
});
