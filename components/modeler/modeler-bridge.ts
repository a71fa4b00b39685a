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

// Files for the composer are handed to exactly one receiver (the chat panel on screen). A screenshot taken while no
// panel is ready yet — the chat still loading, the element's script still arriving — waits here and is delivered
// when a receiver registers, instead of being dropped.
type Receiver = (files: File[]) => void;
let receiver: Receiver | null = null;
const waiting: File[][] = [];

function accept(files: File[]) {
  if (!files.length) return;
  if (receiver) receiver(files);
  else waiting.push(files);
}

if (typeof window !== 'undefined') {
  window.addEventListener(COMPOSER_FILES_EVENT, (e) => accept((e as CustomEvent<ComposerFilesDetail>).detail?.files ?? []));
}

/** Become the composer that receives files (queued ones are delivered at once); returns the unregister function. */
export function onComposerFiles(fn: Receiver): () => void {
  receiver = fn;
  while (waiting.length && receiver === fn) fn(waiting.shift()!);
  return () => {
    if (receiver === fn) receiver = null;
  };
}
