import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { analyseBpmn } from '@/lib/bpmn';
import { buildPrompt, toChatMessages, toResponsesInput } from './openai-prompt';
import { elementList, type TurnContext } from './context';

const xml = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'diagrams', 'order-fulfilment.bpmn'), 'utf8');

async function turn(over: Partial<TurnContext> = {}): Promise<TurnContext> {
  const analysis = await analyseBpmn(xml);
  return {
    question: 'How many tasks?',
    history: [
      { kind: 'message', role: 'user', itemId: 'msg_1', content: [{ type: 'text', text: 'Look' }, { type: 'attachment', attachmentId: 'atc_1', name: 'shot.png' }] },
      { kind: 'tool_call', itemId: 'tc_1', callId: 'call_1', name: 'propose_diagram_change', arguments: '{}', output: '{"applied":true}' },
    ],
    diagram: {
      diagramId: 'dgm_1', name: 'Orders', revisionId: 'rev_1', xml, xmlForModel: xml, xmlTrimmed: false, elementList: elementList(analysis),
      analysis, parseError: null, previousRevisionId: null, changes: null,
    },
    attachments: [{ kind: 'image', attachmentId: 'atc_1', name: 'shot.png', mime: 'image/png', size: 3, messageId: 'msg_1', width: 1, height: 1, dataUrl: 'data:image/png;base64,AAA', revisionId: 'rev_1' }],
    skipped: [],
    currentAttachmentIds: [],
    ...over,
  };
}

describe('buildPrompt', () => {
  it('summarises the diagram instead of sending its XML, and points the model at the tools', async () => {
    const p = buildPrompt(await turn(), { vision: true, acceptsPdf: true });
    expect(p.instructions).not.toContain('<bpmn:');
    expect(p.instructions).toContain('call the diagram tools');
    expect(p.instructions).toMatch(/- 11 flow elements: .*2 user task/);
    expect(p.instructions).toContain('- Lanes: Sales (Lane_Sales), Warehouse (Lane_Warehouse)');
    expect(p.instructions).toContain('## Problems (bpmnlint, as the toolbar counts them): none');
  });

  it('keeps the element list within its budget and says the rest is in the tools', async () => {
    const p = buildPrompt(await turn(), { vision: true, acceptsPdf: true, elementListBudget: 200 });
    const list = p.instructions.split('## Elements')[1]!.split('\n\n')[0]!;
    expect(list.length).toBeLessThan(320);
    expect(list).toContain('- … more elements; use the tools to list them');
  });

  it('resolves attachment references per model capability and replays tool calls in both wire formats', async () => {
    const withImages = buildPrompt(await turn(), { vision: true, acceptsPdf: true });
    const responses = toResponsesInput(withImages.input);
    expect(responses[0]).toEqual({ role: 'user', content: [{ type: 'input_text', text: 'Look' }, { type: 'input_image', image_url: 'data:image/png;base64,AAA', detail: 'auto' }] });
    expect(responses.slice(1, 3)).toEqual([
      { type: 'function_call', call_id: 'call_1', name: 'propose_diagram_change', arguments: '{}' },
      { type: 'function_call_output', call_id: 'call_1', output: '{"applied":true}' },
    ]);
    expect(responses.at(-1)).toEqual({ role: 'user', content: [{ type: 'input_text', text: 'How many tasks?' }] });
    const chat = toChatMessages(withImages.instructions, withImages.input);
    expect(chat.slice(2, 4)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'propose_diagram_change', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '{"applied":true}' },
    ]);

    const textOnly = buildPrompt(await turn(), { vision: false, acceptsPdf: true });
    expect(JSON.stringify(toResponsesInput(textOnly.input))).not.toContain('input_image');
    expect(textOnly.imagesWithheld.map((a) => a.name)).toEqual(['shot.png']);
  });

  it('adds no user message after a client tool output (the history ends with the result)', async () => {
    const p = buildPrompt(await turn({ question: '', continuation: true }), { vision: true, acceptsPdf: true });
    expect(toResponsesInput(p.input).at(-1)).toEqual({ type: 'function_call_output', call_id: 'call_1', output: '{"applied":true}' });
  });
});
