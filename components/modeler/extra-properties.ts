// Standard BPMN 2.0 properties the bpmn-js BPMN provider does not offer (it leaves them to the Camunda/Zeebe
// providers, which write vendor extensions): condition expressions and default flows, loop type and standard
// loop characteristics, data object collections and references, participant multiplicity, a script task's format
// and script, a call activity's called element.
// Every change goes through modeling (element.updateProperties / element.updateModdleProperties), so it is an
// ordinary command: undo/redo, autosave, revisions and lint see it.
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import {
  CheckboxEntry, Group, isCheckboxEntryEdited, isSelectEntryEdited, isTextAreaEntryEdited, isTextFieldEntryEdited,
  SelectEntry, TextAreaEntry, TextFieldEntry,
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

// bpmn-js and the panel are untyped at this boundary.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
type Entry = { id: string; component: (p: Any) => unknown; isEdited?: (node: Any) => boolean; element?: Any };

const CONDITIONAL_SOURCES = ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:ComplexGateway', 'bpmn:Activity'];
const hasDefault = (bo: Any) => CONDITIONAL_SOURCES.some((t) => is(bo, t));

// ---------- Condition expression and default flow (sequence flows) ----------

function ConditionExpression({ element, id }: Any) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const translate = useService('translate');
  const bo = getBusinessObject(element);
  return jsx(TextAreaEntry, {
    element,
    id,
    label: translate('Condition expression'),
    description: translate('When this evaluates to true the token takes this flow. Leave empty for no condition.'),
    debounce,
    rows: 2,
    monospace: true,
    getValue: () => bo.conditionExpression?.body ?? '',
    setValue: (value: string) => {
      if (!value) return modeling.updateProperties(element, { conditionExpression: undefined });
      if (bo.conditionExpression) return modeling.updateModdleProperties(element, bo.conditionExpression, { body: value });
      const expr = bpmnFactory.create('bpmn:FormalExpression', { body: value });
      modeling.updateProperties(element, { conditionExpression: expr });
    },
  });
}

function ConditionLanguage({ element, id }: Any) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const translate = useService('translate');
  const expr = getBusinessObject(element).conditionExpression;
  return jsx(TextFieldEntry, {
    element,
    id,
    label: translate('Expression language'),
    description: translate('A URI, e.g. http://www.w3.org/1999/XPath; empty means the process default.'),
    debounce,
    disabled: !expr,
    getValue: () => expr?.language ?? '',
    setValue: (value: string) => expr && modeling.updateModdleProperties(element, expr, { language: value || undefined }),
  });
}

function DefaultFlowCheckbox({ element, id }: Any) {
  const modeling = useService('modeling');
  const registry = useService('elementRegistry');
  const translate = useService('translate');
  const bo = getBusinessObject(element);
  const source = bo.sourceRef;
  return jsx(CheckboxEntry, {
    element,
    id,
    label: translate('Default flow (taken when no other condition holds)'),
    getValue: () => !!source && source.default === bo,
    setValue: (checked: boolean) => {
      const sourceShape = registry.get(source.id);
      if (sourceShape) modeling.updateProperties(sourceShape, { default: checked ? bo : undefined });
    },
  });
}

function DefaultFlowSelect({ element, id }: Any) {
  const modeling = useService('modeling');
  const translate = useService('translate');
  const bo = getBusinessObject(element);
  const outgoing: Any[] = (bo.outgoing ?? []).filter((f: Any) => is(f, 'bpmn:SequenceFlow'));
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('Default flow'),
    getValue: () => bo.default?.id ?? '',
    setValue: (value: string) => modeling.updateProperties(element, { default: outgoing.find((f) => f.id === value) }),
    getOptions: () => [
      { value: '', label: translate('<none>') },
      ...outgoing.map((f) => ({ value: f.id, label: f.name ? `${f.name} (${f.id})` : f.id })),
    ],
  });
}

function conditionGroup(element: Any, translate: Any) {
  const bo = getBusinessObject(element);
  const entries: Entry[] = [];
  if (is(bo, 'bpmn:SequenceFlow') && bo.sourceRef && hasDefault(bo.sourceRef)) {
    entries.push(
      { id: 'conditionExpression', component: ConditionExpression, isEdited: isTextAreaEntryEdited },
      { id: 'conditionLanguage', component: ConditionLanguage, isEdited: isTextFieldEntryEdited },
      { id: 'defaultFlow', component: DefaultFlowCheckbox, isEdited: isCheckboxEntryEdited },
    );
  }
  if (hasDefault(bo) && !is(bo, 'bpmn:SequenceFlow') && (bo.outgoing ?? []).length > 1) {
    entries.push({ id: 'defaultFlowSelect', component: DefaultFlowSelect, isEdited: isSelectEntryEdited });
  }
  const conditional = (bo.eventDefinitions ?? []).find((d: Any) => is(d, 'bpmn:ConditionalEventDefinition'));
  if (conditional) entries.push({ id: 'eventCondition', component: EventCondition, isEdited: isTextAreaEntryEdited });
  return entries.length ? { id: 'procmod-condition', label: translate('Condition'), entries, component: Group } : null;
}

function EventCondition({ element, id }: Any) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const translate = useService('translate');
  const def = (getBusinessObject(element).eventDefinitions ?? []).find((d: Any) => is(d, 'bpmn:ConditionalEventDefinition'));
  return jsx(TextAreaEntry, {
    element,
    id,
    label: translate('Condition'),
    debounce,
    rows: 2,
    monospace: true,
    getValue: () => def?.condition?.body ?? '',
    setValue: (value: string) => {
      if (!def) return;
      if (def.condition && value) return modeling.updateModdleProperties(element, def.condition, { body: value });
      modeling.updateModdleProperties(element, def, { condition: value ? bpmnFactory.create('bpmn:FormalExpression', { body: value }) : undefined });
    },
  });
}

// ---------- Loop type and standard loop ----------

const LOOP_TYPES = [
  { value: 'none', label: 'None' },
  { value: 'standard', label: 'Standard loop' },
  { value: 'parallel', label: 'Multi-instance, parallel' },
  { value: 'sequential', label: 'Multi-instance, sequential' },
];

function loopTypeOf(bo: Any): string {
  const lc = bo.loopCharacteristics;
  if (!lc) return 'none';
  if (is(lc, 'bpmn:StandardLoopCharacteristics')) return 'standard';
  return lc.isSequential ? 'sequential' : 'parallel';
}

function LoopType({ element, id }: Any) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const translate = useService('translate');
  const bo = getBusinessObject(element);
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('Loop type'),
    getValue: () => loopTypeOf(bo),
    getOptions: () => LOOP_TYPES.map((o) => ({ value: o.value, label: translate(o.label) })),
    setValue: (value: string) => {
      const current = bo.loopCharacteristics;
      if (value === loopTypeOf(bo)) return;
      if (value === 'none') return modeling.updateProperties(element, { loopCharacteristics: undefined });
      if (value === 'standard') return modeling.updateProperties(element, { loopCharacteristics: bpmnFactory.create('bpmn:StandardLoopCharacteristics') });
      const sequential = value === 'sequential';
      // Switching between parallel and sequential keeps cardinality and completion condition.
      if (current && is(current, 'bpmn:MultiInstanceLoopCharacteristics')) return modeling.updateModdleProperties(element, current, { isSequential: sequential });
      modeling.updateProperties(element, { loopCharacteristics: bpmnFactory.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: sequential }) });
    },
  });
}

function LoopCondition({ element, id }: Any) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const translate = useService('translate');
  const lc = getBusinessObject(element).loopCharacteristics;
  return jsx(TextAreaEntry, {
    element,
    id,
    label: translate('Loop condition'),
    description: translate('The activity repeats while this holds.'),
    debounce,
    rows: 2,
    monospace: true,
    getValue: () => lc?.loopCondition?.body ?? '',
    setValue: (value: string) => {
      if (lc.loopCondition && value) return modeling.updateModdleProperties(element, lc.loopCondition, { body: value });
      modeling.updateModdleProperties(element, lc, { loopCondition: value ? bpmnFactory.create('bpmn:FormalExpression', { body: value }) : undefined });
    },
  });
}

function LoopMaximum({ element, id }: Any) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const translate = useService('translate');
  const lc = getBusinessObject(element).loopCharacteristics;
  return jsx(TextFieldEntry, {
    element,
    id,
    label: translate('Loop maximum'),
    debounce,
    validate: (v: string) => (v && !/^\d+$/.test(v.trim()) ? translate('A whole number, or empty for no maximum.') : null),
    getValue: () => (lc?.loopMaximum ?? '') + '',
    setValue: (value: string) => {
      if (value && !/^\d+$/.test(value.trim())) return;
      modeling.updateModdleProperties(element, lc, { loopMaximum: value ? Number(value) : undefined });
    },
  });
}

function TestBefore({ element, id }: Any) {
  const modeling = useService('modeling');
  const translate = useService('translate');
  const lc = getBusinessObject(element).loopCharacteristics;
  return jsx(CheckboxEntry, {
    element,
    id,
    label: translate('Test the condition before each iteration'),
    getValue: () => !!lc?.testBefore,
    setValue: (checked: boolean) => modeling.updateModdleProperties(element, lc, { testBefore: checked }),
  });
}

function loopGroup(element: Any, translate: Any) {
  const bo = getBusinessObject(element);
  if (!is(bo, 'bpmn:Activity') || element.type === 'label') return null;
  const entries: Entry[] = [{ id: 'loopType', component: LoopType, isEdited: (n: Any) => loopTypeOf(bo) !== 'none' && isSelectEntryEdited(n) }];
  if (is(bo.loopCharacteristics, 'bpmn:StandardLoopCharacteristics')) {
    entries.push(
      { id: 'loopCondition', component: LoopCondition, isEdited: isTextAreaEntryEdited },
      { id: 'loopMaximum', component: LoopMaximum, isEdited: isTextFieldEntryEdited },
      { id: 'testBefore', component: TestBefore, isEdited: isCheckboxEntryEdited },
    );
  }
  return { id: 'procmod-loop', label: translate('Loop'), entries, component: Group };
}

// ---------- Data objects and data stores ----------

function DataCollection({ element, id }: Any) {
  const modeling = useService('modeling');
  const translate = useService('translate');
  const dataObject = getBusinessObject(element).dataObjectRef;
  return jsx(CheckboxEntry, {
    element,
    id,
    label: translate('Collection (a list of items)'),
    getValue: () => !!dataObject?.isCollection,
    setValue: (checked: boolean) => dataObject && modeling.updateModdleProperties(element, dataObject, { isCollection: checked }),
  });
}

function DataStoreCapacity({ element, id }: Any) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const translate = useService('translate');
  const bo = getBusinessObject(element);
  const store = bo.dataStoreRef;
  return jsx(TextFieldEntry, {
    element,
    id,
    label: translate('Capacity'),
    description: store ? undefined : translate('This reference names no data store.'),
    debounce,
    disabled: !store,
    validate: (v: string) => (v && !/^\d+$/.test(v.trim()) ? translate('A whole number, or empty for unlimited.') : null),
    getValue: () => (store?.capacity ?? '') + '',
    setValue: (value: string) => {
      if (!store || (value && !/^\d+$/.test(value.trim()))) return;
      modeling.updateModdleProperties(element, store, value ? { capacity: Number(value), isUnlimited: false } : { capacity: undefined, isUnlimited: true });
    },
  });
}

function dataGroup(element: Any, translate: Any) {
  const bo = getBusinessObject(element);
  if (element.type === 'label') return null;
  if (is(bo, 'bpmn:DataObjectReference')) {
    return { id: 'procmod-data', label: translate('Data'), entries: [{ id: 'isCollection', component: DataCollection, isEdited: isCheckboxEntryEdited }], component: Group };
  }
  if (is(bo, 'bpmn:DataStoreReference')) {
    return { id: 'procmod-data', label: translate('Data store'), entries: [{ id: 'dataStoreCapacity', component: DataStoreCapacity, isEdited: isTextFieldEntryEdited }], component: Group };
  }
  return null;
}

// ---------- Participants ----------

function Multiplicity({ element, id, which }: Any) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const translate = useService('translate');
  const bo = getBusinessObject(element);
  const m = bo.participantMultiplicity;
  return jsx(TextFieldEntry, {
    element,
    id,
    label: translate(which === 'minimum' ? 'Multiplicity: minimum' : 'Multiplicity: maximum'),
    description: which === 'maximum' ? translate('More than 1 draws the pool as multiple instances. Empty both to remove.') : undefined,
    debounce,
    validate: (v: string) => (v && !/^\d+$/.test(v.trim()) ? translate('A whole number.') : null),
    getValue: () => (m?.[which] ?? '') + '',
    setValue: (value: string) => {
      if (value && !/^\d+$/.test(value.trim())) return;
      const n = value ? Number(value) : undefined;
      if (!m) {
        if (n === undefined) return;
        return modeling.updateProperties(element, { participantMultiplicity: bpmnFactory.create('bpmn:ParticipantMultiplicity', { [which]: n }) });
      }
      const other = which === 'minimum' ? m.maximum : m.minimum;
      if (n === undefined && other === undefined) return modeling.updateProperties(element, { participantMultiplicity: undefined });
      modeling.updateModdleProperties(element, m, { [which]: n });
    },
  });
}

const MultiplicityMin = (p: Any) => Multiplicity({ ...p, which: 'minimum' });
const MultiplicityMax = (p: Any) => Multiplicity({ ...p, which: 'maximum' });

function participantGroup(element: Any, translate: Any) {
  if (!is(element, 'bpmn:Participant')) return null;
  return {
    id: 'procmod-participant',
    label: translate('Participant'),
    component: Group,
    entries: [
      { id: 'multiplicityMin', component: MultiplicityMin, isEdited: isTextFieldEntryEdited },
      { id: 'multiplicityMax', component: MultiplicityMax, isEdited: isTextFieldEntryEdited },
    ],
  };
}

// ---------- Script tasks and call activities ----------

/** A plain string attribute of the element itself (empty removes it from the XML). */
function attributeEntry(prop: string, label: string, opts: { description?: string; area?: boolean } = {}) {
  return function AttributeEntry({ element, id }: Any) {
    const modeling = useService('modeling');
    const debounce = useService('debounceInput');
    const translate = useService('translate');
    const bo = getBusinessObject(element);
    return jsx(opts.area ? TextAreaEntry : TextFieldEntry, {
      element,
      id,
      label: translate(label),
      description: opts.description && translate(opts.description),
      debounce,
      ...(opts.area ? { rows: 6, monospace: true } : {}),
      getValue: () => bo[prop] ?? '',
      setValue: (value: string) => modeling.updateProperties(element, { [prop]: value || undefined }),
    });
  };
}

const ScriptFormat = attributeEntry('scriptFormat', 'Script format', { description: 'The language of the script, e.g. javascript or groovy.' });
const ScriptBody = attributeEntry('script', 'Script', { area: true });
const CalledElement = attributeEntry('calledElement', 'Called element', { description: 'The id of the process (or global task) this activity calls.' });

function implementationGroup(element: Any, translate: Any) {
  if (element.type === 'label') return null;
  if (is(element, 'bpmn:ScriptTask')) {
    return {
      id: 'procmod-script',
      label: translate('Script'),
      component: Group,
      entries: [
        { id: 'scriptFormat', component: ScriptFormat, isEdited: isTextFieldEntryEdited },
        { id: 'scriptBody', component: ScriptBody, isEdited: isTextAreaEntryEdited },
      ],
    };
  }
  if (is(element, 'bpmn:CallActivity')) {
    return { id: 'procmod-call', label: translate('Called element'), component: Group, entries: [{ id: 'calledElement', component: CalledElement, isEdited: isTextFieldEntryEdited }] };
  }
  return null;
}

// ---------- Provider ----------

function ExtraPropertiesProvider(this: Any, propertiesPanel: Any, translate: Any) {
  this.getGroups = (element: Any) => (groups: Any[]) => {
    const extra = [conditionGroup, implementationGroup, loopGroup, dataGroup, participantGroup].map((g) => g(element, translate)).filter(Boolean);
    // Right after General and Documentation, where Camunda Modeler users look for them.
    const at = Math.max(groups.findIndex((g) => g.id === 'documentation'), groups.findIndex((g) => g.id === 'general')) + 1;
    groups.splice(at || groups.length, 0, ...extra);
    return groups;
  };
  // After getGroups exists: registerProvider refuses (console.error only) a provider without it.
  // Lower priority than the BPMN provider (1000), so our groups are added to its list.
  propertiesPanel.registerProvider(500, this);
}
ExtraPropertiesProvider.$inject = ['propertiesPanel', 'translate'];

export const extraPropertiesModule = {
  __init__: ['procmodExtraPropertiesProvider'],
  procmodExtraPropertiesProvider: ['type', ExtraPropertiesProvider],
};
