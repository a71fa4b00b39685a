// The edit operations an assistant may propose, as zod schemas. One module for the server (validation, the
// model's function-tool schema) and the browser (the modeler applies them): no Node-only imports here.
// Elements are referred to by id or by their exact name ("Receive order"); the planner resolves both.
import { z } from 'zod';

const ref = z.string().trim().min(1).max(200).describe('An element id (e.g. "Task_1") or its exact name (e.g. "Receive order").');
const name = z.string().trim().min(1).max(200);
const newId = z
  .string()
  .regex(/^[A-Za-z_][\w.-]{0,99}$/, 'an id starts with a letter or _ and has only letters, digits, _ . -')
  .optional()
  .describe('Optional id for the new element, so later operations of the same batch can refer to it.');

export const TASK_TYPES = ['task', 'userTask', 'serviceTask', 'sendTask', 'receiveTask', 'manualTask', 'businessRuleTask', 'scriptTask', 'callActivity', 'subProcess'] as const;
export const GATEWAY_TYPES = ['exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway', 'complexGateway'] as const;
export const EVENT_TYPES = ['startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent'] as const;
export const ELEMENT_TYPES = [...TASK_TYPES, ...GATEWAY_TYPES, ...EVENT_TYPES] as const;
export const EVENT_DEFINITIONS = ['none', 'message', 'timer', 'error', 'signal', 'escalation', 'conditional', 'terminate', 'compensation'] as const;
export const BOUNDARY_DEFINITIONS = ['timer', 'error', 'message', 'signal', 'escalation', 'conditional', 'compensation'] as const;

export type ElementType = (typeof ELEMENT_TYPES)[number];
export type EventDefinitionKind = (typeof EVENT_DEFINITIONS)[number];

/** ISO 8601 durations as BPMN timers use them: P2D, PT4H, P1DT12H, P1W. */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const duration = z.string().trim().regex(ISO_DURATION, 'an ISO 8601 duration such as P2D (two days) or PT4H (four hours)');

export const addElementOp = z
  .object({
    op: z.literal('addElement'),
    type: z.enum(ELEMENT_TYPES),
    name: name.optional(),
    id: newId,
    event: z.enum(EVENT_DEFINITIONS).optional().describe('Event definition for an event type (timer, message, …).'),
    duration: duration.optional().describe('Timer duration when event is "timer".'),
    lane: ref.optional().describe('Lane to put the element in (default: the lane of its neighbour).'),
    after: ref.optional(),
    before: ref.optional(),
    between: z.tuple([ref, ref]).optional().describe('Insert into the flow between these two elements.'),
  })
  .describe('Add a task, gateway or event; after/before/between connect it in sequence.');

export const connectOp = z.object({
  op: z.literal('connect'),
  from: ref,
  to: ref,
  id: newId,
  name: name.optional(),
  condition: z.string().trim().min(1).max(1000).optional(),
}).describe('Connect two elements with a sequence flow (a message flow when they are in different pools).');

export const removeOp = z.object({
  op: z.literal('remove'),
  element: ref,
  reconnect: z.boolean().optional().describe('Join the single predecessor to the single successor (default true).'),
}).describe('Remove an element or flow.');

export const renameOp = z.object({ op: z.literal('rename'), element: ref, name }).describe('Rename an element, flow, lane or pool.');

export const changeTypeOp = z.object({
  op: z.literal('changeType'),
  element: ref,
  type: z.enum(ELEMENT_TYPES),
  event: z.enum(EVENT_DEFINITIONS).optional(),
  duration: duration.optional(),
}).describe('Change a task into another task type, a gateway into another gateway type, or an event type/definition.');

export const moveToLaneOp = z.object({ op: z.literal('moveToLane'), element: ref, lane: ref }).describe('Move an element into another lane.');

export const addBoundaryEventOp = z.object({
  op: z.literal('addBoundaryEvent'),
  element: ref.describe('The activity the event is attached to.'),
  event: z.enum(BOUNDARY_DEFINITIONS),
  duration: duration.optional().describe('For timers: ISO 8601 duration, e.g. P2D.'),
  name: name.optional(),
  id: newId,
  interrupting: z.boolean().optional().describe('Default true.'),
}).describe('Attach a boundary event (timer, error, message, …) to an activity.');

export const addLaneOp = z.object({
  op: z.literal('addLane'),
  name,
  id: newId,
  pool: ref.optional().describe('Pool (participant) to add the lane to; default: the only pool.'),
}).describe('Add a lane at the bottom of a pool.');

export const addPoolOp = z.object({
  op: z.literal('addPool'),
  name,
  id: newId,
  mainPool: name.optional().describe('Only when the diagram has no pools yet: the name of the pool the existing process goes into (default: the process name).'),
}).describe('Add an empty (black-box) pool below the diagram, e.g. for a customer or supplier. Without pools yet, the existing process first becomes a pool of its own.');

export const splitLaneOp = z.object({
  op: z.literal('splitLane'),
  lane: ref,
  into: z.array(name).min(2).max(4).describe('Names of the new lanes, top to bottom.'),
  as: z.enum(['sublanes', 'siblings']).optional().describe('"sublanes" (default): the lane keeps its name and gets these lanes inside; "siblings": the lane is replaced by these lanes side by side.'),
  assign: z
    .array(z.object({ element: ref, lane: name }))
    .max(100)
    .optional()
    .describe('Which element goes into which new lane (by the new lane name); elements not listed go into the first new lane.'),
}).describe('Split a lane into two to four lanes (sub-lanes or sibling lanes); its elements are assigned to the new lanes.');

export const moveToPoolOp = z.object({
  op: z.literal('moveToPool'),
  element: ref,
  pool: ref.describe('The pool (participant) to move the element into.'),
  lane: ref.optional().describe('Lane of that pool (default: its first lane).'),
}).describe('Move a task or event into another pool. Its sequence flows to elements left behind become message flows; a flow that cannot be a message flow (e.g. to a gateway) refuses the move.');

export const setConditionOp = z.object({
  op: z.literal('setCondition'),
  flow: ref.describe('Flow id or name, or "Source -> Target" with element ids or names.'),
  condition: z.string().trim().min(1).max(1000),
}).describe('Set the condition expression of a sequence flow.');

export const setDefaultFlowOp = z.object({
  op: z.literal('setDefaultFlow'),
  gateway: ref,
  flow: ref.describe('Flow id or name, or the target element of the outgoing flow.'),
}).describe('Make one outgoing flow the default flow of a gateway.');

export const setDocumentationOp = z.object({ op: z.literal('setDocumentation'), element: ref, text: z.string().max(10_000) }).describe('Set the documentation text of an element.');

export const editOp = z.discriminatedUnion('op', [
  addElementOp,
  connectOp,
  removeOp,
  renameOp,
  changeTypeOp,
  moveToLaneOp,
  addBoundaryEventOp,
  addLaneOp,
  addPoolOp,
  splitLaneOp,
  moveToPoolOp,
  setConditionOp,
  setDefaultFlowOp,
  setDocumentationOp,
]);
export type EditOp = z.infer<typeof editOp>;
export type EditOpName = EditOp['op'];

export const MAX_OPERATIONS = 50;

/** The revision a proposal was computed for: the stored revision id and the diagram's semantic fingerprint. */
export const revisionRef = z.object({ id: z.string().max(100).optional(), fingerprint: z.string().max(64) });
export type RevisionRef = z.infer<typeof revisionRef>;

export const editBatch = z.object({
  revision: revisionRef,
  operations: z.array(editOp).min(1).max(MAX_OPERATIONS),
});
export type EditBatch = z.infer<typeof editBatch>;

/** What the model fills in when it proposes (the revision and lint delta are added by the server). */
export const proposeInput = z.object({
  operations: z.array(editOp).min(1).max(MAX_OPERATIONS),
  summary: z.string().max(500).optional().describe('One sentence for the user: what the change does and why.'),
});

/** JSON schema of the model-facing tool parameters. */
export function proposeToolJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(proposeInput, { target: 'draft-7' }) as Record<string, unknown>;
}

/** Zod issues as one readable line each: "operations.0.type: Invalid option…". */
export function formatIssues(err: z.ZodError): string[] {
  return err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
}
