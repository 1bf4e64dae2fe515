import type { FlowNode } from '../../schema/flow';
import type { ValidationContext, FlowRule } from '../types';
import { callStates, type AnsweredArrival, type CallStates } from './callStates';
import { nodeName } from './names';

/**
 * Reject (and any verb that only works on a ringing call) must run before anything answers the
 * call. Pause keeps the call ringing, so Pause then Reject is fine, and so does a decision
 * connected straight to the incoming call (Check caller → Matches → Reject refuses a caller).
 * Every other way into a document answers the call: an action, a Redirect (also the one a chain
 * ends with when it runs into a decision, or into a document another path leads to). A Reject
 * the call can reach already answered, by any path, is reported with the reason on that path.
 */
export const answeredBeforeReject: FlowRule = {
  id: 'answered-before-reject',
  severity: 'error',
  description: 'A Reject after a verb that answers the call cannot refuse it.',
  scope: 'flow',
  reads: 'structure',
  *check(context) {
    const { exportedNodes, graph, resolve } = context;
    let states: CallStates | undefined; // worked out at the first Reject: many flows have none
    for (const node of exportedNodes) {
      if (!resolve(node).def.beforeAnswerOnly) continue;
      states ??= callStates(context);
      const arrival = states.answered(graph.indexOf(node.id));
      if (arrival) yield { nodeId: node.id, message: messageFor(context, node, arrival) };
    }
  },
};

function messageFor(context: ValidationContext, node: FlowNode, arrival: AnsweredArrival): string {
  const { flow, resolve } = context;
  const label = resolve(node).def.label;
  const at = (i: number) => flow.nodes[i]!;
  const { by, decision } = arrival;
  if (decision >= 0) return afterDecision(context, label, arrival, at(decision));
  switch (by.kind) {
    case 'verb':
      return `${nodeName(at(by.node))} answers the call before this ${label} runs, so the call can no longer be refused (the platform skips the ${label}). Move the ${label} to the start; only Pauses may come before it.`;
    case 'redirect': {
      const file = context.plan.fileOf(node.id) ?? 'another document';
      return `More than one path leads into the verbs before this ${label}, so it is written in ${file}, which the call reaches through a Redirect. The Redirect answers the call, so the ${label} can no longer refuse it. Give the ${label} a single path from the incoming call, with only Pauses before it.`;
    }
    case 'action':
      return `This ${label} runs only after the call has been answered, so it cannot refuse the call. Connect it at the start of the incoming call.`;
  }
}

/** The call went through a decision that sent an already answered call on to the Reject. */
function afterDecision(
  { flow, resolve }: ValidationContext,
  label: string,
  { by, firstVerb }: AnsweredArrival,
  decision: FlowNode,
): string {
  const chooser = nodeName(decision);
  const hangsUp = `the platform skips the ${label} and hangs up instead of refusing the call`;
  if (by.kind === 'action') {
    const verb = flow.nodes[by.node]!;
    const outlet = resolve(verb).def.outlets.find((o) => o.kind === 'action')?.label;
    const after = outlet ? `${nodeName(verb)}’s “${outlet}”` : nodeName(verb);
    return `${chooser} runs after ${after}, when the call has already been answered, so this ${label} cannot refuse it: ${hangsUp}. To end the call on this branch, use a Hangup.`;
  }
  const cause =
    firstVerb >= 0
      ? `${nodeName(flow.nodes[firstVerb]!)} answers the call before ${chooser} decides`
      : `The call reaches ${chooser} through a Redirect (other verbs come before it), and the Redirect answers the call`;
  return `${cause}, so when ${chooser} sends the call here ${hangsUp}. Connect ${chooser} straight to the incoming call, with nothing before it, or end this branch with a Hangup.`;
}
