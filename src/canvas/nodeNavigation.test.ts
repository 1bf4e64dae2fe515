import { describe, expect, it } from 'vitest';
import { analyzeFlow } from '../model/graph';
import { addNode, connect } from '../model/operations';
import { NEXT_OUTLET, START_NODE_ID, type Flow, type FlowNode } from '../schema/flow';
import { buildFlow } from '../test/builders';
import { directionOfKey, stepToward } from './nodeNavigation';

const boxOf = (node: FlowNode) => ({ ...node.position, width: 240, height: 80 });

/** Start → Check caller (Matches → Reject left, Otherwise → Say right), and a note aside. */
function branching(): { flow: Flow; ids: Record<'check' | 'reject' | 'welcome' | 'note', string> } {
  let flow = buildFlow('rcml').flow;
  const add = (kind: string, x: number, y: number) => {
    const added = addNode(flow, kind, { x, y });
    flow = added.flow;
    return added.nodeId;
  };
  const check = add('checkCaller', 0, 150);
  const reject = add('reject', -200, 350);
  const welcome = add('say', 200, 350);
  const note = add('note', 450, 150);
  flow = connect(flow, START_NODE_ID, NEXT_OUTLET, check);
  flow = connect(flow, check, 'matches', reject);
  flow = connect(flow, check, 'otherwise', welcome);
  flow = {
    ...flow,
    nodes: flow.nodes.map((n) => (n.id === START_NODE_ID ? { ...n, position: { x: 0, y: 0 } } : n)),
  };
  return { flow, ids: { check, reject, welcome, note } };
}

describe('stepToward', () => {
  it('Down follows the first connected outlet; Up goes back the way it came', () => {
    const { flow, ids } = branching();
    const graph = analyzeFlow(flow);
    expect(stepToward(graph, boxOf, START_NODE_ID, 'down')).toBe(ids.check);
    expect(stepToward(graph, boxOf, ids.check, 'down')).toBe(ids.reject);
    expect(stepToward(graph, boxOf, ids.reject, 'up')).toBe(ids.check);
    expect(stepToward(graph, boxOf, ids.check, 'up', START_NODE_ID)).toBe(START_NODE_ID);
  });

  it('Left and Right go to the nearest step that way: the other branch, then a note', () => {
    const { flow, ids } = branching();
    const graph = analyzeFlow(flow);
    expect(stepToward(graph, boxOf, ids.reject, 'right')).toBe(ids.welcome);
    expect(stepToward(graph, boxOf, ids.welcome, 'left')).toBe(ids.reject);
    expect(stepToward(graph, boxOf, ids.check, 'right')).toBe(ids.note);
    // Nothing further left of the left branch.
    expect(stepToward(graph, boxOf, ids.reject, 'left')).toBeUndefined();
  });

  it('a step with no connection that way goes to the nearest step in that direction', () => {
    const { flow, ids } = branching();
    const graph = analyzeFlow(flow);
    expect(stepToward(graph, boxOf, ids.note, 'down')).toBe(ids.welcome);
    expect(stepToward(graph, boxOf, ids.welcome, 'down')).toBeUndefined();
  });

  it('reads only the arrow keys', () => {
    expect(directionOfKey('ArrowLeft')).toBe('left');
    expect(directionOfKey('Enter')).toBeUndefined();
    expect(directionOfKey('toString')).toBeUndefined();
  });
});
