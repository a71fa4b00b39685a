// Which responder answers: the offline Diagram Analyst unless OPENAI_API_KEY is set. Config, not code.
import { env } from '@/lib/env';
import type { Responder } from './responder';
import { createDiagramAnalyst } from './analyst';
import { createOpenAIResponder } from './openai-responder';
import { withCitations } from './citations';
import { withEffects } from './effects';
import { citationTarget } from './context';
import { registerClientTool } from './client-tools';
import { proposeDiagramChangeTool, proposeNewDiagramTool } from './edit-proposal';

// Edits are proposed by the model as a client tool: checked here first, applied in the browser.
registerClientTool(proposeDiagramChangeTool);
registerClientTool(proposeNewDiagramTool);

export function getResponder(): Responder {
  // Both answer paths share one citation post-processor (named elements become clickable entity annotations)
  // and one effects wrapper (cited or changed elements are highlighted on the canvas).
  return withEffects(withCitations(env().OPENAI_API_KEY ? createOpenAIResponder() : createDiagramAnalyst(), citationTarget));
}

export { createDiagramAnalyst } from './analyst';
export { createOpenAIResponder } from './openai-responder';
export { buildTurnContext } from './context';
export type { TurnContext } from './context';
