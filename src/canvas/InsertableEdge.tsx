import { BaseEdge, EdgeLabelRenderer, useReactFlow, type EdgeProps } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { routeEdge, selectObstacles } from './edgeRouting';
import { insertChoices } from './insertChoices';
import type { CanvasEdge } from './types';
import { stepName } from '../model/stepName';
import { isOutOfView, plusesInReadingOrder, useInsertTabStop } from './insertTabStop';
import { rovingTarget } from '../ui/rovingFocus';
import './InsertableEdge.css';

/**
 * A connection with a "+" on it: pressing it (or Enter on it) opens a short list of the verbs
 * that can go between the two steps; choosing one puts it there (store.insertOnEdge).
 */
export function InsertableEdge(props: EdgeProps<CanvasEdge>) {
  const { id, label, markerEnd, style, interactionWidth } = props;
  const { source, target, sourceX, sourceY, targetX, targetY } = props;
  const { sourcePosition, targetPosition } = props;
  // Around the boxes it would otherwise run behind (src/canvas/edgeRouting.ts).
  const obstacles = useAppStore(selectObstacles);
  const [path, labelX, labelY] = useMemo(
    () =>
      routeEdge(obstacles, {
        id,
        source,
        target,
        sourceX,
        sourceY,
        targetX,
        targetY,
        sourcePosition,
        targetPosition,
      }),
    [
      obstacles,
      id,
      source,
      target,
      sourceX,
      sourceY,
      targetX,
      targetY,
      sourcePosition,
      targetPosition,
    ],
  );
  const [open, setOpen] = useState(false);
  const plus = useRef<HTMLButtonElement>(null);
  const tabStop = useInsertTabStop();
  const { setCenter, getZoom } = useReactFlow();
  // Read here, not in the edge list, so that typing in a step redraws only its own connections.
  const between = useAppStore((s) => {
    const graph = s.derived.analysis.graph(s.flow);
    return `${stepName(graph.node(source))} and ${stepName(graph.node(target))}`;
  });
  const [plusX, plusY] = plusPosition(props, [labelX, label ? labelY + 22 : labelY]);

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={style}
        label={label}
        labelX={labelX}
        labelY={labelY}
        {...(interactionWidth !== undefined ? { interactionWidth } : {})}
      />
      <EdgeLabelRenderer>
        <div
          className="insert-on-edge nodrag nopan"
          // A verb dropped on the "+" goes on this connection too (Canvas's edgeAt).
          data-edge-id={id}
          style={{ transform: `translate(-50%, -50%) translate(${plusX}px, ${plusY}px)` }}
        >
          <button
            ref={plus}
            type="button"
            className="insert-on-edge-plus"
            aria-label={`Insert a step between ${between}`}
            aria-expanded={open}
            aria-haspopup="true"
            tabIndex={tabStop.edgeId === id ? 0 : -1}
            onFocus={(event) => {
              tabStop.focused(id);
              // A "+" reached by the keyboard off screen is brought into view, at the same zoom.
              const canvas = event.currentTarget.closest('.react-flow');
              if (canvas && isOutOfView(event.currentTarget, canvas)) {
                void setCenter(plusX, plusY, { zoom: getZoom(), duration: 200 });
              }
            }}
            onKeyDown={moveBetweenPluses}
            onClick={() => setOpen((was) => !was)}
          >
            +
          </button>
          {open && (
            <InsertMenu
              edgeId={id}
              between={between}
              onClose={() => {
                setOpen(false);
                plus.current?.focus();
              }}
            />
          )}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

/**
 * How far from its outlet a connection's "+" sits: below a bottom outlet, just clear of the box;
 * right of a side outlet, past where a connection going back up turns (React Flow's 20 px).
 */
const PLUS_GAP = 22;
const SIDE_PLUS_GAP = 44;

/**
 * The "+" sits on the part of the connection that is its own: just after it leaves its outlet
 * (below a bottom outlet, right of a side one). Mid-way, it fell on other lines: branches of one
 * decision run side by side, and joins share their last stretch (issue 25, item 4). A connection
 * too short for that has it mid-way, below its label if it has one.
 */
function plusPosition(
  ends: Pick<EdgeProps, 'sourceX' | 'sourceY' | 'targetX' | 'targetY' | 'sourcePosition'>,
  middle: readonly [number, number],
): readonly [number, number] {
  const { sourceX, sourceY, targetX, targetY, sourcePosition } = ends;
  if (sourcePosition === 'right') {
    return targetX - sourceX > 2 * SIDE_PLUS_GAP ? [sourceX + SIDE_PLUS_GAP, sourceY] : middle;
  }
  return targetY - sourceY > 2 * PLUS_GAP ? [sourceX, sourceY + PLUS_GAP] : middle;
}

/** Arrow keys, Home and End move focus to another connection's "+", in reading order. */
function moveBetweenPluses(event: KeyboardEvent<HTMLButtonElement>): void {
  const canvas = event.currentTarget.closest('.react-flow');
  if (!canvas) return;
  const pluses = plusesInReadingOrder(canvas);
  const to = rovingTarget(pluses, pluses.indexOf(event.currentTarget), event.key);
  if (!to) return;
  event.preventDefault();
  // Its focus handler brings it into view by moving the canvas, not by scrolling it.
  to.focus({ preventScroll: true });
}

function InsertMenu({
  edgeId,
  between,
  onClose,
}: {
  edgeId: string;
  between: string;
  onClose: () => void;
}) {
  const store = useAppStoreApi();
  const dialect = useAppStore((s) => s.flow.dialect);
  const list = useRef<HTMLDivElement>(null);
  const choices = insertChoices(dialect);

  useEffect(() => {
    list.current?.querySelector('button')?.focus();
  }, []);

  // Up and Down move between the choices; Escape closes and gives focus back to the "+".
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    }
  };

  return (
    <div
      ref={list}
      className="popup-menu insert-on-edge-menu"
      role="group"
      aria-label={`Verbs to insert between ${between}`}
      onKeyDown={onKeyDown}
    >
      {choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          className="popup-menu-item"
          onClick={() => {
            store.getState().insertOnEdge(edgeId, choice.id, { via: 'keyboard' });
          }}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
