import { MarkerType } from '@xyflow/react';
import { useMemo } from 'react';
import { findVerb } from '../verbs';
import type { FlowEdge, FlowNode } from '../model/types';
import { useAppStore } from '../store/context';
import type { VerbFlowEdge } from './types';

const views = new WeakMap<FlowEdge, VerbFlowEdge>();
const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;

export function useCanvasEdges(): VerbFlowEdge[] {
  const edges = useAppStore((s) => s.flow.edges);
  const nodes = useAppStore((s) => s.flow.nodes);
  const selectedIds = useAppStore((s) => s.selectedEdgeIds);

  return useMemo(() => {
    const selected = new Set(selectedIds);
    const verbOf = new Map(nodes.map((n: FlowNode) => [n.id, n.verb]));
    return edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const cached = views.get(edge);
      if (cached && cached.selected === isSelected) return cached;
      const outlet = findVerb(verbOf.get(edge.source) ?? '')?.outlets.find(
        (o) => o.id === edge.outlet,
      );
      const view: VerbFlowEdge = {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.outlet,
        target: edge.target,
        selected: isSelected,
        markerEnd: MARKER,
        data: { outletLabel: outlet?.label ?? edge.outlet },
        ...(outlet?.kind === 'action' ? { label: outlet.label, className: 'action-edge' } : {}),
        // Kept by an import after a verb that ends the document.
        ...(!outlet ? { label: 'never runs', className: 'never-edge' } : {}),
        ariaLabel: `${edge.source} ${outlet?.label ?? edge.outlet} ${edge.target}`,
      };
      views.set(edge, view);
      return view;
    });
  }, [edges, nodes, selectedIds]);
}
