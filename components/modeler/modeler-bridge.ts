// The seam between the modeler and the chat panel. The modeler sets these while a diagram is open; the chat
// panel awaits `flushSave` before sending (so the server attaches the revision the user is looking at), selects
// cited elements and lists elements for @-mentions.
export type BridgeElement = { id: string; name: string; type: string };

export const modelerBridge: {
  /** Save now if there are unsaved changes; resolves when the revision is stored. */
  flushSave?: () => Promise<void>;
  /** Select an element on the canvas and scroll it into view; false when the diagram has no such element. */
  selectElement?: (id: string) => boolean;
  /** Named flow elements, lanes and pools of the open diagram (for @-mentions). */
  listElements?: () => BridgeElement[];
} = {};

/** The event the screenshot button dispatches; the chat panel puts `detail.files` into its composer. */
export const COMPOSER_FILES_EVENT = 'procmod:composer-files';
export type ComposerFilesDetail = { files: File[] };
