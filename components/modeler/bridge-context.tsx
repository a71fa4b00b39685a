'use client';
// One ModelerBridge per workspace, for the modeler and the chat panel below the provider (see modeler-bridge.ts).
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import { createModelerBridge, type ModelerBridge } from './modeler-bridge';

const BridgeContext = createContext<ModelerBridge | null>(null);

/**
 * Announced on window after the modeler sent files, for observers only (the screenshot spec and bench read the File
 * from it). Nothing in the app listens to it: delivery is the bridge's.
 */
export const FILES_SENT_EVENT = 'procmod:composer-files';

/** `onFilesSent`: called when the modeler sends files to the chat (the latest function is used). */
export function ModelerBridgeProvider({ onFilesSent, children }: { onFilesSent?: () => void; children: ReactNode }) {
  const onFiles = useRef(onFilesSent);
  onFiles.current = onFilesSent;
  // Created once: the queue of files and the current selection must outlive re-renders.
  const [bridge] = useState(() =>
    createModelerBridge({
      onFilesSent: (files) => {
        onFiles.current?.();
        window.dispatchEvent(new CustomEvent(FILES_SENT_EVENT, { detail: { files } }));
      },
    }),
  );
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useModelerBridge(): ModelerBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useModelerBridge() needs a <ModelerBridgeProvider> above it (the workspace editor).');
  return bridge;
}
