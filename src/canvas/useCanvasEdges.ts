import { MarkerType } from '@xyflow/react';
import { useMemo } from 'react';
import { analyzeFlow } from '../model/graph';
import type { FlowEdge } from '../model/types';
import { useAppStore, useAppStoreApi } from '../store/context';
import { findVerb } from '../verbs';
import type { VerbFlowEdge } from './types';

const views = new WeakMap<FlowEdge, VerbFlowEdge>();
const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;

/**
 * The flow's edges as React Flow edges. The array changes only when an edge or the edge
 * selection does: React Flow rebuilds its connection lookup for every edge whenever it gets a
 * new array, which an edit of a field must not cost.
 */
export function useCanvasEdges(): VerbFlowEdge[] {
  const store = useAppStoreApi();
  const edges = useAppStore((s) => s.flow.edges);
  const selectedIds = useAppStore((s) => s.selectedEdgeIds);

  return useMemo(() => {
    const selected = new Set(selectedIds);
    // A node's verb never changes, so reading the nodes here (without subscribing) is safe.
    const graph = analyzeFlow(store.getState().flow);
    return edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const cached = views.get(edge);
      if (cached && cached.selected === isSelected) return cached;
      const source = graph.node(edge.source);
      const target = graph.node(edge.target);
      const outlet = findVerb(source?.verb ?? '')?.outlets.find((o) => o.id === edge.outlet);
      const view: VerbFlowEdge = {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.outlet,
        target: edge.target,
        selected: isSelected,
        markerEnd: MARKER,
        ...(outlet?.kind === 'action' ? { label: outlet.label, className: 'action-edge' } : {}),
        // Kept by an import after a verb that ends the document.
        ...(!outlet ? { label: 'never runs', className: 'never-edge' } : {}),
        ariaLabel: `Connection from ${nameOf(source?.verb)} to ${nameOf(target?.verb)} (${outlet?.label ?? 'never runs'})`,
      };
      views.set(edge, view);
      return view;
    });
  }, [edges, selectedIds, store]);
}

function nameOf(verb: string | undefined): string {
  return findVerb(verb ?? '')?.label ?? 'verb';
}
