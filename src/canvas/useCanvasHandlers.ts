import type {
  Connection,
  EdgeChange,
  IsValidConnection,
  NodeChange,
  OnReconnect,
} from '@xyflow/react';
import { useMemo } from 'react';
import { connectionProblem } from '../model/operations';
import { NEXT_OUTLET, type Position } from '../schema/flow';
import { useAppStoreApi } from '../store/context';
import type { CanvasEdge, CanvasNode } from './types';

/**
 * React Flow reports what the user did as changes; these handlers turn them into store actions.
 * Drags stay in the session until they end, so a drag is one change to the flow.
 * Deletion is not here: Delete is one of the app's actions (src/app/actions/editActions.ts).
 */
export function useCanvasHandlers() {
  const store = useAppStoreApi();

  return useMemo(() => {
    function onNodesChange(changes: NodeChange<CanvasNode>[]) {
      const state = store.getState();
      const dragging = new Map(state.dragPositions);
      const moved = new Map<string, Position>();
      const sizes = new Map<string, { width: number; height: number }>();
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type === 'position') {
          if (change.dragging && change.position) {
            dragging.set(change.id, change.position);
          } else {
            const to = change.position ?? dragging.get(change.id);
            if (to) moved.set(change.id, to);
            dragging.delete(change.id);
          }
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes.set(change.id, change.dimensions);
        } else if (change.type === 'select') {
          selection ??= new Set(state.selectedNodeIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (moved.size > 0) state.commitPositions(moved);
      if (changes.some((c) => c.type === 'position')) state.setDragPositions(dragging);
      if (sizes.size > 0) state.setMeasured(sizes);
      if (selection) state.select([...selection], state.selectedEdgeIds);
    }

    function onEdgesChange(changes: EdgeChange<CanvasEdge>[]) {
      const state = store.getState();
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(state.selectedEdgeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) state.select(state.selectedNodeIds, [...selection]);
    }

    function onConnect(connection: Connection) {
      store
        .getState()
        .connect(connection.source, connection.sourceHandle ?? NEXT_OUTLET, connection.target);
    }

    const onReconnect: OnReconnect<CanvasEdge> = (oldEdge, connection) => {
      const state = store.getState();
      const outlet = connection.sourceHandle ?? NEXT_OUTLET;
      if (connection.source !== oldEdge.source || outlet !== oldEdge.sourceHandle) {
        state.removeEdges([oldEdge.id]);
      }
      state.connect(connection.source, outlet, connection.target);
    };

    const isValidConnection: IsValidConnection<CanvasEdge> = (c) => {
      const { flow, derived } = store.getState();
      const outlet = c.sourceHandle ?? NEXT_OUTLET;
      return !connectionProblem(flow, c.source, outlet, c.target, derived.analysis.graph(flow));
    };

    return { onNodesChange, onEdgesChange, onConnect, onReconnect, isValidConnection };
  }, [store]);
}
