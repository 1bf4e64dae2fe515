import { getDialect, resolveVerb, type ResolvedVerb } from '../dialects';
import { FlowAnalysis } from '../model/documents';
import { sameIdsAndEdges } from '../model/graph';
import { kindOf } from '../kinds';
import { START_NODE_ID, type Flow, type FlowNode } from '../schema/flow';
import { RuleMemo, RunMemo } from './memo';
import { NodeChecks, problemOf } from './nodeChecks';
import { rules } from './rules';
import type { Problem, ValidationContext } from './types';

export type * from './types';
export { rules };
export { problemsByNode } from './byNode';

/**
 * Runs every rule; errors first, then warnings, each in flow order.
 *
 * Without a validation, this one flow is checked on its own, afresh. A caller that follows a
 * flow through its edits (a store) passes its own FlowValidation, which keeps each flow's
 * problems and what the rules can reuse from one run to the next.
 */
export function validateFlow(flow: Flow, validation?: FlowValidation): readonly Problem[] {
  return (validation ?? new FlowValidation()).problems(flow);
}

/**
 * The problems of each flow it checked, and what the rules keep between runs. Owned by whoever
 * validates (one per store), with the FlowAnalysis it is given (a store shares its own with the
 * export and the canvas): two validations never see each other's flows.
 */
export class FlowValidation {
  readonly analysis: FlowAnalysis;
  readonly #problems = new WeakMap<Flow, readonly Problem[]>();
  readonly #kept: RuleMemo;
  /** What the node rules found on each node: an edit checks only the nodes it changed. */
  readonly #nodeChecks: NodeChecks;
  /** The last flow checked, and what each rule found there (flow rules' findings carry over). */
  #last: { readonly flow: Flow; readonly byRule: readonly Problem[][] } | undefined;

  constructor(
    analysis: FlowAnalysis = new FlowAnalysis(),
    kept: RuleMemo = new RuleMemo(),
    nodeChecks: NodeChecks = new NodeChecks(),
  ) {
    this.analysis = analysis;
    this.#kept = kept;
    this.#nodeChecks = nodeChecks;
  }

  /**
   * A validation for flows that may never be shown (what adding a step would make): it shares
   * what the rules keep between runs and each node's findings, not the analysis (whose last
   * flow the next edit builds on) nor the problems.
   */
  trial(): FlowValidation {
    return new FlowValidation(new FlowAnalysis(), this.#kept, this.#nodeChecks);
  }

  problems(flow: Flow): readonly Problem[] {
    let problems = this.#problems.get(flow);
    if (!problems) {
      const context = validationContext(flow, this.analysis, this.#kept);
      const byRule = runRules(context, this.#nodeChecks, this.#last);
      this.#last = { flow, byRule };
      problems = sortedProblems(flow, uniquelyKeyed(byRule));
      this.#problems.set(flow, problems);
    }
    return problems;
  }
}

/**
 * What each rule finds, by rule: the node rules on the nodes that changed (NodeChecks), the flow
 * rules over the whole flow, but for those that read only its structure when it is the same as
 * in the last flow checked (an edit of a field).
 */
function runRules(
  context: ValidationContext,
  nodeChecks: NodeChecks,
  last: { readonly flow: Flow; readonly byRule: readonly Problem[][] } | undefined,
): Problem[][] {
  const { flow } = context;
  const byRule: Problem[][] = rules.map(() => []);
  nodeChecks.collect(context, rules, byRule);
  const carried = last && sameStructure(last.flow, flow) ? last.byRule : undefined;
  rules.forEach((rule, i) => {
    if (rule.scope !== 'flow') return;
    byRule[i] =
      carried && rule.reads === 'structure'
        ? carried[i]!
        : Array.from(rule.check(context), (f) => problemOf(rule, f));
  });
  return byRule;
}

/**
 * Whether two flows have the same structure (FlowRule.reads): the same node ids in the same
 * places, the very same connections, dialect and base URL, and each node's kind and label.
 */
function sameStructure(before: Flow, after: Flow): boolean {
  if (before.dialect !== after.dialect || before.baseUrl !== after.baseUrl) return false;
  if (!sameIdsAndEdges(before, after)) return false;
  return after.nodes.every((node, i) => {
    const was = before.nodes[i]!;
    return node === was || (node.kind === was.kind && node.label === was.label);
  });
}

/** What the rules of one run look at (a test runs one rule on its own with it). */
export function validationContext(
  flow: Flow,
  analysis: FlowAnalysis = new FlowAnalysis(),
  kept: RuleMemo = new RuleMemo(),
): ValidationContext {
  const graph = analysis.graph(flow);
  // Rules ask for the verb of every node and nested element, several times each: resolve each
  // verb once per run (resolveVerb builds a string key on every call).
  const resolved = new Map<string, ResolvedVerb>();
  let exportedNodes: readonly FlowNode[] | undefined; // a walk over every node: only when asked
  return {
    flow,
    graph,
    dialect: getDialect(flow.dialect),
    get exportedNodes() {
      return (exportedNodes ??= flow.nodes.filter(
        (n) => n.id !== START_NODE_ID && graph.isReachable(n.id) && (kindOf(n)?.exported ?? true),
      ));
    },
    resolve: (element) => {
      let verb = resolved.get(element.kind);
      if (!verb) resolved.set(element.kind, (verb = resolveVerb(element.kind, flow.dialect)));
      return verb;
    },
    get plan() {
      return analysis.plan(flow);
    },
    run: new RunMemo(),
    kept,
  };
}

/**
 * The problems in rule order, each keyed by rule, node, nested element and field (and line).
 * Lists key their rows by it: a second problem of one rule on the same field (two overlapping
 * ranges on a Monday) is told apart by a count. A problem whose key stays is handed out as it
 * was (a node's problems are kept between runs).
 */
function uniquelyKeyed(byRule: readonly Problem[][]): Problem[] {
  const keys = new Set<string>();
  const problems: Problem[] = [];
  for (const list of byRule) {
    for (const problem of list) {
      const key = problem.key; // as problemOf keyed it
      let unique = key;
      for (let n = 2; keys.has(unique); n++) unique = `${key}#${n}`;
      keys.add(unique);
      problems.push(unique === problem.key ? problem : { ...problem, key: unique });
    }
  }
  return problems;
}

/**
 * Errors first, then warnings, each in the order of their nodes in the flow (problems without a
 * node first). The sort keys are worked out once per problem, not twice per comparison, and
 * positions are looked up only for the nodes that have problems. The sort is stable, as before.
 */
function sortedProblems(flow: Flow, problems: Problem[]): Problem[] {
  if (problems.length < 2) return problems;
  const position = new Map<string, number>();
  for (const p of problems) position.set(p.nodeId ?? '', -1);
  flow.nodes.forEach((node, i) => {
    if (position.has(node.id)) position.set(node.id, i);
  });
  const span = flow.nodes.length + 1;
  const keys = problems.map(
    (p) => (p.severity === 'error' ? 0 : span) + position.get(p.nodeId ?? '')! + 1,
  );
  const order = problems.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  const sorted = order.map((i) => problems[i]!);
  for (let i = 0; i < sorted.length; i++) problems[i] = sorted[i]!;
  return problems;
}
