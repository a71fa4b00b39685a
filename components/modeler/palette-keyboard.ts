// Makes the bpmn-js palette reachable and operable by keyboard: every entry is a tab stop; Enter or Space on a
// "create" entry puts that element on the canvas (appended to the selected element when one is selected, else in
// the middle of the visible area) and selects it; on a tool it switches to that tool; on "…" (create anything)
// it opens the searchable create menu.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const CREATE: Record<string, { type: string; isExpanded?: boolean }> = {
  'create.start-event': { type: 'bpmn:StartEvent' },
  'create.intermediate-event': { type: 'bpmn:IntermediateThrowEvent' },
  'create.end-event': { type: 'bpmn:EndEvent' },
  'create.exclusive-gateway': { type: 'bpmn:ExclusiveGateway' },
  'create.task': { type: 'bpmn:Task' },
  'create.data-object': { type: 'bpmn:DataObjectReference' },
  'create.data-store': { type: 'bpmn:DataStoreReference' },
  'create.subprocess-expanded': { type: 'bpmn:SubProcess', isExpanded: true },
  'create.participant-expanded': { type: 'bpmn:Participant' },
  'create.group': { type: 'bpmn:Group' },
};
const TOOLS: Record<string, string> = {
  'hand-tool': 'handTool',
  'lasso-tool': 'lassoTool',
  'space-tool': 'spaceTool',
  'global-connect-tool': 'globalConnectTool',
};

function PaletteKeyboard(this: Any, eventBus: Any, palette: Any, injector: Any) {
  const decorate = () => {
    const container: HTMLElement | undefined = palette._container;
    if (!container) return;
    container.querySelectorAll<HTMLElement>('.entry[data-action]').forEach((el) => {
      el.tabIndex = 0;
      if (!el.getAttribute('role')) el.setAttribute('role', 'button');
      if (!el.getAttribute('aria-label') && el.title) el.setAttribute('aria-label', el.title);
    });
    if (!container.dataset.pmKeyboard) {
      container.dataset.pmKeyboard = '1';
      container.setAttribute('role', 'toolbar');
      container.setAttribute('aria-label', 'Palette');
      container.addEventListener('keydown', onKey);
    }
  };

  const onKey = (e: KeyboardEvent) => {
    const el = (e.target as HTMLElement | null)?.closest<HTMLElement>('.entry[data-action]');
    if (!el) return;
    const entries = [...palette._container.querySelectorAll('.entry[data-action]')] as HTMLElement[];
    const i = entries.indexOf(el);
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      e.preventDefault();
      e.stopPropagation();
      const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1;
      entries[(i + step + entries.length) % entries.length]?.focus();
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    activate(el.dataset.action!, el);
  };

  const activate = (action: string, el: HTMLElement) => {
    if (TOOLS[action]) {
      injector.get('editorActions').trigger(TOOLS[action]);
      return;
    }
    const spec = CREATE[action];
    if (!spec) {
      // e.g. "create" (create anything): its handler positions the menu next to the entry it is given.
      palette.triggerEntry(action, 'click', { target: el, delegateTarget: el, preventDefault() {}, stopPropagation() {} });
      return;
    }
    const elementFactory = injector.get('elementFactory');
    const selection = injector.get('selection');
    const canvas = injector.get('canvas');
    const modeling = injector.get('modeling');
    const autoPlace = injector.get('autoPlace', false);
    const shape = spec.type === 'bpmn:Participant' ? elementFactory.createParticipantShape() : elementFactory.createShape(spec);
    const selected = selection.get();
    let created;
    const source = selected.length === 1 && !selected[0].waypoints && !selected[0].labelTarget ? selected[0] : null;
    if (source && autoPlace && spec.type !== 'bpmn:Participant' && spec.type !== 'bpmn:Group' && /Event|Task|Gateway|SubProcess|Activity|CallActivity/.test(source.type)) {
      created = autoPlace.append(source, shape);
    } else {
      const vb = canvas.viewbox();
      const centre = { x: Math.round(vb.x + vb.width / 2), y: Math.round(vb.y + vb.height / 2) };
      created = modeling.createShape(shape, centre, canvas.getRootElement());
    }
    if (!created) return;
    selection.select(created);
    canvas.scrollToElement?.(created);
    (canvas.getContainer() as HTMLElement).focus?.();
    (canvas._svg as SVGElement | undefined)?.focus?.();
  };

  eventBus.on('palette.changed', decorate);
  eventBus.on('diagram.init', decorate);
}
PaletteKeyboard.$inject = ['eventBus', 'palette', 'injector'];

export const paletteKeyboardModule = {
  __init__: ['paletteKeyboard'],
  paletteKeyboard: ['type', PaletteKeyboard],
};
