import type { Edge, Node } from '@xyflow/react';
import type { FlowNode } from '../model/types';

export type VerbFlowNode = Node<{ node: FlowNode }, 'verb'>;
export type VerbFlowEdge = Edge<{ outletLabel: string }>;
