import { describe, expect, it } from 'vitest';
import { createFlow } from './flow';
import {
  addNode,
  connect,
  connectionProblem,
  moveNodes,
  removeEdges,
  removeNodes,
  renameFlow,
  updateNode,
} from './operations';
import { NEXT_OUTLET, START_NODE_ID, type Flow } from '../schema/flow';
import { addVerb, buildFlow, deepFreeze, nodeOf, pause, reject, say } from '../test/builders';

const AT = { x: 10, y: 20 };

/** `source -> target` for every edge, sorted, to compare graphs at a glance. */
function links(flow: Flow): string[] {
  return flow.edges.map((e) => `${e.source}-${e.outlet}->${e.target}`).sort();
}

describe('addNode', () => {
  it('adds an unconnected node with a readable id and the verb’s initial values', () => {
    const flow = createFlow();
    const { flow: next, nodeId } = addNode(flow, 'reject', AT);
    expect(nodeId).toBe('reject-1');
    expect(nodeOf(next, nodeId)).toEqual({
      id: 'reject-1',
      kind: 'reject',
      attributes: { reason: 'rejected' },
      position: AT,
    });
    expect(next.edges).toEqual([]);
  });

  it('connects the new node after the given one', () => {
    const { flow, nodeId } = addNode(createFlow(), 'pause', AT, { after: START_NODE_ID });
    expect(links(flow)).toEqual([`start-next->${nodeId}`]);
  });

  it('numbers nodes of the same verb in turn', () => {
    const { ids } = buildFlow('rcml', pause('1'), pause('2'), say('x'));
    expect(ids).toEqual(['pause-1', 'pause-2', 'say-1']);
  });

  it('adds, but does not connect, after a verb with no outlet', () => {
    const { flow, ids } = buildFlow('rcml', reject('busy'));
    const { flow: next, nodeId } = addNode(flow, 'say', AT, { after: ids[0] });
    expect(next.nodes.map((n) => n.id)).toContain(nodeId);
    expect(links(next)).toEqual([`start-next->${ids[0]}`]);
  });

  it('does not change the flow it was given', () => {
    const flow = deepFreeze(createFlow());
    addNode(flow, 'reject', AT, { after: START_NODE_ID });
    expect(flow.nodes).toHaveLength(1);
  });
});

describe('connect', () => {
  const base = () => {
    let flow = createFlow();
    for (const verb of ['pause', 'say', 'reject', 'hangup']) flow = addNode(flow, verb, AT).flow;
    return flow;
  };

  it('replaces the edge that leaves the same outlet', () => {
    let flow = connect(base(), START_NODE_ID, NEXT_OUTLET, 'pause-1');
    flow = connect(flow, START_NODE_ID, NEXT_OUTLET, 'say-1');
    expect(links(flow)).toEqual(['start-next->say-1']);
  });

  it('returns the same flow when the edge already exists', () => {
    const flow = connect(base(), START_NODE_ID, NEXT_OUTLET, 'pause-1');
    expect(connect(flow, START_NODE_ID, NEXT_OUTLET, 'pause-1')).toBe(flow);
  });

  it.each([
    ['a self-loop', 'pause-1', NEXT_OUTLET, 'pause-1'],
    ['an edge into the start', 'pause-1', NEXT_OUTLET, START_NODE_ID],
    ['an edge from Reject', 'reject-1', NEXT_OUTLET, 'say-1'],
    ['an edge from Hangup', 'hangup-1', NEXT_OUTLET, 'reject-1'],
    ['an outlet the verb does not have', 'say-1', 'action', 'reject-1'],
    ['an unknown node', 'pause-1', NEXT_OUTLET, 'nope-1'],
  ])('refuses %s', (_name, source, outlet, target) => {
    const flow = base();
    expect(connectionProblem(flow, source, outlet, target)).toMatch(/\S\.$/);
    expect(connect(flow, source, outlet, target)).toBe(flow);
  });

  it('says why nothing connects after a terminal verb', () => {
    expect(connectionProblem(base(), 'reject-1', NEXT_OUTLET, 'say-1')).toContain('Reject');
    expect(connectionProblem(base(), 'pause-1', NEXT_OUTLET, 'reject-1')).toBeUndefined();
  });
});

describe('removeNodes', () => {
  it('never removes the start node', () => {
    const flow = createFlow();
    expect(removeNodes(flow, new Set([START_NODE_ID]))).toBe(flow);
    const { flow: chain, ids } = buildFlow('rcml', pause('1'));
    const next = removeNodes(chain, new Set([START_NODE_ID, ids[0]!]));
    expect(next.nodes.map((n) => n.id)).toEqual([START_NODE_ID]);
  });

  it('heals a chain: A→X→B becomes A→B', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('x'), reject('busy'));
    const [a, x, b] = ids;
    const next = removeNodes(flow, new Set([x!]));
    expect(links(next)).toEqual([`${a}-next->${b}`, `start-next->${a}`]);
  });

  it('heals across several removed nodes in a row', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('x'), pause('2'), reject('busy'));
    const next = removeNodes(flow, new Set([ids[1]!, ids[2]!]));
    expect(links(next)).toEqual([`${ids[0]}-next->${ids[3]}`, `start-next->${ids[0]}`]);
  });

  it('removes the last node and its incoming edge', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), reject('busy'));
    const next = removeNodes(flow, new Set([ids[1]!]));
    expect(next.nodes.map((n) => n.id)).toEqual([START_NODE_ID, ids[0]]);
    expect(links(next)).toEqual([`start-next->${ids[0]}`]);
  });

  it('returns the same flow when nothing is removed', () => {
    const flow = createFlow();
    expect(removeNodes(flow, new Set())).toBe(flow);
  });
});

describe('updateNode', () => {
  const one = () => buildFlow('voiceml', reject('busy', { errorMessage: 'Go away' }));

  it.each([[''], [undefined]])('removes an attribute set to %j', (value) => {
    const { flow, ids } = one();
    const next = updateNode(flow, ids[0]!, { attributes: { errorMessage: value } });
    expect(nodeOf(next, ids[0]!).attributes).toEqual({ reason: 'busy' });
  });

  it('sets and replaces attributes, text and label', () => {
    const { flow, ids } = one();
    const next = updateNode(flow, ids[0]!, {
      attributes: { reason: 'rejected' },
      text: 'body',
      label: 'Block',
    });
    expect(nodeOf(next, ids[0]!)).toMatchObject({
      attributes: { reason: 'rejected', errorMessage: 'Go away' },
      text: 'body',
      label: 'Block',
    });
  });

  it('removes text and label set to empty', () => {
    const { flow, ids } = buildFlow('rcml', { ...say('Hi'), label: 'Greeting' });
    const node = nodeOf(updateNode(flow, ids[0]!, { text: '', label: undefined }), ids[0]!);
    expect(node).not.toHaveProperty('text');
    expect(node).not.toHaveProperty('label');
  });

  it.each([
    ['the same attribute value', { attributes: { reason: 'busy' } }],
    ['removing an absent attribute', { attributes: { language: '' } }],
    ['an empty patch', {}],
    ['the same text', { text: undefined }],
  ])('returns the same flow object for %s', (_name, patch) => {
    const { flow, ids } = one();
    expect(updateNode(flow, ids[0]!, patch)).toBe(flow);
  });

  it('returns the same flow object for an unknown node', () => {
    const { flow } = one();
    expect(updateNode(flow, 'nope', { text: 'x' })).toBe(flow);
  });

  it('replaces only the node it changes', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('Hi'));
    const next = updateNode(flow, ids[1]!, { text: 'Bye' });
    expect(nodeOf(next, ids[0]!)).toBe(nodeOf(flow, ids[0]!));
    expect(next.edges).toBe(flow.edges);
  });
});

describe('moveNodes, removeEdges, renameFlow', () => {
  it('moves the given nodes only', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), say('Hi'));
    const next = moveNodes(flow, new Map([[ids[0]!, { x: 5, y: 6 }]]));
    expect(nodeOf(next, ids[0]!).position).toEqual({ x: 5, y: 6 });
    expect(nodeOf(next, ids[1]!)).toBe(nodeOf(flow, ids[1]!));
  });

  it('returns the same flow when no position changes', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'));
    const same = new Map([[ids[0]!, { ...nodeOf(flow, ids[0]!).position }]]);
    expect(moveNodes(flow, same)).toBe(flow);
    expect(moveNodes(flow, new Map())).toBe(flow);
  });

  it('removes edges by id', () => {
    const { flow } = buildFlow('rcml', pause('1'), say('Hi'));
    const next = removeEdges(flow, new Set([flow.edges[0]!.id]));
    expect(next.edges).toEqual([flow.edges[1]]);
    expect(removeEdges(flow, new Set(['none']))).toBe(flow);
  });

  it('renames, and keeps the flow when the name is the same', () => {
    const flow = createFlow({ name: 'A' });
    expect(renameFlow(flow, 'B').name).toBe('B');
    expect(renameFlow(flow, 'A')).toBe(flow);
  });

  it('adds a stray verb without touching the chain', () => {
    const { flow } = buildFlow('rcml', pause('1'));
    expect(addVerb(flow, say('x')).flow.edges).toBe(flow.edges);
  });
});
