/**
 * The view a flow opens on and Tidy up ends on: the whole flow when it fits at a readable size,
 * else its top at 60 % (text below that is about 7 px, too small to read), the rest a pan away
 * (issue 25, item 4).
 */
import { getViewportForBounds, type Viewport } from '@xyflow/react';
import type { FlowNode } from '../schema/flow';
import { nodeSize, type MeasuredSizes } from './nodeBoxes';

/** The smallest zoom a flow is shown at by the designer itself; the user may zoom out further. */
export const READABLE_ZOOM = 0.6;
const MAX_ZOOM = 1;
const PADDING = 0.3;
/** Room above and left of a flow too big to fit, in screen pixels (a notice may show above). */
const MARGIN = 60;

export function readableViewport(
  nodes: readonly FlowNode[],
  measured: MeasuredSizes,
  canvas: { readonly width: number; readonly height: number },
): Viewport {
  const bounds = boundsOf(nodes, measured);
  const fitted = getViewportForBounds(bounds, canvas.width, canvas.height, 0, MAX_ZOOM, PADDING);
  if (fitted.zoom >= READABLE_ZOOM) return fitted;
  // Centred on each axis it fits on at this zoom; else from its top, or its left.
  const zoom = READABLE_ZOOM;
  const place = (start: number, size: number, room: number) =>
    size * zoom + 2 * MARGIN <= room
      ? (room - size * zoom) / 2 - start * zoom
      : MARGIN - start * zoom;
  return {
    zoom,
    x: place(bounds.x, bounds.width, canvas.width),
    y: place(bounds.y, bounds.height, canvas.height),
  };
}

function boundsOf(nodes: readonly FlowNode[], measured: MeasuredSizes) {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const { width, height } = nodeSize(node, measured);
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + width);
    bottom = Math.max(bottom, node.position.y + height);
  }
  if (!Number.isFinite(left)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: left, y: top, width: right - left, height: bottom - top };
}
