import Link from 'next/link';

export default function DiagramNotFound() {
  return (
    <div className="app">
      <div className="placeholder">
        <div>
          <h3>This diagram does not exist</h3>
          <p>It may have been deleted, or the link belongs to another account.</p>
          <p><Link className="btn" href="/diagrams">All diagrams</Link></p>
        </div>
      </div>
    </div>
  );
}
