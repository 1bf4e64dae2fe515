import { problemText, type ShownFieldProblem } from '../decisionProblems';

/**
 * The problems under a field. A problem on one line of a list starts with a button that selects
 * that line, so a long pasted list is quick to fix.
 */
export function FieldProblemList({
  id,
  problems,
  onShowLine,
}: {
  id: string;
  problems: readonly ShownFieldProblem[];
  onShowLine?: (line: number) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <ul className="field-problems" id={id}>
      {problems.map(({ key, severity, line, message }) => (
        <li key={key} className={severity}>
          {line !== undefined && onShowLine ? (
            <>
              {/* The colon sits in the button: a name computed from the list reads "Line 3: …". */}
              <button type="button" className="line-link" onClick={() => onShowLine(line)}>
                Line {line}:
              </button>{' '}
              {message}
            </>
          ) : (
            problemText({ line, message })
          )}
        </li>
      ))}
    </ul>
  );
}
