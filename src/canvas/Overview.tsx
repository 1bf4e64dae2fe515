import { Panel, useStore, type ReactFlowState } from '@xyflow/react';
import { Map as MapIcon } from 'lucide-react';
import { useId, useState } from 'react';
import { OverviewMap } from './OverviewMap';

interface OverviewProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

type Side = 'right' | 'left';

/** The overview's size and where it sits in a bottom corner of the canvas (see app.css). */
const SIZE = { width: 180, height: 120 };
const MARGIN = 12;
/** Room under the overview for its Hide/Show button. */
const BUTTON_ROOM = 50;
/** How far an outlet's dot reaches below its box. */
const OUTLET_OVERHANG = 8;
/** On the left, the overview sits beside the zoom controls, never on them. */
const LEFT_INSET = 56;

/**
 * The overview of the flow (React Flow's minimap) in a bottom corner of the canvas, above a
 * button that hides it. It keeps to the bottom right, and moves to the bottom left, beside the
 * zoom controls, while boxes of the flow lie under it there and not on the left (and back the
 * same way), except while the pointer is on it; with boxes under both, it is see-through. The Problems panel is below the canvas, so it
 * is never covered.
 */
export function Overview({ open, onOpenChange }: OverviewProps) {
  const id = useId();
  const [side, setSide] = useState<Side>('right');
  const [pointerOn, setPointerOn] = useState(false);
  const covered = useStore(coveredCorners);
  // Adjusted while rendering (React's way for state that follows other state), not in an effect.
  const here = covered[side === 'right' ? 0 : 1] === '1';
  const there = covered[side === 'right' ? 1 : 0] === '1';
  if (here && !there && !pointerOn) setSide(side === 'right' ? 'left' : 'right');
  // With the flow under both corners, the overview lets it show through (until pointed at), so
  // that no outlet or connection is hidden under it.
  const seeThrough = here && there && !pointerOn;

  const position = side === 'right' ? 'bottom-right' : 'bottom-left';
  return (
    <div
      id={id}
      className={`overview-host on-${side}${seeThrough ? ' see-through' : ''}`}
      onPointerEnter={() => setPointerOn(true)}
      onPointerLeave={() => setPointerOn(false)}
    >
      <Panel position={position} className="overview-toggle">
        <button
          type="button"
          className="button small"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => onOpenChange(!open)}
        >
          <MapIcon size={14} aria-hidden="true" />
          {open ? 'Hide overview' : 'Show overview'}
        </button>
      </Panel>
      {open && (
        <OverviewMap
          className="overview"
          position={position}
          label="Overview of the call flow"
          width={SIZE.width}
          height={SIZE.height}
        />
      )}
    </div>
  );
}

/**
 * Whether a box of the flow lies under the overview's place on the right and on the left, as
 * two characters ("10": right covered, left free), so the overview re-renders only when that
 * changes, not on every frame of a pan.
 */
function coveredCorners(state: ReactFlowState): string {
  const { width, height, transform, nodeLookup } = state;
  const [tx, ty, zoom] = transform;
  const top = height - BUTTON_ROOM - SIZE.height;
  const right = { left: width - MARGIN - SIZE.width, right: width - MARGIN };
  const left = { left: LEFT_INSET, right: LEFT_INSET + SIZE.width };
  let onRight = false;
  let onLeft = false;
  for (const node of nodeLookup.values()) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const x1 = x * zoom + tx;
    const x2 = x1 + (node.measured.width ?? 0) * zoom;
    const y1 = y * zoom + ty;
    // The outlets stand out below the box.
    const y2 = y1 + ((node.measured.height ?? 0) + OUTLET_OVERHANG) * zoom;
    if (y2 < top || y1 > height - MARGIN) continue;
    onRight ||= x2 > right.left && x1 < right.right;
    onLeft ||= x2 > left.left && x1 < left.right;
    if (onRight && onLeft) break;
  }
  return `${onRight ? 1 : 0}${onLeft ? 1 : 0}`;
}
