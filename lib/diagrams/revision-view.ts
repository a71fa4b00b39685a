// The read-only revision view: one past revision of the user's diagram and what differs from the revision before
// it (compare=previous) or from the diagram as it is now (compare=current). The difference comes from the
// diff_revisions diagram tool (the same one the assistant uses); this module only says where each change is drawn.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isWellFormedId } from '@/lib/ids';
import { buildModel, parseBpmn, type DiagramModel } from '@/lib/bpmn';
import { elementLabel } from '@/lib/bpmn/label';
import { elementRef, runDiagramTool, toolContextOf } from '@/lib/bpmn/tools';
import { currentRevision } from './diagrams';
import type { RevisionCompare } from './revision-link';

export type MarkStatus = 'added' | 'changed' | 'removed';
/** A change drawn on the shown canvas (the element exists there). */
/** `label`: the name, or "Exclusive gateway (Gateway_1)" for an unnamed element. */
export type RevisionMark = { id: string; status: MarkStatus; name: string | null; type: string; label: string };
/** A change whose element is not on the shown canvas: an outline where it is (or was) in the other revision. */
export type RevisionGhost = RevisionMark & { x: number; y: number; width: number; height: number };
export type RevisionRefInfo = { id: string; number: number; createdAt: string };

export type RevisionView = {
  diagram: { id: string; name: string };
  /** The revision on the canvas. */
  revision: RevisionRefInfo & { xml: string };
  /** What it is compared with: the previous revision or the current one (null: none, e.g. the first revision). */
  other: RevisionRefInfo | null;
  compare: RevisionCompare;
  /** The current revision (for "viewing revision 3 of 7"). */
  current: RevisionRefInfo;
  marks: RevisionMark[];
  ghosts: RevisionGhost[];
  /** The diff in words ("Added user task **Pack goods** (`Task_Pack`)"). */
  lines: string[];
  /** The element asked for (`?element=`): its label and where it exists. */
  element: { id: string; label: string; inRevision: boolean; inCurrent: boolean } | null;
};

const notFound = () => new AppError('notFound', 'Revision not found.');

type Row = { id: string; createdAt: Date; xml: string };

/** 1-based position of a revision in its diagram's history (same order as currentRevision: createdAt, then id). */
async function revisionNumber(diagramId: string, r: { id: string; createdAt: Date }): Promise<number> {
  return db().diagramRevision.count({
    where: { diagramId, OR: [{ createdAt: { lt: r.createdAt } }, { createdAt: r.createdAt, id: { lte: r.id } }] },
  });
}

async function previousRevision(diagramId: string, r: { id: string; createdAt: Date }): Promise<Row | null> {
  return db().diagramRevision.findFirst({
    where: { diagramId, OR: [{ createdAt: { lt: r.createdAt } }, { createdAt: r.createdAt, id: { lt: r.id } }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, createdAt: true, xml: true },
  });
}

async function modelOf(xml: string): Promise<DiagramModel | null> {
  try {
    return buildModel((await parseBpmn(xml)).definitions);
  } catch {
    return null; // shown as "could not be compared"; the viewer reports the import error itself
  }
}

type Ref = { id: string };
type DiffResult = {
  available: boolean; added?: Ref[]; removed?: Ref[]; renamed?: { element: Ref }[]; retyped?: { element: Ref }[];
  reconnected?: { flow: Ref }[]; flowsAdded?: { flow: Ref }[]; flowsRemoved?: { flow: Ref }[]; moved?: Ref[]; lines?: string[];
};

export async function loadRevisionView(
  userId: string, diagramId: string, revisionId: string, compare: RevisionCompare, elementId?: string | null,
): Promise<RevisionView> {
  if (!isWellFormedId(diagramId, 'dgm') || !isWellFormedId(revisionId, 'rev')) throw notFound();
  const rev = await db().diagramRevision.findFirst({
    where: { id: revisionId, diagramId, diagram: { userId } },
    select: { id: true, createdAt: true, xml: true, diagram: { select: { id: true, name: true } } },
  });
  if (!rev) throw notFound();
  const cur = (await currentRevision(userId, diagramId))!;
  const other: Row | null = compare === 'current' ? (cur.id === rev.id ? null : cur) : await previousRevision(diagramId, rev);

  const [shown, otherModel, curModel] = await Promise.all([
    modelOf(rev.xml),
    other ? modelOf(other.xml) : Promise.resolve(null),
    cur.id === rev.id ? Promise.resolve(null) : modelOf(cur.xml),
  ]);
  // The diff runs from the older revision to the newer one; the canvas shows `rev` either way.
  const before = compare === 'current' ? shown : otherModel;
  const after = compare === 'current' ? otherModel : shown;
  const marks: RevisionMark[] = [];
  const ghosts: RevisionGhost[] = [];
  let lines: string[] = [];
  if (before && after && shown) {
    const run = runDiagramTool('diff_revisions', {}, toolContextOf({ model: after, lint: [], warnings: [] }, { previous: { model: before, revisionId: null } }));
    const d = (run.ok ? run.result : { available: false }) as DiffResult;
    lines = d.lines ?? [];
    const seen = new Set<string>();
    const put = (id: string, status: MarkStatus, where: DiagramModel) => {
      if (seen.has(id)) return;
      seen.add(id);
      const ref = elementRef(where, id);
      const mark = { id, status, name: ref.name, type: ref.type, label: elementLabel(ref) };
      const b = where === shown ? null : where.shapes.get(id);
      // Not on this canvas: an outline where it is (or was) in the other revision; a flow has no box, only a line in the list.
      if (b) ghosts.push({ ...mark, x: b.x, y: b.y, width: b.width, height: b.height });
      else marks.push(mark);
    };
    for (const r of [...(d.added ?? []), ...(d.flowsAdded ?? []).map((f) => f.flow)]) put(r.id, 'added', after);
    for (const r of [...(d.removed ?? []), ...(d.flowsRemoved ?? []).map((f) => f.flow)]) put(r.id, 'removed', before);
    for (const r of [...(d.renamed ?? []).map((x) => x.element), ...(d.retyped ?? []).map((x) => x.element), ...(d.reconnected ?? []).map((x) => x.flow), ...(d.moved ?? [])]) {
      put(r.id, 'changed', shown);
    }
  }

  let element: RevisionView['element'] = null;
  if (elementId) {
    const inRevision = !!shown?.names.has(elementId);
    const inCurrent = cur.id === rev.id ? inRevision : !!curModel?.names.has(elementId);
    element = { id: elementId, label: shown && inRevision ? elementLabel(elementRef(shown, elementId)) : elementId, inRevision, inCurrent };
  }

  const [number, curNumber, otherNumber] = await Promise.all([
    revisionNumber(diagramId, rev),
    cur.id === rev.id ? null : revisionNumber(diagramId, cur),
    other ? (other.id === cur.id ? null : revisionNumber(diagramId, other)) : null,
  ]);
  const ref = (r: { id: string; createdAt: Date }, n: number): RevisionRefInfo => ({ id: r.id, number: n, createdAt: r.createdAt.toISOString() });
  const current = ref(cur, curNumber ?? number);
  return {
    diagram: { id: rev.diagram.id, name: rev.diagram.name },
    revision: { ...ref(rev, number), xml: rev.xml },
    other: other ? ref(other, otherNumber ?? current.number) : null,
    compare,
    current,
    marks,
    ghosts,
    lines,
    element,
  };
}
