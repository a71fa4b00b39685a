// bpmn-js module for assistant proposals: previews a planned batch on the canvas and applies it as one
// compound command (`procmod.applyProposal`), so a single undo removes the whole change and redo restores it.
// The batch is planned by lib/bpmn/edits on a copy; here its primitives run through `modeling`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { BpmnModdle } from 'bpmn-moddle';
import { applyBatchToCopy, fingerprint, EVENT_DEFINITION_TYPES, type EditOp, type Primitive, type RevisionRef } from '@/lib/bpmn/edits';
import { createEventDefinition } from '@/lib/bpmn/edits/apply-moddle';
import './proposal.css';
import { proposalBridge, type PreparedProposal, type ProposalService } from './proposal-bridge';

type Injector = { get(name: string): any };

const MARKERS = { added: 'pm-prop-added', changed: 'pm-prop-changed', removed: 'pm-prop-removed' } as const;
const HIGHLIGHT = 'pm-highlight';
const OVERLAY_TYPE = 'pm-proposal';

/** Runs primitives through bpmn-js modeling; called inside the compound command, so all of it is one undo step. */
export function executePrimitives(injector: Injector, prims: Primitive[]) {
  const modeling = injector.get('modeling');
  const registry = injector.get('elementRegistry');
  const bpmnFactory = injector.get('bpmnFactory');
  const elementFactory = injector.get('elementFactory');
  const bpmnReplace = injector.get('bpmnReplace');
  const canvas = injector.get('canvas');
  const factory = { create: (type: string, attrs?: Record<string, unknown>) => bpmnFactory.create(type, attrs) };
  const el = (id: string) => {
    const e = registry.get(id);
    if (!e) throw new Error(`The element ${id} is no longer on the canvas.`);
    return e;
  };
  /** A process id is the root (plain process) or the participant that holds it. */
  const parentShape = (id: string) => {
    const direct = registry.get(id);
    if (direct) return direct;
    const pool = registry.filter((e: any) => e.type === 'bpmn:Participant' && e.businessObject?.processRef?.id === id)[0];
    return pool ?? canvas.getRootElement();
  };
  const center = (e: any) => ({ x: e.x + e.width / 2, y: e.y + e.height / 2 });

  for (const p of prims) {
    switch (p.p) {
      case 'createShape': {
        const bo = bpmnFactory.create(p.type, { id: p.id, ...(p.name ? { name: p.name } : {}) });
        if (p.eventDefinition) {
          const def = createEventDefinition(factory, bo, p.eventDefinition);
          if (def) bo.eventDefinitions = [def];
        }
        if (p.cancelActivity === false) bo.cancelActivity = false;
        const shape = elementFactory.createShape({ type: p.type, businessObject: bo, width: p.bounds.width, height: p.bounds.height, ...(p.type === 'bpmn:SubProcess' ? { isExpanded: false } : {}) });
        const pos = { x: p.bounds.x + p.bounds.width / 2, y: p.bounds.y + p.bounds.height / 2 };
        if (p.attachToId) modeling.createShape(shape, pos, el(p.attachToId), { attach: true });
        else modeling.createShape(shape, pos, parentShape(p.parentId));
        break;
      }
      case 'createFlow': {
        const bo = bpmnFactory.create(p.type, { id: p.id, ...(p.name ? { name: p.name } : {}) });
        const conn = modeling.connect(el(p.sourceId), el(p.targetId), { type: p.type, businessObject: bo });
        if (p.condition) modeling.updateProperties(conn, { conditionExpression: bpmnFactory.create('bpmn:FormalExpression', { body: p.condition }) });
        break;
      }
      case 'reconnect': {
        const conn = el(p.id);
        const next = el(p.newId);
        if (p.end === 'target') modeling.reconnectEnd(conn, next, center(next));
        else modeling.reconnectStart(conn, next, center(next));
        break;
      }
      case 'delete':
        // Already gone when it went with its neighbour (a flow of a removed task).
        if (registry.get(p.id)) modeling.removeElements([el(p.id)]);
        break;
      case 'update': {
        const e = el(p.id);
        const props: Record<string, unknown> = {};
        if (p.name !== undefined) props.name = p.name || undefined;
        if (p.documentation !== undefined) props.documentation = p.documentation ? [bpmnFactory.create('bpmn:Documentation', { text: p.documentation })] : [];
        if (p.condition !== undefined) props.conditionExpression = p.condition === null ? undefined : bpmnFactory.create('bpmn:FormalExpression', { body: p.condition });
        if (p.defaultFlowId !== undefined) props.default = p.defaultFlowId === null ? undefined : el(p.defaultFlowId).businessObject;
        modeling.updateProperties(e, props);
        break;
      }
      case 'replace': {
        const e = el(p.id);
        const existing = e.businessObject.eventDefinitions?.[0]?.$type;
        const defType = p.eventDefinition === undefined ? existing : p.eventDefinition ? EVENT_DEFINITION_TYPES[p.eventDefinition.kind] : undefined;
        bpmnReplace.replaceElement(e, { type: p.type, ...(defType ? { eventDefinitionType: defType } : {}), ...(p.type === 'bpmn:SubProcess' ? { isExpanded: false } : {}) });
        const now = el(p.id);
        const def = now.businessObject.eventDefinitions?.[0];
        if (def && p.eventDefinition?.duration) {
          modeling.updateModdleProperties(now, def, { timeDuration: bpmnFactory.create('bpmn:FormalExpression', { body: p.eventDefinition.duration }) });
        }
        break;
      }
      case 'move':
        // Into another pool: the planner deleted the flows that would cross it first (they come back as message
        // flows), so bpmn-js has nothing to replace. Lane membership follows the position (UpdateFlowNodeRefs).
        modeling.moveElements([el(p.id)], { x: p.dx, y: p.dy }, p.participantId ? el(p.participantId) : undefined);
        break;
      case 'makeSpace': {
        const spaceTool = injector.get('spaceTool');
        const root = canvas.getRootElement();
        const all = registry.filter((e: any) => e !== root && e.parent);
        const adj = spaceTool.calculateAdjustments(all, 'y', p.dy, p.y);
        modeling.createSpace(adj.movingShapes, adj.resizingShapes, { x: 0, y: p.dy }, 's', p.y);
        break;
      }
      case 'createLane': {
        const bo = bpmnFactory.create('bpmn:Lane', { id: p.id, name: p.name });
        modeling.createShape({ type: 'bpmn:Lane', businessObject: bo, isHorizontal: true }, { ...p.bounds }, el(p.parentId));
        break;
      }
      case 'resize':
        modeling.resizeShape(el(p.id), { ...p.bounds });
        break;
      case 'ensureProcess':
        injector.get('commandStack').execute('procmod.ensureProcess', { participant: el(p.participantId), processId: p.processId });
        break;
      case 'wrapInPool': {
        // bpmn-js turns the process into a collaboration and moves its elements into the new pool.
        const bo = bpmnFactory.create('bpmn:Participant', { id: p.id, name: p.name });
        const shape = elementFactory.createShape({ type: 'bpmn:Participant', businessObject: bo, isExpanded: true, isHorizontal: true, width: p.bounds.width, height: p.bounds.height });
        modeling.createShape(shape, { x: p.bounds.x + p.bounds.width / 2, y: p.bounds.y + p.bounds.height / 2 }, canvas.getRootElement());
        break;
      }
      case 'addLane': {
        const lane = modeling.addLane(el(p.participantId), 'bottom');
        modeling.updateProperties(lane, { id: p.id, name: p.name });
        break;
      }
      case 'addPool': {
        const bo = bpmnFactory.create('bpmn:Participant', { id: p.id, name: p.name });
        const shape = elementFactory.createShape({ type: 'bpmn:Participant', businessObject: bo, isExpanded: true, width: p.bounds.width, height: p.bounds.height });
        modeling.createShape(shape, { x: p.bounds.x + p.bounds.width / 2, y: p.bounds.y + p.bounds.height / 2 }, canvas.getRootElement());
        break;
      }
    }
  }
}

class ApplyProposalHandler {
  static $inject = ['injector'];
  constructor(private injector: Injector) {}
  preExecute(ctx: { primitives: Primitive[] }) {
    executePrimitives(this.injector, ctx.primitives);
  }
  execute() {
    return [];
  }
  revert() {
    return [];
  }
}

/** A black-box pool gets a process (added to the definitions) so elements can move into it; undoable. */
class EnsureProcessHandler {
  static $inject = ['bpmnjs', 'bpmnFactory'];
  constructor(
    private bpmnjs: any,
    private bpmnFactory: any,
  ) {}
  execute(ctx: { participant: any; processId: string; process?: any }) {
    const definitions = this.bpmnjs.getDefinitions();
    const process = (ctx.process ??= this.bpmnFactory.create('bpmn:Process', { id: ctx.processId, isExecutable: false }));
    process.$parent = definitions;
    definitions.get('rootElements').push(process);
    ctx.participant.businessObject.processRef = process;
    return [ctx.participant];
  }
  revert(ctx: { participant: any; process?: any }) {
    const roots = this.bpmnjs.getDefinitions().get('rootElements');
    const i = roots.indexOf(ctx.process);
    if (i >= 0) roots.splice(i, 1);
    delete ctx.participant.businessObject.processRef;
    return [ctx.participant];
  }
}

class ProposalModule implements ProposalService {
  static $inject = ['injector', 'eventBus', 'commandStack', 'canvas', 'overlays', 'elementRegistry', 'bpmnjs'];
  private marked: { id: string; marker: string }[] = [];
  private highlighted: string[] = [];
  private previewOn = false;

  constructor(
    private injector: Injector,
    eventBus: any,
    private commandStack: any,
    private canvas: any,
    private overlays: any,
    private registry: any,
    private bpmnjs: any,
  ) {
    commandStack.registerHandler('procmod.applyProposal', ApplyProposalHandler);
    commandStack.registerHandler('procmod.ensureProcess', EnsureProcessHandler);
    proposalBridge.service = this;
    // Read-only handle for browser tests (they compare the canvas XML before/after apply and undo).
    (window as unknown as { __procmodProposals?: ProposalService }).__procmodProposals = this;
    // Highlights last until the user clicks or selects something (they point, they do not persist).
    // A block body: a diagram-js listener that returns anything but undefined stops the event, and highlight()
    // returns an array — the properties panel and the modeler's selection publisher (chat chips, element tags),
    // which subscribe later, would never learn of the new selection.
    eventBus.on('selection.changed', () => {
      this.highlight([]);
    });
    eventBus.on('diagram.destroy', () => {
      if (proposalBridge.service === this) proposalBridge.service = null;
      const w = window as unknown as { __procmodProposals?: ProposalService };
      if (w.__procmodProposals === this) delete w.__procmodProposals;
    });
    // A new import (another diagram) drops any preview of the old one.
    eventBus.on('import.done', () => {
      this.marked = [];
      this.highlighted = [];
      this.previewOn = false;
    });
  }

  async xml(): Promise<string> {
    const { xml } = await this.bpmnjs.saveXML({ format: true });
    return xml ?? '';
  }

  fingerprint(): string {
    return fingerprint(this.bpmnjs.getDefinitions());
  }

  async prepare(operations: EditOp[], revision: RevisionRef | null, accepted?: number[]) {
    const indexes = accepted ?? operations.map((_, i) => i);
    const subset = indexes.map((i) => operations[i]!).filter(Boolean);
    if (!subset.length) return { ok: false as const, errors: [{ code: 'invalid' as const, message: 'No change is selected.', index: null }] };
    return applyBatchToCopy(await this.xml(), subset, revision, { moddle: new BpmnModdle(), indexes });
  }

  preview(outcome: PreparedProposal) {
    this.clearPreview();
    this.highlight([]);
    this.previewOn = true;
    const mark = (id: string, marker: string) => {
      if (!this.registry.get(id)) return;
      this.canvas.addMarker(id, marker);
      this.marked.push({ id, marker });
    };
    const anchor = this.registry.filter((e: any) => !e.waypoints && e.parent && typeof e.x === 'number' && e.type !== 'label')[0];
    for (const ch of outcome.changes) {
      for (const id of ch.changed) mark(id, MARKERS.changed);
      for (const id of ch.removed) mark(id, MARKERS.removed);
      for (const p of ch.primitives) {
        if ((p.p !== 'createShape' && p.p !== 'addPool' && p.p !== 'createLane') || !anchor) continue;
        const b = p.bounds;
        const round = /Event$/.test(p.p === 'createShape' ? p.type : '');
        const ghost = document.createElement('div');
        ghost.className = `pm-prop-ghost${round ? ' is-round' : ''}`;
        ghost.style.width = `${b.width}px`;
        ghost.style.height = `${b.height}px`;
        ghost.dataset.proposalAdded = p.id;
        const name = p.name ?? '';
        if (name) {
          const span = document.createElement('span');
          span.textContent = name;
          ghost.appendChild(span);
        }
        this.overlays.add(anchor, OVERLAY_TYPE, { position: { left: b.x - anchor.x, top: b.y - anchor.y }, html: ghost });
      }
    }
  }

  clearPreview() {
    for (const { id, marker } of this.marked) if (this.registry.get(id)) this.canvas.removeMarker(id, marker);
    this.marked = [];
    this.overlays.remove({ type: OVERLAY_TYPE });
    this.previewOn = false;
  }

  previewing(): boolean {
    return this.previewOn;
  }

  highlight(ids: string[]): string[] {
    for (const id of this.highlighted) if (this.registry.get(id)) this.canvas.removeMarker(id, HIGHLIGHT);
    this.highlighted = [...new Set(ids)].filter((id) => this.registry.get(id));
    for (const id of this.highlighted) this.canvas.addMarker(id, HIGHLIGHT);
    const first = this.highlighted[0] && this.registry.get(this.highlighted[0]);
    if (first && !first.waypoints) this.canvas.scrollToElement?.(first);
    return this.highlighted;
  }

  isEmpty(): boolean {
    return !this.registry.filter((e: any) => e.businessObject?.$instanceOf?.('bpmn:FlowNode')).length;
  }

  async insertProcess(xml: string) {
    const { rootElement } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
    const root = this.canvas.getRootElement();
    const process = root.businessObject?.$type === 'bpmn:Process' ? root.businessObject : root.businessObject?.participants?.find((p: any) => p.processRef)?.processRef;
    if (!process) throw new Error('This diagram has no process to draw into.');
    const bounds = new Map<unknown, any>();
    for (const pe of rootElement.diagrams?.[0]?.plane?.planeElement ?? []) if (pe.bounds) bounds.set(pe.bpmnElement, pe.bounds);
    const prims: Primitive[] = [];
    const flows: any[] = [];
    for (const el of rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process')?.flowElements ?? []) {
      if (el.$type === 'bpmn:SequenceFlow') {
        flows.push(el);
        continue;
      }
      const b = bounds.get(el);
      if (!b) continue;
      // Fresh ids would be safer against clashes, but the canvas is empty, so the generated ones are free.
      prims.push({ p: 'createShape', id: el.id, type: el.$type, ...(el.name ? { name: el.name } : {}), parentId: process.id, bounds: { x: b.x, y: b.y, width: b.width, height: b.height } });
    }
    for (const f of flows) {
      prims.push({ p: 'createFlow', id: f.id, type: 'bpmn:SequenceFlow', sourceId: f.sourceRef.id, targetId: f.targetRef.id, ...(f.name ? { name: f.name } : {}), ...(f.conditionExpression?.body ? { condition: f.conditionExpression.body } : {}) });
    }
    for (const el of rootElement.rootElements.find((r: any) => r.$type === 'bpmn:Process')?.flowElements ?? []) {
      if (el.default) prims.push({ p: 'update', id: el.id, defaultFlowId: el.default.id });
    }
    this.clearPreview();
    this.commandStack.execute('procmod.applyProposal', { primitives: prims });
    this.canvas.zoom('fit-viewport', 'auto');
  }

  apply(outcome: PreparedProposal) {
    this.clearPreview();
    const primitives = outcome.changes.flatMap((c) => c.primitives);
    this.commandStack.execute('procmod.applyProposal', { primitives });
  }
}

const proposalModule = {
  __init__: ['procmodProposals'],
  procmodProposals: ['type', ProposalModule],
};

export default proposalModule;
