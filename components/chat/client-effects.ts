// Server-sent UI effects, run the same way for the ChatKit element (onEffect) and the built-in panel (the
// `client_effect` events of its stream). Unknown effects are ignored: they are fire-and-forget by protocol.
import { highlightData } from '@/lib/chatkit/effects';
import { proposalBridge } from '@/components/modeler/proposal-bridge';

/** Runs one effect against the open diagram; true when it did something. */
export function runClientEffect(name: string, data: unknown, openDiagramId: string | null): boolean {
  const h = highlightData(name, data);
  if (!h) return false;
  if (h.diagram_id && h.diagram_id !== openDiagramId) return false;
  // A proposal preview owns the canvas marks while it is shown; a highlight then would muddle its colours.
  const service = proposalBridge.service;
  if (!service || service.previewing()) return false;
  return service.highlight(h.element_ids).length > 0;
}
