import { getDialect, resolveVerb } from '../dialects';
import { analyzeFlow } from '../model/graph';
import { START_NODE_ID, type Flow } from '../model/types';
import { rules } from './rules';
import type { Problem, ValidationContext } from './types';

export type * from './types';
export { rules };

const cache = new WeakMap<Flow, readonly Problem[]>();

/** Runs every rule; errors first, then warnings, each in flow order. Memoised per flow. */
export function validateFlow(flow: Flow): readonly Problem[] {
  let problems = cache.get(flow);
  if (!problems) {
    problems = runRules(flow);
    cache.set(flow, problems);
  }
  return problems;
}

function runRules(flow: Flow): Problem[] {
  const graph = analyzeFlow(flow);
  const context: ValidationContext = {
    flow,
    graph,
    dialect: getDialect(flow.dialect),
    exportedNodes: flow.nodes.filter((n) => n.id !== START_NODE_ID && graph.reachable.has(n.id)),
    resolve: (element) => resolveVerb(element.verb, flow.dialect),
  };
  const problems: Problem[] = [];
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      problems.push({
        ...finding,
        key: [rule.id, finding.nodeId ?? '', finding.childId ?? '', finding.field ?? ''].join('|'),
        ruleId: rule.id,
        severity: rule.severity,
      });
    }
  }
  const order = new Map(flow.nodes.map((n, i) => [n.id, i]));
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return problems.sort(
    (a, b) =>
      rank(a) - rank(b) || (order.get(a.nodeId ?? '') ?? -1) - (order.get(b.nodeId ?? '') ?? -1),
  );
}

export function problemsByNode(problems: readonly Problem[]): ReadonlyMap<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.nodeId) continue;
    const list = map.get(p.nodeId);
    if (list) list.push(p);
    else map.set(p.nodeId, [p]);
  }
  return map;
}
