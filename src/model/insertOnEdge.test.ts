/** Putting a step on a connection: the chain runs through the new step, in the same order. */
import { describe, expect, it } from 'vitest';
import { edgeId, insertOnEdge, insertionProblem } from './operations';
import { NEXT_OUTLET } from '../schema/flow';
import { addVerb, buildFlow, deepFreeze, gather, link, reject, say, xmlOf } from '../test/builders';

const at = { x: 100, y: 200 };

function sayThenReject() {
  const built = buildFlow('rcml', say('Hello'), reject('busy'));
  const [sayId, rejectId] = built.ids as [string, string];
  return { flow: deepFreeze(built.flow), sayId, rejectId };
}

describe('insertOnEdge', () => {
  it('puts the new verb between the two ends, rewiring both connections', () => {
    const { flow, sayId, rejectId } = sayThenReject();
    const result = insertOnEdge(flow, edgeId(sayId, NEXT_OUTLET), 'pause', at);
    const pauseId = result.nodeId!;
    expect(pauseId).toBeDefined();
    const edges = result.flow.edges.map((e) => [e.source, e.outlet, e.target]);
    expect(edges).toContainEqual([sayId, NEXT_OUTLET, pauseId]);
    expect(edges).toContainEqual([pauseId, NEXT_OUTLET, rejectId]);
    expect(edges).not.toContainEqual([sayId, NEXT_OUTLET, rejectId]);
    expect(result.flow.nodes.find((n) => n.id === pauseId)?.position).toEqual(at);
    expect(xmlOf(result.flow)).toMatch(/<Say>Hello<\/Say>\s*<Pause\s*\/>\s*<Reject/);
  });

  it('keeps the outlet the connection came from (Gather’s “After input”)', () => {
    const built = buildFlow('rcml', gather());
    const [gatherId] = built.ids as [string];
    const target = addVerb(built.flow, say('Thanks'));
    const flow = link(target.flow, gatherId, 'action', target.nodeId);
    const result = insertOnEdge(flow, edgeId(gatherId, 'action'), 'say', at);
    const edges = result.flow.edges.map((e) => [e.source, e.outlet, e.target]);
    expect(edges).toContainEqual([gatherId, 'action', result.nodeId]);
    expect(edges).toContainEqual([result.nodeId, NEXT_OUTLET, target.nodeId]);
    expect(edges.filter(([source]) => source === gatherId)).toHaveLength(1);
  });

  it('refuses a verb that ends the call, and says why', () => {
    const { flow, sayId } = sayThenReject();
    const id = edgeId(sayId, NEXT_OUTLET);
    expect(insertionProblem(flow, id, 'hangup')).toMatch(/Hangup cannot go between/);
    expect(insertOnEdge(flow, id, 'hangup', at)).toEqual({ flow });
  });

  it('refuses a decision: its outcomes are branches, not a way on', () => {
    const { flow, sayId } = sayThenReject();
    const id = edgeId(sayId, NEXT_OUTLET);
    expect(insertionProblem(flow, id, 'menu')).toBeDefined();
    expect(insertOnEdge(flow, id, 'menu', at).flow).toBe(flow);
  });

  it('does nothing for a connection that is not in the flow', () => {
    const { flow } = sayThenReject();
    expect(insertionProblem(flow, 'nowhere:next', 'pause')).toBeDefined();
    expect(insertOnEdge(flow, 'nowhere:next', 'pause', at).flow).toBe(flow);
  });
});
