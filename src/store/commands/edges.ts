/** Connections: made (refused, in words, where one may not go) and removed. */
import * as ops from '../../model/operations';
import type { Args } from './args';
import { unchanged, type Command } from './command';

export const connect: Command<Args<'connect'>> = {
  id: 'connect',
  run({ flow }, source, outlet, target) {
    const problem = ops.connectionProblem(flow, source, outlet, target);
    return problem ? { refused: problem } : { flow: ops.connect(flow, source, outlet, target) };
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

export const removeEdges: Command<Args<'removeEdges'>> = {
  id: 'disconnect',
  run: ({ flow }, ids) => ({ flow: ops.removeEdges(flow, new Set(ids)) }),
};
