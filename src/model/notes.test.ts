/**
 * Notes in the core: a node of its own kind that no document, rule, route or simulated call
 * sees, that nothing connects to, and that is converted and copied like any node.
 */
import { describe, expect, it } from 'vitest';
import { planDialectChange } from '../dialects/convert';
import { NOTE_KIND } from '../notes';
import { run } from '../platform';
import { tableFromFlow } from '../router';
import { addVerb, buildFlow, importedFlow, nodeOf, reject, say, xmlOf } from '../test/builders';
import { call, eventsOf } from '../test/simulate';
import { validateFlow } from '../validate';
import { serializeFlow } from '../xml/serialize';
import { planDocuments } from './documents';
import { extractFragment, insertFragment } from './fragment';
import { isInCall, isKnownKind, kindLabel, nodeOutlets } from '../kinds';
import { placeNote } from './notes';
import {
  addNode,
  connect,
  connectionProblem,
  insertionProblem,
  insertOnEdge,
  removeNodes,
} from './operations';
import { NEXT_OUTLET, START_NODE_ID, type Flow } from '../schema/flow';

const TEXT = 'Ask Sam before changing the hours <Say>';

/** start → Say "Welcome" → Reject (busy), and a note beside them. */
function flowWithNote(): { flow: Flow; say: string; reject: string; note: string } {
  const { flow, ids } = buildFlow('rcml', say('Welcome'), reject('busy'));
  const added = addVerb(flow, { kind: NOTE_KIND, text: TEXT });
  return { flow: added.flow, say: ids[0]!, reject: ids[1]!, note: added.nodeId };
}

function withoutNotes(flow: Flow): Flow {
  return { ...flow, nodes: flow.nodes.filter(isInCall) };
}

describe('a note in the model', () => {
  it('is a known kind named "Note", with no outlets, that starts empty', () => {
    expect(isKnownKind(NOTE_KIND)).toBe(true);
    expect(kindLabel(NOTE_KIND)).toBe('Note');
    expect(nodeOutlets({ kind: NOTE_KIND, attributes: {} })).toEqual([]);
    const { flow, nodeId } = addNode(buildFlow('rcml').flow, NOTE_KIND, { x: 5, y: 6 });
    expect(nodeOf(flow, nodeId)).toEqual({
      id: 'note-1',
      kind: NOTE_KIND,
      attributes: {},
      position: { x: 5, y: 6 },
    });
  });

  it('cannot be connected, from or to, nor put on a connection', () => {
    const { flow, say, note } = flowWithNote();
    expect(connectionProblem(flow, say, NEXT_OUTLET, note)).toMatch(/note cannot be connected/);
    expect(connectionProblem(flow, note, NEXT_OUTLET, say)).toMatch(/note cannot be connected/);
    expect(connect(flow, say, NEXT_OUTLET, note)).toBe(flow);
    const edge = flow.edges.find((e) => e.source === START_NODE_ID)!.id;
    expect(insertionProblem(flow, edge, NOTE_KIND)).toMatch(/not part of the call/);
    expect(insertOnEdge(flow, edge, NOTE_KIND, { x: 0, y: 0 }).flow).toBe(flow);
    // Added "after" a verb, as the palette adds verbs, it stays unconnected.
    const after = addNode(flow, NOTE_KIND, { x: 0, y: 0 }, { after: 'reject-1' });
    expect(after.flow.edges).toEqual(flow.edges);
  });

  it('is in no document, route or simulated call, and the XML is as without it', () => {
    const { flow, note } = flowWithNote();
    expect(xmlOf(flow)).not.toContain('Ask Sam');
    expect(serializeFlow(flow)).toEqual(serializeFlow(withoutNotes(flow)));
    const plan = planDocuments(flow);
    expect(plan.fileOf(note)).toBeUndefined();
    expect(plan.documents.flatMap((d) => d.nodes.map((n) => n.id))).not.toContain(note);
    expect(tableFromFlow(flow)).toEqual(tableFromFlow(withoutNotes(flow)));
    const session = run(call(flow));
    expect(JSON.stringify(session.events)).not.toContain('Ask Sam');
    expect(eventsOf(session, 'say').map((e) => e.text)).toEqual(['Welcome']);
  });

  it('is checked by no rule: no "not connected" warning, whatever it says', () => {
    const { flow, note } = flowWithNote();
    expect(validateFlow(flow).filter((p) => p.nodeId === note)).toEqual([]);
    expect(validateFlow(flow).map((p) => p.key)).toEqual(
      validateFlow(withoutNotes(flow)).map((p) => p.key),
    );
  });

  it('never comes out of an import, even of an element named like one', () => {
    const flow = importedFlow('<Response><Note>Hi</Note><note/><Say>Hello</Say></Response>');
    expect(flow.nodes.every(isInCall)).toBe(true);
    expect(flow.nodes.map((n) => n.kind)).toEqual(['start', 'unknown', 'unknown', 'say']);
  });

  it('is carried over unchanged when the dialect changes', () => {
    const { flow, note } = flowWithNote();
    const converted = planDialectChange(flow, 'voiceml');
    expect(nodeOf(converted.flow, note)).toBe(nodeOf(flow, note));
    expect(converted.unavailable.map((u) => u.nodeId)).not.toContain(note);
  });

  it('is copied, pasted and deleted like any node', () => {
    const { flow, say, note } = flowWithNote();
    const fragment = extractFragment(flow, [say, note])!;
    const pasted = insertFragment(flow, fragment, { x: 40, y: 40 });
    const copy = nodeOf(pasted.flow, pasted.nodeIds[1]!);
    expect(copy).toMatchObject({ id: 'note-2', kind: NOTE_KIND, text: TEXT });
    // Deleting a note leaves the call as it was.
    const removed = removeNodes(flow, new Set([note]));
    expect(removed.nodes.map((n) => n.id)).not.toContain(note);
    expect(removed.edges).toEqual(flow.edges);
  });

  it('added without a place, stands beside the last step of the call, not on the next one', () => {
    const { flow, reject } = flowWithNote();
    const last = nodeOf(flow, reject).position;
    const first = placeNote(flow);
    expect(first.y).toBe(last.y);
    expect(first.x).toBeGreaterThan(last.x);
    const second = placeNote(addNode(flow, NOTE_KIND, first).flow);
    expect(second.x).toBe(first.x);
    expect(second.y).toBeGreaterThan(first.y);
  });
});
