import type { Edge, Node } from '@xyflow/react';
import type { FlowNode } from '../schema/flow';

/** A node as React Flow draws it: by VerbNode, DecisionNode or NoteNode, after its `type`. */
export type CanvasNode = Node<{ node: FlowNode }, 'verb' | 'decision' | 'note'>;
/** A connection, drawn by InsertableEdge (with the "+" that inserts a step there). */
export type CanvasEdge = Edge<Record<string, never>, 'insertable'>;
