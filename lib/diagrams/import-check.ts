// What a BPMN file's layout (BPMN DI) will and will not show, in words a modeller understands, and the one repair
// that is safe to make: a plane that names the wrong root. Pure (works on bpmn-moddle trees, no Node-only APIs):
// the modeler runs it after every import and POST /api/diagrams before storing, so both say the same thing.
//
// How bpmn-js draws (BpmnTreeWalker): it takes the first diagram's plane; a plane on a process draws that process
// only; a plane on a collaboration draws its pools' processes and then every other process that has shapes; a
// plane on anything else is refused. Shapes of children of a collapsed sub-process go on the sub-process's own
// sheet (drill-down). Elements without a shape are never drawn.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type El = { $type: string; $parent?: El; id?: string; name?: string; [key: string]: any };

export type ImportFinding = {
  kind: 'collapsed' | 'unpooled' | 'otherProcess' | 'noShape' | 'dataObjectShape' | 'dangling' | 'unknownElement' | 'nothingDrawn';
  message: string;
  /** The element the message is about, to select or open (a collapsed sub-process, a process). */
  elementId?: string;
};

export type ImportReport = {
  /** What was changed so the file draws (the plane repair); empty when nothing was. */
  repairs: string[];
  /** What the user should know: parts not drawn and why. Empty for a file that draws completely. */
  findings: ImportFinding[];
  /** The file has shapes to draw. False: offer the automatic layout. */
  hasLayout: boolean;
  /** Flow elements that a shape draws, and how many the file has (for the "every element survived" check). */
  drawn: number;
  total: number;
};

const is = (el: El | undefined | null, type: string): boolean => {
  if (!el) return false;
  if (el.$type === type) return true;
  const desc = (el as { $descriptor?: { allTypes?: { name: string }[] } }).$descriptor;
  return !!desc?.allTypes?.some((t) => t.name === type);
};
const label = (el: El) => (el.name?.trim() ? `'${el.name.trim()}'` : el.id ? `'${el.id}'` : 'without a name');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The process or collaboration an element belongs to. */
function ownerRoot(el: El): El | null {
  let cur: El | undefined = el;
  while (cur) {
    if (is(cur, 'bpmn:Process') || is(cur, 'bpmn:Collaboration')) return cur;
    cur = cur.$parent;
  }
  return null;
}

type Diagram = { plane?: El & { planeElement?: El[] } };

function planeShapes(defs: El): El[] {
  return ((defs.diagrams ?? []) as Diagram[]).flatMap((d) => d.plane?.planeElement ?? []);
}

/** Every flow element (recursively through sub-processes) of a process, with its container. */
function flowElementsOf(container: El, out: El[] = []): El[] {
  for (const fe of (container.flowElements ?? []) as El[]) {
    out.push(fe);
    if (is(fe, 'bpmn:SubProcess')) flowElementsOf(fe, out);
  }
  return out;
}

/**
 * Point the first plane at the root its shapes belong to when it names <definitions>, nothing, or a process that
 * owns none of its shapes. Mutates `defs`; returns what it did.
 */
export function repairPlane(defs: El): string[] {
  const diagram = (defs.diagrams ?? [])[0] as Diagram | undefined;
  const plane = diagram?.plane;
  if (!plane) return [];
  const shapes = (plane.planeElement ?? []).map((s) => s.bpmnElement as El | undefined).filter((e): e is El => !!e);
  if (!shapes.length) return [];
  const current = plane.bpmnElement as El | undefined;
  if (current && (is(current, 'bpmn:SubProcess') || is(current, 'bpmn:Collaboration'))) return [];
  const owners = new Map<El, number>();
  for (const s of shapes) {
    const o = is(s, 'bpmn:Participant') ? (s.$parent ?? null) : ownerRoot(s);
    if (o) owners.set(o, (owners.get(o) ?? 0) + 1);
  }
  if (current && is(current, 'bpmn:Process') && owners.has(current)) return [];
  // Prefer the collaboration (its pools show every process); else the process with the most shapes.
  const collaboration = [...owners.keys()].find((o) => is(o, 'bpmn:Collaboration'))
    ?? ((defs.rootElements ?? []) as El[]).find((r) => is(r, 'bpmn:Collaboration') && [...owners.keys()].some((o) => (r.participants ?? []).some((p: El) => p.processRef === o)));
  const target = collaboration ?? [...owners.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!target) return [];
  plane.bpmnElement = target;
  const was = !current ? 'nothing' : is(current, 'bpmn:Definitions') ? 'the <definitions> element itself' : `the process ${label(current)}, which has none of the shapes`;
  const now = is(target, 'bpmn:Collaboration') ? 'the pools (collaboration) the shapes belong to' : `the process ${label(target)} the shapes belong to`;
  return [`The layout pointed at ${was}; it now shows ${now}.`];
}

/** What bpmn-js will draw of `defs` and what it will leave out (call repairPlane first). */
export function analyseImport(defs: El, warnings: string[] = []): ImportReport {
  const findings: ImportFinding[] = [];
  const shapes = planeShapes(defs);
  const shaped = new Map<El, El>();
  for (const s of shapes) if (s.bpmnElement) shaped.set(s.bpmnElement as El, s);
  const processes = ((defs.rootElements ?? []) as El[]).filter((r) => is(r, 'bpmn:Process'));
  const collaborations = ((defs.rootElements ?? []) as El[]).filter((r) => is(r, 'bpmn:Collaboration'));
  const allFlow = processes.flatMap((p) => flowElementsOf(p));
  const nodes = (list: El[]) => list.filter((e) => !is(e, 'bpmn:SequenceFlow'));
  const total = nodes(allFlow).length;

  const root = ((defs.diagrams ?? [])[0] as Diagram | undefined)?.plane?.bpmnElement as El | undefined;
  const hasLayout = shapes.length > 0;
  if (!hasLayout) {
    return { repairs: [], findings: total ? [{ kind: 'nothingDrawn', message: `The file has ${plural(total, 'element')} but no layout (no BPMN DI), so there is nothing to draw yet. It can be laid out automatically.` }] : [], hasLayout, drawn: 0, total };
  }

  // Which processes the plane shows.
  let shown: El[] = [];
  if (root && is(root, 'bpmn:Process')) shown = [root];
  else if (root && is(root, 'bpmn:SubProcess')) shown = [root];
  else if (root && is(root, 'bpmn:Collaboration')) shown = processes.filter((p) => nodes(flowElementsOf(p)).some((e) => shaped.has(e)) || (root.participants ?? []).some((x: El) => x.processRef === p));
  const shownSet = new Set(shown);

  // Collapsed sub-processes: their content is on their own sheet.
  const insideCollapsed = new Set<El>();
  for (const p of shown) {
    for (const fe of flowElementsOf(p)) {
      if (!is(fe, 'bpmn:SubProcess')) continue;
      const di = shaped.get(fe);
      if (!di || di.isExpanded === true) continue;
      const inner = nodes(flowElementsOf(fe));
      inner.forEach((e) => insideCollapsed.add(e));
      if (!inner.length) continue;
      const withShape = inner.filter((e) => shaped.has(e)).length;
      findings.push({
        kind: 'collapsed',
        elementId: fe.id,
        message: withShape
          ? `${plural(inner.length, 'step is', 'steps are')} inside the collapsed sub-process ${label(fe)} — open it with the arrow on its lower edge.`
          : `${plural(inner.length, 'step is', 'steps are')} inside the collapsed sub-process ${label(fe)}, but the file has no layout for them, so its sheet is empty.`,
      });
    }
  }

  // Processes no pool shows.
  const pooled = new Set(collaborations.flatMap((c) => (c.participants ?? []).map((p: El) => p.processRef).filter(Boolean)));
  for (const p of processes) {
    const inner = nodes(flowElementsOf(p));
    if (!inner.length) continue;
    if (!shownSet.has(p)) {
      const withShape = inner.filter((e) => shaped.has(e)).length;
      findings.push({
        kind: 'otherProcess',
        elementId: p.id,
        message: `${plural(inner.length, 'element')} of process ${label(p)} ${withShape ? 'have shapes but ' : ''}are not shown: the layout shows ${root ? label(root) : 'another part of the file'} only.`,
      });
    } else if (root && is(root, 'bpmn:Collaboration') && !pooled.has(p)) {
      findings.push({ kind: 'unpooled', elementId: p.id, message: `Elements of process ${label(p)} are not shown by any pool; they are drawn outside the pools.` });
    }
  }

  // Elements of shown processes without a shape (content of collapsed sub-processes is reported above).
  const missing = shown.flatMap((p) => nodes(flowElementsOf(p))).filter((e) => !shaped.has(e) && !insideCollapsed.has(e) && !is(e, 'bpmn:DataObject'));
  if (missing.length) {
    const names = missing.slice(0, 3).map(label).join(', ');
    findings.push({ kind: 'noShape', message: `${plural(missing.length, 'element has', 'elements have')} no position in the file and ${missing.length === 1 ? 'is' : 'are'} not drawn: ${names}${missing.length > 3 ? ', …' : ''}.` });
  }

  // Data objects placed directly (the standard draws a data object reference).
  const directData = shapes.filter((s) => is(s.bpmnElement, 'bpmn:DataObject'));
  if (directData.length) {
    findings.push({ kind: 'dataObjectShape', message: `${plural(directData.length, 'data object is', 'data objects are')} placed directly instead of through a data object reference; this editor cannot draw ${directData.length === 1 ? 'it' : 'them'}.` });
  }

  // References to ids that do not exist, and elements the parser did not know.
  const dangling = warnings.filter((w) => /unresolved reference/.test(w));
  if (dangling.length) {
    const ids = [...new Set(dangling.map((w) => /<([^>]+)>/.exec(w)?.[1]).filter(Boolean))].slice(0, 3).join(', ');
    findings.push({ kind: 'dangling', message: `${plural(dangling.length, 'reference points', 'references point')} at nothing (${ids}); ${dangling.length === 1 ? 'that link was' : 'those links were'} dropped.` });
  }
  const unknown = warnings.filter((w) => /unparsable content|unknown type|unrecognized/i.test(w));
  if (unknown.length) {
    const tags = [...new Set(unknown.map((w) => /<([^>]+)>/.exec(w)?.[1]).filter(Boolean))].slice(0, 3).join(', ');
    findings.push({ kind: 'unknownElement', message: `${plural(unknown.length, 'part')} of the file this editor does not know ${unknown.length === 1 ? 'was' : 'were'} skipped${tags ? ` (${tags})` : ''}.` });
  }

  const drawnNodes = shown.flatMap((p) => nodes(flowElementsOf(p))).filter((e) => shaped.has(e) && !insideCollapsed.has(e));
  const participantsDrawn = shapes.filter((s) => is(s.bpmnElement, 'bpmn:Participant') || is(s.bpmnElement, 'bpmn:Lane')).length;
  if (!drawnNodes.length && !participantsDrawn && !insideCollapsed.size) {
    findings.unshift({ kind: 'nothingDrawn', message: 'Nothing in this file can be drawn: none of its shapes belong to what its layout shows.' });
  }
  return { repairs: [], findings, hasLayout, drawn: drawnNodes.length + [...insideCollapsed].filter((e) => shaped.has(e)).length, total };
}

/** Parser warnings that change nothing for the user (a declared encoding is handled before parsing). */
export function isHarmlessWarning(message: string): boolean {
  return /unsupported document encoding/i.test(message);
}
