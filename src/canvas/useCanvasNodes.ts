import { useMemo } from 'react';
import { kindOf } from '../kinds';
import { START_NODE_ID, type DialectId, type FlowNode, type Position } from '../schema/flow';
import { useAppStore } from '../store/context';
import { BIG_FLOW, estimatedGeometry } from './estimatedHandles';
import type { CanvasNode } from './types';
import { stepNameId } from './stepName';
import type { CallMark } from './viewCache';

/**
 * The nodes as React Flow draws them. `tabStopId` is the one node the Tab key reaches; the others
 * are reached with the arrow keys (src/canvas/nodeNavigation.ts).
 */
export function useCanvasNodes(tabStopId: string | undefined): CanvasNode[] {
  const nodes = useAppStore((s) => s.flow.nodes);
  const dialect = useAppStore((s) => s.flow.dialect);
  const selectedIds = useAppStore((s) => s.selectedNodeIds);
  const dragPositions = useAppStore((s) => s.dragPositions);
  const measured = useAppStore((s) => s.measured);
  const currentStep = useAppStore((s) => s.simulatedCall?.position?.nodeId);
  const visitedIds = useAppStore((s) => s.simulatedCall?.visitedNodes);
  // React Flow re-processes any node object that is not `===` to the last one, and walks every
  // node when the list is a new one: each step keeps its view while nothing React Flow places
  // or marks changes (an edit of its values is read by the face itself), and the list stays the
  // same list while every view does (kept by the store).
  const derived = useAppStore((s) => s.derived);

  return useMemo(() => {
    const selected = new Set(selectedIds);
    const visited = new Set(visitedIds);
    const big = nodes.length > BIG_FLOW;
    return derived.nodeViews.list(nodes, (node, cached) => {
      const position = dragPositions.get(node.id) ?? node.position;
      const size = measured.get(node.id);
      const isSelected = selected.has(node.id);
      // An estimated size and handles are read from the step's values: they follow each edit.
      const estimated = big && !size ? node : undefined;
      const mark: CallMark =
        node.id === currentStep ? 'current' : visited.has(node.id) ? 'visited' : undefined;
      const tabStop = node.id === tabStopId;
      const face = kindOf(node)?.face ?? 'verb';
      if (
        cached &&
        cached.view.type === face &&
        cached.dialect === dialect &&
        cached.mark === mark &&
        cached.estimated === estimated &&
        cached.tabStop === tabStop &&
        cached.view.selected === isSelected &&
        cached.view.measured === size &&
        samePosition(cached.view.position, position)
      ) {
        return cached;
      }
      const view = toView(node, dialect, position, isSelected, size, estimated);
      return { view: withFocus(view, mark, tabStop), dialect, mark, estimated, tabStop };
    });
  }, [
    nodes,
    dialect,
    selectedIds,
    dragPositions,
    measured,
    currentStep,
    visitedIds,
    tabStopId,
    derived,
  ]);
}

/** Nothing of the step itself: each face reads its step from the store (useFlowNode). */
const NO_DATA: Record<string, never> = {};

function toView(
  node: FlowNode,
  dialect: DialectId,
  position: Position,
  selected: boolean,
  measured: { width: number; height: number } | undefined,
  estimated: FlowNode | undefined,
): CanvasNode {
  const kind = kindOf(node);
  return {
    id: node.id,
    type: kind?.face ?? 'verb',
    position,
    data: NO_DATA,
    selected,
    ...(measured ? { measured } : {}),
    // Off screen in a big flow, a node is known by its estimate until React Flow draws it.
    ...(estimated ? estimatedGeometry(estimated, dialect) : {}),
    deletable: node.id !== START_NODE_ID,
    // No handles, so nothing to drag a connection from.
    ...(kind?.inCall === false ? { connectable: false } : {}),
  };
}

/**
 * The step's name is the element its face draws (StepName). A simulated call's path: the node
 * the call is at is the current step (for assistive technology too), the nodes it went through
 * are marked as visited. Every node but the tab stop is taken out of the Tab order (React Flow
 * gives each node tabindex 0; its `domAttributes` come after).
 */
function withFocus(view: CanvasNode, mark: CallMark, tabStop: boolean): CanvasNode {
  const domAttributes = {
    'aria-labelledby': stepNameId(view.id),
    ...(tabStop ? {} : { tabIndex: -1 }),
    ...(mark === 'current' ? { 'aria-current': 'step' as const } : {}),
  };
  return {
    ...view,
    ...(mark ? { className: mark === 'current' ? 'call-current' : 'call-visited' } : {}),
    domAttributes,
  };
}

function samePosition(a: Position, b: Position): boolean {
  return a.x === b.x && a.y === b.y;
}
