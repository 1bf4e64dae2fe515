import { beforeAll, describe, expect, it, vi } from 'vitest';
import { planDialectChange } from '../dialects/convert';
import { MAIN_FILE, planDocuments } from '../model/documents';
import { connect, removeNodes, updateNode } from '../model/operations';
import type { Flow } from '../model/types';
import { generateFlow } from '../test/generateFlow';
import { serializeFlow } from './serialize';

/** The same flow as new objects: nothing in it can hit a cache. */
const fresh = (flow: Flow): Flow => structuredClone(flow);

/** A deterministic sequence of positions in the flow's node list. */
function* picks(flow: Flow, seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 1 + (x % (flow.nodes.length - 1));
  }
}

/**
 * A second copy of the serializer, with memos of its own (graph, documents, exports): serializing
 * the reference there leaves the one under test holding what it derived before the edit, as in
 * the designer.
 */
let serializeCold: typeof serializeFlow;
beforeAll(async () => {
  vi.resetModules();
  ({ serializeFlow: serializeCold } = await import('./serialize'));
  expect(serializeCold).not.toBe(serializeFlow);
});

describe('serializing after an edit writes the same bytes as serializing from nothing', () => {
  it.each([1, 2, 3])('for a run of edits on a generated flow (seed %i)', (seed) => {
    let flow = generateFlow({ verbs: 300, seed });
    serializeFlow(flow); // fill the memos
    const at = picks(flow, seed);
    for (let step = 0; step < 40; step++) {
      const node = flow.nodes[at.next().value as number]!;
      const edit = step % 5;
      if (edit === 0) flow = updateNode(flow, node.id, { text: `Edited ${step} & <more>` });
      else if (edit === 1) flow = updateNode(flow, node.id, { label: `Label ${step}` });
      else if (edit === 2) flow = removeNodes(flow, new Set([node.id]));
      else if (edit === 3) {
        const other = flow.nodes[at.next().value as number]!;
        flow = connect(flow, node.id, 'action', other.id);
      } else flow = planDialectChange(flow, step % 2 ? 'flexml' : 'rcml').flow;
      expect(serializeFlow(flow)).toEqual(serializeCold(fresh(flow)));
    }
  });

  it('an edited verb is written anew; the other lines stay as they were', () => {
    const flow = generateFlow({ verbs: 50, seed: 7 });
    const say = flow.nodes.find((n) => n.verb === 'say')!;
    const before = serializeFlow(flow)[0]!.xml;
    const after = serializeFlow(updateNode(flow, say.id, { text: 'Something new' }))[0]!.xml;
    expect(after).toContain('Something new');
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toHaveLength(1);
  });

  it('after typing in a field, only the edited verb’s document is written again', () => {
    const flow = generateFlow({ verbs: 300, seed: 11 });
    const before = serializeFlow(flow);
    const plan = planDocuments(flow);
    const say = flow.nodes.find((n) => n.verb === 'say' && plan.fileOf(n.id) !== MAIN_FILE)!;
    const edited = updateNode(flow, say.id, { text: 'Typed just now' });
    const after = serializeFlow(edited);
    const file = planDocuments(edited).fileOf(say.id);
    expect(after).toEqual(serializeCold(fresh(edited)));
    expect(before.length).toBeGreaterThan(10);
    for (const [at, document] of after.entries()) {
      if (document.fileName === file) {
        expect(document.xml).toContain('Typed just now');
        expect(document).not.toBe(before[at]);
      } else expect(document).toBe(before[at]);
    }
  });

  it('a new base URL or dialect writes every document again', () => {
    const flow = generateFlow({ verbs: 120, seed: 12 });
    const before = serializeFlow(flow);
    const moved = { ...flow, baseUrl: 'https://example.com/moved/' };
    const after = serializeFlow(moved);
    expect(after).toEqual(serializeCold(fresh(moved)));
    expect(after.filter((d, at) => d === before[at])).toEqual([]);
    const converted = planDialectChange(moved, 'flexml').flow;
    expect(serializeFlow(converted)).toEqual(serializeCold(fresh(converted)));
  });
});
