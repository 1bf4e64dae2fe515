import { kindLabel, nodeOutlets } from '../../kinds';
import { START_NODE_ID } from '../../schema/flow';
import type { FlowRule } from '../types';
import { decisionNodes, nodeName } from './names';

/**
 * A Menu decides by the keys the Gather before it sends with its “After input”, a Call outcome
 * by how the Dial before it went: each must be reached straight from that outlet (its
 * definition's `follows`). Reached any other way (after a Say, from another decision, as the
 * first step of the call), the request carries nothing to decide by, and every call goes the
 * same way. One finding per decision, naming the first wrong way in.
 */
export const decisionOutOfPlace: FlowRule = {
  id: 'decision-out-of-place',
  severity: 'error',
  description:
    'A Menu not straight after a Gather’s “After input”, or a Call outcome not straight after a Dial’s “After the call”.',
  scope: 'flow',
  reads: 'content', // the outlets of a decision (a Menu's keys) are its fields
  *check(context) {
    const { graph } = context;
    for (const { node, def } of decisionNodes(context)) {
      const follows = def.follows;
      if (!follows || !graph.isReachable(node.id)) continue;
      const wrong = graph
        .edgesInto(node.id)
        .find(
          (edge) =>
            graph.isReachable(edge.source) &&
            !(graph.node(edge.source)?.kind === follows.verb && edge.outlet === follows.outlet),
        );
      if (!wrong) continue;
      const verb = kindLabel(follows.verb);
      const outlet =
        nodeOutlets({ kind: follows.verb, attributes: {} }).find((o) => o.id === follows.outlet)
          ?.label ?? follows.outlet;
      const source = graph.node(wrong.source)!;
      const from =
        source.id === START_NODE_ID
          ? 'the incoming call'
          : `${nodeName(source)}’s “${nodeOutlets(source).find((o) => o.id === wrong.outlet)?.label ?? wrong.outlet}”`;
      yield {
        nodeId: node.id,
        message: `A ${def.label} decides by what a ${verb} sends with its “${outlet}”, so it must come straight after one. Here it comes after ${from}, where there is nothing to decide by, so every call would go the same way. Connect a ${verb}’s “${outlet}” to it instead.`,
      };
    }
  },
};
