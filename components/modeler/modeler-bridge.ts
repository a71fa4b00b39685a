// The seam between the modeler and the chat panel (interfaces §4). The modeler sets `flushSave` while a diagram
// is open; the chat panel awaits it before sending, so the server attaches the revision the user is looking at.
export const modelerBridge: {
  /** Save now if there are unsaved changes; resolves when the revision is stored. */
  flushSave?: () => Promise<void>;
} = {};

/** The event the screenshot button dispatches; the chat panel puts `detail.files` into its composer. */
export const COMPOSER_FILES_EVENT = 'procmod:composer-files';
export type ComposerFilesDetail = { files: File[] };
