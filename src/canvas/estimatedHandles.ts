import { Position, type NodeHandle } from '@xyflow/react';
import { resolveVerb } from '../dialects';
import { NODE_HEIGHT, NODE_WIDTH } from '../model/layout';
import { kindOf, nodeOutlets } from '../kinds';
import { NEXT_OUTLET, type DialectId, type FlowNode } from '../schema/flow';
import { DECISION_WIDTH, decisionHeight, outletCentreY } from './decisionGeometry';
import { NOTE_WIDTH, noteHeight } from './noteGeometry';

/**
 * Verbs beyond which the canvas draws only the nodes on screen: React Flow's DOM renderer slows
 * down past several hundred nodes. Smaller flows keep every node in the page, where the Tab key
 * reaches it.
 */
export const BIG_FLOW = 150;

/** Side of a connection handle (src/styles/app.css `.react-flow__handle`). */
const HANDLE = 12;

export interface EstimatedGeometry {
  initialWidth: number;
  initialHeight: number;
  handles: NodeHandle[];
}

/**
 * What React Flow needs to know about a node it has not drawn yet: its size and where its
 * handles are, as VerbNode, DecisionNode and NoteNode draw them.
 *
 * Without them, React Flow draws every node once to measure it, even the ones off screen: on
 * opening a big flow that was nearly all of the time (at 1,000 verbs, 1,000 nodes built and
 * removed again; at 20,000 the page froze for 20 s). With them, only the nodes on screen are
 * drawn, and measured as they come into view; once measured, React Flow's own figures are used.
 */
export function estimatedGeometry(node: FlowNode, dialect: DialectId): EstimatedGeometry {
  const face = kindOf(node)?.face ?? 'verb';
  // A note has no handles: nothing connects to it.
  if (face === 'note') {
    return { initialWidth: NOTE_WIDTH, initialHeight: noteHeight(node.text), handles: [] };
  }
  return face === 'decision' ? decisionGeometry(node) : verbGeometry(node, dialect);
}

/** A handle of the given type centred on (x, y) of the node. */
function handleAt(
  type: NodeHandle['type'],
  position: Position,
  x: number,
  y: number,
  id?: string,
): NodeHandle {
  return {
    ...(id !== undefined ? { id } : {}),
    type,
    position,
    x: x - HANDLE / 2,
    y: y - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  };
}

/** In, top centre; outlets spread along the bottom. */
function verbGeometry(node: FlowNode, dialect: DialectId): EstimatedGeometry {
  const { def } = resolveVerb(node.kind, dialect);
  const handles: NodeHandle[] = [];
  if (!def.isStart) handles.push(handleAt('target', Position.Top, NODE_WIDTH / 2, 0));
  const outlets = def.outlets;
  // VerbNode also draws a "never runs" `next` handle, centred, on verbs that end a document.
  if (!outlets.some((o) => o.id === NEXT_OUTLET)) {
    handles.push(handleAt('source', Position.Bottom, NODE_WIDTH / 2, NODE_HEIGHT, NEXT_OUTLET));
  }
  outlets.forEach((outlet, index) => {
    const x = (NODE_WIDTH * (index + 1)) / (outlets.length + 1);
    handles.push(handleAt('source', Position.Bottom, x, NODE_HEIGHT, outlet.id));
  });
  return { initialWidth: NODE_WIDTH, initialHeight: NODE_HEIGHT, handles };
}

/** In, top centre; one outlet a row down the right edge. */
function decisionGeometry(node: FlowNode): EstimatedGeometry {
  const outlets = nodeOutlets(node);
  const handles: NodeHandle[] = [handleAt('target', Position.Top, DECISION_WIDTH / 2, 0)];
  outlets.forEach((outlet, index) => {
    handles.push(
      handleAt('source', Position.Right, DECISION_WIDTH, outletCentreY(index), outlet.id),
    );
  });
  return {
    initialWidth: DECISION_WIDTH,
    initialHeight: decisionHeight(outlets.length),
    handles,
  };
}
