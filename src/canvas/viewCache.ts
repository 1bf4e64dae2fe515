/**
 * What the canvas keeps of each node and connection it drew, so that React Flow gets the very
 * same object until something shown changes. Kept per store (FlowDerived.nodeViews, edgeViews).
 */
import type { DialectId, FlowNode } from '../schema/flow';
import type { CanvasEdge, CanvasNode } from './types';

/** Where a simulated call stands with a node: at it now, or gone through it. */
export type CallMark = 'current' | 'visited' | undefined;

/** A node's view as last drawn, with what it shows (kept per store: FlowDerived.nodeViews). */
export interface CachedNodeView {
  view: CanvasNode;
  dialect: DialectId;
  mark: CallMark;
  /**
   * The step its estimated size and handles were read from (a big flow, node not measured), or
   * undefined when React Flow measured it.
   */
  estimated: FlowNode | undefined;
  /** Whether the Tab key reaches this node (the canvas's steps are one Tab stop). */
  tabStop: boolean;
}

/**
 * The nodes React Flow holds, one view per step: a step keeps its view while `viewOf` hands the
 * cached one back, and the list stays the very same list while every view does, so that an edit
 * of a step's values (read by the face itself) costs React Flow nothing.
 */
export class CanvasNodeViews {
  #views: ReadonlyMap<string, CachedNodeView> = new Map();
  #list: CanvasNode[] = [];

  list(
    nodes: readonly FlowNode[],
    viewOf: (node: FlowNode, cached: CachedNodeView | undefined) => CachedNodeView,
  ): CanvasNode[] {
    const views = new Map<string, CachedNodeView>();
    let same = nodes.length === this.#list.length;
    const list = nodes.map((node, i) => {
      const cached = this.#views.get(node.id);
      const next = viewOf(node, cached);
      views.set(node.id, next);
      if (same && next.view !== this.#list[i]) same = false;
      return next.view;
    });
    this.#views = views;
    if (same) return this.#list;
    this.#list = list;
    return list;
  }
}

/** An edge's view as last drawn (kept per store: FlowDerived.edgeViews). */
export interface CachedEdgeView {
  readonly view: CanvasEdge;
  readonly onPath: boolean;
}
