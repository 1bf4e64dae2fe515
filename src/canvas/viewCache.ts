/**
 * What the canvas keeps of each node and connection it drew, so that React Flow gets the very
 * same object until something shown changes. Kept per store (FlowDerived.nodeViews, edgeViews).
 */
import type { DialectId } from '../schema/flow';
import type { CanvasEdge, CanvasNode } from './types';

/** Where a simulated call stands with a node: at it now, or gone through it. */
export type CallMark = 'current' | 'visited' | undefined;

/** A node's view as last drawn, with what it shows (kept per store: FlowDerived.nodeViews). */
export interface CachedNodeView {
  view: CanvasNode;
  dialect: DialectId;
  /** Where a Redirect's "Go to" leads: its face and name say so. */
  bodyTarget: string | undefined;
  mark: CallMark;
  /** Whether the view carries an estimated size and handles (a big flow, node not measured). */
  estimated: boolean;
  /** Whether the Tab key reaches this node (the canvas's steps are one Tab stop). */
  tabStop: boolean;
}

/** An edge's view as last drawn (kept per store: FlowDerived.edgeViews). */
export interface CachedEdgeView {
  readonly view: CanvasEdge;
  readonly onPath: boolean;
}
