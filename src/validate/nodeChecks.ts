import { decisionOf, kindOf } from '../kinds';
import type { FlowGraph, IndexedGraph } from '../model/graph';
import type { DialectId, FlowNode } from '../schema/flow';
import { elementsOf } from './rules/names';
import type {
  ElementRef,
  Finding,
  NodeContext,
  NodeGroup,
  Problem,
  Rule,
  ValidationContext,
} from './types';

/** A node rule's problem on one node, and its key before it is told apart from others. */
export interface NodeProblem {
  /** The rule's position in the list of rules. */
  readonly rule: number;
  /** The problem, keyed as it is unless another problem of the rule has the same key. */
  readonly problem: Problem;
}

/** What the node rules found on one node, and what else that depended on. */
interface Checked {
  readonly dialect: DialectId;
  /** The node's connected outlets, as `connectedOutlets` writes them. */
  readonly outlets: string;
  /** The graph they were last seen on: the same graph (carried over) has the same outlets. */
  seenOn: IndexedGraph;
  readonly problems: readonly NodeProblem[];
}

/**
 * The node rules' findings on each node, kept per node object. Flows are immutable and an edit
 * replaces only the node objects it changes, so after a one-field edit one node is checked
 * again and the others keep what they had. A node rule reads the node, the flow's dialect and
 * which of the node's outlets are connected (NodeRule): the dialect and the outlets are kept
 * beside the findings, and a node is checked again when either changed.
 */
export class NodeChecks {
  readonly #checked = new WeakMap<FlowNode, Checked>();

  /**
   * The node rules' problems on every node of the flow, in flow order, by rule (`byRule[i]` for
   * `rules[i]`): the order a run of each rule over the whole flow would give.
   */
  collect(context: ValidationContext, rules: readonly Rule[], byRule: Problem[][]): void {
    for (const node of context.flow.nodes) {
      let checked = this.#checked.get(node);
      if (!checked || !this.#stillHolds(checked, node, context)) {
        const group = groupOf(node);
        if (!group) continue;
        checked = checkNode(node, group, context, rules);
        this.#checked.set(node, checked);
      }
      for (const { rule, problem } of checked.problems) byRule[rule]!.push(problem);
    }
  }

  /** Whether the node was checked in this dialect with the same outlets connected. */
  #stillHolds(checked: Checked, node: FlowNode, { flow, graph }: ValidationContext): boolean {
    if (checked.dialect !== flow.dialect) return false;
    if (checked.seenOn === graph.indexed) return true;
    if (checked.outlets !== connectedOutlets(graph, node.id)) return false;
    checked.seenOn = graph.indexed;
    return true;
  }
}

/** Which node rules look at the node: verbs, decisions, or none (the incoming call, a note). */
function groupOf(node: FlowNode): NodeGroup | undefined {
  if (decisionOf(node)) return 'decisions';
  return (kindOf(node)?.exported ?? true) ? 'verbs' : undefined;
}

function checkNode(
  node: FlowNode,
  group: NodeGroup,
  context: ValidationContext,
  rules: readonly Rule[],
): Checked {
  const { flow, graph } = context;
  const nodeContext = contextFor(node, context);
  const problems: NodeProblem[] = [];
  rules.forEach((rule, i) => {
    if (rule.scope !== 'node' || rule.nodes !== group) return;
    for (const finding of rule.checkNode(node, nodeContext)) {
      problems.push({ rule: i, problem: problemOf(rule, finding) });
    }
  });
  const outlets = connectedOutlets(graph, node.id);
  return { dialect: flow.dialect, outlets, seenOn: graph.indexed, problems };
}

function contextFor(node: FlowNode, context: ValidationContext): NodeContext {
  const { dialect, graph, kept, resolve } = context;
  let elements: readonly ElementRef[] | undefined;
  return {
    dialect,
    resolve,
    connected: (outlet) => graph.edgeFrom(node.id, outlet) !== undefined,
    get elements() {
      return (elements ??= elementsOf(node, resolve));
    },
    kept,
  };
}

/** The outlets of a node that lead somewhere, as a string that changes when they change. */
function connectedOutlets(graph: FlowGraph, nodeId: string): string {
  const i = graph.indexOf(nodeId);
  if (i < 0) return '';
  const { outStart, outEnd, outEdges } = graph.indexed;
  let outlets = '';
  for (let k = outStart[i]!; k < outEnd[i]!; k++) {
    outlets += `${graph.flow.edges[outEdges[k]!]!.outlet}\n`;
  }
  return outlets;
}

/**
 * A problem of a rule, keyed by rule, node, nested element, field and line (a count is added
 * when a rule finds two on the same place: see uniquelyKeyed).
 */
export function problemOf(rule: Rule, finding: Finding): Problem {
  return { ...finding, key: baseKey(rule.id, finding), ruleId: rule.id, severity: rule.severity };
}

/** Rule, node, nested element and field (and line, for a problem on one line of a list). */
function baseKey(ruleId: string, finding: Finding): string {
  const parts = [ruleId, finding.nodeId ?? '', finding.childId ?? '', finding.field ?? ''];
  if (finding.line !== undefined) parts.push(String(finding.line));
  return parts.join('|');
}
