// The seam between the modeler and the chat panel. The modeler sets these while a diagram is open; the chat
// panel awaits `flushSave` before sending (so the server attaches the revision the user is looking at), selects
// cited or changed elements and lists elements for @-mentions. The canvas selection comes the other way through
// publishSelection / onSelectionChange: this file is the one selection channel in both directions.
export type BridgeElement = { id: string; name: string; type: string };

export const modelerBridge: {
  /** Save now if there are unsaved changes; resolves when the revision is stored. */
  flushSave?: () => Promise<void>;
  /** Select these elements on the canvas and scroll the first into view; returns the ids the diagram has. */
  selectElements?: (ids: string[]) => string[];
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

// The canvas selection, modeler → chat. The latest value is kept, so a chat panel that mounts after the user
// selected something still sees it.
type SelectionListener = (elements: BridgeElement[]) => void;
let selection: BridgeElement[] = [];
const selectionListeners = new Set<SelectionListener>();

/** The modeler reports its selection (named or not; labels excluded) whenever it changes. */
export function publishSelection(elements: BridgeElement[]): void {
  selection = elements;
  for (const fn of selectionListeners) fn(elements);
}

/** Called at once with the current selection and then on every change; returns the unsubscribe function. */
export function onSelectionChange(fn: SelectionListener): () => void {
  selectionListeners.add(fn);
  fn(selection);
  return () => {
    selectionListeners.delete(fn);
  };
}
