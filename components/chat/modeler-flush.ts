// Before a message is sent the modeler saves pending edits, so the server records the revision the user sees.
import { modelerBridge } from '@/components/modeler/modeler-bridge';

export async function flushModelerSave(): Promise<void> {
  await modelerBridge.flushSave?.();
}
