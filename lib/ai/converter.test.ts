import { describe, expect, it } from 'vitest';
import type { ThreadItem, UserMessageItem } from '@/lib/chatkit/types';
import { itemPlainText, mentionedElementIds, toModelInput, userMessageForModel, userMessageText } from './converter';

const base = { thread_id: 'thr_1', created_at: '2026-01-01T00:00:00.000Z' };
const user = (id: string, over: Partial<UserMessageItem> = {}): UserMessageItem => ({
  ...base, id, type: 'user_message', content: [{ type: 'input_text', text: 'hello' }], attachments: [], inference_options: {}, ...over,
});

describe('user message text', () => {
  const tagged = user('msg_t', {
    content: [
      { type: 'input_text', text: 'What comes after ' },
      { type: 'input_tag', id: 'Task_Pack', text: 'Pack goods', data: { element_id: 'Task_Pack' }, interactive: true },
      { type: 'input_text', text: ' and ' },
      { type: 'input_tag', id: 'person', text: 'Anna', data: { kind: 'person' }, interactive: false },
      { type: 'input_text', text: '?' },
    ],
    quoted_text: 'line one\nline two',
  });

  it('reads as written for people (titles, bubbles, transcript): tags as @label', () => {
    expect(userMessageText(tagged)).toBe('What comes after @Pack goods and @Anna?');
    expect(itemPlainText(tagged)).toBe('What comes after @Pack goods and @Anna?');
  });

  it('gives responders the element id of an element tag, and quotes every quoted line', () => {
    expect(userMessageForModel(tagged)).toBe('> line one\n> line two\n\nWhat comes after @Pack goods (`Task_Pack`) and @Anna?');
    expect(mentionedElementIds(tagged)).toEqual(['Task_Pack']);
  });
});

describe('toModelInput', () => {
  it('converts every kind of item, in order, the way a model reads them', () => {
    const items: ThreadItem[] = [
      user('msg_1', {
        content: [{ type: 'input_text', text: 'Look' }],
        attachments: [{ type: 'image', id: 'atc_1', name: 'shot.png', mime_type: 'image/png', preview_url: 'https://x.invalid/p' }],
        quoted_text: 'old quote',
      }),
      { ...base, id: 'tsk_1', type: 'task', task: { type: 'custom', title: 'Uploaded shot.png', status_indicator: 'complete' } },
      { ...base, id: 'wf_r', type: 'workflow', workflow: { type: 'reasoning', tasks: [{ type: 'thought', content: 'private', status_indicator: 'complete' }], expanded: false } },
      { ...base, id: 'wf_1', type: 'workflow', workflow: { type: 'custom', tasks: [{ type: 'custom', title: 'Counted 2 user tasks', content: 'count_elements({"type":"UserTask"})', status_indicator: 'complete' }], expanded: false } },
      { ...base, id: 'msg_2', type: 'assistant_message', content: [{ type: 'output_text', text: 'Two.', annotations: [] }] },
      { ...base, id: 'hid_1', type: 'hidden_context_item', content: { selection: ['Task_A'] } },
      { ...base, id: 'sdk_1', type: 'sdk_hidden_context', content: 'The user cancelled the stream.' },
      { ...base, id: 'tc_1', type: 'client_tool_call', status: 'completed', call_id: 'call_1', name: 'propose_diagram_change', arguments: { op: 'rename' }, output: { applied: true } },
      { ...base, id: 'tc_2', type: 'client_tool_call', status: 'pending', call_id: 'call_2', name: 'propose_diagram_change', arguments: {} },
      { ...base, id: 'end', type: 'end_of_turn' },
      user('msg_3', { quoted_text: 'this part', content: [{ type: 'input_text', text: 'and this?' }] }),
    ];
    const seen: string[] = [];
    const out = toModelInput(items, { attachment: (a, m) => { seen.push(`${m.id}/${a.id}`); return [{ type: 'image', dataUrl: 'data:image/png;base64,AAAA' }]; } });
    expect(seen).toEqual(['msg_1/atc_1']);
    expect(out).toEqual([
      // Quoted text only for the message being answered.
      { kind: 'message', role: 'user', itemId: 'msg_1', content: [{ type: 'text', text: 'Look' }, { type: 'image', dataUrl: 'data:image/png;base64,AAAA' }] },
      { kind: 'context', itemId: 'tsk_1', text: 'Activity: Uploaded shot.png' },
      { kind: 'context', itemId: 'wf_1', text: 'Diagram queries made for the answer that follows:\n- Counted 2 user tasks — count_elements({"type":"UserTask"})' },
      { kind: 'message', role: 'assistant', itemId: 'msg_2', text: 'Two.' },
      { kind: 'context', itemId: 'hid_1', text: '{"selection":["Task_A"]}' },
      { kind: 'context', itemId: 'sdk_1', text: 'The user cancelled the stream.' },
      { kind: 'tool_call', itemId: 'tc_1', callId: 'call_1', name: 'propose_diagram_change', arguments: '{"op":"rename"}', output: '{"applied":true}' },
      { kind: 'message', role: 'user', itemId: 'msg_3', content: [{ type: 'text', text: '> this part\n\nand this?' }] },
    ]);
  });

  it('replays a completed tool call without the long strings it carried (a generated diagram\'s XML)', () => {
    const xml = `<definitions>${'<task/>'.repeat(600)}</definitions>`;
    const out = toModelInput([
      { ...base, id: 'tc_9', type: 'client_tool_call', status: 'completed', call_id: 'call_9', name: 'propose_new_diagram', arguments: { name: 'Order', xml, steps: ['Check order', 'Ship'] }, output: { created: true } },
    ]);
    expect(out).toHaveLength(1);
    const call = out[0] as Extract<(typeof out)[number], { kind: 'tool_call' }>;
    expect(JSON.parse(call.arguments)).toEqual({ name: 'Order', xml: `(${xml.length} characters, left out of the replay)`, steps: ['Check order', 'Ship'] });
    expect(call.arguments).not.toContain('<task/>');
  });

  it('names attachments by default and adds tag data as context', () => {
    const out = toModelInput([
      user('msg_1', {
        content: [{ type: 'input_tag', id: 'Gw_1', text: 'Paid?', data: { element_id: 'Gw_1', type: 'ExclusiveGateway' }, interactive: true }],
        attachments: [{ type: 'file', id: 'atc_2', name: 'notes.md', mime_type: 'text/markdown' }],
      }),
    ]);
    expect(out).toEqual([
      { kind: 'message', role: 'user', itemId: 'msg_1', content: [{ type: 'text', text: '@Paid? (`Gw_1`)' }, { type: 'text', text: '(attached file "notes.md", text/markdown)' }] },
      { kind: 'context', itemId: 'msg_1', text: 'The user mentioned these items (tag data):\n- @Paid?: {"element_id":"Gw_1","type":"ExclusiveGateway"}' },
    ]);
  });

  it('gives a message with only attachments a placeholder text and skips empty assistant messages', () => {
    const out = toModelInput([
      user('msg_1', { content: [] }),
      { ...base, id: 'msg_2', type: 'assistant_message', content: [{ type: 'output_text', text: '  ', annotations: [] }] },
    ], { attachment: () => [] });
    expect(out).toEqual([{ kind: 'message', role: 'user', itemId: 'msg_1', content: [{ type: 'text', text: '(no text; see the attachments)' }] }]);
  });
});
