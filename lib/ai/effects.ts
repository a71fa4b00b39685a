// Server-sent UI effects around any responder: after an answer that cites diagram elements, a
// `highlight_elements` effect points at them on the canvas; after the browser applied a proposal, the same effect
// points at what the change added or changed. Effects are fire-and-forget (never stored). A turn that ends in a
// pending proposal sends none: the proposal's own preview marks the canvas then.
import type { ClientToolCallItem, ThreadStreamEvent } from '@/lib/chatkit/types';
import { HIGHLIGHT_ELEMENTS, type HighlightElementsData } from '@/lib/chatkit/effects';
import type { Responder } from './responder';
import { PROPOSE_NEW_TOOL_NAME, PROPOSE_TOOL_NAME } from './edit-proposal';

const MAX_IDS = 50;

function effect(data: HighlightElementsData): ThreadStreamEvent {
  return { type: 'client_effect', name: HIGHLIGHT_ELEMENTS, data };
}

/** Wrap a responder that already adds citation annotations (withCitations), so the cited ids are known. */
export function withEffects(responder: Responder): Responder {
  return async function* effects(thread, input, ctx, signal): AsyncGenerator<ThreadStreamEvent> {
    let changed = false;
    if (!input) {
      // Answering a tool output: the newest item is the completed proposal the browser just answered.
      const items = await ctx.loadItems();
      const call = [...items].reverse().find((i): i is ClientToolCallItem => i.type === 'client_tool_call');
      const out = (call?.output ?? {}) as { status?: unknown; element_ids?: unknown };
      if (call && (call.name === PROPOSE_TOOL_NAME || call.name === PROPOSE_NEW_TOOL_NAME) && call.status === 'completed' && out.status === 'applied' && Array.isArray(out.element_ids)) {
        const ids = out.element_ids.filter((x): x is string => typeof x === 'string').slice(0, MAX_IDS);
        const diagramId = ctx.threadMetadata.diagram_id ?? ctx.requestMetadata.diagram_id;
        if (ids.length) {
          changed = true;
          yield effect({ element_ids: ids, reason: 'changed', ...(typeof diagramId === 'string' ? { diagram_id: diagramId } : {}) });
        }
      }
    }
    const cited: string[] = [];
    let diagramId: string | undefined;
    let proposed = false;
    for await (const ev of responder(thread, input, ctx, signal)) {
      if (ev.type === 'thread.item.done') {
        if (ev.item.type === 'client_tool_call' && ev.item.status === 'pending') proposed = true;
        if (ev.item.type === 'assistant_message') {
          for (const c of ev.item.content) {
            for (const a of c.annotations) {
              const data = a.source.type === 'entity' ? (a.source.data as Record<string, unknown>) : null;
              if (data?.kind !== 'bpmn_element' || typeof data.element_id !== 'string') continue;
              if (!cited.includes(data.element_id)) cited.push(data.element_id);
              if (typeof data.diagram_id === 'string') diagramId = data.diagram_id;
            }
          }
        }
      }
      yield ev;
    }
    if (signal.aborted || proposed || changed || !cited.length) return;
    yield effect({ element_ids: cited.slice(0, MAX_IDS), reason: 'cited', ...(diagramId ? { diagram_id: diagramId } : {}) });
  };
}
