import type { Problem } from '../validate/types';

/** Problems about a node as a whole (not one of its fields), at the top of the inspector. */
export function GeneralProblems({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="inspector-problems">
      {problems.map((p) => (
        <li key={p.key} className={p.severity}>
          {p.message}
        </li>
      ))}
    </ul>
  );
}
