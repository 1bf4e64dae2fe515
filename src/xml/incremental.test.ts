import { beforeEach, describe, expect, it } from 'vitest';
import { planDialectChange } from '../dialects/convert';
import { MAIN_FILE, planDocuments } from '../model/documents';
import { connect, removeNodes, updateNode } from '../model/operations';
import type { Flow } from '../schema/flow';
import { generateFlow } from '../test/generateFlow';
import { FlowSerializer, serializeFlow } from './serialize';

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

/** Written from nothing: a serializer of its own, on a copy no cache has seen. */
const serializeCold = (flow: Flow) => serializeFlow(fresh(flow));

describe('serializing after an edit writes the same bytes as serializing from nothing', () => {
  /** The serializer under test, following each flow through its edits as a store's does. */
  let serializer = new FlowSerializer();
  const serialize = (flow: Flow) => serializer.serialize(flow);
  beforeEach(() => {
    serializer = new FlowSerializer();
  });

  it.each([1, 2, 3])('for a run of edits on a generated flow (seed %i)', (seed) => {
    let flow = generateFlow({ verbs: 300, seed });
    serialize(flow); // what the serializer knows before the first edit
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
      expect(serialize(flow)).toEqual(serializeCold(flow));
    }
  });

  it('an edited verb is written anew; the other lines stay as they were', () => {
    const flow = generateFlow({ verbs: 50, seed: 7 });
    const say = flow.nodes.find((n) => n.kind === 'say')!;
    const before = serialize(flow)[0]!.xml;
    const after = serialize(updateNode(flow, say.id, { text: 'Something new' }))[0]!.xml;
    expect(after).toContain('Something new');
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toHaveLength(1);
  });

  it('after typing in a field, only the edited verb’s document is written again', () => {
    const flow = generateFlow({ verbs: 300, seed: 11 });
    const before = serialize(flow);
    const plan = planDocuments(flow);
    const say = flow.nodes.find((n) => n.kind === 'say' && plan.fileOf(n.id) !== MAIN_FILE)!;
    const edited = updateNode(flow, say.id, { text: 'Typed just now' });
    const after = serialize(edited);
    const file = planDocuments(edited).fileOf(say.id);
    expect(after).toEqual(serializeCold(edited));
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
    const before = serialize(flow);
    const moved = { ...flow, baseUrl: 'https://example.com/moved/' };
    const after = serialize(moved);
    expect(after).toEqual(serializeCold(moved));
    expect(after.filter((d, at) => d === before[at])).toEqual([]);
    const converted = planDialectChange(moved, 'flexml').flow;
    expect(serialize(converted)).toEqual(serializeCold(converted));
  });
});

describe('serializers following different flows', () => {
  it('each writes what a fresh serializer writes, and reuses only its own documents', () => {
    const serializers = [new FlowSerializer(), new FlowSerializer()];
    // Two flows with the same node ids and connections: a plan made for one fits the other,
    // so only ownership keeps each serializer's reuse to its own flow.
    const base = generateFlow({ verbs: 200, seed: 21 });
    const flows = [base, { ...base, nodes: base.nodes.map((n) => ({ ...n })) }];
    const written = serializers.map((serializer, at) => serializer.serialize(flows[at]!));
    const says = base.nodes.filter((n) => n.kind === 'say');
    for (let step = 0; step < 12; step++) {
      const at = step % 2;
      const say = says[step % says.length]!;
      flows[at] = updateNode(flows[at]!, say.id, { text: `Store ${at}, edit ${step}` });
      const after = serializers[at]!.serialize(flows[at]!);
      expect(after).toEqual(serializeCold(flows[at]!));
      // The documents the edit did not touch are the very strings this serializer wrote before.
      const file = planDocuments(flows[at]!).fileOf(say.id);
      for (const [k, document] of after.entries()) {
        if (document.fileName !== file) expect(document).toBe(written[at]![k]);
      }
      written[at] = after;
    }
    const texts = flows.map((flow) =>
      serializeFlow(flow)
        .map((d) => d.xml)
        .join(''),
    );
    expect(texts[0]).toContain('Store 0, edit 10');
    expect(texts[0]).not.toContain('Store 1');
    expect(texts[1]).toContain('Store 1, edit 11');
    expect(texts[1]).not.toContain('Store 0');
  });
});
