import type { FieldProblem } from '../decisions';
import type { AttributeValues } from '../schema/flow';

/**
 * What the rules keep from one validation run to the next, owned by the FlowValidation that
 * runs them (one per store): each edit validates the whole flow again, and these answers depend
 * on one value that an edit elsewhere leaves as it is.
 */
export class RuleMemo {
  /**
   * A decision's field problems, per attributes object (a block list pasted from a spreadsheet
   * may hold thousands of numbers).
   */
  readonly decisionFields = new WeakMap<
    AttributeValues,
    { readonly kind: string; readonly problems: readonly FieldProblem[] }
  >();
  /** Why a URL would not be fetched, per value (parsing URLs is slow): a bounded number. */
  readonly urlProblems = new Map<string, string | undefined>();
}

/**
 * What rules work out once per validation run and share (the verb nodes, every element, the
 * call states, the loops): worked out by the first rule that asks, kept under the function that
 * works it out. One per run, made with its context.
 */
export class RunMemo {
  readonly #answers = new Map<(arg: never) => unknown, unknown>();

  /** `compute(arg)`, worked out once in this run. */
  once<A, T>(compute: (arg: A) => T, arg: A): T {
    if (this.#answers.has(compute)) return this.#answers.get(compute) as T;
    const answer = compute(arg);
    this.#answers.set(compute, answer);
    return answer;
  }
}
