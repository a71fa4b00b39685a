// Client-side tools: function tools a model may call that run in the browser (e.g. an edit applied to the
// modeler as one undoable command). The responder offers them next to the diagram query tools; a call is first
// checked by the tool's `validate` on the server — a rejection goes back to the model as the tool result for a
// repair round (at most MAX_REPAIR_ROUNDS) — and otherwise becomes a pending ChatKit `client_tool_call` that ends
// the turn. The browser answers with threads.add_client_tool_output; the converter replays call + output.
import type { ToolContext, ToolSpec } from './tool-registry';

export type ClientToolCheck =
  /** Send to the browser; `arguments` may replace the model's (e.g. normalised ids). */
  | { ok: true; arguments?: Record<string, unknown> }
  /** Do not send; `result` is what the model reads (say what is wrong and how to fix it). */
  | { ok: false; result: unknown };

/** What a check sees: the query-tool context plus the revision's XML (null when no diagram is open). */
export type ClientToolContext = (ToolContext & { xml: string }) | null;

export type ClientTool = {
  spec: ToolSpec;
  validate?: (args: Record<string, unknown>, ctx: ClientToolContext) => ClientToolCheck | Promise<ClientToolCheck>;
};

export const MAX_REPAIR_ROUNDS = 3;

const registry = new Map<string, ClientTool>();

/** Register (or replace) a client tool by its spec name; returns a function that removes it again. */
export function registerClientTool(tool: ClientTool): () => void {
  registry.set(tool.spec.name, tool);
  return () => {
    if (registry.get(tool.spec.name) === tool) registry.delete(tool.spec.name);
  };
}

export function clientTools(): ClientTool[] {
  return [...registry.values()];
}
