/** Decision nodes in the flow model: added, connected, edited and repaired like verbs. */
import { describe, expect, it } from 'vitest';
import { restoreFlow } from '../persist/flowFile';
import { repairFlow } from '../persist/repair';
import { createFlow } from './flow';
import { openChainEnd } from './graph';
import { kindLabel, nodeOutlets } from '../kinds';
import { addNode, connect, connectionProblem, updateNode } from './operations';
import { FLOW_VERSION, START_NODE_ID, type Flow } from '../schema/flow';
import { addVerb, nodeOf, say } from '../test/builders';

const AT = { x: 0, y: 0 };
const PARIS = { timeZone: 'Europe/Paris' };

function menuAfterGather(): { flow: Flow; gather: string; menu: string; sales: string } {
  let flow = createFlow();
  const gather = addVerb(flow, 'gather', START_NODE_ID);
  const menu = addNode(gather.flow, 'menu', AT);
  flow = connect(menu.flow, gather.nodeId, 'action', menu.nodeId);
  flow = updateNode(flow, menu.nodeId, { attributes: { keys: '1 2' } });
  const sales = addVerb(flow, { kind: 'say', text: 'Sales' });
  flow = connect(sales.flow, menu.nodeId, 'key:2', sales.nodeId);
  return { flow, gather: gather.nodeId, menu: menu.nodeId, sales: sales.nodeId };
}

describe('decision nodes in the model', () => {
  it('a new Check hours starts with weekday hours and the time zone it is given', () => {
    const { flow, nodeId } = addNode(createFlow(), 'checkHours', AT, { environment: PARIS });
    expect(nodeId).toBe('checkHours-1');
    expect(nodeOf(flow, nodeId).attributes).toMatchObject({
      mon: '09:00–17:00',
      fri: '09:00–17:00',
      timeZone: 'Europe/Paris',
    });
    expect(nodeOf(flow, nodeId).attributes.sat).toBeUndefined();
  });

  it('lists outlets of decisions and verbs alike', () => {
    const caller = { kind: 'checkCaller', attributes: {} };
    expect(nodeOutlets(caller).map((o) => [o.id, o.label, o.kind])).toEqual([
      ['matches', 'Matches', 'branch'],
      ['otherwise', 'Otherwise', 'branch'],
    ]);
    const menu = { kind: 'menu', attributes: { keys: '1 * #' } };
    expect(nodeOutlets(menu).map((o) => o.label)).toEqual([
      'Key 1',
      'Key *',
      'Key #',
      'Anything else',
    ]);
    expect(nodeOutlets({ kind: 'say', attributes: {} }).map((o) => o.id)).toEqual(['next']);
    expect(kindLabel('callOutcome')).toBe('Call outcome');
  });

  it('connects a decision’s outlets and refuses outlets it does not have', () => {
    let flow = addNode(createFlow(), 'checkCaller', AT).flow;
    const say = addVerb(flow, 'say');
    flow = connect(say.flow, 'checkCaller-1', 'matches', say.nodeId);
    expect(flow.edges).toContainEqual(
      expect.objectContaining({ source: 'checkCaller-1', outlet: 'matches', target: say.nodeId }),
    );
    expect(connectionProblem(flow, 'checkCaller-1', 'next', say.nodeId)).toMatch(/no outlet/);
  });

  it('several outcomes of a decision may lead to the same node', () => {
    let flow = addNode(createFlow(), 'callOutcome', AT).flow;
    const voicemail = addVerb(flow, say('Leave a message'));
    flow = connect(voicemail.flow, 'callOutcome-1', 'busy', voicemail.nodeId);
    flow = connect(flow, 'callOutcome-1', 'noAnswer', voicemail.nodeId);
    expect(flow.edges.map((e) => e.outlet)).toEqual(['busy', 'noAnswer']);
  });

  it('removing a Menu key drops that key’s connection in the same edit', () => {
    const { flow, menu } = menuAfterGather();
    expect(flow.edges.some((e) => e.source === menu && e.outlet === 'key:2')).toBe(true);
    const edited = updateNode(flow, menu, { attributes: { keys: '1 3' } });
    expect(edited.edges.some((e) => e.source === menu && e.outlet === 'key:2')).toBe(false);
    expect(edited.edges.length).toBe(flow.edges.length - 1);
    const kept = updateNode(flow, menu, { attributes: { keys: '2 1' } });
    expect(kept.edges).toBe(flow.edges);
  });

  it('a decision ends the main chain: nothing is added after it by Enter', () => {
    const added = addNode(createFlow(), 'checkCaller', AT, { after: START_NODE_ID });
    expect(openChainEnd(added.flow)).toBeUndefined();
  });

  it('restores and repairs a saved flow with decisions, keeping them', () => {
    const { flow } = menuAfterGather();
    const saved = JSON.parse(JSON.stringify(flow)) as Record<string, unknown>;
    const restored = restoreFlow(saved);
    expect(restored.ok && restored.flow).toEqual(flow);
    expect(repairFlow(flow)).toEqual({ flow, notes: [] });
    expect(flow.version).toBe(FLOW_VERSION);
  });

  it('repair drops an edge from a key the Menu no longer lists, and text a decision cannot hold', () => {
    const { flow, menu, sales } = menuAfterGather();
    const damaged: Flow = {
      ...flow,
      nodes: flow.nodes.map((n) => (n.id === menu ? { ...n, text: 'stray' } : n)),
      edges: [...flow.edges, { id: 'x', source: menu, outlet: 'key:9', target: sales }],
    };
    const { flow: repaired, notes } = repairFlow(damaged);
    expect(repaired.edges).toEqual(flow.edges);
    expect(nodeOf(repaired, menu).text).toBeUndefined();
    expect(notes).toHaveLength(2);
    expect(notes.join('\n')).toMatch(/Menu has no connection point “key:9”/);
  });
});
