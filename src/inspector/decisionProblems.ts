/**
 * Problems shown under a decision's field. `readDecision` finds them as the user types (with the
 * line of a list they are on); validation may report some of them again, a moment later, and
 * may know of others: each is shown once, in the words `readDecision` used, with validation's
 * severity when it has one.
 */
import type { FieldProblem } from '../decisions';
import type { Problem, Severity } from '../validate/types';

export interface ShownFieldProblem {
  readonly key: string;
  readonly severity: Severity;
  /** 1-based line in a list field, when the problem is on one line. */
  readonly line?: number;
  readonly message: string;
}

/** A pasted list can have thousands of bad lines: the first ones are shown, the rest counted. */
export const LINE_PROBLEMS_SHOWN = 10;

export function fieldProblems(
  field: string,
  live: readonly FieldProblem[],
  validated: readonly Problem[],
): ShownFieldProblem[] {
  const own = live.filter((p) => p.field === field);
  const reported = validated.filter((p) => p.field === field && !p.childId);
  const restates = (problem: Problem, message: string) => problem.message.includes(message);

  const shown: ShownFieldProblem[] = [];
  let lineProblems = 0;
  let hiddenLines = 0;
  own.forEach((problem, index) => {
    if (problem.line !== undefined && ++lineProblems > LINE_PROBLEMS_SHOWN) {
      hiddenLines++;
      return;
    }
    const same = reported.find((p) => restates(p, problem.message));
    shown.push({
      key: `live:${index}`,
      severity: same?.severity ?? 'error',
      ...(problem.line !== undefined ? { line: problem.line } : {}),
      message: problem.message,
    });
  });
  if (hiddenLines > 0) {
    shown.push({
      key: 'live:more',
      severity: 'error',
      message: `${hiddenLines} more ${hiddenLines === 1 ? 'line needs' : 'lines need'} fixing too.`,
    });
  }
  for (const problem of reported) {
    if (own.some((p) => restates(problem, p.message))) continue;
    shown.push({ key: problem.key, severity: problem.severity, message: problem.message });
  }
  return shown;
}

/** How a problem reads under its field: "Line 3: “12345” is not …". */
export function problemText(problem: Pick<ShownFieldProblem, 'line' | 'message'>): string {
  return problem.line === undefined ? problem.message : `Line ${problem.line}: ${problem.message}`;
}
