'use client';
// The lint problems list: click a problem to select (and scroll to) its element.
import { IconAlert, IconCheck, IconClose } from './icons';

export type Problem = { elementId: string; elementName: string; elementType: string; message: string; rule: string; severity: 'error' | 'warning' | 'info' };

const humanType = (t: string) => t.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function ProblemsPanel({ problems, lintActive, onSelect, onClose, onEnable }: {
  problems: Problem[];
  lintActive: boolean;
  onSelect: (elementId: string) => void;
  onClose: () => void;
  onEnable: () => void;
}) {
  return (
    <section className="pm-problems" aria-label="Problems" data-testid="problems-panel">
      <header>
        <strong>Problems</strong>
        <span className="muted">{problems.length ? `${problems.length} found by bpmnlint` : ''}</span>
        <button className="pm-icon-btn" aria-label="Close problems" onClick={onClose}>
          <IconClose size={14} />
        </button>
      </header>
      {!lintActive && (
        <div className="pm-problems-empty">
          Lint is off. <button className="btn btn-sm" onClick={onEnable}>Turn on</button>
        </div>
      )}
      {lintActive && problems.length === 0 && (
        <div className="pm-problems-empty">
          <IconCheck size={16} /> No problems — the diagram follows the recommended BPMN rules.
        </div>
      )}
      {lintActive && problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.elementId}-${p.rule}-${i}`}>
              <button onClick={() => onSelect(p.elementId)} data-testid="problem-item" title={`Rule: ${p.rule}`}>
                <span className={`pm-sev pm-sev-${p.severity}`}>
                  <IconAlert size={14} />
                </span>
                <span className="pm-problem-text">
                  <span className="pm-problem-msg">{p.message}</span>
                  <span className="pm-problem-el">
                    {p.elementName ? `“${p.elementName}”` : `Unnamed ${humanType(p.elementType) || 'element'}`} · <code>{p.elementId}</code> · {p.rule}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
