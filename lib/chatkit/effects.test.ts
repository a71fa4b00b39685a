import { describe, expect, it } from 'vitest';
import { highlightData } from './effects';

describe('highlight_elements effect data (it comes from the network)', () => {
  it('keeps string ids, the diagram and the reason; anything else is not a highlight', () => {
    expect(highlightData('highlight_elements', { element_ids: ['Task_1', 7, 'Flow_2'], diagram_id: 'dgm_1', reason: 'changed' })).toEqual({ element_ids: ['Task_1', 'Flow_2'], diagram_id: 'dgm_1', reason: 'changed' });
    expect(highlightData('highlight_elements', { element_ids: ['Task_1'], reason: 'whatever' })).toEqual({ element_ids: ['Task_1'], reason: 'cited' });
    expect(highlightData('highlight_elements', { element_ids: 'Task_1' })).toBeNull();
    expect(highlightData('highlight_elements', null)).toBeNull();
    expect(highlightData('reload_revision', { element_ids: ['Task_1'] })).toBeNull();
    expect(highlightData('highlight_elements', { element_ids: Array.from({ length: 500 }, (_, i) => `T_${i}`) })!.element_ids).toHaveLength(100);
  });
});
