/**
 * What a verb's face says under its name, shared by the node as drawn and its accessible name,
 * so that a screen reader hears what the eye reads ("Goes to sales.xml", "busy (486)").
 */
import type { ResolvedVerb } from '../dialects';
import type { FlowAnalysis } from '../model/documents';
import type { Flow, FlowNode } from '../schema/flow';

/**
 * The file a node's body-filling outlet leads to (Redirect's "Go to"), or undefined when the verb
 * has none or it is not connected. Asked of the store's analysis (state.derived), which knows the
 * flow's graph and plan.
 */
export function bodyTargetOf(
  analysis: FlowAnalysis,
  flow: Flow,
  node: FlowNode,
  outlet: string | undefined,
) {
  if (!outlet) return undefined;
  const target = analysis.graph(flow).edgeFrom(node.id, outlet)?.target;
  return target ? analysis.plan(flow).fileOf(target) : undefined;
}

/** The face's line: where the outlet leads when it is connected (it wins), else the summary. */
export function verbFaceSummary(
  node: FlowNode,
  verb: ResolvedVerb,
  bodyTarget: string | undefined,
): string {
  return bodyTarget ? `Goes to ${bodyTarget}` : verb.def.summary(node, verb.fields);
}
