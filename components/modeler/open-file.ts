// Opening a .bpmn/.xml file (Open and drag-and-drop): decode it by the encoding it declares, check it in the
// browser (bpmn-moddle, the parser bpmn-js uses), then store it as a new diagram. The server applies the same
// import rules; what the file lacks is reported when the new diagram is drawn. Problems are put in plain words.
import { MAX_XML_BYTES_CLIENT } from './limits';
import { normalizeBpmnBytes } from '@/lib/bpmn/normalize';
import { isHarmlessWarning } from '@/lib/diagrams/import-check';
import { apiJson } from '@/components/ui/api-client';

type Moddle = { fromXML(xml: string, type?: string): Promise<{ warnings: unknown[] }> };
export type OpenResult = { ok: true; diagramId: string; warnings: string[]; repairs: string[] } | { ok: false; problems: string[] };

/** A parser or import message in words a modeller understands. */
export function describeImportError(err: unknown): string {
  const raw = String((err as { message?: string })?.message ?? err ?? 'Unknown problem');
  const line = /line: (\d+)/.exec(raw)?.[1];
  const where = line ? ` (line ${line})` : '';
  if (/unparsable content <([^>]+)> detected/.test(raw)) {
    return `Contains an element this editor does not know: <${/unparsable content <([^>]+)>/.exec(raw)![1]}>${where}; it was skipped.`;
  }
  if (/unresolved reference <([^>]+)>/.test(raw)) {
    return `Refers to an element that does not exist (${/unresolved reference <([^>]+)>/.exec(raw)![1]})${where}; that link was dropped.`;
  }
  if (/missing start tag|unexpected end of file|unclosed tag|Text data outside of root node|non-whitespace before first tag/i.test(raw)) {
    return `The file is not well-formed XML${where}. It may be truncated or not an XML file at all.`;
  }
  if (/failed to parse document as <bpmn:Definitions>/.test(raw)) {
    return 'This XML file is not a BPMN 2.0 diagram (its root element is not <bpmn:definitions>).';
  }
  if (/no diagram to display/i.test(raw)) return 'The file contains a process but no diagram layout (BPMN DI), so there is nothing to draw.';
  if (/element .* referenced by .*#bpmnElement not yet drawn|multiple DI elements/i.test(raw)) return `The layout information is inconsistent${where}: ${raw}`;
  return raw.replace(/\s+/g, ' ').slice(0, 300);
}

/** Validate `file` and create a diagram from it (named after the file). */
export async function openBpmnFile(file: File, moddle: Moddle): Promise<OpenResult> {
  if (!/\.(bpmn|xml)$/i.test(file.name) && !/xml/.test(file.type)) {
    return { ok: false, problems: ['Only .bpmn and .xml files can be opened.'] };
  }
  if (file.size > MAX_XML_BYTES_CLIENT) {
    return { ok: false, problems: [`The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 5 MB.`] };
  }
  // Not file.text(): that always decodes UTF-8, and Latin-1 files would come out as "Rechnung kl�ren".
  const { xml } = normalizeBpmnBytes(new Uint8Array(await file.arrayBuffer()));
  let warnings: string[] = [];
  try {
    const parsed = await moddle.fromXML(xml, 'bpmn:Definitions');
    warnings = parsed.warnings.map((w) => String((w as { message?: string }).message ?? w)).filter((w) => !isHarmlessWarning(w)).map(describeImportError);
  } catch (err) {
    return { ok: false, problems: [describeImportError(err)] };
  }
  const name = file.name.replace(/\.(bpmn|xml)$/i, '').slice(0, 120) || 'Imported diagram';
  try {
    const body = await apiJson<{ diagram: { id: string }; import?: { repairs?: string[] } }>('POST', '/api/diagrams', { name, xml }, 'The server refused the file');
    // The server repaired the file before storing it (the plane): the stored diagram opens clean, so only this
    // answer knows; the modeler tells the user when it draws the new diagram.
    return { ok: true, diagramId: body.diagram.id, warnings, repairs: body.import?.repairs ?? [] };
  } catch (err) {
    return { ok: false, problems: [(err as Error).message] };
  }
}

const REPAIRS_KEY = (diagramId: string) => `procmod.importRepairs.${diagramId}`;

/** Keep what the server repaired in an opened file until the new diagram is drawn (it survives the navigation). */
export function rememberRepairs(diagramId: string, repairs: string[]) {
  if (!repairs.length) return;
  try {
    sessionStorage.setItem(REPAIRS_KEY(diagramId), JSON.stringify(repairs));
  } catch {
    // Storage unavailable (private mode, quota): the diagram still opens, only the note is lost.
  }
}

/** The repairs remembered for this diagram, once: reading them forgets them. */
export function takeRepairs(diagramId: string): string[] {
  try {
    const raw = sessionStorage.getItem(REPAIRS_KEY(diagramId));
    if (raw === null) return [];
    sessionStorage.removeItem(REPAIRS_KEY(diagramId));
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}
