/**
 * Automatic layout for imported flows: a layered top-to-bottom drawing by dagre, loaded only
 * when something is imported so it costs nothing at start-up.
 */
import type { Flow } from './types';

/** Size of a node on the canvas (src/styles/app.css `.verb-node`), give or take its summary. */
const NODE_WIDTH = 240;
const NODE_HEIGHT = 90;

export async function layoutFlow(flow: Flow): Promise<Flow> {
  const { Graph, layout } = await import('@dagrejs/dagre');
  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 60, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of flow.nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of flow.edges) graph.setEdge(edge.source, edge.target);
  layout(graph);
  const origin = graph.node(flow.nodes[0]!.id);
  return {
    ...flow,
    nodes: flow.nodes.map((node) => {
      const placed = graph.node(node.id);
      // Centre-based coordinates to top-left ones, with the start node at the origin.
      return {
        ...node,
        position: {
          x: Math.round(placed.x - origin.x),
          y: Math.round(placed.y - origin.y),
        },
      };
    }),
  };
}
