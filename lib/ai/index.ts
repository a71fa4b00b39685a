// Which responder answers: the offline Diagram Analyst unless OPENAI_API_KEY is set. Config, not code.
import { env } from '@/lib/env';
import type { Responder } from './responder';
import { createDiagramAnalyst } from './analyst';
import { createOpenAIResponder } from './openai-responder';

export function getResponder(): Responder {
  return env().OPENAI_API_KEY ? createOpenAIResponder() : createDiagramAnalyst();
}

export { createDiagramAnalyst } from './analyst';
export { createOpenAIResponder } from './openai-responder';
export { buildTurnContext } from './context';
export type { TurnContext } from './context';
