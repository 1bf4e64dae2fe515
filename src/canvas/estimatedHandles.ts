import { Position, type NodeHandle } from '@xyflow/react';
import { resolveVerb } from '../dialects';
import { NODE_HEIGHT, NODE_WIDTH } from '../model/layout';
import { NEXT_OUTLET, type DialectId, type FlowNode } from '../model/types';

/**
 * Verbs beyond which the canvas draws only the nodes on screen: React Flow's DOM renderer slows
 * down past several hundred nodes. Smaller flows keep every node in the page, where the Tab key
 * reaches it.
 */
export const BIG_FLOW = 150;

/** Side of a connection handle (src/styles/app.css `.react-flow__handle`). */
const HANDLE = 12;

/**
 * What React Flow needs to know about a node it has not drawn yet: its size and where its
 * handles are, as VerbNode draws them (in, top centre; outlets spread along the bottom).
 *
 * Without them, React Flow draws every node once to measure it, even the ones off screen: on
 * opening a big flow that was nearly all of the time (at 1,000 verbs, 1,000 nodes built and
 * removed again; at 20,000 the page froze for 20 s). With them, only the nodes on screen are
 * drawn, and measured as they come into view; once measured, React Flow's own figures are used.
 */
export function estimatedGeometry(
  node: FlowNode,
  dialect: DialectId,
): { initialWidth: number; initialHeight: number; handles: NodeHandle[] } {
  const { def } = resolveVerb(node.verb, dialect);
  const handles: NodeHandle[] = [];
  const at = (x: number, y: number) => ({
    x: x - HANDLE / 2,
    y: y - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  });
  if (!def.isStart) {
    handles.push({ type: 'target', position: Position.Top, ...at(NODE_WIDTH / 2, 0) });
  }
  const outlets = def.outlets;
  // VerbNode also draws a "never runs" `next` handle, centred, on verbs that end a document.
  if (!outlets.some((o) => o.id === NEXT_OUTLET)) {
    handles.push({
      id: NEXT_OUTLET,
      type: 'source',
      position: Position.Bottom,
      ...at(NODE_WIDTH / 2, NODE_HEIGHT),
    });
  }
  outlets.forEach((outlet, index) => {
    handles.push({
      id: outlet.id,
      type: 'source',
      position: Position.Bottom,
      ...at((NODE_WIDTH * (index + 1)) / (outlets.length + 1), NODE_HEIGHT),
    });
  });
  return { initialWidth: NODE_WIDTH, initialHeight: NODE_HEIGHT, handles };
}
