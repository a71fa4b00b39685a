// Debounced autosave of the open diagram as a new revision, with a visible state and a flush for the chat panel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiJson } from '@/components/ui/api-client';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';
export type SaveState = { status: SaveStatus; error?: string; savedAt?: Date };

export const AUTOSAVE_DELAY_MS = 800;

async function postRevision(diagramId: string, xml: string): Promise<void> {
  await apiJson('POST', `/api/diagrams/${diagramId}/revisions`, { xml }, 'Saving failed');
}

/**
 * `markDirty()` after every change; `target()` (the open diagram and its current XML) is saved ~800 ms after the last change.
 * `flush()` saves at once and resolves when stored (failures are reported in the state, not thrown).
 */
export function useAutosave(target: () => { diagramId: string; xml: Promise<string> } | null) {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const ref = useRef({ dirty: false, timer: undefined as ReturnType<typeof setTimeout> | undefined, inflight: null as Promise<void> | null, target });
  ref.current.target = target;

  const flush = useCallback(async (): Promise<void> => {
    const r = ref.current;
    clearTimeout(r.timer);
    while (r.inflight) await r.inflight;
    if (!r.dirty) return;
    // Read the XML now (synchronously started), so a diagram switch or unmount right after cannot change it.
    const t = r.target();
    if (!t) return;
    r.dirty = false;
    setState((s) => ({ ...s, status: 'saving', error: undefined }));
    r.inflight = (async () => {
      try {
        await postRevision(t.diagramId, await t.xml);
        if (!r.dirty) setState({ status: 'saved', savedAt: new Date() });
      } catch (err) {
        r.dirty = true;
        setState({ status: 'failed', error: (err as Error).message || 'Saving failed.' });
      }
    })();
    try {
      await r.inflight;
    } finally {
      r.inflight = null;
    }
  }, []);

  const markDirty = useCallback(() => {
    const r = ref.current;
    r.dirty = true;
    setState((s) => (s.status === 'saving' ? s : { ...s, status: 'unsaved' }));
    clearTimeout(r.timer);
    r.timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  /** Forget pending changes (a new diagram was just imported: nothing to save yet). */
  const reset = useCallback(() => {
    clearTimeout(ref.current.timer);
    ref.current.dirty = false;
    setState({ status: 'saved' });
  }, []);

  // Leaving with unsaved changes warns (the browser shows its own wording).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!ref.current.dirty && !ref.current.inflight) return;
      void flush();
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      clearTimeout(ref.current.timer);
    };
  }, [flush]);

  return { state, markDirty, flush, reset };
}
