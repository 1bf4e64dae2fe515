/**
 * What the simulator runs: the flow server's route table (the very documents and decisions the
 * server answers with), and, from the documents plan, which node wrote each element and which
 * node each decision is, so that the path can be marked on the canvas.
 */
import { findDecision } from '../decisions';
import { decisionOf, nodeOutlets } from '../kinds';
import { keyOutlet } from '../decisions/keys';
import type { FlowDocuments } from '../model/documents';
import type { DialectId, FlowNode } from '../schema/flow';
import { routePath, type DecisionRoute, type RouteTable } from '../router';
import { findVerb } from '../verbs';
import type { CallFlow, DecisionNames, DocumentNodes } from './types';

/**
 * The flow to simulate. Without a plan (a table read from a flow server's JSON) documents and
 * decisions still run; only the nodes behind them are unknown.
 */
export function callFlowOf(
  table: RouteTable,
  plan: FlowDocuments | undefined,
  dialect?: DialectId,
): CallFlow {
  const documents: Record<string, DocumentNodes> = {};
  const decisions: Record<string, DecisionNames> = {};
  for (const [path, route] of Object.entries(table.routes)) {
    if (route.kind === 'decision') decisions[path] = namesFromRoute(route, path);
  }
  for (const document of plan?.documents ?? []) {
    const written: (string | undefined)[] = document.nodes
      .filter(writesElement)
      .map((node) => node.id);
    if (document.continuesIn !== undefined) written.push(undefined);
    documents[routePath(document.fileName)] = { nodeIds: written };
  }
  for (const { node, name } of plan?.decisions ?? []) {
    decisions[routePath(name)] = namesFromNode(node);
  }
  return {
    table,
    dialect: dialect ?? plan?.flow.dialect ?? 'rcml',
    baseUrl: plan?.flow.baseUrl ?? '',
    documents,
    decisions,
  };
}

/** As the serializer decides (writesElement): an imported element, or a verb with an element. */
function writesElement(node: FlowNode): boolean {
  return node.raw !== undefined || (findVerb(node.kind)?.element ?? '') !== '';
}

function namesFromNode(node: FlowNode): DecisionNames {
  const def = decisionOf(node);
  const outlets = nodeOutlets(node);
  return {
    nodeId: node.id,
    name: node.label || def?.label || node.kind,
    outlets: Object.fromEntries(outlets.map((outlet) => [outlet.id, outlet.label])),
  };
}

function namesFromRoute(route: DecisionRoute, path: string): DecisionNames {
  const def = findDecision(route.decision.kind);
  const keys = route.decision.kind === 'menu' ? route.decision.keys.map(keyOutlet) : [];
  const outlets = [...keys, ...(def?.outlets ?? [])];
  return {
    name: route.name || def?.label || path,
    outlets: Object.fromEntries(outlets.map((outlet) => [outlet.id, outlet.label])),
  };
}
