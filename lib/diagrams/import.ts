// The import rules for a BPMN file arriving from outside (POST /api/diagrams): the same steps the modeler takes
// when it opens a file, so the API and the UI agree on what a file becomes and what the user is told.
// 1. decode by the declared encoding and resolve QName references (lib/bpmn/normalize);
// 2. parse; point a misdirected plane at the root its shapes belong to (import-check);
// 3. with `layout: 'auto'`, lay out a file that has no BPMN DI, naming anything the layouter could not place;
// 4. report what will not be drawn and why.
import { BpmnModdle } from 'bpmn-moddle';
import { normalizeBpmnBytes, normalizeBpmnText } from '@/lib/bpmn/normalize';
import { assertSafeBpmnText, BpmnParseError } from '@/lib/bpmn/parse';
import { analyseImport, isHarmlessWarning, repairPlane } from '@/lib/diagrams/import-check';
import { describeLayout, layoutAutomatically } from '@/lib/diagrams/auto-layout';

export type ImportSummary = {
  /** What was changed on the way in (encoding, references, plane, layout). */
  changes: string[];
  /** The part of `changes` that altered the file's content (a misdirected plane pointed at the pools): the stored
   * file differs from the one sent, and the user is told so when it opens. */
  repairs: string[];
  /** What will not be drawn, and why. */
  findings: string[];
  /** The file had no layout and was laid out automatically. */
  laidOut: boolean;
  /** The stored file has no layout yet (it opens with an offer to lay it out). */
  needsLayout: boolean;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Moddle = any;

export async function prepareImport(input: string | Uint8Array, opts: { layout?: 'auto' | 'none' } = {}): Promise<{ xml: string; summary: ImportSummary }> {
  const normalized = typeof input === 'string' ? normalizeBpmnText(input) : normalizeBpmnBytes(input);
  let xml = normalized.xml;
  if (!xml.trim()) throw new BpmnParseError('The file is empty.');
  const changes = [...normalized.changes];
  assertSafeBpmnText(xml);
  const moddle: Moddle = new BpmnModdle();
  let parsed: { rootElement: Moddle; warnings: { message: string }[] };
  try {
    parsed = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (err) {
    throw new BpmnParseError(`The file is not valid BPMN XML: ${(err as Error).message.split('\n')[0]}`);
  }
  const repairs = repairPlane(parsed.rootElement);
  if (repairs.length) {
    xml = (await moddle.toXML(parsed.rootElement, { format: true })).xml;
    changes.push(...repairs);
  }
  const warnings = parsed.warnings.map((w) => w.message).filter((w) => !isHarmlessWarning(w));
  let report = analyseImport(parsed.rootElement, warnings);
  let laidOut = false;
  if (!report.hasLayout && report.total > 0 && opts.layout === 'auto') {
    const result = await layoutAutomatically(xml, moddle);
    xml = result.xml;
    laidOut = true;
    changes.push(describeLayout(result));
    const again = await moddle.fromXML(xml, 'bpmn:Definitions');
    report = analyseImport(again.rootElement, warnings);
  }
  const needsLayout = !report.hasLayout && report.total > 0;
  const findings = report.findings.map((f) => f.message);
  if (needsLayout) findings.push('Send "layout": "auto" (or open it in the editor) to lay it out automatically.');
  return { xml, summary: { changes, repairs, findings, laidOut, needsLayout } };
}
