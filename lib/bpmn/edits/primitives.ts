// The explicit, fully resolved steps an operation is planned into: ids, types and positions are fixed, so the
// server (on a moddle copy) and the browser (through bpmn-js `modeling`) produce the same diagram.
import type { Bounds } from './tree';

export type EventDefinitionSpec = { kind: string; duration?: string };

export type Primitive =
  | {
      p: 'createShape';
      id: string;
      /** Full moddle type, e.g. "bpmn:UserTask". */
      type: string;
      name?: string;
      eventDefinition?: EventDefinitionSpec;
      /** Process, sub-process or participant id the shape goes into. */
      parentId: string;
      laneId?: string;
      bounds: Bounds;
      attachToId?: string;
      cancelActivity?: boolean;
    }
  | { p: 'createFlow'; id: string; type: 'bpmn:SequenceFlow' | 'bpmn:MessageFlow'; sourceId: string; targetId: string; name?: string; condition?: string }
  | { p: 'reconnect'; id: string; end: 'source' | 'target'; newId: string }
  | { p: 'delete'; id: string }
  | {
      p: 'update';
      id: string;
      name?: string;
      documentation?: string;
      /** null removes the condition. */
      condition?: string | null;
      defaultFlowId?: string | null;
    }
  | { p: 'replace'; id: string; type: string; eventDefinition?: EventDefinitionSpec | null }
  | { p: 'move'; id: string; dx: number; dy: number; laneId?: string; /** Another pool (participant) the element goes into. */ participantId?: string }
  | { p: 'addLane'; id: string; name: string; participantId: string }
  | { p: 'addPool'; id: string; name: string; bounds: Bounds }
  /** Everything at or below `y` moves down by `dy`; pools and lanes that span `y` grow (bpmn-js's space tool). */
  | { p: 'makeSpace'; y: number; dy: number }
  /** A lane at explicit bounds inside a participant or (as a sub-lane) inside a lane. */
  | { p: 'createLane'; id: string; name: string; parentId: string; bounds: Bounds }
  | { p: 'resize'; id: string; bounds: Bounds }
  /** A black-box pool gets a process of its own, so elements can move into it. */
  | { p: 'ensureProcess'; participantId: string; processId: string }
  /** The diagram's process becomes a pool of a new collaboration (the first pool of a diagram). */
  | { p: 'wrapInPool'; id: string; name: string; processId: string; bounds: Bounds; collaborationId: string };

export const EVENT_DEFINITION_TYPES: Record<string, string> = {
  message: 'bpmn:MessageEventDefinition',
  timer: 'bpmn:TimerEventDefinition',
  error: 'bpmn:ErrorEventDefinition',
  signal: 'bpmn:SignalEventDefinition',
  escalation: 'bpmn:EscalationEventDefinition',
  conditional: 'bpmn:ConditionalEventDefinition',
  terminate: 'bpmn:TerminateEventDefinition',
  compensation: 'bpmn:CompensateEventDefinition',
};
