/**
 * Where notes go. A note is no step of the call: added from the palette it stands beside the
 * call's last step, where the next verb will not land on it.
 */
import { analyzeFlow, type FlowGraph } from './graph';
import { NODE_WIDTH } from './layout';
import { isInCall } from '../kinds';
import { START_NODE_ID, type Flow, type Position } from '../schema/flow';

/** Space between the last step and a note beside it, and between notes stacked there. */
const GAP = 40;
const NOTE_STEP = 110;

/** To the right of the main chain's last step (or the incoming call), below notes already there. */
export function placeNote(flow: Flow, graph: FlowGraph = analyzeFlow(flow)): Position {
  const last = graph.mainChain.at(-1) ?? graph.node(START_NODE_ID) ?? flow.nodes[0];
  const x = (last?.position.x ?? 0) + NODE_WIDTH + GAP;
  let y = last?.position.y ?? 0;
  const taken = new Set(
    flow.nodes.filter((n) => !isInCall(n) && n.position.x === x).map((n) => n.position.y),
  );
  while (taken.has(y)) y += NOTE_STEP;
  return { x, y };
}
