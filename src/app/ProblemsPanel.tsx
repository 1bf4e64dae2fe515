import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import { memo, useMemo, useState } from 'react';
import { kindLabel } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { useActions, useAppStore } from '../store/context';
import { selectShownProblems } from '../store/selectors';
import type { Problem } from '../validate/types';

/** Rows drawn at first: a flow with thousands of problems must not slow every keystroke. */
const FIRST_ROWS = 100;

export function ProblemsPanel() {
  const problems = useAppStore(selectShownProblems);
  // Until the rules have loaded (just after the first paint), nothing is known either way.
  const checking = useAppStore((s) => !s.derived.checks);
  const nodes = useAppStore((s) => s.checkedFlow.nodes);
  const [showAll, setShowAll] = useState(false);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const shown = showAll ? problems : problems.slice(0, FIRST_ROWS);

  return (
    <section className="problems panel" aria-label="Problems">
      <h2 className="panel-title">
        Problems
        <span className="counts">
          {errors > 0 && <span className="count error">{plural(errors, 'error')}</span>}
          {warnings > 0 && <span className="count warning">{plural(warnings, 'warning')}</span>}
        </span>
      </h2>
      {checking ? (
        <p className="problems-empty">Checking the flow for problems…</p>
      ) : problems.length === 0 ? (
        <p className="problems-empty">
          <CircleCheck size={16} aria-hidden="true" /> No problems: the flow is ready to export.
        </p>
      ) : (
        <ul className="problem-list">
          {shown.map((p) => (
            <ProblemRow key={p.key} problem={p} node={p.nodeId ? byId.get(p.nodeId) : undefined} />
          ))}
          {shown.length < problems.length && (
            <li>
              <button type="button" className="button small" onClick={() => setShowAll(true)}>
                Show all {problems.length} problems
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

const ProblemRow = memo(function ProblemRow({
  problem,
  node,
}: {
  problem: Problem;
  node: FlowNode | undefined;
}) {
  const { reveal } = useActions();
  const name = node ? (node.label ?? kindLabel(node.kind)) : 'Flow';
  return (
    <li>
      <button
        type="button"
        className={`problem ${problem.severity}`}
        onClick={() => problem.nodeId && reveal(problem.nodeId)}
      >
        {problem.severity === 'error' ? (
          <CircleAlert size={15} aria-label="Error" />
        ) : (
          <TriangleAlert size={15} aria-label="Warning" />
        )}
        <span className="problem-node">{name}</span>
        <span className="problem-message">{problem.message}</span>
      </button>
    </li>
  );
});

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
