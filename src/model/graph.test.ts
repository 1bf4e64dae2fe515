import { describe, expect, it } from 'vitest';
import { createFlow, nextNodeId } from './flow';
import { analyzeFlow, openChainEnd } from './graph';
import { connect, removeEdges } from './operations';
import { NEXT_OUTLET, START_NODE_ID } from '../schema/flow';
import { addVerb, buildFlow, pause, reject, say } from '../test/builders';

describe('mainChain', () => {
  it('is empty for a new flow', () => {
    expect(analyzeFlow(createFlow()).mainChain).toEqual([]);
  });

  it('follows next edges from the start, in order', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('Hi'), reject('busy'));
    expect(analyzeFlow(flow).mainChain.map((n) => n.id)).toEqual(ids);
  });

  it('stops on a cycle, listing each node once', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('Hi'));
    const cyclic = connect(flow, ids[1]!, NEXT_OUTLET, ids[0]!);
    expect(cyclic.edges).toHaveLength(3);
    expect(analyzeFlow(cyclic).mainChain.map((n) => n.id)).toEqual(ids);
  });

  it('ignores edges whose ends are missing', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'));
    const broken = {
      ...flow,
      edges: [...flow.edges, { id: 'x', source: ids[0]!, outlet: NEXT_OUTLET, target: 'gone' }],
    };
    expect(analyzeFlow(broken).mainChain.map((n) => n.id)).toEqual(ids);
  });
});

describe('reachable', () => {
  it('holds the start and every verb connected to it, and nothing else', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'));
    const { flow: withStray, nodeId } = addVerb(flow, say('x'));
    const graph = analyzeFlow(withStray);
    const reachable = withStray.nodes.filter((n) => graph.isReachable(n.id)).map((n) => n.id);
    expect(reachable.sort()).toEqual([START_NODE_ID, ...ids].sort());
    expect(graph.isReachable(nodeId)).toBe(false);
    expect(graph.isReachable('no-such-node')).toBe(false);
  });
});

describe('openChainEnd', () => {
  it('is the start node of an empty flow', () => {
    expect(openChainEnd(createFlow())?.id).toBe(START_NODE_ID);
  });

  it('is the last verb of the chain when it can lead somewhere', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('Hi'));
    expect(openChainEnd(flow)?.id).toBe(ids[1]);
  });

  it.each(['reject', 'hangup'])('is undefined when the chain ends with %s', (verb) => {
    expect(openChainEnd(buildFlow('rcml', pause('1'), { kind: verb }).flow)).toBeUndefined();
  });

  it('is undefined when the chain loops back', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('Hi'));
    expect(openChainEnd(connect(flow, ids[1]!, NEXT_OUTLET, ids[0]!))).toBeUndefined();
  });

  it('is the start again once its edge is removed', () => {
    const { flow } = buildFlow('rcml', reject('busy'));
    expect(openChainEnd(removeEdges(flow, new Set(flow.edges.map((e) => e.id))))?.id).toBe(
      START_NODE_ID,
    );
  });
});

describe('nextNodeId', () => {
  it('continues after the highest number of the verb', () => {
    const { flow } = buildFlow('rcml', pause('1'), pause('2'));
    expect(nextNodeId(flow, 'pause')).toBe('pause-3');
    expect(nextNodeId(flow, 'say')).toBe('say-1');
  });
});
