import { describe, expect, it } from 'vitest';
import { RENDER_MAX_EDGE } from '@/lib/bpmn/render-size';
import {
  boundsOf,
  captureScope,
  drawnOnCurrentSheet,
  imageFrame,
  screenshotFileName,
  selectionIds,
  sheetLabel,
  SELECTION_PADDING as PAD,
  subProcessSheets,
  type DiagramElement,
  type Root,
  type ScreenshotSource,
} from './screenshot-plan';

// A stand-in for the bpmn-js canvas: elements point to their parent like bpmn-js shapes do.
function diagram() {
  const root: Root = { id: 'Process_1', children: [] };
  const sub: Root = { id: 'Sub_1_plane', businessObject: { id: 'Sub_1', name: 'Check stock' }, children: [] };
  const emptySub: Root = { id: 'Sub_2_plane', businessObject: { id: 'Sub_2' }, children: [] };
  const pool: DiagramElement = { id: 'Pool', type: 'bpmn:Participant', parent: root, x: 0, y: 0, width: 600, height: 300 };
  const task: DiagramElement = { id: 'Task', type: 'bpmn:Task', parent: pool, x: 100, y: 80, width: 100, height: 80 };
  const start: DiagramElement = { id: 'Start', type: 'bpmn:StartEvent', parent: pool, x: 20, y: 102, width: 36, height: 36 };
  const startLabel: DiagramElement = { id: 'Start_label', type: 'label', parent: pool, x: 10, y: 145, width: 60, height: 14, labelTarget: start };
  start.label = startLabel;
  const flow: DiagramElement = { id: 'Flow', type: 'bpmn:SequenceFlow', parent: pool, waypoints: [{ x: 56, y: 120 }, { x: 100, y: 120 }] };
  pool.children = [task, start, startLabel, flow];
  root.children = [pool];
  const inner: DiagramElement = { id: 'Inner', type: 'bpmn:Task', parent: sub, x: 0, y: 0, width: 100, height: 80 };
  sub.children = [inner];
  const all = [pool, task, start, startLabel, flow, inner];
  let current: Root = root;
  let selected: DiagramElement[] = [];
  const source: ScreenshotSource = {
    saveSVG: async () => ({ svg: '<svg/>' }),
    get: ((name: string) => {
      if (name === 'selection') return { get: () => selected };
      if (name === 'elementRegistry') return { filter: (fn: (e: DiagramElement) => boolean) => all.filter(fn) };
      return { getRootElement: () => current, getRootElements: () => [root, sub, emptySub], setRootElement: (r: Root) => (current = r) };
    }) as ScreenshotSource['get'],
  };
  return { source, root, sub, emptySub, pool, task, start, startLabel, flow, select: (els: DiagramElement[]) => (selected = els), show: (r: Root) => (current = r) };
}

describe('imageFrame (the scale rule shared with the server render)', () => {
  it('draws at twice the diagram size when that fits', () => {
    expect(imageFrame('0 0 300 200')).toEqual({ viewBox: { x: 0, y: 0, width: 300, height: 200 }, width: 600, height: 400 });
  });

  it('shrinks so the long edge is at most 2048 px, keeping the aspect ratio, wide or tall', () => {
    expect(imageFrame('-50 10 4000 1000')).toMatchObject({ width: RENDER_MAX_EDGE, height: 512 });
    expect(imageFrame('0 0 500 3000')).toMatchObject({ width: 341, height: RENDER_MAX_EDGE });
  });

  it('frames a selection by its bounds, not the exported viewBox', () => {
    const f = imageFrame('0 0 5000 5000', { x: 84, y: 64, width: 132, height: 112 });
    expect(f).toEqual({ viewBox: { x: 84, y: 64, width: 132, height: 112 }, width: 264, height: 224 });
  });

  it('accepts comma-separated viewBoxes and never gives a side of 0 px', () => {
    expect(imageFrame('0,0,10000,1')).toMatchObject({ width: RENDER_MAX_EDGE, height: 1 });
  });
});

describe('selection-only capture', () => {
  it('keeps the selected elements, their labels and everything inside them, each once', () => {
    const d = diagram();
    const { ids, elements } = selectionIds([d.start, d.pool, d.start]);
    expect([...ids].sort()).toEqual(['Flow', 'Pool', 'Start', 'Start_label', 'Task']);
    expect(elements).toHaveLength(5);
  });

  it('frames the selection with padding: shapes by their box, connections by their waypoints', () => {
    const d = diagram();
    expect(boundsOf([d.task])).toEqual({ x: 100 - PAD, y: 80 - PAD, width: 100 + 2 * PAD, height: 80 + 2 * PAD });
    expect(boundsOf([d.flow])).toEqual({ x: 56 - PAD, y: 120 - PAD, width: 44 + 2 * PAD, height: 2 * PAD });
    // Start (20,102)…(56,138) and its label (10,145)…(70,159) together.
    expect(boundsOf([d.start, d.startLabel])).toEqual({ x: 10 - PAD, y: 102 - PAD, width: 60 + 2 * PAD, height: 57 + 2 * PAD });
    expect(boundsOf([{ id: 'no-geometry' }])).toBeNull();
  });

  it('captures the whole sheet when nothing is selected or the whole diagram was asked for', () => {
    const d = diagram();
    expect(captureScope([])).toBeNull();
    expect(captureScope([d.task], false)).toBeNull();
    const scope = captureScope([d.task])!;
    expect([...scope.keep]).toEqual(['Task']);
    expect(scope.bounds).toEqual(boundsOf([d.task]));
  });
});

describe('sheets (collapsed sub-processes drawn on planes of their own)', () => {
  it('counts what is drawn on the sheet shown, not labels, not other sheets', () => {
    const d = diagram();
    expect(drawnOnCurrentSheet(d.source)).toBe(4); // pool, task, start, flow
    d.show(d.sub);
    expect(drawnOnCurrentSheet(d.source)).toBe(1);
    d.show(d.emptySub);
    expect(drawnOnCurrentSheet(d.source)).toBe(0);
  });

  it('offers the other sub-process sheets that have content, never the one shown or the main process', () => {
    const d = diagram();
    expect(subProcessSheets(d.source).map((s) => s.id)).toEqual(['Sub_1_plane']);
    d.show(d.sub);
    expect(subProcessSheets(d.source)).toEqual([]);
  });

  it('names a sheet after its sub-process, else its id', () => {
    const d = diagram();
    expect(sheetLabel(d.sub)).toBe('Check stock');
    expect(sheetLabel(d.emptySub)).toBe('Sub_2');
    expect(sheetLabel({ id: 'X_plane' })).toBe('X_plane');
  });
});

describe('screenshotFileName', () => {
  it('is <diagram-name>-<yyyymmdd-hhmmss>.png in local time', () => {
    expect(screenshotFileName('Order handling', new Date(2026, 0, 5, 9, 3, 7))).toBe('Order-handling-20260105-090307.png');
  });

  it('keeps only file-system-safe characters and never comes out empty', () => {
    expect(screenshotFileName('Über / ../etc: "Prozess"?', new Date(2026, 10, 22, 23, 59, 1))).toBe('Uber-etc-Prozess-20261122-235901.png');
    expect(screenshotFileName('///', new Date(2026, 10, 22, 0, 0, 0))).toBe('diagram-20261122-000000.png');
  });
});
