/**
 * How a store checks its flows. Validation (src/validate: the rules) is not needed to draw the
 * first screen, so the app loads it just after the first paint; tests and Node get it at once.
 * Until it is there, the store checks with `unchecked`, which finds nothing, and says so
 * (FlowDerived.checks): the problems list reads "checking", and an export waits for it.
 */
import { FlowAnalysis } from '../model/documents';
import type { Flow } from '../schema/flow';
import type { Problem } from '../validate/types';

/** What the store checks flows with: src/validate's FlowValidation has this shape. */
export interface Validation {
  /** The graph and plan of each flow, shared with the export and the canvas. */
  readonly analysis: FlowAnalysis;
  problems(flow: Flow): readonly Problem[];
  /** A validation for flows that may never be shown (what adding a step would make). */
  trial(): Validation;
}

/** Makes a store's validation over the analysis the store shares. */
export type MakeValidation = (analysis: FlowAnalysis) => Validation;

/** Where a store's validation comes from: at hand, or loaded after the first paint. */
export type ValidationSource =
  { readonly now: MakeValidation } | { readonly afterPaint: () => Promise<MakeValidation> };

const NO_PROBLEMS: readonly Problem[] = [];

/**
 * Checks nothing: what a store has while validation loads. Adding a step then joins the first
 * outlet its definition allows that is free, as in a flow too big to check each choice: what
 * the outlets themselves refuse is refused, a join that would make a problem elsewhere is not
 * (the problems list shows it once validation is there).
 */
export function unchecked(analysis: FlowAnalysis = new FlowAnalysis()): Validation {
  return {
    analysis,
    problems: () => NO_PROBLEMS,
    // Its own analysis, as FlowValidation's trial: the store's follows the store's flows.
    trial: () => unchecked(),
  };
}
