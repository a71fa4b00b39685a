'use client';
// The canvas selection as removable chips above the composer: the ids go with the next message, so
// "rename it" or "add a timer to this" mean the selected elements.
import { useCallback, useEffect, useState } from 'react';
import { useModelerBridge } from '@/components/modeler/bridge-context';
import type { BridgeElement as SelectedElement } from '@/components/modeler/modeler-bridge';

export function useCanvasSelection() {
  const bridge = useModelerBridge();
  const [elements, setElements] = useState<SelectedElement[]>([]);
  useEffect(() => bridge.onSelectionChange(setElements), [bridge]);
  const remove = useCallback((id: string) => setElements((els) => els.filter((e) => e.id !== id)), []);
  return { elements, remove };
}

const typeWords = (t: string) => t.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function SelectionChips({ elements, onRemove }: { elements: SelectedElement[]; onRemove: (id: string) => void }) {
  if (!elements.length) return null;
  return (
    <div className="chat-selection-chips" aria-label="Selected on the canvas" data-testid="selection-chips">
      {elements.slice(0, 8).map((e) => (
        <span key={e.id} className="chat-selection-chip" title={`${typeWords(e.type)} ${e.id}`} data-testid="selection-chip" data-element-id={e.id}>
          {e.name || typeWords(e.type)}
          <button type="button" aria-label={`Don't refer to ${e.name || e.id}`} onClick={() => onRemove(e.id)}>
            ×
          </button>
        </span>
      ))}
      {elements.length > 8 && <span className="chat-selection-chip">+{elements.length - 8} more</span>}
    </div>
  );
}
