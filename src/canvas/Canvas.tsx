import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type FinalConnectionState,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { isInCall, isKnownKind } from '../kinds';
import { START_NODE_ID } from '../schema/flow';
import { focusLanding, focusRegionEntry } from '../ui/regions';
import { useAppStore, useAppStoreApi } from '../store/context';
import { selectFlowNode } from '../store/selectors';
import { VERB_DRAG_TYPE } from './dnd';
import { BIG_FLOW } from './estimatedHandles';
import type { CanvasEdge, CanvasNode } from './types';
import { useCanvasEdges } from './useCanvasEdges';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useCanvasNodes } from './useCanvasNodes';
import { DecisionNode } from './DecisionNode';
import { InsertableEdge } from './InsertableEdge';
import { InsertTabStopContext } from './insertTabStop';
import { nodeSize } from './nodeBoxes';
import { readableViewport } from './readableView';
import { directionOfKey, stepToward } from './nodeNavigation';
import { tabStopOf } from '../ui/rovingFocus';
import { NoteNode } from './NoteNode';
import { Overview } from './Overview';
import { VerbNode } from './VerbNode';
import { nodeAt, pointOf } from './dropTarget';
import { useOutletDrop } from './OutletDrop';

/** F6 and a lost focus enter the canvas at its steps' Tab stop, not at the first "+". */
const STEPS_TAB_STOP = focusLanding(['.react-flow__node:not([tabindex="-1"])']);

const nodeTypes = { verb: VerbNode, decision: DecisionNode, note: NoteNode };
const edgeTypes = { insertable: InsertableEdge };
/** Node width in CSS; used to centre a dropped verb on the pointer. */
const NODE_WIDTH = 240;
// Shift adds to the selection by click (and draws a box by drag, React Flow's default).
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

interface CanvasProps {
  /** Whether the overview (minimap) is shown; the app remembers it with the panel sizes. */
  overviewOpen: boolean;
  onOverviewOpenChange(open: boolean): void;
}

export function Canvas({ overviewOpen, onOverviewOpenChange }: CanvasProps) {
  const store = useAppStoreApi();
  // The steps are one Tab stop: the step selected (the one just added or edited), else the one
  // last focused, else the incoming call.
  const [focusedNode, setFocusedNode] = useState<string>();
  const nodeTabStop = useAppStore(
    (s) =>
      s.selectedNodeIds[0] ??
      (focusedNode && selectFlowNode(s, focusedNode) ? focusedNode : START_NODE_ID),
  );
  const cameFrom = useRef<string>(undefined);
  const nodes = useCanvasNodes(nodeTabStop);
  const edges = useCanvasEdges();
  const handlers = useCanvasHandlers();
  const {
    screenToFlowPosition,
    flowToScreenPosition,
    setCenter,
    getZoom,
    getInternalNode,
    setViewport,
  } = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const outletDrop = useOutletDrop(wrapper);
  const [focusedPlus, setFocusedPlus] = useState<string>();
  const plusTabStop = tabStopOf(
    edges.map((edge) => edge.id),
    focusedPlus,
  );
  const insertTabStop = useMemo(
    () => ({ edgeId: plusTabStop, focused: setFocusedPlus }),
    [plusTabStop],
  );
  const reveal = useAppStore((s) => s.revealRequest);
  const reconnected = useRef(true);

  // Bring a node into view when something asks for it (a verb added from the keyboard, a problem
  // clicked), but leave the viewport alone when the node is already visible: moving the canvas
  // under a user who just dropped a verb where they wanted it is disorienting.
  const revealIfHidden = useCallback(
    (nodeId: string) => {
      const node = getInternalNode(nodeId);
      const bounds = wrapper.current?.getBoundingClientRect();
      if (!node || !bounds) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? NODE_WIDTH;
      const height = node.measured.height ?? 80;
      const topLeft = flowToScreenPosition({ x, y });
      const bottomRight = flowToScreenPosition({ x: x + width, y: y + height });
      const visible =
        topLeft.x >= bounds.left &&
        topLeft.y >= bounds.top &&
        bottomRight.x <= bounds.right &&
        bottomRight.y <= bounds.bottom;
      if (!visible) {
        void setCenter(x + width / 2, y + height / 2, {
          zoom: Math.max(getZoom(), 0.75),
          duration: 200,
        });
      }
    },
    [getInternalNode, setCenter, getZoom, flowToScreenPosition],
  );
  useEffect(() => {
    if (!reveal) return;
    const frame = requestAnimationFrame(() => revealIfHidden(reveal.nodeId));
    return () => cancelAnimationFrame(frame);
  }, [reveal, revealIfHidden]);

  const focusNode = useCallback(
    (nodeId: string) => {
      revealIfHidden(nodeId);
      // In a big flow a node off screen is drawn only once it is brought into view.
      let attempts = 0;
      const tryFocus = () => {
        const element = wrapper.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(nodeId)}"]`,
        );
        if (element) element.focus();
        else if (++attempts < 10) requestAnimationFrame(tryFocus);
      };
      tryFocus();
    },
    [revealIfHidden],
  );

  // Whether the focused step was clicked (not reached by the keyboard): see the arrow keys below.
  const pointerDownAt = useRef(-Infinity);
  const focusByPointer = useRef(false);
  const onPointerDownCapture = useCallback(() => {
    pointerDownAt.current = performance.now();
    focusByPointer.current = true; // a click on the step that already has focus
  }, []);
  const onFocusCapture = useCallback((event: FocusEvent) => {
    const nodeId = focusedNodeId(event.target);
    if (!nodeId) return;
    setFocusedNode(nodeId);
    focusByPointer.current = performance.now() - pointerDownAt.current < 1000;
  }, []);

  // On a focused step: the arrow keys move to the next step (selecting it, so the inspector
  // follows), Enter edits it in the inspector, and once Delete has removed it (with the rest of
  // the selection), focus goes to the step before it.
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const nodeId = focusedNodeId(event.target);
      if (!nodeId || event.ctrlKey || event.metaKey || event.altKey) return;
      const state = store.getState();
      const graph = state.derived.analysis.graph(state.flow);
      const direction = directionOfKey(event.key);
      // A step clicked with the mouse keeps the arrows for moving it (a keyboard user moves the
      // selection with Shift+arrows); one reached by the keyboard moves on to the next step.
      if (direction && !event.shiftKey && !focusByPointer.current) {
        event.preventDefault();
        event.stopPropagation();
        const boxOf = (node: Parameters<typeof nodeSize>[0]) => ({
          ...node.position,
          ...nodeSize(node, state.measured),
        });
        const next = stepToward(graph, boxOf, nodeId, direction, cameFrom.current);
        if (!next) return;
        cameFrom.current = direction === 'down' ? nodeId : undefined;
        state.select([next]);
        focusNode(next);
      } else if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        event.stopPropagation();
        state.select([nodeId]);
        // The inspector draws the step's fields in the next frame.
        requestAnimationFrame(() => requestAnimationFrame(() => focusRegionEntry('Inspector')));
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        const before = graph.edgesInto(nodeId)[0]?.source ?? START_NODE_ID;
        requestAnimationFrame(() => {
          if (!store.getState().flow.nodes.some((node) => node.id === nodeId)) focusNode(before);
        });
      }
    },
    [store, focusNode],
  );

  // A simulated call's current step is followed on the canvas as the call goes.
  const callStep = useAppStore((s) => s.simulatedCall?.position?.nodeId);
  useEffect(() => {
    if (!callStep) return;
    const frame = requestAnimationFrame(() => revealIfHidden(callStep));
    return () => cancelAnimationFrame(frame);
  }, [callStep, revealIfHidden]);

  // Each flow opens on a useful view: small ones fitted to the canvas; big ones at the top of
  // the call at a readable zoom (fitting 1,000 verbs would draw them all, unreadably small).
  const flowId = useAppStore((s) => s.flow.id);
  const readOnly = useAppStore((s) => s.readOnly);
  const nodeCount = useAppStore((s) => s.flow.nodes.length);
  const big = nodeCount > BIG_FLOW;
  const initialized = useNodesInitialized();
  const placedFor = useRef<string>(undefined);
  useEffect(() => {
    if (placedFor.current === flowId) return;
    if (store.getState().flow.nodes.length <= 1 || big) {
      placedFor.current = flowId;
      const width = wrapper.current?.clientWidth ?? 800;
      void setViewport({ x: width / 2 - NODE_WIDTH / 2, y: 60, zoom: big ? 0.85 : 1 });
    } else if (initialized) {
      placedFor.current = flowId;
      const canvas = wrapper.current;
      const size = { width: canvas?.clientWidth ?? 800, height: canvas?.clientHeight ?? 600 };
      const { flow, measured } = store.getState();
      void setViewport(readableViewport(flow.nodes, measured, size));
    }
  }, [flowId, big, initialized, setViewport, store]);

  const onDragOver = useCallback((event: DragEvent) => {
    const types = event.dataTransfer.types;
    if (!types.includes(VERB_DRAG_TYPE) && !types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      // Files dropped on the canvas are documents to import.
      if (event.dataTransfer.files.length > 0) {
        event.preventDefault();
        store.getState().openImport([...event.dataTransfer.files]);
        return;
      }
      const verb = event.dataTransfer.getData(VERB_DRAG_TYPE);
      if (!isKnownKind(verb)) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // Dropped on a connection: the verb goes between its two ends (a note stays where it fell).
      const edge = isInCall({ kind: verb }) ? edgeAt(event.clientX, event.clientY) : undefined;
      if (edge) {
        store.getState().insertOnEdge(edge, verb, {
          position: { x: point.x - NODE_WIDTH / 2, y: point.y - 20 },
          via: 'drop',
        });
        return;
      }
      store
        .getState()
        .addVerb(verb, { position: { x: point.x - NODE_WIDTH / 2, y: point.y - 20 }, via: 'drop' });
    },
    [screenToFlowPosition, store],
  );

  // Dragging an edge's end onto empty canvas disconnects it.
  const onReconnectStart = useCallback(() => {
    reconnected.current = false;
  }, []);
  // …unless it was let go over a box: then it leads to that step (the whole box is a target).
  const { onReconnect } = handlers;
  const onReconnectEnd = useCallback(
    (
      event: MouseEvent | TouchEvent,
      edge: CanvasEdge,
      _end: unknown,
      state: FinalConnectionState,
    ) => {
      const point = pointOf(event);
      const onto = wrapper.current && nodeAt(wrapper.current, point.x, point.y);
      if (reconnected.current) {
        // Reconnected to a dot already.
      } else if (onto && state.fromHandle?.type === 'source') {
        onReconnect(edge, {
          ...edge,
          sourceHandle: edge.sourceHandle ?? null,
          target: onto,
          targetHandle: null,
        });
      } else if (!onto) {
        store.getState().removeEdges([edge.id]);
      }
      reconnected.current = true;
    },
    [store, onReconnect],
  );
  // A new connection let go away from a dot: onto a box, or onto empty canvas (OutletDrop.tsx).
  const { onConnectEnd: onOutletDrop } = outletDrop;
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (reconnected.current) onOutletDrop(event, state);
    },
    [onOutletDrop],
  );
  const onReconnectTracked = useCallback<typeof onReconnect>(
    (oldEdge, connection) => {
      reconnected.current = true;
      onReconnect(oldEdge, connection);
    },
    [onReconnect],
  );

  return (
    <div
      ref={wrapper}
      className="canvas"
      role="region"
      aria-label="Canvas"
      data-focus-landing={STEPS_TAB_STOP}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onFocus={onFocusCapture}
      onPointerDownCapture={onPointerDownCapture}
      onKeyDownCapture={onKeyDownCapture}
    >
      <InsertTabStopContext value={insertTabStop}>
        <ReactFlow<CanvasNode, CanvasEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={handlers.onNodesChange}
          onEdgesChange={handlers.onEdgesChange}
          onConnect={handlers.onConnect}
          onConnectEnd={onConnectEnd}
          onReconnect={onReconnectTracked}
          onReconnectStart={onReconnectStart}
          onReconnectEnd={onReconnectEnd}
          isValidConnection={handlers.isValidConnection}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          // A connection is reached from its step (the inspector's pickers) and its "+"; the
          // steps themselves are one Tab stop with the arrow keys between them.
          edgesFocusable={false}
          edgesReconnectable={!readOnly}
          // Delete is one of the app's actions (src/app/actions/editActions.ts), so it also mends chains.
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          // Past this size, only what is on screen is drawn (see BIG_FLOW).
          onlyRenderVisibleElements={big}
          minZoom={0.1}
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
          <Controls showInteractive={false} />
          <Overview open={overviewOpen} onOpenChange={onOverviewOpenChange} />
        </ReactFlow>
      </InsertTabStopContext>
      {outletDrop.chooser}
    </div>
  );
}

/** The id of the node that is itself the focus target of an event, if it is one. */
function focusedNodeId(target: EventTarget): string | undefined {
  if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node')) {
    return undefined;
  }
  return target.dataset.id;
}

/** The id of the connection under a point of the screen, if any (React Flow marks each edge). */
function edgeAt(x: number, y: number): string | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const edge = element.closest('.react-flow__edge, [data-edge-id]');
    const id = edge?.getAttribute('data-id') ?? edge?.getAttribute('data-edge-id');
    if (id) return id;
  }
  return undefined;
}
