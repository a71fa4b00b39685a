// The diagram query tools: exact answers about one parsed diagram, for the offline analyst and for any model
// (which calls them as function tools). Each tool is pure (no DB, no network; Node and browser), has a zod input
// schema, returns plain JSON in which every element is {id, name, type}, and says in one line what it did.
import { z } from 'zod';
import type { DiagramModel } from '../model';
import type { LintFinding } from '../lint';
import {
  countElements, describeElement, diffRevisions, findElementTool, findLoops, findPaths, importWarnings, lintFindings,
  listGateways, listLanes, listMessageFlows, listParticipants, nextSteps, previousSteps, reachability, waysToEnd, whatIf,
  ToolInputError, type CountInput,
} from './queries';

export type ToolContext = {
  model: DiagramModel;
  lint?: LintFinding[];
  /** Element ids selected in the modeler (or @-mentioned). */
  selection?: string[];
  revisionId?: string | null;
  /** The revision to compare with for diff_revisions (e.g. the one the assistant answered about last). */
  previous?: { model: DiagramModel; revisionId: string | null } | null;
  /** What the parser reported while reading the file (bpmn-moddle warnings). */
  warnings?: string[];
  /** What was repaired before parsing (encoding, QName references). */
  notes?: string[];
};

/** The context for a parsed diagram (lib/bpmn analyseBpmn's result) and what the caller knows besides. */
export function toolContextOf(a: { model: DiagramModel; lint: LintFinding[]; warnings: string[]; notes?: string[] }, extra: Partial<ToolContext> = {}): ToolContext {
  return { model: a.model, lint: a.lint, warnings: a.warnings, notes: a.notes ?? [], ...extra };
}

export type DiagramTool<I> = {
  name: string;
  /** One line a model reads to pick the tool. */
  description: string;
  input: z.ZodType<I>;
  /** Plain JSON; every element mentioned as {id, name, type}. */
  run(ctx: ToolContext, input: I): unknown;
  /** e.g. "Counted 4 user tasks in lane Warehouse". */
  summarize(input: I, result: any): string;
};

const element = z.string().min(1).describe('Element id, or its name as the user wrote it');
const optElement = element.optional();

const countInput = z.object({
  type: z.string().optional().describe('Element type or family: task, userTask, serviceTask, gateway, exclusiveGateway, event, startEvent, endEvent, boundaryEvent, timer event, subProcess, activity, flow, messageFlow, lane, participant …'),
  lane: z.string().optional().describe('Only elements in this lane (name or id; nested lanes included)'),
  participant: z.string().optional().describe('Only elements of this pool/participant (name or id)'),
  name: z.string().optional().describe('Only elements whose name contains this text'),
  within: z.string().optional().describe('Only elements inside this sub-process (name or id)'),
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const filterText = (i: CountInput, r: any) => {
  const f = r.filters ?? {};
  return [f.lane ? ` in lane ${nameOf(f.lane)}` : '', f.participant ? ` in pool ${nameOf(f.participant)}` : '', f.within ? ` inside ${nameOf(f.within)}` : '', i.name ? ` named like "${i.name}"` : ''].join('');
};
const nameOf = (r: { name?: string | null; id?: string } | null | undefined) => (r ? (r.name ?? r.id ?? '?') : '?');

export const diagramTools: DiagramTool<any>[] = [
  {
    name: 'count_elements',
    description: 'Count (and list) elements by type, lane, pool, sub-process or name, with a breakdown by type.',
    input: countInput,
    run: (ctx, i: CountInput) => countElements(ctx.model, i),
    summarize: (i: CountInput, r) => `Counted ${plural(r.total, r.label, r.labelPlural)}${filterText(i, r)}`,
  } satisfies DiagramTool<CountInput>,
  {
    name: 'list_elements',
    description: 'List elements with id, name, type, lane and pool; same filters as count_elements.',
    input: countInput,
    run: (ctx, i: CountInput) => countElements(ctx.model, i),
    summarize: (i: CountInput, r) => `Listed ${plural(r.total, r.label, r.labelPlural)}${filterText(i, r)}`,
  } satisfies DiagramTool<CountInput>,
  {
    name: 'find_element',
    description: 'Find elements by name or id (case, accents, spacing and typos ignored; any script); scored candidates.',
    input: z.object({ query: z.string().min(1), limit: z.number().int().min(1).max(20).optional() }),
    run: (ctx, i) => findElementTool(ctx.model, i.query, i.limit ?? 5),
    summarize: (i, r) => (r.candidates.length ? `Looked up "${i.query}": best match ${nameOf(r.candidates[0])}` : `Looked up "${i.query}": no match`),
  },
  {
    name: 'describe_element',
    description: 'Everything about one element: type, lane, pool, flows in/out with names and conditions, boundary events, event definitions, documentation, children.',
    input: z.object({ element }),
    run: (ctx, i) => describeElement(ctx.model, i.element),
    summarize: (_i, r) => `Described ${nameOf(r.element)}`,
  },
  {
    name: 'next_steps',
    description: 'What happens after an element: direct successors with flow names/conditions, or (transitive) everything that can follow; branch narrows to one outgoing branch.',
    input: z.object({ element, transitive: z.boolean().optional(), branch: z.string().optional().describe('Flow name or condition to follow, e.g. "yes"') }),
    run: (ctx, i) => nextSteps(ctx.model, i.element, { transitive: !!i.transitive, branch: i.branch }),
    summarize: (i, r) => `Followed the flow after ${nameOf(r.element)}${i.branch ? ` on branch "${i.branch}"` : ''}: ${plural(r.steps.length, 'step')}`,
  },
  {
    name: 'previous_steps',
    description: 'What comes before an element: direct predecessors, or (transitive) everything that can lead to it.',
    input: z.object({ element, transitive: z.boolean().optional() }),
    run: (ctx, i) => previousSteps(ctx.model, i.element, !!i.transitive),
    summarize: (_i, r) => `Traced back from ${nameOf(r.element)}: ${plural(r.steps.length, 'step')}`,
  },
  {
    name: 'what_if',
    description: 'What happens if a branch is taken (matched against flow names and conditions of gateways): the steps until the flow joins, ends or splits again (`split`: where, and the options there).',
    input: z.object({ branch: z.string().min(1), gateway: optElement }),
    run: (ctx, i) => whatIf(ctx.model, i.branch, i.gateway),
    summarize: (i, r) => (r.matches.length ? `Followed branch "${i.branch}" from ${nameOf(r.matches[0].gateway)}` : `No branch matches "${i.branch}"`),
  },
  {
    name: 'find_paths',
    description: 'Paths (bounded, loops at most once) from the start events to the ends, or between two elements; optionally through or avoiding an element (or, given a lane id, every activity of that lane). With `count: true` it also counts the paths beyond `max` (up to 500): `count` is their number (exact when `countExact`), `paths` the first `max`.',
    input: z.object({ from: optElement, to: optElement, through: optElement, avoid: optElement, max: z.number().int().min(1).max(100).optional(), count: z.boolean().optional() }),
    run: (ctx, i) => findPaths(ctx.model, i),
    summarize: (_i, r) => `Found ${plural(r.count, 'path')}${r.countExact ? '' : '+'}${r.truncated ? `, listed ${r.paths.length}` : ''}`,
  },
  {
    name: 'find_loops',
    description: 'Loops (cycles of sequence flows) with the elements in each and the flow that goes back.',
    input: z.object({}),
    run: (ctx) => findLoops(ctx.model),
    summarize: (_i, r) => `Found ${plural(r.loops.length, 'loop')}`,
  },
  {
    name: 'check_reachability',
    description: 'Per process and sub-process: elements no start reaches and dead ends (no outgoing flow, no end event); honours link events, boundary events, event sub-processes and compensation.',
    input: z.object({ scope: optElement }),
    run: (ctx, i) => reachability(ctx.model, i.scope),
    summarize: (_i, r) => `Checked reachability: ${plural(r.unreachable.length, 'unreachable element')}, ${plural(r.deadEnds.length, 'dead end')}`,
  },
  {
    name: 'ways_to_end',
    description: 'How a process can end: its end events (not those inside sub-processes), terminate events and paths that stop without an end event.',
    input: z.object({ participant: z.string().optional() }),
    run: (ctx, i) => waysToEnd(ctx.model, i.participant),
    summarize: (_i, r) => `Found ${plural(r.ends.length, 'end event')}${r.implicitEnds.length ? ` and ${plural(r.implicitEnds.length, 'implicit end')}` : ''}`,
  },
  {
    name: 'list_lanes',
    description: 'Lanes (who does what): each lane with its pool, child lanes and the elements in it.',
    input: z.object({ participant: z.string().optional() }),
    run: (ctx, i) => listLanes(ctx.model, i.participant),
    summarize: (_i, r) => `Listed ${plural(r.lanes.length, 'lane')}`,
  },
  {
    name: 'list_participants',
    description: 'Pools/participants with their process, lanes, number of elements and message flows in/out.',
    input: z.object({}),
    run: (ctx) => listParticipants(ctx.model),
    summarize: (_i, r) => `Listed ${plural(r.participants.length, 'pool')}`,
  },
  {
    name: 'list_message_flows',
    description: 'Message flows between pools with message names, source and target elements and their pools.',
    input: z.object({ participant: z.string().optional().describe('Only flows to or from this pool') }),
    run: (ctx, i) => listMessageFlows(ctx.model, i.participant),
    summarize: (i, r) => `Listed ${plural(r.messageFlows.length, 'message flow')}${i.participant ? ` of ${i.participant}` : ''}`,
  },
  {
    name: 'list_gateways',
    description: 'Gateways with type, split or join, branches with names/conditions, default flow; and mismatched split/join pairs.',
    input: z.object({ element: optElement, type: z.string().optional() }),
    run: (ctx, i) => listGateways(ctx.model, i.element, i.type),
    summarize: (_i, r) => `Inspected ${plural(r.gateways.length, 'gateway')}${r.mismatches.length ? `, ${plural(r.mismatches.length, 'mismatch', 'mismatches')}` : ''}`,
  },
  {
    name: 'lint_findings',
    description: "The modeler's bpmnlint findings (same rules and totals as its toolbar) with severity, element and a fix for each.",
    input: z.object({ severity: z.enum(['error', 'warn', 'info']).optional(), element: optElement }),
    run: (ctx, i) => lintFindings(ctx.model, ctx.lint, i),
    summarize: (_i, r) => `Checked the diagram: ${plural(r.totals.error, 'error')}, ${plural(r.totals.warn, 'warning')}`,
  },
  {
    name: 'diff_revisions',
    description: 'What changed since the previous revision: elements added, removed, renamed, retyped, reconnected, moved.',
    input: z.object({}),
    run: (ctx) => diffRevisions(ctx),
    summarize: (_i, r) => (r.available ? `Compared with revision ${r.from ?? 'before'}: ${plural(r.total, 'change')}` : 'No earlier revision to compare with'),
  },
  {
    name: 'import_warnings',
    description: 'What the parser dropped or did not understand when reading the file, in plain words.',
    input: z.object({}),
    run: (ctx) => importWarnings(ctx.warnings ?? [], ctx.notes ?? []),
    summarize: (_i, r) => `Read ${plural(r.warnings.length, 'import warning')}${r.repaired.length ? `, ${plural(r.repaired.length, 'repair')}` : ''}`,
  },
];

const byName = new Map(diagramTools.map((t) => [t.name, t]));

/** Element ids anywhere in a result ({id, name, type} objects), in order of first mention. */
function citedIds(result: unknown, model: DiagramModel): string[] {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) { for (const x of v) walk(x); return; }
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'string' && 'type' in o && 'name' in o && model.names.has(o.id)) out.add(o.id);
    for (const x of Object.values(o)) walk(x);
  };
  walk(result);
  return [...out];
}

export function runDiagramTool(name: string, args: unknown, ctx: ToolContext):
  { ok: true; result: unknown; summary: string; cited: string[] } | { ok: false; error: string } {
  const tool = byName.get(name);
  if (!tool) return { ok: false, error: `Unknown tool "${name}". Known tools: ${diagramTools.map((t) => t.name).join(', ')}.` };
  const parsed = tool.input.safeParse(args ?? {});
  if (!parsed.success) {
    return { ok: false, error: `Invalid arguments for ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}` };
  }
  try {
    const result = tool.run(ctx, parsed.data);
    return { ok: true, result, summary: tool.summarize(parsed.data, result), cited: citedIds(result, ctx.model) };
  } catch (err) {
    if (err instanceof ToolInputError) return { ok: false, error: err.message };
    return { ok: false, error: `${name} failed: ${(err as Error).message}` };
  }
}

export function diagramToolSpecs(): { name: string; description: string; parameters: object }[] {
  return diagramTools.map((t) => {
    const schema = z.toJSONSchema(t.input) as Record<string, unknown>;
    delete schema.$schema;
    return { name: t.name, description: t.description, parameters: schema };
  });
}

export { resolveElement, elementRef, candidates, fixFor, plainWarning, splitKind, ToolInputError, type ElementRef } from './queries';
export { fold, nameScore, mentionScore } from './text';
