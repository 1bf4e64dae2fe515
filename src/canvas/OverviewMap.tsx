import {
  Panel,
  useReactFlow,
  useStore,
  type PanelPosition,
  type ReactFlowState,
} from '@xyflow/react';
import { useId, useMemo, useRef, type PointerEvent, type WheelEvent } from 'react';
import { shallow } from 'zustand/shallow';
import type { Position } from '../schema/flow';
import { useAppStore } from '../store/context';
import type { Box, ObstacleIndex } from './obstacles';

/**
 * The overview's picture of the flow: every step as a box of one SVG path, and the part of the
 * canvas on screen. React Flow's MiniMap draws each node as an element that watches its own
 * node in React Flow's store, so that every change there (each frame of a pan or a drag) asks
 * all 5,000 of them; this path is drawn again only when a box changes (the boxes the store
 * keeps for routing connections: typing in a field keeps them), and the steps being dragged
 * are drawn apart, where the pointer has them.
 */
export function OverviewMap({
  position,
  width,
  height,
  className,
  label,
}: {
  position: PanelPosition;
  width: number;
  height: number;
  className: string;
  label: string;
}) {
  const titleId = useId();
  const index = useAppStore((s) => s.derived.obstacles.index);
  const dragPositions = useAppStore((s) => s.dragPositions);
  const dragged = useMemo(() => [...dragPositions.keys()].sort().join('\n'), [dragPositions]);
  const still = useMemo(() => drawBoxes(index, new Set(dragged.split('\n'))), [index, dragged]);
  const moving = useMemo(() => drawDragged(index, dragPositions), [index, dragPositions]);
  const view = useStore(viewOf, shallow);
  const flow = useReactFlow();

  // As React Flow's MiniMap frames it: the flow and the view, scaled to fit, with a margin.
  const bounds = union(union(still.bounds, moving.bounds), view);
  const scale = Math.max(bounds.width / width, bounds.height / height);
  const margin = 5 * scale;
  const x = bounds.x - (scale * width - bounds.width) / 2 - margin;
  const y = bounds.y - (scale * height - bounds.height) / 2 - margin;
  const w = scale * width + margin * 2;
  const h = scale * height + margin * 2;

  // Dragging on the overview moves the view along with the pointer.
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointer.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!pointer.current) return;
    const viewport = flow.getViewport();
    const dx = (event.clientX - pointer.current.x) * scale * viewport.zoom;
    const dy = (event.clientY - pointer.current.y) * scale * viewport.zoom;
    pointer.current = { x: event.clientX, y: event.clientY };
    void flow.setViewport({ ...viewport, x: viewport.x - dx, y: viewport.y - dy });
  };
  const onPointerUp = () => {
    pointer.current = null;
  };
  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    void flow.zoomTo(flow.getZoom() * Math.pow(2, -event.deltaY / 500));
  };

  return (
    <Panel
      position={position}
      className={`react-flow__minimap ${className}`}
      style={{ width, height }}
    >
      <svg
        width={width}
        height={height}
        viewBox={`${x} ${y} ${w} ${h}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      >
        <title id={titleId}>{label}</title>
        <path className="react-flow__minimap-node" d={still.path} />
        {moving.path && <path className="react-flow__minimap-node" d={moving.path} />}
        <path
          className="react-flow__minimap-mask"
          d={`M${x - margin},${y - margin}h${w + margin * 2}v${h + margin * 2}h${-w - margin * 2}z
        M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Drawn {
  readonly path: string;
  readonly bounds: Rect | undefined;
}

/** The part of the flow on screen, in the flow's coordinates. */
function viewOf(state: ReactFlowState): Rect {
  const [tx, ty, zoom] = state.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: state.width / zoom, height: state.height / zoom };
}

function drawBoxes(index: ObstacleIndex, skip: ReadonlySet<string>): Drawn {
  const parts: string[] = [];
  let bounds: Rect | undefined;
  for (const box of index.boxes()) {
    if (skip.has(box.id)) continue;
    parts.push(boxPath(box));
    bounds = union(bounds, rectOf(box));
  }
  return { path: parts.join(''), bounds };
}

function drawDragged(index: ObstacleIndex, dragPositions: ReadonlyMap<string, Position>): Drawn {
  const parts: string[] = [];
  let bounds: Rect | undefined;
  for (const [id, at] of dragPositions) {
    const box = index.box(id);
    if (!box) continue;
    const moved = {
      id,
      left: at.x,
      top: at.y,
      right: at.x + box.right - box.left,
      bottom: at.y + box.bottom - box.top,
    };
    parts.push(boxPath(moved));
    bounds = union(bounds, rectOf(moved));
  }
  return { path: parts.join(''), bounds };
}

function boxPath(box: Box): string {
  return `M${box.left},${box.top}H${box.right}V${box.bottom}H${box.left}z`;
}

function rectOf(box: Box): Rect {
  return { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
}

function union(a: Rect | undefined, b: Rect): Rect;
function union(a: Rect | undefined, b: Rect | undefined): Rect | undefined;
function union(a: Rect | undefined, b: Rect | undefined): Rect | undefined {
  if (!a) return b;
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}
