// The seam between the modeler and the chat panel of one workspace, handed down as React context
// (bridge-context.tsx) — one bridge per workspace, no module state. The modeler connects while a diagram is open;
// the chat awaits `flushSave` before sending (so the server attaches the revision the user is looking at), selects
// cited or changed elements, lists elements for @-mentions, follows the canvas selection and receives screenshots.
// Plain TypeScript so the delivery rules are unit-tested without React or a browser.
export type BridgeElement = { id: string; name: string; type: string };

/** What the modeler offers while a diagram is open. */
export type ModelerApi = {
  /** Save now if there are unsaved changes; resolves when the revision is stored. */
  flushSave(): Promise<void>;
  /** Select these elements on the canvas and scroll the first into view; returns the ids the diagram has. */
  selectElements(ids: string[]): string[];
  /** Named flow elements, lanes and pools of the open diagram (for @-mentions). */
  listElements(): BridgeElement[];
};

type Listener<T> = (value: T) => void;

export type ModelerBridge = ModelerApi & {
  /** The modeler offers its API (replacing any earlier one); returns the disconnect function. */
  connectModeler(api: ModelerApi): () => void;
  /** Whether a modeler is connected (selectElements and listElements answer empty without one). */
  isConnected(): boolean;
  /** The modeler reports its selection (named or not; labels excluded) whenever it changes. */
  publishSelection(elements: BridgeElement[]): void;
  /** Called at once with the current selection and then on every change; returns the unsubscribe function. */
  onSelectionChange(fn: Listener<BridgeElement[]>): () => void;
  /** Hand files (screenshots) to the chat composer; queued until a composer is there to take them. */
  sendFiles(files: File[]): void;
  /** Become the composer that receives files (queued ones are delivered at once, in order); returns the unregister function. */
  onComposerFiles(fn: Listener<File[]>): () => void;
};

/** `onFilesSent` runs for every non-empty `sendFiles` (the workspace opens the chat pane so a composer mounts). */
export function createModelerBridge(opts: { onFilesSent?: (files: File[]) => void } = {}): ModelerBridge {
  let modeler: ModelerApi | null = null;
  let selection: BridgeElement[] = [];
  const selectionListeners = new Set<Listener<BridgeElement[]>>();
  // Files go to exactly one receiver (the composer on screen). Sent while there is none — the chat still loading, the
  // element's script still arriving, the pane collapsed — they wait here and are delivered when one registers.
  let receiver: Listener<File[]> | null = null;
  const waiting: File[][] = [];

  const bridge: ModelerBridge = {
    connectModeler(api) {
      modeler = api;
      return () => {
        if (modeler !== api) return;
        modeler = null;
        bridge.publishSelection([]);
      };
    },
    isConnected: () => modeler !== null,
    flushSave: () => modeler?.flushSave() ?? Promise.resolve(),
    selectElements: (ids) => modeler?.selectElements(ids) ?? [],
    listElements: () => modeler?.listElements() ?? [],

    publishSelection(elements) {
      selection = elements;
      for (const fn of selectionListeners) fn(elements);
    },
    onSelectionChange(fn) {
      selectionListeners.add(fn);
      fn(selection);
      return () => void selectionListeners.delete(fn);
    },

    sendFiles(files) {
      if (!files.length) return;
      if (receiver) receiver(files);
      else waiting.push(files);
      opts.onFilesSent?.(files);
    },
    onComposerFiles(fn) {
      receiver = fn;
      while (waiting.length && receiver === fn) fn(waiting.shift()!);
      return () => {
        if (receiver === fn) receiver = null;
      };
    },
  };
  return bridge;
}
