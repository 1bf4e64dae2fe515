import { useStore, type ReactFlowState } from '@xyflow/react';
import { connectionProblem } from '../model/operations';
import { NEXT_OUTLET } from '../schema/flow';
import { useAppStore } from '../store/context';
import '../styles/step-chooser.css';

/**
 * Whether a connection being dragged would land on this node: the whole box is a target, not
 * only its small top dot (Canvas's onConnectEnd connects a drop on it). 'accepts' or 'refuses'
 * while the pointer is over the box (or React Flow snaps to its dot), undefined otherwise.
 *
 * Every drawn node reads this on every pointer move, so the selector only compares numbers and
 * returns a string that changes when the pointer enters or leaves the box: a node renders again
 * then, not on every move. Whether the model allows the connection is asked only of the box
 * under the pointer.
 */
export function useDropTarget(id: string): 'accepts' | 'refuses' | undefined {
  const from = useStore((s) => draggedOnto(s, id));
  const refused = useAppStore((s) => {
    if (!from) return false;
    const [source = '', outlet = NEXT_OUTLET] = from.split('\n');
    const graph = s.derived.analysis.graph(s.flow);
    return connectionProblem(s.flow, source, outlet, id, graph) !== undefined;
  });
  if (!from) return undefined;
  return refused ? 'refuses' : 'accepts';
}

/** "source\noutlet" of a connection dragged over node `id`, else ''. */
function draggedOnto(s: ReactFlowState, id: string): string {
  const c = s.connection;
  if (!c.inProgress || c.fromHandle.type !== 'source' || c.fromNode.id === id) return '';
  const key = `${c.fromNode.id}\n${c.fromHandle.id ?? NEXT_OUTLET}`;
  if (c.toNode?.id === id) return key;
  const node = s.nodeLookup.get(id);
  if (!node) return '';
  const [tx, ty, zoom] = s.transform;
  const x = (c.pointer.x - tx) / zoom;
  const y = (c.pointer.y - ty) / zoom;
  const { x: left, y: top } = node.internals.positionAbsolute;
  const width = node.measured.width ?? 0;
  const height = node.measured.height ?? 0;
  return x >= left && x <= left + width && y >= top && y <= top + height ? key : '';
}

/** The step under a point of the screen, inside `within` (React Flow marks each node). */
export function nodeAt(within: Element, x: number, y: number): string | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const node = element.closest('.react-flow__node');
    if (node && within.contains(node)) return node.getAttribute('data-id') ?? undefined;
  }
  return undefined;
}

/** Whether a point of the screen is on the bare canvas (nothing drawn over it). */
export function onPane(within: Element, x: number, y: number): boolean {
  const top = document
    .elementsFromPoint(x, y)
    .find((element) => !element.closest('.react-flow__connectionline'));
  return !!top && within.contains(top) && top.closest('.react-flow__pane') !== null;
}

/** Where a pointer or touch event happened, on the screen. */
export function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } {
  const touch = 'changedTouches' in event ? event.changedTouches[0] : undefined;
  return touch
    ? { x: touch.clientX, y: touch.clientY }
    : { x: (event as MouseEvent).clientX, y: (event as MouseEvent).clientY };
}
