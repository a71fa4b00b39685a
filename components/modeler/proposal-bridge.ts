// The seam between the chat (proposal cards) and the modeler's proposal module (issue 12): the module
// registers its service here while a modeler is mounted; cards call it. Selection changes go out as an event.
import type { BatchOutcome, EditOp, RevisionRef } from '@/lib/bpmn/edits';

export type PreparedProposal = Extract<BatchOutcome, { ok: true }>;

export type ProposalService = {
  /** Plans the accepted operations against the diagram on screen (nothing is changed yet). */
  prepare(operations: EditOp[], revision: RevisionRef | null, accepted?: number[]): Promise<BatchOutcome>;
  /** Marks the proposal on the canvas: added green, changed amber, removed red. */
  preview(outcome: PreparedProposal): void;
  clearPreview(): void;
  /** Applies a prepared proposal as one command (one Ctrl+Z undoes it). */
  apply(outcome: PreparedProposal): void;
  /** The diagram's semantic fingerprint right now. */
  fingerprint(): string;
  /** Current XML (what a new revision would store). */
  xml(): Promise<string>;
  /** True when the canvas has no flow elements (a generated process may be drawn into it). */
  isEmpty(): boolean;
  /** Draws a generated process (with its layout) into the empty canvas as one command. */
  insertProcess(xml: string): Promise<void>;
};

export const proposalBridge: { service: ProposalService | null } = { service: null };

/** Dispatched on window whenever the canvas selection changes. */
export const SELECTION_EVENT = 'procmod:selection';
export type SelectedElement = { id: string; name: string; type: string };
export type SelectionDetail = { elements: SelectedElement[] };
/** Dispatched by the chat to select (and show) elements on the canvas. */
export const SELECT_ELEMENTS_EVENT = 'procmod:select-elements';
