// The modeler/chat split: chat width and collapsed state, remembered in localStorage.
import { useCallback, useEffect, useState } from 'react';

const KEY = 'procmod.split.v1';
export const CHAT_MIN = 300;
export const CHAT_DEFAULT = 400;
/** The canvas keeps at least this much room (the bpmn.io watermark and palette must stay visible). */
export const CANVAS_MIN = 480;

type Split = { width: number; collapsed: boolean };

export function clampChatWidth(width: number, total: number): number {
  const max = Math.max(CHAT_MIN, total - CANVAS_MIN);
  return Math.round(Math.min(Math.max(width, CHAT_MIN), max));
}

export function useSplit() {
  const [split, setSplit] = useState<Split>({ width: CHAT_DEFAULT, collapsed: false });
  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Split> | null;
      if (saved && typeof saved.width === 'number') setSplit({ width: saved.width, collapsed: !!saved.collapsed });
    } catch {
      /* a corrupt value falls back to the default */
    }
  }, []);
  const update = useCallback((next: Partial<Split>) => {
    setSplit((s) => {
      const merged = { ...s, ...next };
      try {
        localStorage.setItem(KEY, JSON.stringify(merged));
      } catch {
        /* storage full or disabled: the split still works for this page */
      }
      return merged;
    });
  }, []);
  return { ...split, update };
}
