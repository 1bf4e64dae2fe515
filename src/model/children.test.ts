/**
 * Nested elements (Dial's numbers, Gather's prompts) and what connecting an outlet does to the
 * fields and edges it replaces.
 */
import { describe, expect, it } from 'vitest';
import {
  addChild,
  connect,
  edgeId,
  moveChild,
  removeChild,
  updateChild,
  updateNode,
} from './operations';
import type { Flow } from '../schema/flow';
import { buildFlow, deepFreeze, importedFlow, nodeOf, say, xmlOf } from '../test/builders';
import { addAt, addChildren, child } from '../test/nested';

function childrenOf(flow: Flow, nodeId: string) {
  return nodeOf(flow, nodeId).children ?? [];
}

function childIds(flow: Flow, nodeId: string): string[] {
  return childrenOf(flow, nodeId).map((c) => c.id);
}

function links(flow: Flow): string[] {
  return flow.edges.map((e) => `${e.source}-${e.outlet}->${e.target}`).sort();
}

function dialFlow() {
  const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
  return { flow: deepFreeze(flow), dialId: ids[0]! };
}

describe('addChild', () => {
  it('adds a noun the parent allows, with a new id and no values', () => {
    const { flow, dialId } = dialFlow();
    const { flow: next, childId } = addChild(flow, dialId, 'number');
    expect(childId).toBeDefined();
    expect(childrenOf(next, dialId)).toEqual([{ id: childId, kind: 'number', attributes: {} }]);
    expect(childrenOf(flow, dialId)).toEqual([]);
  });

  it('appends in order', () => {
    const { flow, dialId } = dialFlow();
    const a = addChild(flow, dialId, 'number');
    const b = addChild(a.flow, dialId, 'client');
    const c = addChild(b.flow, dialId, 'sip');
    expect(childrenOf(c.flow, dialId).map((x) => [x.id, x.kind])).toEqual([
      [a.childId, 'number'],
      [b.childId, 'client'],
      [c.childId, 'sip'],
    ]);
  });

  it.each([
    ['dial', 'say'],
    ['dial', 'dial'],
    ['gather', 'number'],
    ['gather', 'record'],
    ['say', 'pause'],
    ['reject', 'number'],
  ])('refuses a %s holding a %s: same flow, no child id', (parent, verb) => {
    const { flow, ids } = buildFlow('rcml', { kind: parent });
    const frozen = deepFreeze(flow);
    const result = addChild(frozen, ids[0]!, verb);
    expect(result.flow).toBe(frozen);
    expect(result.childId).toBeUndefined();
  });

  it('refuses an unknown node: same flow, no child id', () => {
    const { flow } = dialFlow();
    const result = addChild(flow, 'nope-1', 'number');
    expect(result.flow).toBe(flow);
    expect(result.childId).toBeUndefined();
  });

  it.each(['say', 'play', 'pause'])('lets Gather hold a %s', (verb) => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const result = addChild(flow, ids[0]!, verb);
    expect(result.childId).toBeDefined();
    expect(childrenOf(result.flow, ids[0]!).map((c) => c.kind)).toEqual([verb]);
  });

  it.each(['number', 'client', 'sip', 'conference'])('lets Dial hold a %s', (verb) => {
    const { flow, dialId } = dialFlow();
    expect(addChild(flow, dialId, verb).childId).toBeDefined();
  });

  it('keeps ids unique after removals', () => {
    const { flow, dialId } = dialFlow();
    let next = flow;
    const added: string[] = [];
    for (const verb of ['number', 'number', 'number', 'client']) {
      const result = addChild(next, dialId, verb);
      next = result.flow;
      added.push(result.childId!);
    }
    expect(new Set(added).size).toBe(4);
    // Remove the first and the third, then add more of both kinds.
    next = removeChild(next, dialId, added[0]!);
    next = removeChild(next, dialId, added[2]!);
    for (const verb of ['number', 'number', 'client', 'sip']) {
      const result = addChild(next, dialId, verb);
      next = result.flow;
      expect(result.childId).toBeDefined();
    }
    const ids = childIds(next, dialId);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(ids.slice(0, 2)).toEqual([added[1], added[3]]);
  });

  it('changes only the parent node', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), { kind: 'dial' });
    const { flow: next } = addChild(flow, ids[1]!, 'number');
    expect(nodeOf(next, ids[0]!)).toBe(nodeOf(flow, ids[0]!));
    expect(next.edges).toBe(flow.edges);
  });
});

describe('updateChild', () => {
  function withNumber() {
    const { flow, dialId } = dialFlow();
    const added = addChildren(flow, dialId, child('number', '+14155550123', { sendDigits: '1' }));
    return { flow: deepFreeze(added.flow), dialId, numberId: added.childIds[0]! };
  }

  it('sets attributes and text', () => {
    const { flow, dialId, numberId } = withNumber();
    const next = updateChild(flow, dialId, numberId, {
      attributes: { statusCallback: 'https://e.com/s', sendDigits: '22' },
      text: '+14155550199',
    });
    expect(childrenOf(next, dialId)).toEqual([
      {
        id: numberId,
        kind: 'number',
        attributes: { sendDigits: '22', statusCallback: 'https://e.com/s' },
        text: '+14155550199',
      },
    ]);
  });

  it('removes an attribute set to empty or undefined, and text set to empty', () => {
    const { flow, dialId, numberId } = withNumber();
    const withUrl = updateChild(flow, dialId, numberId, { attributes: { url: 'https://e.com/u' } });
    const next = updateChild(withUrl, dialId, numberId, {
      attributes: { sendDigits: '', url: undefined },
      text: '',
    });
    expect(childrenOf(next, dialId)).toEqual([{ id: numberId, kind: 'number', attributes: {} }]);
    expect(childrenOf(next, dialId)[0]).not.toHaveProperty('text');
  });

  it('removes text set to undefined', () => {
    const { flow, dialId, numberId } = withNumber();
    const next = updateChild(flow, dialId, numberId, { text: undefined });
    expect(childrenOf(next, dialId)[0]).not.toHaveProperty('text');
    expect(childrenOf(next, dialId)[0]!.attributes).toEqual({ sendDigits: '1' });
  });

  it('returns the same flow when nothing changes', () => {
    const { flow, dialId, numberId } = withNumber();
    expect(
      updateChild(flow, dialId, numberId, {
        attributes: { sendDigits: '1', url: '' },
        text: '+14155550123',
      }),
    ).toBe(flow);
    expect(updateChild(flow, dialId, numberId, {})).toBe(flow);
  });

  it('returns the same flow for an unknown child or node', () => {
    const { flow, dialId } = withNumber();
    expect(updateChild(flow, dialId, 'number-99', { text: 'x' })).toBe(flow);
    expect(updateChild(flow, 'dial-99', 'number-1', { text: 'x' })).toBe(flow);
  });

  it('changes only the child it edits', () => {
    const { flow, dialId } = dialFlow();
    const added = addChildren(flow, dialId, child('number', '+1'), child('client', 'bob'));
    const [first, second] = added.childIds as [string, string];
    const next = updateChild(added.flow, dialId, second, { text: 'carol' });
    expect(childrenOf(next, dialId)[0]).toBe(childrenOf(added.flow, dialId)[0]);
    expect(childrenOf(next, dialId).map((c) => [c.id, c.text])).toEqual([
      [first, '+1'],
      [second, 'carol'],
    ]);
  });
});

describe('updateChild on an imported unknown child', () => {
  it('keeps the raw element, so that it still exports unchanged', () => {
    const flow = importedFlow(
      '<Response><Gather><Say>Press 1</Say><Bar z="1">q</Bar></Gather></Response>',
      'rcml',
    );
    const gather = flow.nodes[1]!;
    const bar = gather.children!.find((c) => c.raw)!;
    const next = updateChild(flow, gather.id, bar.id, { attributes: { z: '2' } });
    const edited = childrenOf(next, gather.id).find((c) => c.id === bar.id)!;
    expect(edited.raw).toEqual({ name: 'Bar', attributes: [['z', '1']], text: 'q', children: [] });
    expect(xmlOf(next)).toContain('<Bar z="1">q</Bar>');
  });
});

describe('moveChild', () => {
  function withThree() {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const added = addChildren(flow, ids[0]!, child('say', 'a'), child('play', 'b'), child('pause'));
    return {
      flow: deepFreeze(added.flow),
      gatherId: ids[0]!,
      ids: added.childIds as [string, string, string],
    };
  }

  it('moves a child to a new index', () => {
    const { flow, gatherId, ids } = withThree();
    const [a, b, c] = ids;
    expect(childIds(moveChild(flow, gatherId, a, 1), gatherId)).toEqual([b, a, c]);
    expect(childIds(moveChild(flow, gatherId, c, 0), gatherId)).toEqual([c, a, b]);
    expect(childIds(moveChild(flow, gatherId, a, 2), gatherId)).toEqual([b, c, a]);
  });

  it('clamps the index to the list', () => {
    const { flow, gatherId, ids } = withThree();
    const [a, b, c] = ids;
    expect(childIds(moveChild(flow, gatherId, a, 99), gatherId)).toEqual([b, c, a]);
    expect(childIds(moveChild(flow, gatherId, c, -5), gatherId)).toEqual([c, a, b]);
  });

  it('returns the same flow when the child stays where it is', () => {
    const { flow, gatherId, ids } = withThree();
    expect(moveChild(flow, gatherId, ids[1], 1)).toBe(flow);
    expect(moveChild(flow, gatherId, ids[2], 10)).toBe(flow);
    expect(moveChild(flow, gatherId, ids[0], -1)).toBe(flow);
  });

  it('returns the same flow for an unknown child, or a node without children', () => {
    const { flow, gatherId } = withThree();
    expect(moveChild(flow, gatherId, 'say-99', 0)).toBe(flow);
    const { flow: plain, dialId } = dialFlow();
    expect(moveChild(plain, dialId, 'number-1', 0)).toBe(plain);
  });
});

describe('removeChild', () => {
  it('removes the child and keeps the others in order', () => {
    const { flow, dialId } = dialFlow();
    const added = addChildren(
      flow,
      dialId,
      child('number', '+1'),
      child('client', 'b'),
      child('sip', 'sip:c@e.com'),
    );
    const [a, b, c] = added.childIds as [string, string, string];
    const next = removeChild(added.flow, dialId, b);
    expect(childIds(next, dialId)).toEqual([a, c]);
    expect(childIds(removeChild(next, dialId, a), dialId)).toEqual([c]);
  });

  it('returns the same flow for an unknown child', () => {
    const { flow, dialId } = dialFlow();
    const added = addChildren(flow, dialId, child('number', '+1'));
    expect(removeChild(added.flow, dialId, 'number-99')).toBe(added.flow);
  });

  it('returns the same flow for a node that has no children', () => {
    const { flow, dialId } = dialFlow();
    expect(removeChild(flow, dialId, 'number-1')).toBe(flow);
    const { flow: sayFlow, ids } = buildFlow('rcml', say('Hi'));
    expect(removeChild(sayFlow, ids[0]!, 'say-1')).toBe(sayFlow);
  });

  it('returns the same flow for an unknown node', () => {
    const { flow } = dialFlow();
    expect(removeChild(flow, 'dial-99', 'number-1')).toBe(flow);
  });
});

describe('connect clears the URL the outlet fills', () => {
  it('clears a typed Dial action when its "After the call" is connected, keeping the rest', () => {
    const { flow, ids } = buildFlow('rcml', {
      kind: 'dial',
      attributes: { action: 'https://e.com/after.xml', method: 'GET', timeout: '20' },
    });
    const added = addAt(flow, ids[0]!, 'action', { kind: 'record' });
    expect(nodeOf(added.flow, ids[0]!).attributes).toEqual({ method: 'GET', timeout: '20' });
  });

  it.each(['gather', 'record', 'sms'])('clears a typed %s action too', (verb) => {
    const { flow, ids } = buildFlow('rcml', { kind: verb, attributes: { action: 'x.xml' } });
    const added = addAt(flow, ids[0]!, 'action', say('after'));
    expect(nodeOf(added.flow, ids[0]!).attributes).not.toHaveProperty('action');
  });

  it('clears a typed Redirect body when "Go to" is connected, keeping its method', () => {
    const { flow, ids } = buildFlow('rcml', {
      kind: 'redirect',
      text: 'https://e.com/elsewhere.xml',
      attributes: { method: 'GET' },
    });
    const added = addAt(flow, ids[0]!, 'action', say('here'));
    const redirect = nodeOf(added.flow, ids[0]!);
    expect(redirect).not.toHaveProperty('text');
    expect(redirect.attributes).toEqual({ method: 'GET' });
  });

  it('keeps a typed action when only "next" is connected', () => {
    const { flow, ids } = buildFlow('rcml', {
      kind: 'gather',
      attributes: { action: 'https://e.com/menu.xml' },
    });
    const added = addAt(flow, ids[0]!, 'next', say('No input'));
    expect(nodeOf(added.flow, ids[0]!).attributes).toEqual({ action: 'https://e.com/menu.xml' });
  });

  it('does not touch the flow it is given', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial', attributes: { action: 'a.xml' } });
    const frozen = deepFreeze(flow);
    const target = addAt(frozen, ids[0]!, 'next', say('x'));
    expect(() => connect(target.flow, ids[0]!, 'action', target.nodeId)).not.toThrow();
    expect(nodeOf(frozen, ids[0]!).attributes).toEqual({ action: 'a.xml' });
  });
});

describe('connect moves a connection between outlets of the same source', () => {
  it('connecting "After the call" to the verb "Then" leads to removes the next edge', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' }, say('Bye'));
    const [dialId, byeId] = ids as [string, string];
    const moved = connect(flow, dialId, 'action', byeId);
    expect(links(moved)).toEqual([`${dialId}-action->${byeId}`, `start-next->${dialId}`]);
    expect(moved.edges.map((e) => e.id)).toContain(edgeId(dialId, 'action'));
    expect(moved.edges.map((e) => e.id)).not.toContain(edgeId(dialId, 'next'));
  });

  it('connecting "Then" to the verb "After the call" leads to removes the action edge', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const gatherId = ids[0]!;
    const after = addAt(flow, gatherId, 'action', say('Thanks'));
    const moved = connect(after.flow, gatherId, 'next', after.nodeId);
    expect(links(moved)).toEqual([`${gatherId}-next->${after.nodeId}`, `start-next->${gatherId}`]);
  });

  it('keeps other sources’ edges into the same target', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' }, say('Bye'));
    const [gatherId, byeId] = ids as [string, string];
    const rec = addAt(flow, gatherId, 'action', { kind: 'record' });
    const joined = connect(rec.flow, rec.nodeId, 'action', byeId);
    expect(links(joined)).toEqual(
      [
        `${gatherId}-action->${rec.nodeId}`,
        `${gatherId}-next->${byeId}`,
        `${rec.nodeId}-action->${byeId}`,
        `start-next->${gatherId}`,
      ].sort(),
    );
  });

  it('refuses to connect an outlet the verb does not have', () => {
    const { flow, ids } = buildFlow('rcml', say('A'), say('B'));
    expect(connect(flow, ids[0]!, 'action', ids[1]!)).toBe(flow);
    const { flow: redirectFlow, ids: rIds } = buildFlow('rcml', { kind: 'redirect' });
    const target = addAt(redirectFlow, rIds[0]!, 'action', say('x'));
    // Redirect has only "Go to": nothing continues after it in the same document.
    expect(connect(target.flow, rIds[0]!, 'next', target.nodeId)).toBe(target.flow);
  });

  it('is not affected by updateNode afterwards', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const added = addAt(flow, ids[0]!, 'action', say('x'));
    const typed = updateNode(added.flow, ids[0]!, { attributes: { action: 'typed.xml' } });
    expect(typed.edges).toBe(added.flow.edges);
  });
});
