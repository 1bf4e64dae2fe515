/** The canvas search finds notes as it finds verbs: by their text, and as a "Note". */
import { describe, expect, it } from 'vitest';
import { NOTE_KIND } from '../../notes';
import { addVerb, buildFlow, say } from '../../test/builders';
import { findNodes } from './findNodes';

describe('search and notes', () => {
  it('finds a note by its text and by its kind', () => {
    const { flow } = buildFlow('rcml', say('Welcome'));
    const { flow: withNote, nodeId } = addVerb(flow, {
      kind: NOTE_KIND,
      text: 'Ask Sam before changing the hours',
    });
    expect(findNodes(withNote, 'ask SAM')).toEqual([nodeId]);
    expect(findNodes(withNote, 'note')).toEqual([nodeId]);
    expect(findNodes(withNote, 'welcome')).toEqual(['say-1']);
  });
});
