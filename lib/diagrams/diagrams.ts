// Diagrams and their revisions. Every query is scoped by userId; "missing" and "someone else's" are the same 404.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, badRequest } from '@/lib/errors';
import { isWellFormedId, newId } from '@/lib/ids';
import { starterXml } from '@/lib/diagrams/starter';
import { diagramThumbnail } from '@/lib/diagrams/thumbnail';
import { assertStorableBpmn, sha256 } from '@/lib/diagrams/xml';
import { prepareImport, type ImportSummary } from '@/lib/diagrams/import';

export const MAX_NAME_LENGTH = 120;
export const DEFAULT_DIAGRAM_NAME = 'Untitled process';

export type DiagramSummary = { id: string; name: string; createdAt: Date; updatedAt: Date; thumbnail: string | null };
export type RevisionInfo = { id: string; sha256: string; createdAt: Date };
export type DiagramWithXml = DiagramSummary & { xml: string; revision: RevisionInfo | null };

const summarySelect = { id: true, name: true, createdAt: true, updatedAt: true, thumbnail: true } as const;

const diagramNotFound = () => new AppError('notFound', 'Diagram not found.');

/** A display name: trimmed, single-line, 1–120 characters. */
export function cleanName(name: string | undefined | null, fallback = DEFAULT_DIAGRAM_NAME): string {
  const clean = (name ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length > MAX_NAME_LENGTH) throw badRequest(`name: at most ${MAX_NAME_LENGTH} characters.`);
  return clean || fallback;
}

function checkId(diagramId: string): void {
  if (!isWellFormedId(diagramId, 'dgm')) throw badRequest('That is not a diagram id (expected dgm_…).');
}

/** The user's diagram row, or 404. */
async function ownDiagram(userId: string, diagramId: string) {
  checkId(diagramId);
  const row = await db().diagram.findFirst({ where: { id: diagramId, userId }, select: summarySelect });
  if (!row) throw diagramNotFound();
  return row;
}

const revisionInclude = { diagram: { select: { id: true, name: true } } } as const;

/**
 * The current revision of the user's diagram: the newest, ties on createdAt broken by id (ids are random, so
 * the tie-break only has to be the same everywhere). Every "latest revision" in the app is this function.
 */
export async function currentRevision(userId: string, diagramId: string) {
  return db().diagramRevision.findFirst({
    where: { diagramId, diagram: { userId } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: revisionInclude,
  });
}

/** One revision of one of the user's diagrams, or null (missing and not-yours alike). */
export async function revisionOfUser(userId: string, revisionId: string) {
  return db().diagramRevision.findFirst({ where: { id: revisionId, diagram: { userId } }, include: revisionInclude });
}

/** The user's revisions with these ids, oldest first (export). */
export async function revisionsOfUser(userId: string, revisionIds: string[]) {
  if (!revisionIds.length) return [];
  return db().diagramRevision.findMany({ where: { id: { in: revisionIds }, diagram: { userId } }, include: revisionInclude, orderBy: { createdAt: 'asc' } });
}

/** Whether the diagram exists and is the user's (no 404 thrown: callers decide). */
export async function ownsDiagram(userId: string, diagramId: string): Promise<boolean> {
  return !!(await db().diagram.findFirst({ where: { id: diagramId, userId }, select: { id: true } }));
}

/** The user's diagrams, most recently changed first. */
export async function listDiagrams(userId: string): Promise<DiagramSummary[]> {
  return db().diagram.findMany({ where: { userId }, orderBy: { updatedAt: 'desc' }, select: summarySelect, take: 500 });
}

/** The id of the user's most recently changed diagram, if any. */
export async function latestDiagramId(userId: string): Promise<string | null> {
  const row = await db().diagram.findFirst({ where: { userId }, orderBy: { updatedAt: 'desc' }, select: { id: true } });
  return row?.id ?? null;
}

/** A new diagram with a first revision (the starter process unless XML is given). */
/** "Untitled process", or "Untitled process N" with the next free N, so unnamed diagrams can be told apart. */
async function untitledName(userId: string): Promise<string> {
  const taken = await db().diagram.findMany({ where: { userId, name: { startsWith: DEFAULT_DIAGRAM_NAME } }, select: { name: true } });
  const names = new Set(taken.map((d) => d.name));
  if (!names.has(DEFAULT_DIAGRAM_NAME)) return DEFAULT_DIAGRAM_NAME;
  let n = 2;
  while (names.has(`${DEFAULT_DIAGRAM_NAME} ${n}`)) n++;
  return `${DEFAULT_DIAGRAM_NAME} ${n}`;
}

export async function createDiagram(userId: string, opts: { name?: string; xml?: string } = {}): Promise<DiagramWithXml> {
  const given = cleanName(opts.name, '');
  const name = given || (await untitledName(userId));
  const xml = opts.xml ?? starterXml();
  assertStorableBpmn(xml);
  const id = newId('dgm');
  const rev = { id: newId('rev'), xml, sha256: sha256(xml) };
  const row = await db().diagram.create({
    data: { id, userId, name, thumbnail: diagramThumbnail(xml), revisions: { create: rev } },
    select: { ...summarySelect, revisions: { select: { id: true, sha256: true, createdAt: true } } },
  });
  const { revisions, ...summary } = row;
  return { ...summary, xml, revision: revisions[0] ?? null };
}

/**
 * A new diagram from a file that comes from outside (the API, the editor's Open): the import rules of
 * lib/diagrams/import applied first; the summary says what was changed and what will not be drawn.
 */
export async function importDiagram(
  userId: string,
  opts: { name?: string; file: string | Uint8Array; layout?: 'auto' | 'none' },
): Promise<DiagramWithXml & { import: ImportSummary }> {
  const name = cleanName(opts.name, '');
  const { xml, summary } = await prepareImport(opts.file, { layout: opts.layout });
  const diagram = await createDiagram(userId, { name: name || undefined, xml });
  return { ...diagram, import: summary };
}

/** A diagram with the XML of its latest revision. */
export async function getDiagram(userId: string, diagramId: string): Promise<DiagramWithXml> {
  const row = await ownDiagram(userId, diagramId);
  const rev = await currentRevision(userId, row.id);
  return { ...row, xml: rev?.xml ?? starterXml(), revision: rev ? { id: rev.id, sha256: rev.sha256, createdAt: rev.createdAt } : null };
}

export async function renameDiagram(userId: string, diagramId: string, name: string): Promise<DiagramSummary> {
  await ownDiagram(userId, diagramId);
  const clean = cleanName(name, '');
  if (!clean) throw badRequest('name: must not be empty.');
  return db().diagram.update({ where: { id: diagramId }, data: { name: clean }, select: summarySelect });
}

/** A copy of the diagram's latest revision under a new name ("… (copy)" by default). */
export async function duplicateDiagram(userId: string, diagramId: string, name?: string): Promise<DiagramWithXml> {
  const src = await getDiagram(userId, diagramId);
  const copyName = name ? cleanName(name) : cleanName(`${src.name} (copy)`.slice(0, MAX_NAME_LENGTH));
  return createDiagram(userId, { name: copyName, xml: src.xml });
}

/** Deletes the diagram and its revisions; threads started on it keep existing (their diagram link is cleared). */
export async function deleteDiagram(userId: string, diagramId: string): Promise<void> {
  checkId(diagramId);
  const { count } = await db().diagram.deleteMany({ where: { id: diagramId, userId } });
  if (!count) throw diagramNotFound();
}

/**
 * Store `xml` as the diagram's newest revision. XML identical to the latest revision creates nothing
 * (`created: false`). Refreshes the list thumbnail and the diagram's updatedAt when a revision is created.
 */
export async function saveRevision(
  userId: string,
  diagramId: string,
  xml: string,
): Promise<{ created: boolean; revision: RevisionInfo; diagram: DiagramSummary }> {
  const diagram = await ownDiagram(userId, diagramId);
  assertStorableBpmn(xml);
  const hash = sha256(xml);
  const latest = await currentRevision(userId, diagramId);
  if (latest && latest.sha256 === hash) {
    return { created: false, revision: { id: latest.id, sha256: latest.sha256, createdAt: latest.createdAt }, diagram };
  }
  const [rev, updated] = await db().$transaction([
    db().diagramRevision.create({ data: { id: newId('rev'), diagramId, xml, sha256: hash }, select: { id: true, sha256: true, createdAt: true } }),
    db().diagram.update({ where: { id: diagramId }, data: { thumbnail: diagramThumbnail(xml), updatedAt: new Date() }, select: summarySelect }),
  ]);
  return { created: true, revision: rev, diagram: updated };
}

/** Revision history (newest first), without the XML. */
export async function listRevisions(userId: string, diagramId: string, limit = 50): Promise<RevisionInfo[]> {
  await ownDiagram(userId, diagramId);
  return db().diagramRevision.findMany({
    where: { diagramId, diagram: { userId } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, sha256: true, createdAt: true },
    take: Math.min(Math.max(limit, 1), 200),
  });
}
