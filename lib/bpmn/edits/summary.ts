// "Changed the diagram: +2 tasks, +1 flow, 1 renamed" — the thread entry for an applied proposal.
import type { PlannedChange } from './plan';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function changeCounts(changes: PlannedChange[]): string[] {
  const c = { tasks: 0, gateways: 0, events: 0, boundary: 0, flows: 0, messageFlows: 0, lanes: 0, pools: 0, removed: 0, renamed: 0, retyped: 0, moved: 0, movedPool: 0, split: 0, conditions: 0, defaults: 0, docs: 0 };
  for (const ch of changes) {
    switch (ch.op.op) {
      case 'rename':
        c.renamed++;
        break;
      case 'changeType':
        c.retyped++;
        break;
      case 'moveToLane':
        c.moved++;
        break;
      case 'moveToPool':
        c.movedPool++;
        break;
      case 'splitLane':
        c.split++;
        break;
      case 'setCondition':
        c.conditions++;
        break;
      case 'setDefaultFlow':
        c.defaults++;
        break;
      case 'setDocumentation':
        c.docs++;
        break;
      case 'remove':
        c.removed++;
        break;
      default:
        break;
    }
    for (const p of ch.primitives) {
      if (p.p === 'createShape') {
        if (p.type === 'bpmn:BoundaryEvent') c.boundary++;
        else if (/Gateway$/.test(p.type)) c.gateways++;
        else if (/Event$/.test(p.type)) c.events++;
        else c.tasks++;
      } else if (p.p === 'createFlow') {
        if (p.type === 'bpmn:MessageFlow') c.messageFlows++;
        else c.flows++;
      } else if (p.p === 'addLane' || p.p === 'createLane') c.lanes++;
      else if (p.p === 'addPool' || p.p === 'wrapInPool') c.pools++;
    }
  }
  const out: string[] = [];
  if (c.tasks) out.push(`+${count(c.tasks, 'task')}`);
  if (c.gateways) out.push(`+${count(c.gateways, 'gateway')}`);
  if (c.events) out.push(`+${count(c.events, 'event')}`);
  if (c.boundary) out.push(`+${count(c.boundary, 'boundary event')}`);
  if (c.flows) out.push(`+${count(c.flows, 'flow')}`);
  if (c.messageFlows) out.push(`+${count(c.messageFlows, 'message flow')}`);
  if (c.lanes) out.push(`+${count(c.lanes, 'lane')}`);
  if (c.pools) out.push(`+${count(c.pools, 'pool')}`);
  if (c.removed) out.push(`${c.removed} removed`);
  if (c.renamed) out.push(`${c.renamed} renamed`);
  if (c.retyped) out.push(`${count(c.retyped, 'type')} changed`);
  if (c.moved) out.push(`${c.moved} moved to another lane`);
  if (c.movedPool) out.push(`${c.movedPool} moved to another pool`);
  if (c.split) out.push(`${count(c.split, 'lane')} split`);
  if (c.conditions) out.push(`${count(c.conditions, 'condition')} set`);
  if (c.defaults) out.push(`${count(c.defaults, 'default flow')} set`);
  if (c.docs) out.push(`${c.docs} documented`);
  return out;
}

export function changeSummary(changes: PlannedChange[]): string {
  const parts = changeCounts(changes);
  return `Changed the diagram: ${parts.length ? parts.join(', ') : 'nothing'}`;
}
