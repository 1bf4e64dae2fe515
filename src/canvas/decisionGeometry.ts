/**
 * Where DecisionNode draws its outlets: one row each, under the title and summary, with the
 * handle on the node's right edge beside the outlet's name. Kept in step with
 * src/styles/canvas-decisions.css, so that the estimate React Flow gets for a node it has not
 * drawn yet (estimatedHandles.ts) is where the drawn node has its handles.
 */
import { NODE_WIDTH } from '../model/layout';

/** From the node's top to its first outlet row: border, padding, header, summary, gap. */
export const DECISION_OUTLETS_TOP = 73;
export const OUTLET_ROW_HEIGHT = 24;
/** Below the last row: padding and border. */
const DECISION_BOTTOM = 11;

export const DECISION_WIDTH = NODE_WIDTH;

/** A decision node's height: a Menu grows with its keys. */
export function decisionHeight(outletCount: number): number {
  return DECISION_OUTLETS_TOP + outletCount * OUTLET_ROW_HEIGHT + DECISION_BOTTOM;
}

/** Vertical centre of the outlet row `index` (its handle), from the node's top. */
export function outletCentreY(index: number): number {
  return DECISION_OUTLETS_TOP + (index + 0.5) * OUTLET_ROW_HEIGHT;
}
