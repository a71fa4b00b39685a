import { DiagramListSkeleton } from '@/components/modeler/diagram-list';

export default function Loading() {
  return (
    <div className="app">
      <div className="app-header" />
      <DiagramListSkeleton />
    </div>
  );
}
