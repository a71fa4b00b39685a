// Before a message is sent the modeler saves pending edits, so the server records the revision the user sees.
// The bridge (components/modeler/modeler-bridge.ts) is the modeler's; until it exists this resolves at once.
export async function flushModelerSave(): Promise<void> {
  return;
}
