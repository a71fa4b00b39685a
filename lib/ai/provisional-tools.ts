// A stand-in for the diagram query tools (lib/bpmn/tools) until that module lands: the same contract, two
// tools. Replaced by the real registry in ./diagram-tools.ts; nothing else imports this file.
import type { DiagramToolRegistry, ToolOutcome } from './tool-registry';

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();

export const provisionalTools: DiagramToolRegistry = {
  specs: () => [
    {
      name: 'count_elements',
      description: 'Count flow elements, optionally filtered by BPMN type (e.g. "UserTask", "task" for every task kind) and lane name; returns the count, a by-type breakdown and the ids.',
      parameters: {
        type: 'object',
        properties: { type: { type: 'string' }, lane: { type: 'string' } },
        additionalProperties: false,
      },
    },
    {
      name: 'describe_element',
      description: 'Describe one element by id: type, name, lanes, incoming and outgoing flows.',
      parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false },
    },
  ],
  run(name, args, { model }): ToolOutcome {
    const a = (args && typeof args === 'object' ? args : {}) as Record<string, unknown>;
    if (name === 'count_elements') {
      const type = typeof a.type === 'string' ? a.type : null;
      const lane = typeof a.lane === 'string' ? model.lanes.find((l) => lower(l.name) === lower(a.lane as string)) : null;
      if (typeof a.lane === 'string' && !lane) return { ok: false, error: `No lane is named "${a.lane}".` };
      const nodes = model.nodes.filter((n) => (!type || lower(n.type) === lower(type) || lower(n.kind) === lower(type)) && (!lane || lane.nodeIds.includes(n.id)));
      const byType: Record<string, number> = {};
      for (const n of nodes) byType[n.type] = (byType[n.type] ?? 0) + 1;
      const what = type ?? 'element';
      return { ok: true, result: { count: nodes.length, byType, ids: nodes.map((n) => n.id) }, summary: `Counted ${nodes.length} ${what}${nodes.length === 1 ? '' : 's'}${lane ? ` in lane ${lane.name}` : ''}`, cited: nodes.map((n) => n.id) };
    }
    if (name === 'describe_element') {
      const n = typeof a.id === 'string' ? model.byId.get(a.id) : undefined;
      if (!n) return { ok: false, error: `No element has the id "${String(a.id)}".` };
      const flow = (id: string) => model.flowById.get(id);
      return {
        ok: true,
        result: { id: n.id, name: n.name, type: n.type, lanes: n.laneIds.map((l) => model.names.get(l) ?? l), incoming: n.incoming.map((f) => flow(f)?.sourceId), outgoing: n.outgoing.map((f) => flow(f)?.targetId) },
        summary: `Described ${n.name ?? n.id}`,
        cited: [n.id],
      };
    }
    return { ok: false, error: `Unknown tool "${name}".` };
  },
};
