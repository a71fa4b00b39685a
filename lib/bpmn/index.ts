// One call for everything the AI needs to know about a diagram: structure, graph analysis and lint findings.
import { parseBpmn } from './parse';
import { buildModel, type DiagramModel } from './model';
import { analyseGraph, type GraphAnalysis } from './graph';
import { lintDefinitions, type LintFinding } from './lint';

export type DiagramAnalysis = {
  model: DiagramModel; graph: GraphAnalysis; lint: LintFinding[];
  /** Parser warnings (what was dropped) and notes (what was repaired before parsing). */
  warnings: string[]; notes?: string[];
};

export async function analyseBpmn(xml: string | Uint8Array): Promise<DiagramAnalysis> {
  const { definitions, warnings, notes } = await parseBpmn(xml);
  const model = buildModel(definitions);
  return { model, graph: analyseGraph(model), lint: await lintDefinitions(definitions), warnings, notes };
}

export { parseBpmn, assertSafeBpmnText, BPMN_MAX_BYTES, BpmnParseError } from './parse';
export { buildModel, cite, isActivityType, typeLabel } from './model';
export type { DiagramModel, FlowNode, SequenceFlow, Lane, Participant } from './model';
export { analyseGraph, successors, predecessors, entryNodes, MAX_PATHS } from './graph';
export type { GraphAnalysis, Path } from './graph';
export { lintDefinitions, lintProblem, LINT_FIXES, LINT_TEXT, type LintLang } from './lint';
export type { LintFinding } from './lint';
export { diffModels } from './diff';
export type { DiagramDiff } from './diff';
