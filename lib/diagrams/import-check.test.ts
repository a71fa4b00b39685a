// The import check on vendor-style fixtures: what bpmn-js will draw, what it leaves out, and the plane repair.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import { normalizeBpmnBytes } from '@/lib/bpmn/normalize';
import { analyseImport, isHarmlessWarning, repairPlane } from './import-check';

const FIX = path.resolve(import.meta.dirname, '../../e2e/fixtures/diagrams/import');

async function check(file: string) {
  const { xml } = normalizeBpmnBytes(new Uint8Array(fs.readFileSync(path.join(FIX, file))));
  const parsed = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  const repairs = repairPlane(parsed.rootElement);
  const report = analyseImport(parsed.rootElement, parsed.warnings.map((w) => w.message).filter((w) => !isHarmlessWarning(w)));
  return { ...report, repairs, messages: report.findings.map((f) => f.message), defs: parsed.rootElement };
}

describe('analyseImport', () => {
  it('finds nothing to say about files that draw completely', async () => {
    for (const f of ['qname-prefixes.bpmn', 'latin1-umlauts.bpmn']) {
      const r = await check(f);
      expect(r.messages, f).toEqual([]);
      expect(r.drawn, f).toBe(r.total);
    }
  });

  it('repairs a plane on an empty process or on <definitions> to the collaboration', async () => {
    for (const f of ['plane-process-mismatch.bpmn', 'plane-definitions.bpmn']) {
      const r = await check(f);
      expect(r.repairs[0], f).toMatch(/^The layout pointed at (the process 'Main', which has none of the shapes|the <definitions> element itself); it now shows the pools/);
      expect(r.defs.diagrams[0].plane.bpmnElement.id).toBe('Collab_1');
      expect(r).toMatchObject({ drawn: 4, total: 4, findings: [] });
    }
  });

  it('names the collapsed sub-process whose steps are on their own sheet', async () => {
    const r = await check('collapsed-subprocess.bpmn');
    expect(r.findings).toEqual([{ kind: 'collapsed', elementId: 'Sub_Handle', message: "3 steps are inside the collapsed sub-process 'Handle claim' — open it with the arrow on its lower edge." }]);
  });

  it('offers a layout for a file without DI', async () => {
    const r = await check('no-layout.bpmn');
    expect(r.hasLayout).toBe(false);
    expect(r.total).toBe(6);
    expect(r.messages[0]).toMatch(/6 elements but no layout/);
  });

  it('reports a process no pool shows, dangling references and a directly drawn data object', async () => {
    const r = await check('unpooled-dangling.bpmn');
    expect(r.messages).toEqual([
      "Elements of process 'Billing' are not shown by any pool; they are drawn outside the pools.",
      '1 data object is placed directly instead of through a data object reference; this editor cannot draw it.',
      '2 references point at nothing (Gone_1, Gone_2); those links were dropped.',
    ]);
    expect(r.repairs).toEqual([]);
  });

  it('treats a declared encoding as harmless', () => {
    expect(isHarmlessWarning('unsupported document encoding <ISO-8859-1>, falling back to UTF-8')).toBe(true);
    expect(isHarmlessWarning('unresolved reference <x>')).toBe(false);
  });
});
