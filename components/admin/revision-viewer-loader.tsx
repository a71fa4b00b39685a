'use client';
// bpmn-js needs the DOM: load the viewer on the client only.
import dynamic from 'next/dynamic';

const RevisionViewer = dynamic(() => import('./revision-viewer'), {
  ssr: false,
  loading: () => <div className="revision-canvas placeholder">Loading diagram…</div>,
});

export function RevisionViewerLoader({ xml }: { xml: string }) {
  return <RevisionViewer xml={xml} />;
}
