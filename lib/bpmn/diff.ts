// What changed between two revisions of a diagram, by element id: added, removed, renamed, retyped, re-routed.
import { cite, typeLabel, type DiagramModel } from './model';
import { escapeMarkdown } from '@/lib/markdown';

export type DiagramDiff = {
  added: string[];
  removed: string[];
  renamed: { id: string; from: string | null; to: string | null }[];
  retyped: { id: string; from: string; to: string }[];
  flowsAdded: string[];
  flowsRemoved: string[];
  flowsRerouted: { id: string; from: string; to: string }[];
  /** Lines for people, e.g. "Added user task **Pack goods** (`Task_Pack`)". Empty when nothing changed. */
  lines: string[];
};

type Named = { id: string; name: string | null; type: string };

function containers(m: DiagramModel): Named[] {
  return [
    ...m.participants.map((p) => ({ id: p.id, name: p.name, type: 'Participant' })),
    ...m.lanes.map((l) => ({ id: l.id, name: l.name, type: 'Lane' })),
  ];
}

export function diffModels(before: DiagramModel, after: DiagramModel): DiagramDiff {
  const d: DiagramDiff = { added: [], removed: [], renamed: [], retyped: [], flowsAdded: [], flowsRemoved: [], flowsRerouted: [], lines: [] };
  const a = new Map<string, Named>([...before.nodes, ...containers(before)].map((n) => [n.id, n]));
  const b = new Map<string, Named>([...after.nodes, ...containers(after)].map((n) => [n.id, n]));
  const label = (n: Named) => typeLabel(n.type);

  for (const [id, n] of b) {
    const old = a.get(id);
    if (!old) {
      d.added.push(id);
      d.lines.push(`Added ${label(n)} ${cite(after, id)}`);
      continue;
    }
    if (old.name !== n.name) {
      d.renamed.push({ id, from: old.name, to: n.name });
      d.lines.push(`Renamed \`${id}\` from ${old.name ? `"${escapeMarkdown(old.name)}"` : '(no name)'} to ${n.name ? `"${escapeMarkdown(n.name)}"` : '(no name)'}`);
    }
    if (old.type !== n.type) {
      d.retyped.push({ id, from: old.type, to: n.type });
      d.lines.push(`Changed ${cite(after, id)} from ${label(old)} to ${label(n)}`);
    }
  }
  for (const [id, n] of a) {
    if (!b.has(id)) {
      d.removed.push(id);
      d.lines.push(`Removed ${label(n)} ${cite(before, id)}`);
    }
  }

  const describe = (m: DiagramModel, s: string, t: string) => `${cite(m, s)} → ${cite(m, t)}`;
  for (const f of after.flows) {
    const old = before.flowById.get(f.id);
    if (!old) {
      d.flowsAdded.push(f.id);
      d.lines.push(`New flow ${describe(after, f.sourceId, f.targetId)}`);
    } else if (old.sourceId !== f.sourceId || old.targetId !== f.targetId) {
      const from = describe(before, old.sourceId, old.targetId);
      const to = describe(after, f.sourceId, f.targetId);
      d.flowsRerouted.push({ id: f.id, from, to });
      d.lines.push(`Re-routed flow \`${f.id}\`: was ${from}, now ${to}`);
    }
  }
  for (const f of before.flows) {
    if (!after.flowById.has(f.id)) {
      d.flowsRemoved.push(f.id);
      d.lines.push(`Removed flow ${describe(before, f.sourceId, f.targetId)}`);
    }
  }
  return d;
}
