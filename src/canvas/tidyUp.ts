/**
 * Tidy up: the whole flow laid out again by the layout imports and templates use
 * (src/model/layout.ts: top to bottom, each document's verbs in one column, branches side by
 * side), with every node's drawn size, as one undo step; the nodes glide to their new places and
 * the view then shows the flow.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { layeredPositions, layoutFlow, NODE_WIDTH } from '../model/layout';
import { isInCall } from '../kinds';
import { START_NODE_ID, type Flow, type FlowNode, type Position } from '../schema/flow';
import type { AppStore } from '../store/createAppStore';
import { BIG_FLOW } from './estimatedHandles';
import { nodeSize, type MeasuredSizes } from './nodeBoxes';
import { readableViewport } from './readableView';

/** How long the nodes take to glide to their new places. */
export const TIDY_UP_MS = 300;
/** Above this many moving nodes they jump: redrawing thousands of nodes a frame would stutter. */
const GLIDE_UP_TO = 1_000;

/**
 * Where Tidy up puts each node that is not there already. Notes are not steps of the call: the
 * steps are laid out without them, and each note then keeps its place beside the step it was
 * nearest to (it says something about that step), moving as that step moves.
 */
export function tidyPositions(flow: Flow, measured: MeasuredSizes): Map<string, Position> {
  const steps = flow.nodes.filter(isInCall);
  const positions = layeredPositions({ ...flow, nodes: steps }, (node) => nodeSize(node, measured));
  const placed = new Map(steps.map((node, i) => [node.id, positions[i]!]));
  for (const note of flow.nodes) {
    if (isInCall(note)) continue;
    const anchor = nearestStep(note.position, steps);
    if (!anchor) continue;
    const to = placed.get(anchor.id)!;
    placed.set(note.id, {
      x: to.x + note.position.x - anchor.position.x,
      y: to.y + note.position.y - anchor.position.y,
    });
  }
  const moves = new Map<string, Position>();
  for (const node of flow.nodes) {
    const to = placed.get(node.id);
    if (to && (to.x !== node.position.x || to.y !== node.position.y)) moves.set(node.id, to);
  }
  return moves;
}

/** The step whose top-left corner is closest to a point (notes are few: a plain scan will do). */
function nearestStep(point: Position, steps: readonly FlowNode[]): FlowNode | undefined {
  let nearest: FlowNode | undefined;
  let best = Infinity;
  for (const step of steps) {
    const distance = (step.position.x - point.x) ** 2 + (step.position.y - point.y) ** 2;
    if (distance < best) {
      best = distance;
      nearest = step;
    }
  }
  return nearest;
}

const NOTHING_MEASURED: MeasuredSizes = new Map();

/**
 * A flow laid out before anything of it is drawn (an import, a template), as Tidy up will lay it
 * out once it is: each node at the size it is drawn at (a decision grows with its outlets), so
 * Tidy up on a flow just opened moves nothing.
 */
export function laidOutForCanvas(flow: Flow): Flow {
  return layoutFlow(flow, (node) => nodeSize(node, NOTHING_MEASURED));
}

type Canvas = Pick<ReactFlowInstance, 'setViewport'>;

export function tidyUp(store: AppStore, reactFlow: Canvas): void {
  const state = store.getState();
  const { flow } = state;
  if (flow.nodes.length <= 1) {
    state.notify('Nothing to tidy up yet: add a verb first.');
    return;
  }
  const moves = tidyPositions(flow, state.measured);
  if (moves.size === 0) {
    state.notify('The flow is already tidy.');
    showFlow(store, reactFlow);
    return;
  }
  const from = new Map(flow.nodes.map((node) => [node.id, node.position]));
  // The flow takes its new positions at once, as one undo step; the glide is only drawn (as a
  // drag is, through the session's drag positions), so undo mid-glide still restores them all.
  state.applyLayout(moves);
  if (moves.size > GLIDE_UP_TO || prefersReducedMotion()) {
    state.setDragPositions(new Map());
    requestAnimationFrame(() => showFlow(store, reactFlow));
    return;
  }
  glide(store, from, moves, () => showFlow(store, reactFlow));
}

function glide(
  store: AppStore,
  from: ReadonlyMap<string, Position>,
  to: ReadonlyMap<string, Position>,
  done: () => void,
): void {
  const started = performance.now();
  const frame = (now: number) => {
    const t = Math.min(1, (now - started) / TIDY_UP_MS);
    if (t >= 1) {
      store.getState().setDragPositions(new Map());
      done();
      return;
    }
    const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    const drawn = new Map<string, Position>();
    for (const [id, end] of to) {
      const start = from.get(id) ?? end;
      drawn.set(id, {
        x: start.x + (end.x - start.x) * eased,
        y: start.y + (end.y - start.y) * eased,
      });
    }
    store.getState().setDragPositions(drawn);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The whole flow fitted to the canvas at a readable size; a big one from the top of the call. */
function showFlow(store: AppStore, reactFlow: Canvas): void {
  const duration = prefersReducedMotion() ? 0 : TIDY_UP_MS;
  const { flow } = store.getState();
  if (flow.nodes.length <= BIG_FLOW) {
    const canvas = document.querySelector('.react-flow');
    const size = { width: canvas?.clientWidth ?? 800, height: canvas?.clientHeight ?? 600 };
    const viewport = readableViewport(flow.nodes, store.getState().measured, size);
    void reactFlow.setViewport(viewport, { duration });
    return;
  }
  const first = flow.nodes.find((node) => node.id === START_NODE_ID) ?? flow.nodes[0]!;
  const zoom = 0.85;
  const width = document.querySelector('.react-flow')?.clientWidth ?? 800;
  const x = width / 2 - (first.position.x + NODE_WIDTH / 2) * zoom;
  void reactFlow.setViewport({ x, y: 60 - first.position.y * zoom, zoom }, { duration });
}

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
