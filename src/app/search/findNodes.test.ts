/** Searching the flow: what a node can be found by, and the order matches come in. */
import { describe, expect, it } from 'vitest';
import { addChild, updateChild } from '../../model/operations';
import { addVerb, buildFlow, reject, say } from '../../test/builders';
import { findNodes } from './findNodes';

function sampleFlow() {
  const built = buildFlow(
    'rcml',
    { ...say('Welcome to Example Company'), label: 'Greeting' },
    { kind: 'play', text: 'https://example.com/hold-music.mp3' },
    'dial',
    reject('busy'),
  );
  const [greeting, play, dial, rejectId] = built.ids as [string, string, string, string];
  const withNumber = addChild(built.flow, dial, 'number');
  const flow = updateChild(withNumber.flow, dial, withNumber.childId!, { text: '+14155550100' });
  return { flow, greeting, play, dial, rejectId };
}

describe('findNodes', () => {
  it('finds a node by its label and by the words it says, whatever the case', () => {
    const { flow, greeting } = sampleFlow();
    expect(findNodes(flow, 'greeting')).toEqual([greeting]);
    expect(findNodes(flow, 'EXAMPLE company')).toEqual([greeting]);
  });

  it('finds a URL, a nested number and a reason by its value or its plain name', () => {
    const { flow, play, dial, rejectId } = sampleFlow();
    expect(findNodes(flow, 'hold-music')).toEqual([play]);
    expect(findNodes(flow, '555010')).toEqual([dial]);
    expect(findNodes(flow, 'busy')).toEqual([rejectId]);
  });

  it('finds nodes by their kind, in the order of the flow', () => {
    const { flow, greeting, rejectId } = sampleFlow();
    const more = addVerb(flow, say('Goodbye'), rejectId);
    expect(findNodes(more.flow, 'say')).toEqual([greeting, more.nodeId]);
  });

  it('finds a decision by its kind and its fields', () => {
    const { flow } = sampleFlow();
    const check = addVerb(flow, { kind: 'checkCaller', attributes: { numbers: '+442071838750' } });
    expect(findNodes(check.flow, 'check caller')).toEqual([check.nodeId]);
    expect(findNodes(check.flow, '2071838')).toEqual([check.nodeId]);
  });

  it('finds nothing for an empty query or a word no node has', () => {
    const { flow } = sampleFlow();
    expect(findNodes(flow, '   ')).toEqual([]);
    expect(findNodes(flow, 'zebra')).toEqual([]);
  });
});
