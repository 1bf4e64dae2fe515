import { useMemo } from 'react';
import { useAppStore } from '../store/context';
import { selectNodeProblems } from '../store/selectors';

/** Count and messages of one node's problems; the list is stable until they change. */
export function useProblemSummary(nodeId: string) {
  const problems = useAppStore((s) => selectNodeProblems(s, nodeId));
  return useMemo(
    () => ({
      count: problems.length,
      errors: problems.filter((p) => p.severity === 'error').length,
      messages: problems.map((p) => p.message),
    }),
    [problems],
  );
}

export type ProblemSummary = ReturnType<typeof useProblemSummary>;

/** The node's class for its problems: a red border for errors. */
export function problemClass(problems: ProblemSummary): string {
  if (problems.errors > 0) return 'has-error';
  return problems.count > 0 ? 'has-warning' : '';
}

/** The count of a node's problems in its header, with the messages as a tooltip. */
export function ProblemBadge({ problems }: { problems: ProblemSummary }) {
  if (problems.count === 0) return null;
  return (
    <span
      className={`problem-badge ${problems.errors > 0 ? 'error' : 'warning'}`}
      role="img"
      aria-label={`${problems.count} ${problems.count === 1 ? 'problem' : 'problems'}`}
      title={problems.messages.join('\n')}
    >
      {problems.count}
    </span>
  );
}
