export function AuthFrame({ children }: { children: React.ReactNode }) {
  return (
    <div className="auth-page">
      <aside className="auth-aside">
        <span className="brand">
          <img src="/logo.svg" alt="" /> Procmod
        </span>
        <div>
          <h2>Model the process. Ask about it. Get answers that see your diagram.</h2>
          <p>A BPMN modeler with an AI beside it that reads the diagram, its lint findings and your screenshots.</p>
          <ul>
            <li>bpmn-js modeler with live lint and autosave</li>
            <li>One-click screenshots straight into the chat</li>
            <li>Runs on your own machine, offline by default</li>
          </ul>
        </div>
        <small style={{ opacity: 0.7 }}>Self-hosted · your data stays on this server</small>
      </aside>
      <main className="auth-main">
        <div className="auth-card">{children}</div>
      </main>
    </div>
  );
}
