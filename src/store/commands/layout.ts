/** Where steps stand: moved by a drag or the arrow keys, or placed by Tidy up. */
import * as ops from '../../model/operations';
import type { Position } from '../../schema/flow';
import type { Args } from './args';
import type { Command, CommandContext } from './command';

/** A drag commits once and is its own step; arrow-key nudges in a row merge into one. */
export const moveNodes: Command<Args<'commitPositions'>> = {
  id: 'move verbs',
  run: ({ flow }, positions) => ({ flow: ops.moveNodes(flow, positions) }),
  mergeKey: (positions, options = {}) =>
    options.nudge ? `nudge:${[...positions.keys()]}` : undefined,
};

/** One undo step, however many steps the layout moves. */
export const applyLayout: Command<Args<'applyLayout'>> = {
  id: 'tidy up',
  run: ({ flow }, positions) => ({ flow: ops.moveNodes(flow, positions) }),
};

/** Where the selected steps go when the arrow keys move them by (dx, dy). */
export function nudged(context: CommandContext, dx: number, dy: number): Map<string, Position> {
  const selected = new Set(context.selectedNodeIds);
  const positions = new Map<string, Position>();
  for (const node of context.flow.nodes) {
    if (selected.has(node.id)) {
      positions.set(node.id, { x: node.position.x + dx, y: node.position.y + dy });
    }
  }
  return positions;
}
