export default function Loading() {
  return (
    <div className="app">
      <div className="app-header" />
      <div className="placeholder" aria-busy="true">Opening the diagram…</div>
    </div>
  );
}
