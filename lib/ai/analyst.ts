// The offline Diagram Analyst: the default responder. Builds the turn context (diagram, lint, changes,
// attachments) and answers from the diagram itself, streamed word by word like a model. No network.
import type { Responder } from './responder';
import type { ThreadStreamEvent } from '@/lib/chatkit/types';
import { buildTurnContext, type ContextOptions } from './context';
import { answer } from './analyst-answers';
import { AssistantMessageStream, streamWords } from './stream';
import { offlineEditReply, proposalCallEvent, selectionOf, toolOutputReply } from './edit-proposal';

export type AnalystOptions = ContextOptions & {
  /** Pause between words (ms), so answers stream visibly and can be stopped. */
  delayMs?: number;
};

export function createDiagramAnalyst(opts: AnalystOptions = {}): Responder {
  const delayMs = opts.delayMs ?? 8;
  return async function* diagramAnalyst(thread, input, ctx, signal): AsyncGenerator<ThreadStreamEvent> {
    if (signal.aborted) return;
    // Edit requests become proposals, never direct changes (the user sees them on the canvas first): a message,
    // then a pending client tool call the browser answers.
    const turn = input ? await buildTurnContext(thread, input, ctx, opts) : null;
    const edit = turn ? await offlineEditReply(turn, ctx) : null;
    const model = turn?.diagram?.analysis?.model;
    const selection = model ? selectionOf(ctx.requestMetadata, (id) => model.names.has(id), turn?.selectionTags) : [];
    const text = turn
      ? (edit?.text ?? answer(turn, { selection }))
      : (toolOutputReply(await ctx.loadItems()) ?? 'Thanks — I have nothing more to add.');
    if (signal.aborted) return;
    yield* streamWords(new AssistantMessageStream(thread.id, ctx.newItemId('assistant_message')), text, signal, delayMs);
    if (edit?.call && !signal.aborted) yield proposalCallEvent(thread.id, ctx, edit.call);
  };
}

export const diagramAnalyst: Responder = createDiagramAnalyst();
