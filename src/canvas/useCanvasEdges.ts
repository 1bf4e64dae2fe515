import { MarkerType } from '@xyflow/react';
import { useMemo } from 'react';
import { kindLabel, nodeOutlets } from '../kinds';
import { useAppStore, useAppStoreApi } from '../store/context';
import type { CanvasEdge } from './types';

const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;

/**
 * The flow's edges as React Flow edges. The array changes only when an edge or the edge
 * selection does: React Flow rebuilds its connection lookup for every edge whenever it gets a
 * new array, which an edit of a field must not cost.
 */
export function useCanvasEdges(): CanvasEdge[] {
  const store = useAppStoreApi();
  const edges = useAppStore((s) => s.flow.edges);
  const selectedIds = useAppStore((s) => s.selectedEdgeIds);
  const taken = useAppStore((s) => s.simulatedCall?.visitedOutlets);
  const views = useAppStore((s) => s.derived.edgeViews);

  return useMemo(() => {
    const selected = new Set(selectedIds);
    // Outlets a simulated call left through: their arrows are marked as the call's path.
    const takenOutlets = new Set(taken?.map((t) => `${t.nodeId}\u0000${t.outlet}`));
    // A node's kind never changes, and an outlet's name follows from its id (a Menu's key
    // outlets come and go with their connections), so reading the nodes here without
    // subscribing to them is safe.
    const { flow, derived } = store.getState();
    const graph = derived.analysis.graph(flow);
    return edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const onPath = takenOutlets.has(`${edge.source}\u0000${edge.outlet}`);
      const cached = views.get(edge);
      if (cached && cached.view.selected === isSelected && cached.onPath === onPath) {
        return cached.view;
      }
      const source = graph.node(edge.source);
      const target = graph.node(edge.target);
      const outlet = source && nodeOutlets(source).find((o) => o.id === edge.outlet);
      const kindClass = !outlet
        ? 'never-edge'
        : outlet.kind === 'next'
          ? ''
          : `${outlet.kind}-edge`;
      const view: CanvasEdge = {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.outlet,
        target: edge.target,
        type: 'insertable',
        selected: isSelected,
        markerEnd: MARKER,
        // Where the platform or the flow server goes next is named on the arrow.
        ...(outlet && outlet.kind !== 'next' ? { label: outlet.label } : {}),
        // Kept by an import after a verb that ends the document.
        ...(!outlet ? { label: 'never runs' } : {}),
        ...(kindClass || onPath
          ? { className: [kindClass, onPath ? 'call-path-edge' : ''].filter(Boolean).join(' ') }
          : {}),
        ariaLabel: `Connection from ${nameOf(source?.kind)} to ${nameOf(target?.kind)} (${outlet?.label ?? 'never runs'})`,
      };
      views.set(edge, { view, onPath });
      return view;
    });
  }, [edges, selectedIds, taken, store, views]);
}

function nameOf(verb: string | undefined): string {
  return verb ? kindLabel(verb) : 'verb';
}
