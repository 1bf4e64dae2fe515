import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { serializeFlow } from '../xml/serialize';
import { addHandOffEmail, dialectHasEmail } from '../model/handOffEmail';
import type { DialectId } from '../schema/flow';

/** A store with Incoming call → Record, and the Record's id. */
function withRecord(dialect: DialectId = 'rcml') {
  const store = createAppStore();
  if (dialect !== 'rcml') store.getState().requestDialect(dialect);
  const record = store.getState().addVerb('record', { via: 'keyboard' });
  return { store, record };
}

describe('Email me the recording', () => {
  it('adds an Email on “After recording” with the recording’s placeholder, in one undo step', () => {
    const { store, record } = withRecord();
    const email = store.getState().addHandOffEmail(record);
    const { flow } = store.getState();
    expect(email).toBeDefined();
    expect(flow.edges).toContainEqual(
      expect.objectContaining({ source: record, outlet: 'action', target: email }),
    );
    const node = flow.nodes.find((n) => n.id === email);
    expect(node?.kind).toBe('email');
    expect(node?.text).toContain('{RecordingUrl}');
    expect(store.getState().selectedNodeIds).toEqual([email]);

    const xml = serializeFlow(flow).map((d) => d.xml);
    expect(xml[0]).toMatch(/<Record action="[^"]+"\/>/);
    expect(xml.join('\n')).toContain(
      '<Email subject="New voice message">A caller left a voice message. Listen to it here: {RecordingUrl}</Email>',
    );

    store.getState().undo();
    expect(store.getState().flow.nodes.some((n) => n.kind === 'email')).toBe(false);
    expect(store.getState().flow.nodes.some((n) => n.id === record)).toBe(true);
  });

  it('goes between the Record and what “After recording” already led to', () => {
    const { store, record } = withRecord();
    const thanks = store.getState().addVerb('say');
    store.getState().connect(record, 'action', thanks);
    const email = store.getState().addHandOffEmail(record)!;
    const edges = store.getState().flow.edges;
    expect(edges).toContainEqual(
      expect.objectContaining({ source: record, outlet: 'action', target: email }),
    );
    expect(edges).toContainEqual(
      expect.objectContaining({ source: email, outlet: 'next', target: thanks }),
    );
  });

  it('is refused where the dialect has no Email, and for verbs that hand nothing on', () => {
    expect(dialectHasEmail('rcml')).toBe(true);
    expect(dialectHasEmail('voiceml')).toBe(false);
    expect(dialectHasEmail('flexml')).toBe(false);

    const { store, record } = withRecord('voiceml');
    const before = store.getState().flow;
    expect(addHandOffEmail(before, record).nodeId).toBeUndefined();
    expect(store.getState().addHandOffEmail(record)).toBeUndefined();
    expect(store.getState().flow).toBe(before);

    const plain = createAppStore();
    const say = plain.getState().addVerb('say');
    expect(plain.getState().addHandOffEmail(say)).toBeUndefined();
  });
});
