// A batch of operations applied to a copy of a diagram: sequential planning (later operations see earlier ones),
// all-or-nothing, checked for a well-formed result and linted before/after. Runs in Node and in the browser.
import { BpmnModdle } from 'bpmn-moddle';
import { lintDefinitions, type LintFinding } from '../lint';
import { ModdleExecutor, type Moddle } from './apply-moddle';
import { EditError, Planner, type PlannedChange } from './plan';
import type { EditOp, RevisionRef } from './schema';
import { DiagramTree, inside, intersects, is, type Bo } from './tree';

export type LintDelta = {
  fixed: LintFinding[];
  added: LintFinding[];
  addedErrors: number;
  /** "fixes 2 problems, adds none" */
  text: string;
};

export type EditFailure = { code: EditError['code']; message: string; index: number | null };

export type BatchOutcome =
  | {
      ok: true;
      xml: string;
      changes: PlannedChange[];
      lint: { before: LintFinding[]; after: LintFinding[]; delta: LintDelta };
      fingerprintBefore: string;
      fingerprintAfter: string;
    }
  | { ok: false; errors: EditFailure[] };

const findingKey = (f: LintFinding) => `${f.rule}|${f.elementId ?? ''}|${f.message}`;

const problems = (n: number) => (n === 0 ? 'none' : `${n} problem${n === 1 ? '' : 's'}`);

/** Findings fixed and added between two lint runs, and the one-line summary the proposal card shows. */
export function lintDelta(before: LintFinding[], after: LintFinding[]): LintDelta {
  const b = new Set(before.map(findingKey));
  const a = new Set(after.map(findingKey));
  const fixed = before.filter((f) => !a.has(findingKey(f)));
  const added = after.filter((f) => !b.has(findingKey(f)));
  const addedErrors = added.filter((f) => f.category === 'error').length;
  const addsText = added.length === 0 ? 'adds none' : `adds ${problems(added.length)}${addedErrors ? ` (${addedErrors} error${addedErrors === 1 ? '' : 's'})` : ''}`;
  return { fixed, added, addedErrors, text: `fixes ${problems(fixed.length)}, ${addsText}` };
}

/** A short hash of what the diagram means (elements, names, flows, lanes), ignoring layout. */
export function fingerprint(definitions: Bo): string {
  const tree = new DiagramTree(definitions);
  const lines: string[] = [];
  for (const [id, bo] of tree.byId) {
    const parts = [id, bo.$type, bo.name ?? ''];
    if (bo.sourceRef) parts.push(bo.sourceRef.id ?? '', bo.targetRef?.id ?? '');
    if (bo.attachedToRef) parts.push(`@${bo.attachedToRef.id}`);
    if (bo.flowNodeRef) parts.push((bo.flowNodeRef as Bo[]).map((n) => n.id).sort().join(','));
    if (bo.conditionExpression?.body) parts.push(`?${bo.conditionExpression.body}`);
    if (bo.default) parts.push(`!${bo.default.id}`);
    for (const d of bo.eventDefinitions ?? []) parts.push(d.$type, d.timeDuration?.body ?? '');
    lines.push(parts.join('\u0001'));
  }
  lines.sort();
  // FNV-1a, 2×32 bits: collisions do not matter for a staleness check, speed and no crypto API do.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const text = lines.join('\n');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

async function parse(moddle: BpmnModdle, xml: string): Promise<{ definitions: Bo; warnings: string[] }> {
  const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  return { definitions: rootElement as Bo, warnings: warnings.map((w) => w.message) };
}

/** Structural problems bpmn-moddle would accept but a modeler would not (checked after every batch). */
export function structuralProblems(definitions: Bo): string[] {
  const tree = new DiagramTree(definitions);
  const out: string[] = [];
  for (const bo of tree.byId.values()) {
    if (bo.$type === 'bpmn:SequenceFlow') {
      if (!bo.sourceRef || !bo.targetRef) out.push(`sequence flow ${bo.id} is missing its source or target`);
      else if (bo.sourceRef.$parent !== bo.$parent || bo.targetRef.$parent !== bo.$parent) out.push(`sequence flow ${bo.id} crosses a process boundary`);
    }
    if (bo.$type === 'bpmn:BoundaryEvent' && !bo.attachedToRef) out.push(`boundary event ${bo.id} is not attached to an activity`);
  }
  // Lanes inside their pool, not overlapping each other.
  for (const p of tree.participants) {
    const pb = tree.bounds(p);
    if (!pb || !p.processRef) continue;
    const lanes = tree.lanesOf(p.processRef);
    const boxes = lanes.map((l) => ({ l, b: tree.bounds(l) })).filter((x) => x.b);
    for (const { l, b } of boxes) if (!inside(b!, { x: pb.x - 1, y: pb.y - 1, width: pb.width + 2, height: pb.height + 2 })) out.push(`lane ${l.id} sticks out of pool ${p.id}`);
    const leaves = boxes.filter((x) => !(x.l.childLaneSet?.lanes ?? []).length);
    for (let i = 0; i < leaves.length; i++) {
      for (let j = i + 1; j < leaves.length; j++) {
        const a = leaves[i]!.b!;
        const c = leaves[j]!.b!;
        if (intersects({ ...a, height: a.height - 1 }, { ...c, y: c.y + 1, height: c.height - 1 })) out.push(`lanes ${leaves[i]!.l.id} and ${leaves[j]!.l.id} overlap`);
      }
    }
    // Lanes tile their pool (and sub-lanes their lane) from top to bottom, without gaps.
    const tiles = (laneSet: Bo | undefined, outer: { y: number; height: number }, what: string) => {
      const rows = (laneSet?.lanes ?? []).map((l: Bo) => tree.bounds(l)).filter((b: unknown): b is NonNullable<typeof b> => !!b).sort((a: { y: number }, b: { y: number }) => a.y - b.y);
      if (!rows.length) return;
      let y = outer.y;
      for (const r of rows) {
        if (Math.abs(r.y - y) > 1) {
          out.push(`the lanes of ${what} leave a gap or overlap at y=${Math.round(y)}`);
          return;
        }
        y = r.y + r.height;
      }
      if (Math.abs(y - (outer.y + outer.height)) > 1) out.push(`the lane heights of ${what} do not add up to its height`);
    };
    if (boxes.length && tree.di.get(p)?.isHorizontal !== false) {
      tiles(p.processRef.laneSets?.[0], pb, `pool ${p.id}`);
      for (const { l, b } of boxes) if (l.childLaneSet) tiles(l.childLaneSet, b!, `lane ${l.id}`);
    }
    for (const node of p.processRef.flowElements ?? []) {
      if (!is(node, 'bpmn:FlowNode') || !lanes.length) continue;
      if (!tree.laneOf(node)) out.push(`${node.id} is in no lane of pool ${p.id}`);
    }
  }
  return out;
}

export type ApplyOptions = {
  moddle?: BpmnModdle;
  lint?: boolean;
  /** Original positions of `operations` when they are a subset of a proposal (error messages and change indexes). */
  indexes?: number[];
};

/**
 * Plans and applies `operations` to a parsed copy of `xml`. Any failing operation refuses the whole batch
 * (nothing is returned but the errors). Only `revision.fingerprint` is compared, so layout-only edits don't
 * make a proposal stale.
 */
export async function applyBatchToCopy(xml: string, operations: EditOp[], revision?: RevisionRef | null, opts: ApplyOptions = {}): Promise<BatchOutcome> {
  const moddle = opts.moddle ?? new BpmnModdle();
  let parsed: { definitions: Bo; warnings: string[] };
  try {
    parsed = await parse(moddle, xml);
  } catch (err) {
    return { ok: false, errors: [{ code: 'invalid', message: `The diagram could not be read: ${(err as Error).message.split('\n')[0]}`, index: null }] };
  }
  const { definitions } = parsed;
  const fingerprintBefore = fingerprint(definitions);
  if (revision && revision.fingerprint !== fingerprintBefore) {
    return {
      ok: false,
      errors: [{ code: 'stale', message: 'The diagram has changed since this change was proposed. Ask again so the proposal is made for the current diagram.', index: null }],
    };
  }
  const before = opts.lint === false ? [] : await lintDefinitions(definitions);
  const problemsBefore = structuralProblems(definitions);
  const changes: PlannedChange[] = [];
  try {
    operations.forEach((op, index) => {
      const tree = new DiagramTree(definitions);
      const change = new Planner(tree, opts.indexes?.[index] ?? index).plan(op);
      new ModdleExecutor(tree, moddle as unknown as Moddle).run(change.primitives);
      changes.push(change);
    });
  } catch (err) {
    if (err instanceof EditError) return { ok: false, errors: [{ code: err.code, message: err.message, index: err.index }] };
    throw err;
  }
  const { xml: out } = await moddle.toXML(definitions as never, { format: true });
  // The result must read back cleanly: anything moddle now warns about (and did not before) is our fault.
  const reparsed = await parse(new BpmnModdle(), out);
  const newWarnings = reparsed.warnings.filter((w) => !parsed.warnings.includes(w));
  const problems = [...newWarnings, ...structuralProblems(reparsed.definitions).filter((p) => !problemsBefore.includes(p))];
  if (problems.length) {
    return { ok: false, errors: [{ code: 'invalidResult', message: `The change would not leave valid BPMN: ${problems.slice(0, 3).join('; ')}.`, index: null }] };
  }
  const after = opts.lint === false ? [] : await lintDefinitions(reparsed.definitions);
  return { ok: true, xml: out, changes, lint: { before, after, delta: lintDelta(before, after) }, fingerprintBefore, fingerprintAfter: fingerprint(reparsed.definitions) };
}
