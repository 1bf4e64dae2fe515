/**
 * Layout of imported flows, in Node: our own layered layout (src/model/layout.ts) against dagre
 * (what the import used before) and elkjs's layered algorithm, on what imports give: flows of
 * linked documents (src/test/generateFlow.ts, positions dropped) and single long chains.
 * Prints the median and fastest of a few runs per cell; a layout that throws prints its error.
 * Nothing here asserts a time.
 */
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import { afterAll, describe, it } from 'vitest';
import { planDocuments } from '../src/model/documents';
import { layoutFlow, NODE_HEIGHT, NODE_WIDTH } from '../src/model/layout';
import type { Flow } from '../src/schema/flow';
import { chainOf } from '../src/test/builders';
import { generateFlow } from '../src/test/generateFlow';

const SEED = 20_240;

interface Input {
  readonly name: string;
  readonly flow: Flow;
}

type Layout = (flow: Flow) => unknown;

/** dagre as src/model/layout.ts used it until it was replaced. */
function dagre(flow: Flow): unknown {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 60, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of flow.nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of flow.edges) graph.setEdge(edge.source, edge.target);
  dagreLayout(graph);
  return graph;
}

const elk = new ELK();

/** elkjs's layered algorithm, top to bottom, the same spacing (in Node: no worker). */
function elkLayered(flow: Flow): Promise<unknown> {
  return elk.layout({
    id: 'flow',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '50',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
    },
    children: flow.nodes.map((node) => ({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: flow.edges.map((edge) => ({
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
    })),
  });
}

const LAYOUTS: readonly { name: string; run: Layout; runs: number; upTo: number }[] = [
  { name: 'own (layered, linear)', run: layoutFlow, runs: 15, upTo: Infinity },
  // The others take seconds at a few thousand verbs; they are timed up to where that is bearable.
  { name: 'dagre', run: dagre, runs: 3, upTo: 3_000 },
  { name: 'elkjs layered', run: elkLayered, runs: 3, upTo: 3_000 },
];

function documentsFlow(verbs: number): Input {
  const flow = generateFlow({ verbs, seed: SEED });
  const documents = planDocuments(flow).documents.length;
  return { name: `${verbs.toLocaleString('en-US')} verbs, ${documents} documents`, flow };
}

const INPUTS: readonly Input[] = [
  documentsFlow(100),
  documentsFlow(1_000),
  // About 200 linked documents: the import that took 11 s, 8.9 of them in dagre.
  documentsFlow(1_400),
  documentsFlow(2_000),
  documentsFlow(5_000),
  documentsFlow(20_000),
  { name: 'chain of 1,000', flow: chainOf(1_000) },
  { name: 'chain of 3,000', flow: chainOf(3_000) },
  { name: 'chain of 20,000', flow: chainOf(20_000) },
];

const rows: Record<string, string>[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

async function measure(run: Layout, flow: Flow, runs: number): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    try {
      await run(flow);
    } catch (error) {
      return `fails: ${error instanceof Error ? error.message : String(error)}`;
    }
    times.push(performance.now() - started);
    // One slow run says enough: do not spend minutes on more.
    if (times[0]! > 2_000) break;
  }
  return `${ms(median(times))} ms (fastest ${ms(Math.min(...times))})`;
}

describe('layout of imported flows', () => {
  afterAll(() => {
    console.log('\nLayout: own layered layout, dagre and elkjs (median of runs, fastest)');
    console.table(rows);
  });

  it('own, dagre and elkjs on documents and chains', async () => {
    // Warm-up: every layout once on a middle-sized flow.
    for (const layout of LAYOUTS) await layout.run(INPUTS[1]!.flow);
    for (const input of INPUTS) {
      const row: Record<string, string> = {
        flow: input.name,
        nodes: String(input.flow.nodes.length),
      };
      for (const layout of LAYOUTS) {
        row[layout.name] =
          input.flow.nodes.length - 1 > layout.upTo
            ? 'not run (too slow)'
            : await measure(layout.run, input.flow, layout.runs);
      }
      rows.push(row);
    }
  });
});
