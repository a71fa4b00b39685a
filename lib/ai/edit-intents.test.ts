import { describe, expect, it } from 'vitest';
import { parseDuration, parseEditRequest } from './edit-intents';

const ops = (text: string, selection: string[] = []) => {
  const r = parseEditRequest(text, selection);
  if (r?.kind !== 'ops') throw new Error(`not parsed: ${text} → ${JSON.stringify(r)}`);
  return r.operations;
};

describe('edit requests (English)', () => {
  it('add after / before / between, with type and lane', () => {
    expect(ops("add a task 'Check credit' after 'Receive order'")).toEqual([{ op: 'addElement', type: 'task', name: 'Check credit', after: 'Receive order' }]);
    expect(ops('Please add a user task "Approve invoice" before Pay invoice.')).toEqual([{ op: 'addElement', type: 'userTask', name: 'Approve invoice', before: 'Pay invoice' }]);
    expect(ops("insert an exclusive gateway 'Approved?' between 'Check' and 'Pay'")).toEqual([{ op: 'addElement', type: 'exclusiveGateway', name: 'Approved?', between: ['Check', 'Pay'] }]);
    expect(ops("add a service task 'Book payment' after 'Check' in lane Finance")).toEqual([{ op: 'addElement', type: 'serviceTask', name: 'Book payment', after: 'Check', lane: 'Finance' }]);
    expect(ops("after 'Receive order', add a task 'Check credit'")).toEqual([{ op: 'addElement', type: 'task', name: 'Check credit', after: 'Receive order' }]);
  });
  it('rename, delete, connect, change type, move to lane, add lane', () => {
    expect(ops("rename 'Check order' to 'Verify order'")).toEqual([{ op: 'rename', element: 'Check order', name: 'Verify order' }]);
    expect(ops('delete the task Check order')).toEqual([{ op: 'remove', element: 'Check order' }]);
    expect(ops("connect 'Check order' to 'Ship order'")).toEqual([{ op: 'connect', from: 'Check order', to: 'Ship order' }]);
    expect(ops("make 'Review' a user task")).toEqual([{ op: 'changeType', element: 'Review', type: 'userTask' }]);
    expect(ops('turn Order valid? into a parallel gateway')).toEqual([{ op: 'changeType', element: 'Order valid?', type: 'parallelGateway' }]);
    expect(ops("put 'Charge card' in lane Finance")).toEqual([{ op: 'moveToLane', element: 'Charge card', lane: 'Finance' }]);
    expect(ops('move Charge card to the Warehouse lane')).toEqual([{ op: 'moveToLane', element: 'Charge card', lane: 'Warehouse' }]);
    expect(ops('add a lane Finance')).toEqual([{ op: 'addLane', name: 'Finance' }]);
  });
  it('timers in several phrasings', () => {
    expect(ops("add a 2-day timer to 'Wait for payment'")).toEqual([{ op: 'addBoundaryEvent', element: 'Wait for payment', event: 'timer', duration: 'P2D' }]);
    expect(ops('add a two day timer to Wait for payment')).toEqual([{ op: 'addBoundaryEvent', element: 'Wait for payment', event: 'timer', duration: 'P2D' }]);
    expect(ops('add a timer of 4 hours to Pack goods')).toEqual([{ op: 'addBoundaryEvent', element: 'Pack goods', event: 'timer', duration: 'PT4H' }]);
    expect(parseDuration('48', 'hours')).toBe('PT48H');
    expect(parseDuration('1', 'week')).toBe('P1W');
  });
  it('"this" and "it" mean the canvas selection', () => {
    expect(ops('add a 2-day timer to this', ['Task_7'])).toEqual([{ op: 'addBoundaryEvent', element: 'Task_7', event: 'timer', duration: 'P2D' }]);
    expect(ops("rename it to 'Verify order'", ['Task_1'])).toEqual([{ op: 'rename', element: 'Task_1', name: 'Verify order' }]);
    expect(ops('make this a service task', ['Task_2'])).toEqual([{ op: 'changeType', element: 'Task_2', type: 'serviceTask' }]);
    const none = parseEditRequest('delete this', []);
    expect(none).toMatchObject({ kind: 'unparsed' });
    expect((none as { reason: string }).reason).toMatch(/nothing is selected/);
  });
  it('questions are not edits; unparseable commands say so', () => {
    expect(parseEditRequest('what happens after Check order?')).toBeNull();
    expect(parseEditRequest('How many tasks are there?')).toBeNull();
    expect(parseEditRequest('add some magic sparkle to the diagram')).toMatchObject({ kind: 'unparsed' });
    expect(parseEditRequest('create a process: 1. Receive order 2. Ship')).toMatchObject({ kind: 'generate' });
  });
});

describe('edit requests (German)', () => {
  it('the same forms in German', () => {
    expect(ops("füge eine Aufgabe 'Bonität prüfen' nach 'Bestellung erhalten' hinzu")).toEqual([{ op: 'addElement', type: 'task', name: 'Bonität prüfen', after: 'Bestellung erhalten' }]);
    expect(ops('Füge nach „Bestellung erhalten“ eine Benutzeraufgabe „Bonität prüfen“ hinzu')).toEqual([{ op: 'addElement', type: 'userTask', name: 'Bonität prüfen', after: 'Bestellung erhalten' }]);
    expect(ops("benenne 'Bestellung prüfen' in 'Auftrag prüfen' um")).toEqual([{ op: 'rename', element: 'Bestellung prüfen', name: 'Auftrag prüfen' }]);
    expect(ops("lösche 'Bestellung prüfen'")).toEqual([{ op: 'remove', element: 'Bestellung prüfen' }]);
    expect(ops("verbinde 'A' mit 'B'")).toEqual([{ op: 'connect', from: 'A', to: 'B' }]);
    expect(ops("mache 'Prüfen' zu einer Benutzeraufgabe")).toEqual([{ op: 'changeType', element: 'Prüfen', type: 'userTask' }]);
    expect(ops("füge einen 2-Tage-Timer zu 'Ware packen' hinzu")).toEqual([{ op: 'addBoundaryEvent', element: 'Ware packen', event: 'timer', duration: 'P2D' }]);
    expect(ops('füge einen Timer von zwei Tagen an dies hinzu', ['Task_9'])).toEqual([{ op: 'addBoundaryEvent', element: 'Task_9', event: 'timer', duration: 'P2D' }]);
    expect(ops("verschiebe 'Karte belasten' in die Lane Finanzen")).toEqual([{ op: 'moveToLane', element: 'Karte belasten', lane: 'Finanzen' }]);
    expect(ops('bitte lösche es', ['Task_3'])).toEqual([{ op: 'remove', element: 'Task_3' }]);
  });
});

describe('lanes and pools', () => {
  it('split a lane, move to a pool, add a pool — English', () => {
    expect(ops('split lane Sales into Inside sales and Field sales')).toEqual([{ op: 'splitLane', lane: 'Sales', into: ['Inside sales', 'Field sales'] }]);
    expect(ops("split the Sales lane into sub-lanes 'Inside sales', 'Field sales' and 'Key accounts'")).toEqual([{ op: 'splitLane', lane: 'Sales', into: ['Inside sales', 'Field sales', 'Key accounts'] }]);
    expect(ops('split lane Warehouse into two lanes Picking and Shipping')).toEqual([{ op: 'splitLane', lane: 'Warehouse', into: ['Picking', 'Shipping'], as: 'siblings' }]);
    expect(ops('split this lane into A and B', ['Lane_7'])).toEqual([{ op: 'splitLane', lane: 'Lane_7', into: ['A', 'B'] }]);
    expect(ops('move Ship order to pool Supplier')).toEqual([{ op: 'moveToPool', element: 'Ship order', pool: 'Supplier' }]);
    expect(ops("move 'Ship order' into the Supplier pool")).toEqual([{ op: 'moveToPool', element: 'Ship order', pool: 'Supplier' }]);
    expect(ops('move it to pool Customer', ['Task_2'])).toEqual([{ op: 'moveToPool', element: 'Task_2', pool: 'Customer' }]);
    expect(ops('add a pool Customer')).toEqual([{ op: 'addPool', name: 'Customer' }]);
    expect(ops("please add a new pool called 'Bank'")).toEqual([{ op: 'addPool', name: 'Bank' }]);
    // A lane split into one name is not a split: the analyst says which forms it reads.
    expect(parseEditRequest('split lane Sales into Inside sales')).toMatchObject({ kind: 'unparsed' });
  });
  it('the same in German', () => {
    expect(ops('teile die Lane Vertrieb in Innendienst und Außendienst auf')).toEqual([{ op: 'splitLane', lane: 'Vertrieb', into: ['Innendienst', 'Außendienst'] }]);
    expect(ops("unterteile die Lane 'Lager' in zwei Bahnen 'Kommissionierung' und 'Versand'")).toEqual([{ op: 'splitLane', lane: 'Lager', into: ['Kommissionierung', 'Versand'], as: 'siblings' }]);
    expect(ops("verschiebe 'Ware versenden' in den Pool Lieferant")).toEqual([{ op: 'moveToPool', element: 'Ware versenden', pool: 'Lieferant' }]);
    expect(ops('füge einen Pool Kunde hinzu')).toEqual([{ op: 'addPool', name: 'Kunde' }]);
    expect(ops('Bitte füge einen neuen Pool namens „Bank“ hinzu')).toEqual([{ op: 'addPool', name: 'Bank' }]);
  });
});

describe('generate requests', () => {
  it('the steps in the message itself, or in the previous message when it refers back (English and German)', () => {
    expect(parseEditRequest('create a process: receive order, check stock')).toEqual({ kind: 'generate', description: 'receive order, check stock' });
    for (const m of ['Draw the process I just described.', 'please draw the process described above', 'create a diagram from my last message', 'Zeichne den Prozess, den ich eben beschrieben habe', 'erstelle das Diagramm von oben']) {
      expect(parseEditRequest(m), m).toEqual({ kind: 'generate', description: '', previous: true });
    }
    // A description that merely mentions "described" is still the description.
    expect(parseEditRequest('create a process: I described it to HR, then HR approves')).toMatchObject({ kind: 'generate', description: 'I described it to HR, then HR approves' });
  });
});
