import type { Flow } from '../schema/flow';
import { validateFlow, type Problem } from '../validate';

/** The problems one rule reports on a flow. */
export function problemsOf(flow: Flow, ruleId: string): readonly Problem[] {
  return validateFlow(flow).filter((p) => p.ruleId === ruleId);
}

/** The parts of a problem a test states exactly (the message is checked separately). */
export function brief(problem: Problem) {
  return {
    ruleId: problem.ruleId,
    severity: problem.severity,
    nodeId: problem.nodeId,
    field: problem.field,
  };
}

/** A sentence a non-programmer can read: not empty, no leaked placeholders, ends with a period. */
export const PLAIN_SENTENCE = /^(?!.*\b(undefined|null|NaN)\b)(?!.*\[object)\S.*\.$/s;

/** `brief`, plus the nested element the problem is in. */
export function located(problem: Problem) {
  return { ...brief(problem), childId: problem.childId };
}
