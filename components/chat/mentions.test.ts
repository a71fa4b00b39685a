import { describe, expect, it } from 'vitest';
import { contentWithMentions, elementEntity, entityElementId, searchElements, selectionTags } from './mentions';
import { selectedElementIds, userMessageAsCommand, userMessageForModel, userMessageText } from '@/lib/ai/converter';

const list = [
  { id: 'Task_Check', name: 'Check order', type: 'UserTask' },
  { id: 'Task_Check2', name: 'Check order twice', type: 'Task' },
  { id: 'Task_Pruf', name: 'Prüfung', type: 'UserTask' },
  { id: 'Task_Jp', name: '注文を確認', type: 'Task' },
  { id: 'Lane_W', name: 'Warehouse', type: 'Lane' },
];

describe('searchElements', () => {
  it('matches names case-, diacritics- and script-insensitively, prefixes first', () => {
    expect(searchElements('check', list).map((e) => e.id)).toEqual(['Task_Check', 'Task_Check2']);
    expect(searchElements('prufung', list).map((e) => e.id)).toEqual(['Task_Pruf']);
    expect(searchElements('確認', list).map((e) => e.id)).toEqual(['Task_Jp']);
    expect(searchElements('ware', list).map((e) => e.id)).toEqual(['Lane_W']);
    expect(searchElements('nothing like it', list)).toEqual([]);
    expect(searchElements('', list, 2)).toHaveLength(2);
  });
});

describe('contentWithMentions', () => {
  it('turns @Name of an element into a tag carrying its id, longest name first, and leaves other @ alone', () => {
    const content = contentWithMentions('After @Check order twice and @注文を確認, mail me@example.com or @Nobody', list);
    expect(content).toEqual([
      { type: 'input_text', text: 'After ' },
      { type: 'input_tag', id: 'Task_Check2', text: 'Check order twice', data: { kind: 'bpmn_element', element_id: 'Task_Check2', element_type: 'Task' }, interactive: true },
      { type: 'input_text', text: ' and ' },
      { type: 'input_tag', id: 'Task_Jp', text: '注文を確認', data: { kind: 'bpmn_element', element_id: 'Task_Jp', element_type: 'Task' }, interactive: true },
      { type: 'input_text', text: ', mail me@example.com or @Nobody' },
    ]);
    // The tag reaches a responder as the element id; people see the name.
    const msg = { content, quoted_text: undefined };
    expect(userMessageText(msg)).toBe('After @Check order twice and @注文を確認, mail me@example.com or @Nobody');
    expect(userMessageForModel(msg)).toBe('After @Check order twice (`Task_Check2`) and @注文を確認 (`Task_Jp`), mail me@example.com or @Nobody');
  });

  it('does not take a longer word for a name, and uses the element picked for a shared name', () => {
    expect(contentWithMentions('@Check orders', list)).toEqual([{ type: 'input_text', text: '@Check orders' }]);
    const shared = [...list, { id: 'Task_Check_B', name: 'Check order', type: 'Task' }];
    const [tag] = contentWithMentions('@Check order', shared, new Map([['Check order', 'Task_Check_B']]));
    expect(tag).toMatchObject({ type: 'input_tag', id: 'Task_Check_B' });
  });
});

describe('entities', () => {
  it('carry the element id both ways', () => {
    const e = elementEntity(list[0]!);
    expect(e).toEqual({ id: 'Task_Check', title: 'Check order', group: 'user task', interactive: true, data: { kind: 'bpmn_element', element_id: 'Task_Check', element_type: 'UserTask' } });
    expect(entityElementId(e)).toBe('Task_Check');
    expect(entityElementId({ id: 'x', data: {} })).toBeNull();
  });
});

describe('the canvas selection as composer tags (ChatKit element mode)', () => {
  it('one tag per selected element, marked as the selection; unnamed ones by type; the server reads them back', () => {
    const tags = selectionTags([list[0]!, { id: 'Gateway_1', name: '', type: 'ExclusiveGateway' }]);
    expect(tags).toEqual([
      { type: 'input_tag', id: 'Task_Check', text: 'Check order', group: 'user task', data: { kind: 'bpmn_element', element_id: 'Task_Check', element_type: 'UserTask', source: 'selection' }, interactive: true },
      { type: 'input_tag', id: 'Gateway_1', text: 'exclusive gateway', group: 'exclusive gateway', data: { kind: 'bpmn_element', element_id: 'Gateway_1', element_type: 'ExclusiveGateway', source: 'selection' }, interactive: true },
    ]);
    const mention = contentWithMentions('connect @Prüfung to this', list);
    const message = { content: [...tags, ...mention] };
    expect(selectedElementIds(message)).toEqual(['Task_Check', 'Gateway_1']);
    // The command the edit parser reads: selection tags left out, a mention as its quoted id.
    expect(userMessageAsCommand(message)).toBe('connect "Task_Pruf" to this');
    // Line breaks survive (a numbered step list is read line by line); only runs of spaces collapse.
    expect(userMessageAsCommand({ content: [{ type: 'input_text', text: 'create a process:\n1. Receive  order \n2. Ship' }] })).toBe('create a process:\n1. Receive order\n2. Ship');
    expect(selectionTags(Array.from({ length: 12 }, (_, i) => ({ id: `T${i}`, name: `T${i}`, type: 'Task' })))).toHaveLength(8);
  });
});
