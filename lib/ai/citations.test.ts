import { describe, expect, it } from 'vitest';
import type { Responder } from './responder';
import type { ThreadStreamEvent } from '@/lib/chatkit/types';
import { analyseBpmn } from '@/lib/bpmn';
import { citationAnnotations, withCitations, type CitationTarget } from './citations';
import { AssistantMessageStream } from './stream';
import { escapeMarkdown } from '@/lib/markdown';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:startEvent id="Start" name="Order in" />
    <bpmn:userTask id="Task_Check" name="Check *order*" />
    <bpmn:task id="Task_A" name="Pack" />
    <bpmn:task id="Task_B" name="Pack" />
    <bpmn:task id="Task_Jp" name="注文を確認" />
    <bpmn:exclusiveGateway id="Gateway_1" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Check" />
  </bpmn:process>
</bpmn:definitions>`;

async function target(): Promise<CitationTarget> {
  const a = await analyseBpmn(xml);
  return { model: a.model, revisionId: 'rev_1', diagramId: 'dgm_1' };
}

describe('citationAnnotations', () => {
  it('cites **Name** (`Id`), bare ids and unique bold names once each, with element id and revision', async () => {
    const t = await target();
    const text = `First **${escapeMarkdown('Check *order*')}** (\`Task_Check\`), then \`Task_A\`; **注文を確認** too. Again \`Task_Check\`.`;
    const list = citationAnnotations(text, t);
    expect(list.map((a) => a.source.type === 'entity' && a.source.id)).toEqual(['Task_Check', 'Task_A', 'Task_Jp']);
    expect(list[0]).toEqual({
      type: 'annotation',
      index: text.indexOf('**') + `**${escapeMarkdown('Check *order*')}**`.length,
      source: { type: 'entity', id: 'Task_Check', title: 'Check *order*', description: 'user task · Task_Check', group: 'Diagram elements', interactive: true, data: { kind: 'bpmn_element', element_id: 'Task_Check', revision_id: 'rev_1', diagram_id: 'dgm_1', element_type: 'UserTask' } },
    });
  });

  it('titles an unnamed element with its type and id, and cites ids written without backticks', async () => {
    const t = await target();
    const text = 'Gateway_1 has one outgoing flow; Task_A follows. Not Gateway_12, not `x Task_A`.';
    const list = citationAnnotations(text, t);
    expect(list.map((a) => a.source.type === 'entity' && [a.source.id, a.source.title, a.index])).toEqual([
      ['Gateway_1', 'Exclusive gateway (Gateway_1)', 'Gateway_1'.length],
      ['Task_A', 'Pack', text.indexOf('Task_A') + 'Task_A'.length],
    ]);
    expect(list[0]!.source).toMatchObject({ description: 'exclusive gateway · Gateway_1', data: { element_id: 'Gateway_1', element_type: 'ExclusiveGateway', unnamed: 'true' } });
    expect(list[1]!.source.type === 'entity' && list[1]!.source.data.unnamed).toBeUndefined();
  });

  it('ignores unknown ids, code that is not an id, and names two elements share', async () => {
    expect(citationAnnotations('Use `npm test`, `Task_Nope` and **Pack**.', await target())).toEqual([]);
  });
});

describe('withCitations', () => {
  it('adds annotations to the streamed message and the stored item, for any responder', async () => {
    const inner: Responder = async function* (thread, _input, ctx) {
      const m = new AssistantMessageStream(thread.id, ctx.newItemId('assistant_message'));
      yield* m.delta('See `Task_A`.');
      yield* m.finish();
    };
    const t = await target();
    const thread = { id: 'thr_1', created_at: '', status: { type: 'active' as const }, metadata: {} };
    const ctx = { userId: 'u', threadMetadata: {}, requestMetadata: {}, loadItems: async () => [], newItemId: () => 'msg_1' };
    const events: ThreadStreamEvent[] = [];
    for await (const ev of withCitations(inner, async () => t)(thread, null, ctx, new AbortController().signal)) events.push(ev);
    const kinds = events.map((e) => (e.type === 'thread.item.updated' ? e.update.type : e.type));
    expect(kinds.slice(-3)).toEqual(['assistant_message.content_part.annotation_added', 'assistant_message.content_part.done', 'thread.item.done']);
    const done = events.at(-1)!;
    expect(done.type === 'thread.item.done' && done.item.type === 'assistant_message' && done.item.content[0]!.annotations.map((a) => a.source.type === 'entity' && a.source.id)).toEqual(['Task_A']);
    // No diagram: the answer is passed through untouched.
    const plain: ThreadStreamEvent[] = [];
    for await (const ev of withCitations(inner, async () => null)(thread, null, ctx, new AbortController().signal)) plain.push(ev);
    expect(plain.some((e) => e.type === 'thread.item.updated' && e.update.type === 'assistant_message.content_part.annotation_added')).toBe(false);
  });
});
