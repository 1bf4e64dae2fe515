import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlow } from '../model/flow';
import { nodeOutlets } from '../kinds';
import { addNode, connect, connectionProblem, updateNode } from '../model/operations';
import { START_NODE_ID, START_VERB, type Flow } from '../schema/flow';
import { generateFlow } from '../test/generateFlow';
import { addVerb, buildFlow, type VerbLike } from '../test/builders';
import { namingMemory, nodeChoices, outletChoices, sameChoices } from './outletChoices';

const AT = { x: 0, y: 0 };

/** A flow with the verbs added unconnected, in order; returns their ids too. */
function flowWith(...verbs: VerbLike[]): { flow: Flow; ids: string[] } {
  let flow = createFlow();
  const ids: string[] = [];
  for (const verb of verbs) {
    const added = addVerb(flow, verb);
    flow = added.flow;
    ids.push(added.nodeId);
  }
  return { flow, ids };
}

const namesOf = (flow: Flow) => [...nodeChoices(flow.nodes).values()].map((c) => c.name);

describe('nodeChoices', () => {
  it('names a node by its label, else its kind and the start of its text, else its kind', () => {
    const { flow } = flowWith(
      { kind: 'say', label: 'Welcome' },
      { kind: 'say', text: 'Thank you for calling Acme, please hold while we connect you' },
      'hangup',
    );
    expect(namesOf(flow)).toEqual([
      'Welcome',
      'Say “Thank you for calling Acme, please hold…”',
      'Hangup',
    ]);
  });

  it('numbers the nodes of a kind the flow has several of, counting in flow order', () => {
    const { flow } = flowWith('reject', { kind: 'reject', label: 'Blocked' }, 'reject', 'hangup');
    expect(namesOf(flow)).toEqual(['Reject 1', 'Blocked', 'Reject 3', 'Hangup']);
  });

  it('names decisions by their kind', () => {
    let flow = createFlow();
    flow = addNode(flow, 'checkCaller', AT).flow;
    flow = addNode(flow, 'checkHours', AT, { environment: { timeZone: 'UTC' } }).flow;
    flow = addNode(flow, 'checkHours', AT, { environment: { timeZone: 'UTC' } }).flow;
    expect(namesOf(flow)).toEqual(['Check caller', 'Check hours 1', 'Check hours 2']);
  });

  it('names an edited node anew, and keeps the very same choices when no name changed', () => {
    const { flow, ids } = flowWith({ kind: 'say', text: 'Hello' }, { kind: 'say', text: 'Bye' });
    const memory = namingMemory();
    const before = nodeChoices(flow.nodes, memory);
    const voiced = updateNode(flow, ids[0]!, { attributes: { voice: 'man' } });
    expect(nodeChoices(voiced.nodes, memory)).toBe(before);
    const edited = updateNode(voiced, ids[0]!, { text: 'Bye' });
    expect([...nodeChoices(edited.nodes, memory).values()].map((c) => c.name)).toEqual([
      'Say “Bye”',
      'Say “Bye” (2)',
    ]);
  });

  it('never names the incoming call', () => {
    const { flow } = flowWith('hangup');
    expect(nodeChoices(flow.nodes).has(START_NODE_ID)).toBe(false);
  });

  it('tells apart nodes that would read the same, never taking a name a node has itself', () => {
    const { flow } = flowWith(
      { kind: 'say', text: 'Hello' },
      { kind: 'say', text: 'Hello' },
      { kind: 'pause', label: 'Say “Hello” (2)' },
      { kind: 'say', label: 'Sales' },
      { kind: 'hangup', label: '  Sales ' },
    );
    expect(namesOf(flow)).toEqual([
      'Say “Hello”',
      'Say “Hello” (3)',
      'Say “Hello” (2)',
      'Sales',
      'Sales (2)',
    ]);
  });

  it('gives every node a name of its own, whatever the labels', () => {
    const label = fc.constantFrom('', ' ', 'Sales', 'Sales (2)', 'Reject 2', 'Say “Hi”', 'Hang up');
    const node = fc.record({
      kind: fc.constantFrom('say', 'reject', 'hangup'),
      label,
      text: fc.constantFrom(undefined, 'Hi', 'Hello'),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 12 }), (specs) => {
        const { flow } = flowWith(
          ...specs.map((s) => ({
            kind: s.kind,
            label: s.label,
            ...(s.kind === 'say' && s.text ? { text: s.text } : {}),
          })),
        );
        const names = namesOf(flow);
        expect(names).toHaveLength(specs.length);
        expect(new Set(names).size).toBe(specs.length);
      }),
    );
  });
});

describe('outletChoices', () => {
  it('offers every other node, never the incoming call or the node itself', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'say', text: 'Hi' }, 'reject', 'hangup');
    let withDecision = addNode(flow, 'checkCaller', AT).flow;
    const names = nodeChoices(withDecision.nodes);
    const choices = outletChoices(withDecision, names, ids[0]!, 'next', ids[1]);
    expect(choices.map((c) => c.name)).toEqual(['Reject', 'Hangup', 'Check caller']);
    withDecision = addVerb(withDecision, 'pause').flow;
    expect(
      outletChoices(withDecision, nodeChoices(withDecision.nodes), 'start', 'next', ids[0]),
    ).toHaveLength(5);
  });

  it('offers a decision’s outlets every node but itself', () => {
    const { flow: verbs, ids } = buildFlow('rcml', 'reject', 'hangup');
    const { flow, nodeId } = addNode(verbs, 'checkCaller', AT);
    const choices = outletChoices(flow, nodeChoices(flow.nodes), nodeId, 'matches', undefined);
    expect(choices.map((c) => c.id)).toEqual(ids);
  });

  it('marks a node another outlet leads to, unless it is where this one leads', () => {
    const { flow: verbs, ids } = buildFlow('rcml', 'reject', 'hangup');
    const { flow, nodeId } = addNode(verbs, 'checkCaller', AT);
    const names = nodeChoices(flow.nodes);
    const takenBy = new Map([[ids[0]!, 'Matches']]);
    expect(outletChoices(flow, names, nodeId, 'otherwise', undefined, takenBy)).toEqual([
      { id: ids[0], name: 'Reject', takenBy: 'Matches' },
      { id: ids[1], name: 'Hangup' },
    ]);
    expect(outletChoices(flow, names, nodeId, 'otherwise', ids[0], takenBy)[0]).toEqual({
      id: ids[0],
      name: 'Reject',
    });
  });

  it('offers nothing for an outlet the model refuses, except where it leads already', () => {
    const { flow, ids } = buildFlow('rcml', 'reject', 'hangup');
    const names = nodeChoices(flow.nodes);
    expect(outletChoices(flow, names, ids[0]!, 'next', undefined)).toEqual([]);
    // A damaged file can hold such a connection: the picker still shows where it leads.
    expect(outletChoices(flow, names, ids[0]!, 'next', ids[1])).toEqual([
      { id: ids[1], name: 'Hangup' },
    ]);
  });
});

/** The definition itself: every node but the start and the source that the model would connect. */
function askingForEach(flow: Flow, source: string, outlet: string, current?: string): string[] {
  return flow.nodes
    .filter(
      (node) =>
        node.id === current ||
        (node.id !== source &&
          node.kind !== START_VERB &&
          connectionProblem(flow, source, outlet, node.id) === undefined),
    )
    .map((node) => node.id);
}

/** A generated flow with every kind of decision added and connected here and there. */
function flowWithDecisions(verbs: number, seed: number): Flow {
  let flow = generateFlow({ verbs, seed });
  const ids = flow.nodes.map((n) => n.id);
  for (const [i, kind] of ['checkCaller', 'checkHours', 'menu', 'callOutcome'].entries()) {
    const added = addNode(flow, kind, AT, { environment: { timeZone: 'UTC' } });
    flow = updateNode(added.flow, added.nodeId, { attributes: { keys: '1 2 *' } });
    const target = ids[(seed + i * 7) % ids.length]!;
    const outlet = nodeOutlets(flow.nodes.at(-1)!)[0]!.id;
    flow = connect(flow, added.nodeId, outlet, target);
    flow = connect(flow, ids[(seed + i) % ids.length]!, 'next', added.nodeId);
  }
  return flow;
}

describe('outletChoices asks the model once per kind of target', () => {
  it('offers exactly what asking for each target would, for every node and outlet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.nat(1000), (verbs, seed) => {
        const flow = flowWithDecisions(verbs, seed);
        const names = nodeChoices(flow.nodes);
        for (const node of flow.nodes) {
          for (const outlet of [...nodeOutlets(node).map((o) => o.id), 'no-such-outlet']) {
            const current = flow.edges.find((e) => e.source === node.id && e.outlet === outlet);
            const offered = outletChoices(flow, names, node.id, outlet, current?.target);
            expect(offered.map((c) => c.id)).toEqual(
              askingForEach(flow, node.id, outlet, current?.target),
            );
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('sameChoices', () => {
  it('compares ids and names in order', () => {
    const a = [{ id: 'a', name: 'A' }];
    expect(sameChoices(a, [{ id: 'a', name: 'A' }])).toBe(true);
    expect(sameChoices(a, [{ id: 'a', name: 'B' }])).toBe(false);
    expect(sameChoices(a, [])).toBe(false);
    expect(sameChoices(a, [{ id: 'a', name: 'A', takenBy: 'Busy' }])).toBe(false);
  });
});
