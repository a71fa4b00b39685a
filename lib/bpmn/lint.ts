// bpmnlint on the server with its "recommended" rules. The resolver is built by hand from static imports
// (no dynamic require), so it works the same under Node, Vitest and the Next.js server bundle.
import { Linter } from 'bpmnlint';
import recommended from 'bpmnlint/config/recommended';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import global from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import type { ModdleElement } from './parse';

const RULES: Record<string, unknown> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

/** One line per rule: what to do about it. */
export const LINT_FIXES: Record<string, string> = {
  'ad-hoc-sub-process': 'Remove start and end events from the ad-hoc sub-process; its activities run without them.',
  'conditional-flows': 'Add a condition to this flow, or make it the gateway\'s default flow.',
  'end-event-required': 'Add an end event so the process (or sub-process) finishes explicitly.',
  'event-based-gateway': 'Give the event-based gateway at least two outgoing flows, each to a catch event, with no conditions.',
  'event-sub-process-typed-start-event': 'Give the event sub-process\'s start event a trigger (message, timer, error, …).',
  'fake-join': 'Join the incoming flows with a gateway before this element instead of connecting them directly.',
  global: 'Name the global element, make the name unique, or delete it if nothing uses it.',
  'label-required': 'Give this element a short name that says what happens (verb + object for tasks, a question for gateways).',
  'link-event': 'Pair each link throw event with a catch event of the same link name in the same scope.',
  'no-bpmndi': 'Redraw the element (or re-import the diagram) so it has layout information.',
  'no-complex-gateway': 'Replace the complex gateway with exclusive/parallel gateways whose behaviour is explicit.',
  'no-disconnected': 'Connect the element with incoming and outgoing sequence flows, or delete it.',
  'no-duplicate-sequence-flows': 'Delete the duplicate sequence flow between the same two elements.',
  'no-gateway-join-fork': 'Split this gateway into two: one that joins and one that forks.',
  'no-implicit-end': 'Connect the element to an end event so the path finishes explicitly.',
  'no-implicit-split': 'Put a gateway after the element to split the flow, instead of several outgoing flows.',
  'no-implicit-start': 'Start the path with a start event, or connect the element to an incoming flow.',
  'no-inclusive-gateway': 'Consider exclusive or parallel gateways; inclusive gateways are hard to read and execute.',
  'no-overlapping-elements': 'Move the element so it does not overlap others and stays inside its parent.',
  'single-blank-start-event': 'Keep one blank start event per process; give the others a trigger or remove them.',
  'single-event-definition': 'Give the event exactly one event definition; split it into several events if needed.',
  'start-event-required': 'Add a start event so it is clear where the process (or sub-process) begins.',
  'sub-process-blank-start-event': 'Use a blank start event inside the sub-process (remove its trigger).',
  'superfluous-gateway': 'Remove the gateway: with one incoming and one outgoing flow it does nothing.',
  'superfluous-label': 'Remove the label from this flow; only flows leaving a decision need one.',
  'superfluous-termination': 'Use a plain end event; nothing else is running that a terminate event would stop.',
};

export type LintFinding = {
  rule: string;
  category: 'error' | 'warn' | 'info';
  elementId: string | null;
  elementName: string | null;
  message: string;
  fix: string;
};

const resolver = {
  resolveRule: (pkg: string, name: string) => (pkg === 'bpmnlint' ? RULES[name] : undefined),
  resolveConfig: (pkg: string, name: string) => (pkg === 'bpmnlint' && name === 'recommended' ? recommended : undefined),
};

export async function lintDefinitions(definitions: ModdleElement): Promise<LintFinding[]> {
  const linter = new Linter({ resolver, config: { extends: 'bpmnlint:recommended' } });
  const names = new Map<string, string | null>();
  indexNames(definitions, names, new Set());
  const reports = await linter.lint(definitions);
  const out: LintFinding[] = [];
  for (const [rule, list] of Object.entries(reports)) {
    for (const r of list) {
      if (r.category === 'rule-error') continue;
      const elementId = r.id ?? null;
      out.push({
        rule,
        category: r.category === 'warn' ? 'warn' : r.category === 'info' ? 'info' : 'error',
        elementId,
        elementName: elementId ? (names.get(elementId) ?? null) : null,
        message: r.message,
        fix: LINT_FIXES[rule] ?? 'See the bpmnlint documentation for this rule.',
      });
    }
  }
  // Errors first, then by element, for stable output.
  return out.sort((a, b) => (a.category === b.category ? 0 : a.category === 'error' ? -1 : 1) || (a.elementId ?? '').localeCompare(b.elementId ?? ''));
}

function indexNames(el: ModdleElement, names: Map<string, string | null>, seen: Set<unknown>) {
  if (!el || typeof el !== 'object' || seen.has(el)) return;
  seen.add(el);
  if (typeof el.id === 'string') names.set(el.id, typeof el.name === 'string' && el.name.trim() ? el.name.trim() : null);
  for (const key of ['rootElements', 'flowElements', 'participants', 'messageFlows', 'laneSets', 'lanes', 'artifacts']) {
    const v = el[key];
    if (Array.isArray(v)) for (const c of v) indexNames(c, names, seen);
  }
  if (el.childLaneSet) indexNames(el.childLaneSet, names, seen);
}
