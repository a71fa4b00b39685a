import { describe, expect, it } from 'vitest';
import { transcriptMarkdown } from './transcript';
import type { ConversationExport } from './conversation';

const at = '2026-01-02T03:04:05.000Z';
const base = { thread_id: 'thr_1', created_at: at };

describe('transcriptMarkdown', () => {
  it('shows what an answer rests on: each diagram query of a workflow on its own line, names kept as text', () => {
    const exp: ConversationExport = {
      format: 'procmod.conversation.v1', exportedAt: at,
      thread: { id: 'thr_1', title: 'Tasks', created_at: at, updated_at: at, status: { type: 'active' }, diagram_id: null },
      items: [
        { ...base, id: 'msg_1', type: 'user_message', content: [{ type: 'input_text', text: 'After ' }, { type: 'input_tag', id: 'T1', text: 'Pack', data: { element_id: 'T1' }, interactive: true }], attachments: [], quoted_text: 'a\nb', inference_options: {} },
        { ...base, id: 'wf_1', type: 'workflow', workflow: { type: 'custom', expanded: false, summary: { title: 'Checked the diagram (1 query)' }, tasks: [
          { type: 'custom', title: 'Described ![x](http://host/pixel)', content: 'describe_element({"element":"T1"})', status_indicator: 'complete' },
        ] } },
        { ...base, id: 'msg_2', type: 'assistant_message', content: [{ type: 'output_text', text: 'It is **Pack** (`T1`).', annotations: [] }] },
        { ...base, id: 'tc_1', type: 'client_tool_call', status: 'completed', call_id: 'c1', name: 'propose_diagram_change', arguments: { op: 'x' }, output: { applied: true } },
      ],
      attachments: [], diagramRevisions: [],
    };
    const md = transcriptMarkdown(exp);
    expect(md).toContain('### You — 2026-01-02 03:04:05 UTC\n\n> a\n> b\n\nAfter @Pack');
    expect(md).toContain('_2026-01-02 03:04:05 UTC: Checked the diagram (1 query)_\n\n- Described \\!\\[x\\](http://host/pixel) — describe\\_element({"element":"T1"})');
    expect(md).toContain('### Assistant — 2026-01-02 03:04:05 UTC\n\nIt is **Pack** (`T1`).');
    expect(md).toContain('_2026-01-02 03:04:05 UTC: tool propose\\_diagram\\_change({"op":"x"}) → {"applied":true}_');
  });
});
