// The seam between a model and the diagram query tools. The tools themselves live in lib/bpmn/tools (one
// module, shared with the offline analyst); a responder only needs their specs and one function that runs a
// call. Client-side tools (applied in the browser, e.g. an edit) are registered in ./client-tools.ts.
import type { ToolContext } from '@/lib/bpmn/tools';

export type { ToolContext };
export type ToolOutcome = { ok: true; result: unknown; summary: string; cited: string[] } | { ok: false; error: string };
/** A function tool as a model reads it: JSON Schema parameters. */
export type ToolSpec = { name: string; description: string; parameters: object };

export type DiagramToolRegistry = {
  specs(): ToolSpec[];
  run(name: string, args: unknown, ctx: ToolContext): ToolOutcome;
};
