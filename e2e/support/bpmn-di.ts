// The DI rules every lane/pool edit must keep, checked independently of the planner's own check:
// lanes inside their pool (sub-lanes inside their lane), not overlapping, heights adding up to the pool's; every
// flow node inside the leaf lane that lists it and inside its pool; pools not overlapping. Used by the unit tests
// on moddle copies and by the Playwright spec on what bpmn-js saved.
import { DiagramTree, inside, intersects, type Bo } from '../../lib/bpmn/edits/tree';

export function diProblems(tree: DiagramTree): string[] {
  const out: string[] = [];
  for (const p of tree.participants) {
    const pb = tree.bounds(p);
    if (!p.processRef || !pb) continue;
    const check = (laneSet: Bo | undefined, outer: { x: number; y: number; width: number; height: number }, what: string) => {
      const lanes: Bo[] = laneSet?.lanes ?? [];
      if (!lanes.length) return;
      const boxes = lanes.map((l) => ({ l, b: tree.bounds(l)! }));
      for (const { l, b } of boxes) if (!inside(b, outer)) out.push(`${l.id} outside ${what}`);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.b;
          const c = boxes[j]!.b;
          if (intersects({ ...a, y: a.y + 0.5, height: a.height - 1 }, { ...c, y: c.y + 0.5, height: c.height - 1 })) out.push(`${boxes[i]!.l.id} overlaps ${boxes[j]!.l.id}`);
        }
      const sum = boxes.reduce((s, x) => s + x.b.height, 0);
      if (sum !== outer.height) out.push(`lane heights in ${what} sum to ${sum}, not ${outer.height}`);
      for (const { l, b } of boxes) check(l.childLaneSet, b, l.id!);
    };
    check(p.processRef.laneSets?.[0], pb, p.id!);
    // Every flow node sits inside the leaf lane that lists it.
    for (const n of p.processRef.flowElements ?? []) {
      if (!n.$instanceOf?.('bpmn:FlowNode') || n.$type === 'bpmn:BoundaryEvent' || !tree.lanesOf(p.processRef).length) continue;
      const lane = tree.laneOf(n);
      const nb = tree.bounds(n);
      if (!lane) out.push(`${n.id} in no lane`);
      else if (nb && !inside(nb, tree.bounds(lane)!)) out.push(`${n.id} is listed in ${lane.id} but drawn outside it`);
      if (nb && !inside(nb, pb)) out.push(`${n.id} outside pool ${p.id}`);
    }
  }
  // Pools do not overlap each other.
  const pools = tree.participants.map((p) => ({ p, b: tree.bounds(p) })).filter((x) => x.b);
  for (let i = 0; i < pools.length; i++) for (let j = i + 1; j < pools.length; j++) if (intersects(pools[i]!.b!, pools[j]!.b!)) out.push(`pools ${pools[i]!.p.id} and ${pools[j]!.p.id} overlap`);
  return out;
}

