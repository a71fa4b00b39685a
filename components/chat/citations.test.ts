import { describe, expect, it } from 'vitest';
import { citationClick } from './citations';

const cited = (data: Record<string, string>) => ({ id: 'Task_Log', title: 'Log request', data: { kind: 'bpmn_element', element_id: 'Task_Log', ...data } });

describe('citationClick (both chat UIs)', () => {
  it('selects an element the open diagram has', () => {
    const asked: string[] = [];
    expect(citationClick(cited({ revision_id: 'rev_1', diagram_id: 'dgm_1' }), (id) => (asked.push(id), true))).toEqual({ kind: 'selected' });
    expect(asked).toEqual(['Task_Log']);
  });

  it('opens the revision it was cited in, compared with the current diagram, when the element is gone', () => {
    expect(citationClick(cited({ revision_id: 'rev_1', diagram_id: 'dgm_1' }), () => false)).toEqual({
      kind: 'revision', href: '/d/dgm_1/revisions/rev_1?compare=current&element=Task_Log',
    });
    // No diagram open at all (a transcript elsewhere): the same revision view.
    expect(citationClick(cited({ revision_id: 'rev_1', diagram_id: 'dgm_1' }), undefined)).toMatchObject({ kind: 'revision' });
  });

  it('says why when the citation does not know its revision', () => {
    expect(citationClick(cited({}), () => false)).toEqual({ kind: 'unavailable', message: '“Log request” (Task_Log) is no longer in this diagram. It may have been deleted or its id changed.' });
    expect(citationClick(cited({}), undefined)).toEqual({ kind: 'unavailable', message: 'Open the diagram to see “Log request” (Task_Log).' });
  });
});
