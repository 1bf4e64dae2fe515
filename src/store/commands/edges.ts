/** Connections: made (refused, in words, where one may not go) and removed. */
import * as ops from '../../model/operations';
import type { Args } from './args';
import { unchanged, type Command } from './command';

export const connect: Command<Args<'connect'>> = {
  id: 'connect',
  run({ flow, derived }, source, outlet, target) {
    const graph = derived.analysis.graph(flow);
    const problem = ops.connectionProblem(flow, source, outlet, target, graph);
    if (problem) return { refused: problem };
    return { flow: ops.connect(flow, source, outlet, target, graph) };
  },
};

/** An outlet pointed at nothing (the inspector's outlet picker): its connection goes. */
export const disconnect: Command<[source: string, outlet: string]> = {
  id: 'disconnect',
  run(context, source, outlet) {
    const edge = context.flow.edges.find((e) => e.source === source && e.outlet === outlet);
    if (!edge) return unchanged(context);
    return { flow: ops.removeEdges(context.flow, new Set([edge.id])) };
  },
};

/**
 * An outlet's picker (the inspector): pointed at a step, the outlet connects to it; pointed at
 * nothing, its connection goes. Either way one undo step, named for what it did.
 */
export const setOutlet: Command<Args<'setOutlet'>> = {
  id: 'connect',
  run(context, source, outlet, target) {
    if (target !== null) return connect.run(context, source, outlet, target);
    const outcome = disconnect.run(context, source, outlet);
    return 'flow' in outcome ? { ...outcome, action: disconnect.id } : outcome;
  },
};

export const removeEdges: Command<Args<'removeEdges'>> = {
  id: 'disconnect',
  run: ({ flow }, ids) => ({ flow: ops.removeEdges(flow, new Set(ids)) }),
};
