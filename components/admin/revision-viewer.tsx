'use client';
// Read-only BPMN display (bpmn-js NavigatedViewer: pan and zoom, no editing). Load through RevisionViewerLoader.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';

export default function RevisionViewer({ xml }: { xml: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | string>('loading');

  useEffect(() => {
    if (!ref.current) return;
    const viewer = new NavigatedViewer({ container: ref.current });
    let alive = true;
    viewer
      .importXML(xml)
      .then(() => {
        if (!alive) return;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (viewer.get('canvas') as any).zoom('fit-viewport', 'auto');
        setState('ready');
      })
      .catch((err: Error) => alive && setState(`This revision could not be displayed: ${err.message}`));
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [xml]);

  return (
    <>
      {state !== 'ready' && state !== 'loading' && <div className="alert alert-error" style={{ margin: 12 }}>{state}</div>}
      <div ref={ref} className="revision-canvas" data-testid="revision-viewer" data-state={state === 'ready' ? 'ready' : 'loading'} />
    </>
  );
}
