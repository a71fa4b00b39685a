// The modeler/side-pane split: pane width, collapsed state and the tab shown (chat or properties), remembered in
// localStorage (per browser profile, so per user of that profile).
import { useCallback, useEffect, useState } from 'react';

const KEY = 'procmod.split.v1';
export const CHAT_MIN = 300;
export const CHAT_DEFAULT = 400;
/** The canvas keeps at least this much room (the bpmn.io watermark and palette must stay visible). */
export const CANVAS_MIN = 480;

/** Which tool the right-hand pane shows. */
export type SideTab = 'chat' | 'properties';
type Split = { width: number; collapsed: boolean; tab: SideTab };

export function clampChatWidth(width: number, total: number): number {
  const max = Math.max(CHAT_MIN, total - CANVAS_MIN);
  return Math.round(Math.min(Math.max(width, CHAT_MIN), max));
}

/** `userId` keys the remembered layout, so two people sharing a browser profile each keep their own. */
export function useSplit(userId?: string) {
  const key = userId ? `${KEY}.${userId}` : KEY;
  const [split, setSplit] = useState<Split>({ width: CHAT_DEFAULT, collapsed: false, tab: 'chat' });
  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(key) ?? localStorage.getItem(KEY) ?? 'null') as Partial<Split> | null;
      if (saved && typeof saved.width === 'number') {
        setSplit({ width: saved.width, collapsed: !!saved.collapsed, tab: saved.tab === 'properties' ? 'properties' : 'chat' });
      }
    } catch {
      /* a corrupt value falls back to the default */
    }
  }, [key]);
  const update = useCallback((next: Partial<Split>) => {
    setSplit((s) => {
      const merged = { ...s, ...next };
      try {
        localStorage.setItem(key, JSON.stringify(merged));
      } catch {
        /* storage full or disabled: the split still works for this page */
      }
      return merged;
    });
  }, [key]);
  return { ...split, update };
}
