// AI edit operations: schema, planning, headless apply with lint delta. Shared by server and browser.
export * from './schema';
export { applyBatchToCopy, fingerprint, lintDelta, structuralProblems } from './batch';
export type { BatchOutcome, EditFailure, LintDelta } from './batch';
export { EditError, Planner, humanDuration, typeWords, bpmnType } from './plan';
export type { PlannedChange, EditErrorCode } from './plan';
export type { Primitive, EventDefinitionSpec } from './primitives';
export { EVENT_DEFINITION_TYPES } from './primitives';
export { changeSummary, changeCounts } from './summary';
export { DiagramTree } from './tree';
