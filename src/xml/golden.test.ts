/**
 * Golden documents, written by hand from reference/reject-dialects.md (never copied from the
 * serializer). Each flow is built through the model operations as the designer would build it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFlow } from '../model/flow';
import { addNode, updateNode } from '../model/operations';
import { START_NODE_ID, type Flow } from '../schema/flow';
import { validateFlow } from '../validate';
import { onlyVerb, verbsOf } from '../test/xmlTree';
import { serializeFlow } from './serialize';

function golden(name: string): string {
  return readFileSync(new URL(`./__golden__/${name}`, import.meta.url), 'utf8');
}

function rcmlFlow(): Flow {
  const pause = addNode(
    createFlow({ dialect: 'rcml' }),
    'pause',
    { x: 0, y: 100 },
    { after: START_NODE_ID },
  );
  let flow = updateNode(pause.flow, pause.nodeId, { attributes: { length: '2' } });
  const reject = addNode(flow, 'reject', { x: 0, y: 200 }, { after: pause.nodeId });
  flow = updateNode(reject.flow, reject.nodeId, { attributes: { reason: 'busy' } });
  return flow;
}

const CALL_INFO = 'Calls from "unknown" & withheld numbers are screened';

function flexmlFlow(): Flow {
  const reject = addNode(
    createFlow({ dialect: 'flexml' }),
    'reject',
    { x: 0, y: 100 },
    { after: START_NODE_ID },
  );
  return updateNode(reject.flow, reject.nodeId, {
    attributes: { reason: 'intermediary-rejected' },
    text: CALL_INFO,
  });
}

function voicemlFlow(): Flow {
  const reject = addNode(
    createFlow({ dialect: 'voiceml' }),
    'reject',
    { x: 0, y: 100 },
    { after: START_NODE_ID },
  );
  return updateNode(reject.flow, reject.nodeId, {
    attributes: { reason: 'service-unavailable', errorMessage: 'Request could not be fulfilled' },
  });
}

const cases = [
  { file: 'rcml.xml', build: rcmlFlow },
  { file: 'flexml.xml', build: flexmlFlow },
  { file: 'voiceml.xml', build: voicemlFlow },
];

describe.each(cases)('golden $file', ({ file, build }) => {
  it('is what the serializer writes, byte for byte', () => {
    const documents = serializeFlow(build());
    expect(documents).toHaveLength(1);
    expect(documents[0]!.xml).toBe(golden(file));
  });

  it('is a flow without problems', () => {
    expect(validateFlow(build())).toEqual([]);
  });
});

describe('golden files themselves', () => {
  it('RCML: Pause of 2 s, then Reject busy', () => {
    const verbs = verbsOf(golden('rcml.xml'));
    expect(verbs.map((v) => [v.name, v.attributes])).toEqual([
      ['Pause', { length: '2' }],
      ['Reject', { reason: 'busy' }],
    ]);
  });

  it('FlexML: the Call-Info message reads back with its ampersand and quotes', () => {
    const reject = onlyVerb(golden('flexml.xml'));
    expect(reject.attributes).toEqual({ reason: 'intermediary-rejected' });
    expect(reject.text).toBe(CALL_INFO);
  });

  it('VoiceML: as in the seed example 2', () => {
    const reject = onlyVerb(golden('voiceml.xml'));
    expect(reject.attributes).toEqual({
      Reason: 'service-unavailable',
      ErrorMessage: 'Request could not be fulfilled',
    });
  });
});
