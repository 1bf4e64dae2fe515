import type { Edge, Node } from '@xyflow/react';
import type { FlowNode } from '../model/types';

/** A node as React Flow draws it: `verb` by VerbNode, `decision` by DecisionNode. */
export type CanvasNode = Node<{ node: FlowNode }, 'verb' | 'decision'>;
/** `between` names the two ends ("Say and Reject") for the "+" that inserts a step there. */
export type CanvasEdge = Edge<{ between: string }, 'insertable'>;
