'use client';
// A read-only bpmn-js canvas (NavigatedViewer: pan, zoom, keyboard arrows) with a revision diff drawn on it, in the
// proposal preview's colours: changed amber and removed red as markers on the drawn elements, added green; changes
// whose element is not in this revision as dashed outlines where they are (or were) in the other one.
// Loaded on the client only, through next/dynamic (bpmn-js needs the DOM).
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@/components/modeler/proposal.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef } from 'react';
import type { MarkStatus, RevisionGhost, RevisionMark } from '@/lib/diagrams/revision-view';

/** The proposal preview's marker classes (components/modeler/proposal.css), and green for added on this canvas. */
export const MARKER: Record<MarkStatus, string> = { added: 'pm-rev-added', changed: 'pm-prop-changed', removed: 'pm-prop-removed' };
const GHOST: Record<MarkStatus, string> = { added: 'pm-prop-ghost', changed: 'pm-prop-ghost is-changed', removed: 'pm-prop-ghost is-removed' };
const OVERLAY = 'pm-revision-ghost';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Service = any;

export type CanvasApi = {
  /** Select the element and bring it to the middle at a readable zoom; false when this revision has no such shape. */
  show(id: string): boolean;
  /** Bring an outline (a change not drawn in this revision) to the middle. */
  showBox(b: { x: number; y: number; width: number; height: number }): void;
  fit(): void;
  zoom(step: number): void;
};

type Props = {
  xml: string;
  marks: RevisionMark[];
  ghosts: RevisionGhost[];
  /** Shown (selected, zoomed to) once the diagram is drawn. */
  initialElement: string | null;
  onReady: (api: CanvasApi, found: { initialElement: boolean }) => void;
  onError: (message: string) => void;
  label: string;
};

export default function RevisionCanvas({ xml, marks, ghosts, initialElement, onReady, onError, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // The callbacks may change identity between renders; the viewer is built once per revision.
  const cb = useRef({ onReady, onError });
  cb.current = { onReady, onError };

  useEffect(() => {
    if (!ref.current) return;
    const viewer = new NavigatedViewer({ container: ref.current, keyboard: { bind: true } });
    let alive = true;
    const get = (name: string): Service => viewer.get(name);

    const api: CanvasApi = {
      show(id) {
        const el = get('elementRegistry').get(id);
        if (!el) return false;
        const canvas = get('canvas');
        // An element inside a collapsed sub-process lives on that sub-process's plane.
        const root = canvas.findRoot?.(el);
        if (root && root !== canvas.getRootElement()) canvas.setRootElement(root);
        get('selection').select(el);
        if (el.waypoints) {
          canvas.scrollToElement(el);
          return true;
        }
        api.showBox(el);
        return true;
      },
      showBox(b) {
        const canvas = get('canvas');
        canvas.zoom(1);
        const vb = canvas.viewbox();
        canvas.viewbox({ x: b.x + b.width / 2 - vb.width / 2, y: b.y + b.height / 2 - vb.height / 2, width: vb.width, height: vb.height });
      },
      fit: () => get('canvas').zoom('fit-viewport', 'auto'),
      zoom: (step) => {
        const canvas = get('canvas');
        canvas.zoom(Math.min(4, Math.max(0.2, canvas.zoom() * step)));
      },
    };

    viewer
      .importXML(xml)
      .then(() => {
        if (!alive) return;
        const registry = get('elementRegistry');
        const canvas = get('canvas');
        for (const m of marks) if (registry.get(m.id)) canvas.addMarker(m.id, MARKER[m.status]);
        // Outlines are overlays anchored to a drawn shape and offset to the diagram coordinates they stand for.
        const anchor = registry.filter((e: Service) => !e.waypoints && e.parent && typeof e.x === 'number' && e.type !== 'label')[0];
        const overlays = get('overlays');
        if (anchor) {
          // Shapes an outline can land on: a ghost drawn over one (an element added where another was removed)
          // puts its label above the box, or the two labels print over each other. Containers never count.
          const solid = registry.filter(
            (e: Service) => !e.waypoints && e.type !== 'label' && typeof e.x === 'number' && !e.children?.length && !/Participant|Lane|Group/.test(e.type),
          );
          const covers = (g: RevisionGhost) =>
            solid.some((e: Service) => e.x < g.x + g.width && g.x < e.x + e.width && e.y < g.y + g.height && g.y < e.y + e.height);
          for (const g of ghosts) {
            const box = document.createElement('div');
            box.className = `${GHOST[g.status]}${/Event$/.test(g.type) ? ' is-round' : ''}${covers(g) ? ' is-over' : ''}`;
            box.style.width = `${g.width}px`;
            box.style.height = `${g.height}px`;
            box.dataset.ghost = g.id;
            box.dataset.status = g.status;
            const span = document.createElement('span');
            span.textContent = g.label;
            box.appendChild(span);
            overlays.add(anchor, OVERLAY, { position: { left: g.x - anchor.x, top: g.y - anchor.y }, html: box });
          }
        }
        canvas.zoom('fit-viewport', 'auto');
        const found = initialElement ? api.show(initialElement) : false;
        cb.current.onReady(api, { initialElement: found });
      })
      .catch((err: Error) => alive && cb.current.onError(`This revision could not be drawn: ${err.message}`));
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [xml, marks, ghosts, initialElement]);

  return <div ref={ref} className="rev-canvas" data-testid="revision-canvas" role="application" aria-label={label} />;
}
