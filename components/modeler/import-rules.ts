// The import rules inside bpmn-js: every importXML (a stored diagram, an opened file, a restored revision) is
// normalised before parsing (UTF-8 prolog, QName references: lib/bpmn/normalize) and checked after parsing
// (plane repair, what will not be drawn: lib/diagrams/import-check). The report of the last import is kept for
// the modeler to tell the user.
import { normalizeBpmnText } from '@/lib/bpmn/normalize';
import { analyseImport, isHarmlessWarning, repairPlane, type ImportReport } from '@/lib/diagrams/import-check';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export type LastImport = ImportReport & { changes: string[]; xml: string };

function ImportRules(this: Any, eventBus: Any) {
  this.last = null as LastImport | null;
  let changes: string[] = [];
  let xml = '';
  // Lowest priority for the XML: returning a value ends the event, so every other listener must have run.
  eventBus.on('import.parse.start', 1, (e: { xml: string }) => {
    const n = normalizeBpmnText(e.xml);
    changes = n.changes;
    xml = n.xml;
    this.last = null;
    return n.xml;
  });
  // High priority for the definitions: repaired before any other listener looks at them.
  eventBus.on('import.parse.complete', 2000, (e: { error?: unknown; definitions?: Any; warnings: { message: string }[] }) => {
    if (e.error || !e.definitions) return;
    const repairs = repairPlane(e.definitions);
    const warnings = e.warnings.map((w) => w.message).filter((w) => !isHarmlessWarning(w));
    const report = analyseImport(e.definitions, warnings);
    this.last = { ...report, repairs, changes: [...changes, ...repairs], xml };
  });
}
ImportRules.$inject = ['eventBus'];

export const importRulesModule = {
  __init__: ['importRules'],
  importRules: ['type', ImportRules],
};
