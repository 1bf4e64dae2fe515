import type { Edge, Node } from '@xyflow/react';
import type { FlowNode } from '../model/types';

/** A node as React Flow draws it: `verb` by VerbNode, `decision` by DecisionNode. */
export type CanvasNode = Node<{ node: FlowNode }, 'verb' | 'decision'>;
export type CanvasEdge = Edge<{ outletLabel: string }>;
