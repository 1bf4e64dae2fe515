/**
 * Fragments: the chosen verbs (never the start) with the connections among them; inserted with
 * new ids, shifted, and converted by meaning into the target flow's dialect.
 */
import { describe, expect, it } from 'vitest';
import { extractFragment, FRAGMENT_FORMAT, insertFragment } from './fragment';
import { edgeId } from './operations';
import { START_NODE_ID, type DialectId, type Flow } from '../schema/flow';
import { buildFlow, deepFreeze, flowOf, nodeOf, pause, reject, say } from '../test/builders';
import { addAt, addChildren, child } from '../test/nested';
import { DIALECT_PAIRS, reasonsOf, reasonsWithSip, sipOf } from '../test/rejectFacts';

/** start → say → pause → gather (two prompts, action → reject) */
function sample() {
  const built = buildFlow('rcml', say('Hello', { voice: 'woman' }), pause('2'), { kind: 'gather' });
  const [sayId, pauseId, gatherId] = built.ids as [string, string, string];
  const prompts = addChildren(built.flow, gatherId, child('say', 'Press 1'), child('pause'));
  const action = addAt(prompts.flow, gatherId, 'action', reject('busy'));
  return { flow: deepFreeze(action.flow), sayId, pauseId, gatherId, rejectId: action.nodeId };
}

function links(flow: Flow): string[] {
  return flow.edges.map((e) => `${e.source}.${e.outlet}->${e.target}`);
}

describe('extractFragment', () => {
  it('takes the chosen verbs and only the connections between them', () => {
    const { flow, pauseId, gatherId } = sample();
    const fragment = extractFragment(flow, [pauseId, gatherId])!;
    expect(fragment.format).toBe(FRAGMENT_FORMAT);
    expect(fragment.dialect).toBe('rcml');
    expect(fragment.nodes.map((n) => n.id)).toEqual([pauseId, gatherId]);
    // Not start→say, say→pause (into the fragment) or gather→reject (out of it).
    expect(links({ ...flow, edges: fragment.edges })).toEqual([`${pauseId}.next->${gatherId}`]);
    expect(fragment.nodes[1]).toBe(nodeOf(flow, gatherId));
  });

  it('never takes the start node', () => {
    const { flow, sayId } = sample();
    const fragment = extractFragment(flow, [START_NODE_ID, sayId])!;
    expect(fragment.nodes.map((n) => n.id)).toEqual([sayId]);
    expect(fragment.edges).toEqual([]);
    expect(extractFragment(flow, [START_NODE_ID])).toBeUndefined();
  });

  it('is nothing for an empty or unknown choice', () => {
    const { flow } = sample();
    expect(extractFragment(flow, [])).toBeUndefined();
    expect(extractFragment(flow, ['ghost-1'])).toBeUndefined();
  });
});

describe('insertFragment', () => {
  it('adds copies with new ids, shifted, and their connections among themselves', () => {
    const { flow, pauseId, gatherId, rejectId } = sample();
    const fragment = extractFragment(flow, [pauseId, gatherId, rejectId])!;
    const { flow: next, nodeIds } = insertFragment(flow, fragment, { x: 40, y: 40 });

    expect(nodeIds).toHaveLength(3);
    const oldIds = new Set(flow.nodes.map((n) => n.id));
    for (const id of nodeIds) expect(oldIds.has(id)).toBe(false);
    expect(new Set(next.nodes.map((n) => n.id)).size).toBe(next.nodes.length);
    // The original flow is all there, unchanged.
    expect(next.nodes.slice(0, flow.nodes.length)).toEqual(flow.nodes);
    expect(next.edges.slice(0, flow.edges.length)).toEqual(flow.edges);

    const [p, g, r] = nodeIds as [string, string, string];
    for (const [copy, original] of [
      [p, pauseId],
      [g, gatherId],
      [r, rejectId],
    ] as const) {
      const a = nodeOf(next, copy);
      const b = nodeOf(flow, original);
      expect({ ...a, id: b.id, position: b.position }).toEqual(b);
      expect(a.position).toEqual({ x: b.position.x + 40, y: b.position.y + 40 });
    }
    expect(links({ ...next, edges: next.edges.slice(flow.edges.length) })).toEqual([
      `${p}.next->${g}`,
      `${g}.action->${r}`,
    ]);
    for (const e of next.edges) expect(e.id).toBe(edgeId(e.source, e.outlet));
    // Nested elements come along.
    expect(nodeOf(next, g).children).toEqual(nodeOf(flow, gatherId).children);
  });

  it('inserts into another flow of the same dialect without changing values', () => {
    const { flow, sayId } = sample();
    const target = flowOf('rcml', say('Other'));
    const fragment = extractFragment(flow, [sayId])!;
    const { flow: next, nodeIds } = insertFragment(target, fragment, { x: 0, y: 0 });
    expect(nodeIds[0]).not.toBe(target.nodes[1]!.id);
    expect(nodeOf(next, nodeIds[0]!).attributes).toEqual(nodeOf(flow, sayId).attributes);
  });

  it('converts Reject reasons by SIP code: RCML busy becomes FlexML busy-here', () => {
    const source = buildFlow('rcml', reject('busy'));
    const fragment = extractFragment(source.flow, source.ids)!;
    const target = flowOf('flexml');
    const { flow: next, nodeIds } = insertFragment(target, fragment, { x: 0, y: 0 });
    expect(nodeOf(next, nodeIds[0]!).attributes.reason).toBe('busy-here');
    expect(next.dialect).toBe('flexml');
  });

  const sameMeaning: [DialectId, DialectId, string][] = DIALECT_PAIRS.flatMap(([from, to]) =>
    reasonsOf(from)
      .filter((reason) => reasonsWithSip(to, sipOf(from, reason)!).length > 0)
      .map((reason) => [from, to, reason] as [DialectId, DialectId, string]),
  );

  it.each(sameMeaning)('%s → %s: reason %s keeps its SIP code', (from, to, reason) => {
    const source = buildFlow(from, reject(reason));
    const fragment = extractFragment(source.flow, source.ids)!;
    const { flow: next, nodeIds } = insertFragment(flowOf(to), fragment, { x: 0, y: 0 });
    const pasted = nodeOf(next, nodeIds[0]!).attributes.reason!;
    expect(reasonsWithSip(to, sipOf(from, reason)!)).toContain(pasted);
  });

  it('changes neither the fragment nor the flows', () => {
    const { flow, pauseId, gatherId } = sample();
    const fragment = deepFreeze(extractFragment(flow, [pauseId, gatherId])!);
    const target = deepFreeze(flowOf('voiceml', pause('1')));
    expect(() => insertFragment(target, fragment, { x: 10, y: 10 })).not.toThrow();
    expect(() => insertFragment(flow, fragment, { x: 10, y: 10 })).not.toThrow();
  });
});
