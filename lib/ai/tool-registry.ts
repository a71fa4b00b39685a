// The seam between a model and the diagram query tools. The tools themselves live in lib/bpmn (one module,
// shared with the offline analyst); a responder only needs their specs and one function that runs a call.
// Client-side tools (applied in the browser, e.g. an edit) are registered in ./client-tools.ts.
import type { DiagramModel, LintFinding } from '@/lib/bpmn';

export type ToolContext = { model: DiagramModel; lint?: LintFinding[]; selection?: string[]; revisionId?: string | null; /** The revision's XML (edit proposals are applied to a copy of it). */ xml?: string };
export type ToolOutcome = { ok: true; result: unknown; summary: string; cited: string[] } | { ok: false; error: string };
/** A function tool as a model reads it: JSON Schema parameters. */
export type ToolSpec = { name: string; description: string; parameters: object };

export type DiagramToolRegistry = {
  specs(): ToolSpec[];
  run(name: string, args: unknown, ctx: ToolContext): ToolOutcome;
};
