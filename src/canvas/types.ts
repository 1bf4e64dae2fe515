import type { Edge, Node } from '@xyflow/react';

/**
 * A node as React Flow draws it: by VerbNode, DecisionNode or NoteNode, after its `type`. It
 * carries no data of the step: each face reads its step from the store by id (useFlowNode), so
 * an edit of a step's values leaves React Flow's list of nodes as it was.
 */
export type CanvasNode = Node<Record<string, never>, 'verb' | 'decision' | 'note'>;
/** A connection, drawn by InsertableEdge (with the "+" that inserts a step there). */
export type CanvasEdge = Edge<Record<string, never>, 'insertable'>;
