// The seam between the chat (proposal cards, client effects) and the modeler's proposal module: the module
// registers its service here while a modeler is mounted; cards call it. (Selection: modeler-bridge.ts.)
import type { BatchOutcome, EditOp, RevisionRef } from '@/lib/bpmn/edits';

export type PreparedProposal = Extract<BatchOutcome, { ok: true }>;

export type ProposalService = {
  /** Plans the accepted operations against the diagram on screen (nothing is changed yet). */
  prepare(operations: EditOp[], revision: RevisionRef | null, accepted?: number[]): Promise<BatchOutcome>;
  /** Marks the proposal on the canvas: added green, changed amber, removed red. */
  preview(outcome: PreparedProposal): void;
  clearPreview(): void;
  /** True while a proposal preview is on the canvas. */
  previewing(): boolean;
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
  /** Marks elements the assistant points at (a server-sent `highlight_elements` effect) until the next click;
   * returns the ids the diagram has. An empty list clears the marks. */
  highlight(ids: string[]): string[];
};

export const proposalBridge: { service: ProposalService | null } = { service: null };
