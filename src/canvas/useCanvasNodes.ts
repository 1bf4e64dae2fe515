import { useMemo } from 'react';
import { resolveVerb } from '../dialects';
import { kindOf } from '../kinds';
import { note } from '../notes';
import { findVerb } from '../verbs';
import { excerpt } from '../verbs/summaries';
import { START_NODE_ID, type DialectId, type FlowNode, type Position } from '../schema/flow';
import { useAppStore } from '../store/context';
import { decisionSummary } from './decisionSummary';
import { BIG_FLOW, estimatedGeometry } from './estimatedHandles';
import type { CanvasNode } from './types';
import type { CallMark } from './viewCache';
import { bodyTargetOf, verbFaceSummary } from './verbFace';

/**
 * The nodes as React Flow draws them. `tabStopId` is the one node the Tab key reaches; the others
 * are reached with the arrow keys (src/canvas/nodeNavigation.ts).
 */
export function useCanvasNodes(tabStopId: string | undefined): CanvasNode[] {
  const flow = useAppStore((s) => s.flow);
  const { nodes, dialect } = flow;
  const selectedIds = useAppStore((s) => s.selectedNodeIds);
  const dragPositions = useAppStore((s) => s.dragPositions);
  const measured = useAppStore((s) => s.measured);
  const currentStep = useAppStore((s) => s.simulatedCall?.position?.nodeId);
  const visitedIds = useAppStore((s) => s.simulatedCall?.visitedNodes);
  // React Flow re-processes any node object that is not `===` to the last one, so each flow node
  // keeps its view object until something it shows changes (kept by the store).
  const derived = useAppStore((s) => s.derived);

  return useMemo(() => {
    const selected = new Set(selectedIds);
    const visited = new Set(visitedIds);
    const big = nodes.length > BIG_FLOW;
    return nodes.map((node) => {
      const position = dragPositions.get(node.id) ?? node.position;
      const size = measured.get(node.id);
      const isSelected = selected.has(node.id);
      const estimated = big && !size;
      const mark: CallMark =
        node.id === currentStep ? 'current' : visited.has(node.id) ? 'visited' : undefined;
      const outlet = findVerb(node.kind)?.body?.outlet;
      const bodyTarget = bodyTargetOf(derived.analysis, flow, node, outlet);
      const tabStop = node.id === tabStopId;
      const cached = derived.nodeViews.get(node);
      if (
        cached &&
        cached.dialect === dialect &&
        cached.bodyTarget === bodyTarget &&
        cached.mark === mark &&
        cached.estimated === estimated &&
        cached.tabStop === tabStop &&
        cached.view.selected === isSelected &&
        cached.view.measured === size &&
        samePosition(cached.view.position, position)
      ) {
        return cached.view;
      }
      const view = withFocus(
        toView(node, dialect, bodyTarget, position, isSelected, size, estimated),
        mark,
        tabStop,
      );
      derived.nodeViews.set(node, { view, dialect, bodyTarget, mark, estimated, tabStop });
      return view;
    });
  }, [
    flow,
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

function toView(
  node: FlowNode,
  dialect: DialectId,
  bodyTarget: string | undefined,
  position: Position,
  selected: boolean,
  measured: { width: number; height: number } | undefined,
  estimated: boolean,
): CanvasNode {
  const kind = kindOf(node);
  const face = kind?.face ?? 'verb';
  const decision = kind?.decision;
  return {
    id: node.id,
    type: face,
    position,
    data: { node },
    selected,
    ...(measured ? { measured } : {}),
    // Off screen in a big flow, a node is known by its estimate until React Flow draws it.
    ...(estimated ? estimatedGeometry(node, dialect) : {}),
    deletable: node.id !== START_NODE_ID,
    // No handles, so nothing to drag a connection from.
    ...(kind?.inCall === false ? { connectable: false } : {}),
    ariaLabel:
      face === 'note'
        ? noteName(node)
        : decision
          ? `${node.label ?? decision.label}: ${decisionSummary(decision, node.attributes)}`
          : verbName(node, dialect, bodyTarget),
  };
}

/** "Note: Ask Sam before…": the start of the note's text, or that it is empty. */
function noteName(node: FlowNode): string {
  return `${note.label}: ${excerpt(node.text, 'empty')}`;
}

/** "Reject: busy (486)": the node's label or verb, and what its face says. */
function verbName(node: FlowNode, dialect: DialectId, bodyTarget: string | undefined): string {
  const verb = resolveVerb(node.kind, dialect);
  return `${node.label ?? verb.def.label}: ${verbFaceSummary(node, verb, bodyTarget)}`;
}

/**
 * A simulated call's path: the node the call is at is the current step (for assistive technology
 * too), the nodes it went through are marked as visited. Every node but the tab stop is taken out
 * of the Tab order (React Flow gives each node tabindex 0; its `domAttributes` come after).
 */
function withFocus(view: CanvasNode, mark: CallMark, tabStop: boolean): CanvasNode {
  const domAttributes = {
    ...(tabStop ? {} : { tabIndex: -1 }),
    ...(mark === 'current' ? { 'aria-current': 'step' as const } : {}),
  };
  return {
    ...view,
    ...(mark ? { className: mark === 'current' ? 'call-current' : 'call-visited' } : {}),
    ...(Object.keys(domAttributes).length > 0 ? { domAttributes } : {}),
  };
}

function samePosition(a: Position, b: Position): boolean {
  return a.x === b.x && a.y === b.y;
}
