/**
 * A flow patch turns the flow it was taken from into the flow it was taken to, for any sequence
 * of the model's edits, also once stored as JSON; patches taken one after another compose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDialectChange } from '../dialects/convert';
import { layoutFlow } from '../model/layout';
import {
  addNode,
  connect,
  moveNodes,
  removeEdges,
  removeNodes,
  renameFlow,
  updateNode,
} from '../model/operations';
import { NEXT_OUTLET, START_NODE_ID, type Flow } from '../schema/flow';
import { generateFlow } from '../test/generateFlow';
import { applyFlowPatch, diffFlow, isEmptyPatch, readFlowPatch, type FlowPatch } from './flowPatch';

/** One edit a person makes, picking its node (and its values) by the numbers it is given. */
type Edit = (flow: Flow) => Flow;

const pick = (flow: Flow, n: number) => flow.nodes[n % flow.nodes.length]!;

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.string().map((name) => (flow: Flow) => renameFlow(flow, name)),
  fc.tuple(fc.nat(), fc.constantFrom('say', 'pause', 'hangup', 'note')).map(
    ([n, verb]) =>
      (flow: Flow) =>
        addNode(flow, verb, { x: n, y: n }).flow,
  ),
  fc.tuple(fc.nat(), fc.string()).map(
    ([n, label]) =>
      (flow: Flow) =>
        updateNode(flow, pick(flow, n).id, { label }),
  ),
  fc.tuple(fc.nat(), fc.string()).map(
    ([n, text]) =>
      (flow: Flow) =>
        updateNode(flow, pick(flow, n).id, { text }),
  ),
  fc.nat().map((n) => (flow: Flow) => removeNodes(flow, new Set([pick(flow, n).id]))),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]) =>
      (flow: Flow) =>
        connect(flow, pick(flow, a).id, NEXT_OUTLET, pick(flow, b).id),
  ),
  fc.nat().map((n) => (flow: Flow) => {
    const edge = flow.edges[n % Math.max(1, flow.edges.length)];
    return edge ? removeEdges(flow, new Set([edge.id])) : flow;
  }),
  fc.tuple(fc.nat(), fc.integer(), fc.integer()).map(
    ([n, x, y]) =>
      (flow: Flow) =>
        moveNodes(flow, new Map([[pick(flow, n).id, { x, y }]])),
  ),
  fc.nat().map((n) => (flow: Flow) => {
    // Reorders the nodes: the node moves to the end of the list.
    const node = pick(flow, n);
    return { ...flow, nodes: [...flow.nodes.filter((m) => m !== node), node] };
  }),
  fc
    .constantFrom('rcml', 'flexml', 'voiceml' as const)
    .map((dialect) => (flow: Flow) => planDialectChange(flow, dialect).flow),
  fc.constant((flow: Flow) => layoutFlow(flow)),
  fc.constant((flow: Flow): Flow => {
    if (!flow.fillIn) {
      return {
        ...flow,
        fillIn: [{ nodeId: START_NODE_ID, field: 'x', what: 'a value', example: 'x' }],
      };
    }
    const rest: Record<string, unknown> = { ...flow };
    delete rest.fillIn;
    return rest as unknown as Flow;
  }),
);

/** A flow as it is stored and read back: JSON. */
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function applyStored(flow: Flow, patch: FlowPatch): Flow {
  const read = readFlowPatch(throughJson(patch));
  expect(read).toBeDefined();
  return applyFlowPatch(flow, read!);
}

describe('diffFlow and applyFlowPatch', () => {
  it('turn the flow before any edits into the flow after them, also through JSON', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(edit, { maxLength: 12 }), (seed, edits) => {
        const before = generateFlow({ verbs: 12, seed });
        const after = edits.reduce((flow, e) => e(flow), before);
        const patch = diffFlow(before, after);
        expect(applyFlowPatch(before, patch)).toEqual(after);
        expect(applyStored(throughJson(before), patch)).toEqual(throughJson(after));
      }),
      { numRuns: 200 },
    );
  });

  it('compose: the patches of each edit, applied one after another, give the last flow', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(edit, { maxLength: 12 }), (seed, edits) => {
        const start = generateFlow({ verbs: 8, seed });
        let flow = start;
        let replayed = throughJson(start);
        for (const e of edits) {
          const next = e(flow);
          replayed = applyStored(replayed, diffFlow(flow, next));
          flow = next;
        }
        expect(replayed).toEqual(throughJson(flow));
      }),
      { numRuns: 200 },
    );
  });

  it('holds only what changed: one edited node in 5,000, and no order', () => {
    const flow = generateFlow({ verbs: 5_000, seed: 7 });
    const node = flow.nodes[2_500]!;
    const edited = updateNode(flow, node.id, { label: 'Changed' });
    const patch = diffFlow(flow, edited);
    expect(patch.nodes?.changed?.map((n) => n.id)).toEqual([node.id]);
    expect(patch.nodes?.order).toBeUndefined();
    expect(patch.nodes?.removed).toBeUndefined();
    expect(JSON.stringify(patch).length).toBeLessThan(2_000);
  });

  it('finds nothing between a flow and its copy read back from JSON', () => {
    const flow = generateFlow({ verbs: 300, seed: 3 });
    expect(isEmptyPatch(diffFlow(flow, flow))).toBe(true);
    expect(isEmptyPatch(diffFlow(flow, throughJson(flow)))).toBe(true);
  });

  it('an added node goes at the end without an order; a moved one brings only what it must', () => {
    const flow = generateFlow({ verbs: 20, seed: 5 });
    const added = addNode(flow, 'say', { x: 0, y: 0 }).flow;
    expect(diffFlow(flow, added).nodes?.order).toBeUndefined();
    const reordered = { ...flow, nodes: [flow.nodes[3]!, ...flow.nodes.filter((_, i) => i !== 3)] };
    const patch = diffFlow(flow, reordered);
    expect(applyFlowPatch(flow, patch)).toEqual(reordered);
    expect(patch.nodes?.changed).toBeUndefined();
    // Two nodes swapped: correct, and never more than the order in full.
    const swapped = {
      ...flow,
      nodes: [flow.nodes[0]!, flow.nodes[2]!, flow.nodes[1]!, ...flow.nodes.slice(3)],
    };
    const swap = diffFlow(flow, swapped);
    expect(applyFlowPatch(flow, swap)).toEqual(swapped);
    expect((swap.nodes?.last ?? swap.nodes?.order)?.length).toBeLessThanOrEqual(flow.nodes.length);
    // A node moved to the end (as a removal's reconnection moves its edge) names only itself.
    const toEnd = { ...flow, nodes: [...flow.nodes.filter((_, i) => i !== 3), flow.nodes[3]!] };
    expect(diffFlow(flow, toEnd).nodes).toEqual({ last: [flow.nodes[3]!.id] });
    expect(applyFlowPatch(flow, diffFlow(flow, toEnd))).toEqual(toEnd);
  });

  it('refuses what is not a patch, and applies a patch naming unknown ids without losing nodes', () => {
    for (const bad of [
      null,
      3,
      [],
      { nodes: 1 },
      { nodes: { changed: [{}] } },
      { unset: ['nodes'] },
      { fields: { nodes: [] } },
      { edges: { order: [1] } },
    ]) {
      expect(readFlowPatch(bad)).toBeUndefined();
    }
    const flow = generateFlow({ verbs: 5, seed: 1 });
    const hostile = readFlowPatch(
      JSON.parse('{"fields": {"__proto__": {"nodes": []}, "name": "N"}}'),
    );
    const renamed = applyFlowPatch(flow, hostile!);
    expect(Object.getPrototypeOf(renamed)).toBe(Object.prototype);
    expect(renamed).toEqual({ ...flow, name: 'N' });
    const patched = applyFlowPatch(flow, { nodes: { removed: ['nope'], order: ['start'] } });
    expect(new Set(patched.nodes.map((n) => n.id))).toEqual(new Set(flow.nodes.map((n) => n.id)));
    expect(patched.nodes[0]!.id).toBe('start');
  });
});
