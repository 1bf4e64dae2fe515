import { useReactFlow, type FinalConnectionState } from '@xyflow/react';
import { useCallback, useState, type RefObject } from 'react';
import type { FlowGraph } from '../model/graph';
import { nodeOutlets } from '../kinds';
import { stepName } from '../model/stepName';
import { NEXT_OUTLET, type Position } from '../schema/flow';
import { useAppStoreApi } from '../store/context';
import type { AppState } from '../store/types';
import { nodeAt, onPane, pointOf } from './dropTarget';
import { StepChooser } from './StepChooser';

/** Node width in CSS; the chosen step is centred on where the connection was dropped. */
const NODE_WIDTH = 240;
/** The chooser's own size, to keep it inside the canvas. */
const CHOOSER_WIDTH = 260;
const CHOOSER_HEIGHT = 260;

interface Dropped {
  readonly source: string;
  readonly outlet: string;
  readonly label: string;
  /** Where it opens, in the canvas's own pixels, and where the step goes, on the flow. */
  readonly left: number;
  readonly top: number;
  readonly at: Position;
}

/**
 * Where a connection dragged from an outlet lands when it is let go away from a dot: on a box,
 * it connects to that step (its whole box is a target, see dropTarget.ts); on empty canvas, a
 * short palette opens there ("Add a step after Matches") and the step chosen is created at that
 * spot, connected (store.addStepFrom). Escape cancels and gives focus back to the step the
 * connection came from.
 */
export function useOutletDrop(wrapper: RefObject<HTMLDivElement | null>) {
  const store = useAppStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const [dropped, setDropped] = useState<Dropped>();

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const canvas = wrapper.current;
      if (state.isValid || !canvas || !state.fromNode || state.fromHandle?.type !== 'source') {
        return;
      }
      const source = state.fromNode.id;
      const outlet = state.fromHandle.id ?? NEXT_OUTLET;
      const point = pointOf(event);
      const target = nodeAt(canvas, point.x, point.y);
      if (target) {
        if (target !== source) store.getState().connect(source, outlet, target);
        return;
      }
      if (!onPane(canvas, point.x, point.y) || store.getState().readOnly) return;
      const bounds = canvas.getBoundingClientRect();
      const flowAt = screenToFlowPosition(point);
      setDropped({
        source,
        outlet,
        label: `Add a step after ${outletName(graphOf(store.getState()), source, outlet)}`,
        left: clamp(point.x - bounds.left, bounds.width - CHOOSER_WIDTH),
        // Below the point, or above it where there is no room below.
        top: clamp(
          point.y - bounds.top + CHOOSER_HEIGHT > bounds.height
            ? point.y - bounds.top - CHOOSER_HEIGHT
            : point.y - bounds.top,
          bounds.height - CHOOSER_HEIGHT,
        ),
        at: { x: flowAt.x - NODE_WIDTH / 2, y: flowAt.y },
      });
    },
    [store, wrapper, screenToFlowPosition],
  );

  const close = useCallback(
    (focusSource: boolean) => {
      if (focusSource && dropped) {
        wrapper.current
          ?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(dropped.source)}"]`)
          ?.focus();
      }
      setDropped(undefined);
    },
    [dropped, wrapper],
  );

  const chooser = dropped && (
    <StepChooser
      source={dropped.source}
      outlet={dropped.outlet}
      label={dropped.label}
      className="at-point"
      style={{ left: dropped.left, top: dropped.top }}
      onChoose={(kind) => {
        close(false);
        store.getState().addStepFrom(dropped.source, dropped.outlet, kind, {
          position: dropped.at,
        });
      }}
      onCancel={(how) => close(how === 'escape')}
    />
  );

  return { onConnectEnd, chooser };
}

/** The outlet's name where its step has several ("Matches"), else the step's ("Say"). */
function outletName(graph: FlowGraph, source: string, outlet: string) {
  const node = graph.node(source);
  if (!node) return outlet;
  const outlets = nodeOutlets(node);
  const named = outlets.length > 1 ? outlets.find((o) => o.id === outlet) : undefined;
  return named ? named.label : stepName(node);
}

function clamp(value: number, max: number): number {
  return Math.max(8, Math.min(value, max - 8));
}

/** The flow's graph, as the store knows it. */
function graphOf({ flow, derived }: AppState): FlowGraph {
  return derived.analysis.graph(flow);
}
