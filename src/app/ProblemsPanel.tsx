import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import { findVerb } from '../verbs';
import { useAppStore } from '../store/context';
import { selectProblems } from '../store/selectors';

export function ProblemsPanel() {
  const problems = useAppStore(selectProblems);
  const nodes = useAppStore((s) => s.flow.nodes);
  const reveal = useAppStore((s) => s.reveal);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const nameOf = (id: string | undefined) => {
    const node = nodes.find((n) => n.id === id);
    return node ? (node.label ?? findVerb(node.verb)?.label ?? node.verb) : 'Flow';
  };

  return (
    <section className="problems panel" aria-label="Problems">
      <h2 className="panel-title">
        Problems
        <span className="counts">
          {errors > 0 && <span className="count error">{plural(errors, 'error')}</span>}
          {warnings > 0 && <span className="count warning">{plural(warnings, 'warning')}</span>}
        </span>
      </h2>
      {problems.length === 0 ? (
        <p className="problems-empty">
          <CircleCheck size={16} aria-hidden="true" /> No problems: the flow is ready to export.
        </p>
      ) : (
        <ul className="problem-list">
          {problems.map((p) => (
            <li key={p.key}>
              <button
                type="button"
                className={`problem ${p.severity}`}
                onClick={() => p.nodeId && reveal(p.nodeId)}
              >
                {p.severity === 'error' ? (
                  <CircleAlert size={15} aria-label="Error" />
                ) : (
                  <TriangleAlert size={15} aria-label="Warning" />
                )}
                <span className="problem-node">{nameOf(p.nodeId)}</span>
                <span className="problem-message">{p.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
