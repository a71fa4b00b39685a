// The thread each diagram's chat had open last, so a reload (or coming back to the diagram) reopens it. One key
// for both chat UIs (built-in panel and ChatKit element): switching CHAT_UI keeps the place.
const key = (diagramId: string | null) => `procmod.chat.thread.${diagramId ?? 'none'}`;

export function readLastThread(diagramId: string | null): string | null {
  try {
    return window.localStorage.getItem(key(diagramId));
  } catch {
    return null; // storage disabled: start empty
  }
}

export function writeLastThread(diagramId: string | null, threadId: string | null): void {
  try {
    if (threadId) window.localStorage.setItem(key(diagramId), threadId);
    else window.localStorage.removeItem(key(diagramId));
  } catch {
    // storage disabled: the chat just starts empty next time
  }
}
