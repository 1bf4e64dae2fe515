/**
 * A flow's route table: what the flow server serves and the simulator runs. Every document the
 * export writes, at `/<file name>`, byte for byte; every decision a call can reach, at
 * `/<name>`, with its fields read into a typed `Decision`; calls start at the plan's entry.
 */
import { readDecision } from '../decisions';
import { decisionOf } from '../kinds';
import { FlowAnalysis } from '../model/documents';
import type { Flow } from '../schema/flow';
import { handOffParameters } from '../verbs';
import { FlowSerializer, serializeFlow } from '../xml/serialize';
import { requestValuesIn } from './requestValues';
import type { Route, RouteTable } from './table';

/** The path a document or decision is served at. */
export function routePath(name: string): string {
  return `/${name}`;
}

/**
 * The table of `flow`. A caller that follows a flow through its edits passes its serializer, so
 * that the documents are the very strings its preview shows.
 */
export function tableFromFlow(flow: Flow, serializer?: FlowSerializer): RouteTable {
  const analysis = serializer?.analysis ?? new FlowAnalysis();
  const plan = analysis.plan(flow);
  const routes: Record<string, Route> = {};
  for (const { fileName, xml } of serializeFlow(flow, serializer)) {
    const requestValues = requestValuesIn(xml, handOffParameters);
    routes[routePath(fileName)] = {
      kind: 'document',
      xml,
      name: fileName,
      ...(requestValues.length > 0 ? { requestValues } : {}),
    };
  }
  for (const { node, name, outlets } of plan.decisions) {
    const def = decisionOf(node)!;
    const paths: Record<string, string> = {};
    for (const [outlet, target] of Object.entries(outlets)) paths[outlet] = routePath(target);
    routes[routePath(name)] = {
      kind: 'decision',
      decision: readDecision(def.kind, node.attributes).decision,
      outlets: paths,
      name: node.label ?? name,
    };
  }
  return { routes, entry: routePath(plan.entry) };
}

/** Whether a flow decides anything at call time. */
export function hasDecisions(flow: Flow, serializer?: FlowSerializer): boolean {
  return (serializer?.analysis ?? new FlowAnalysis()).plan(flow).decisions.length > 0;
}

/**
 * Whether a table needs a flow server to be served as designed (and so downloads as one): it
 * decides at call time, or a document takes values from the request (the recording's link).
 */
export function needsFlowServer(table: RouteTable): boolean {
  return Object.values(table.routes).some(
    (route) => route.kind === 'decision' || (route.requestValues?.length ?? 0) > 0,
  );
}
