import { describe, expect, it } from 'vitest';
import { decisionDefs } from '../../decisions';
import { paletteVerbs } from '../../verbs';
import { paletteItemMatches } from './paletteFilter';

const labelsMatching = (query: string) =>
  [...paletteVerbs, ...decisionDefs]
    .filter((item) => paletteItemMatches(query, item))
    .map((item) => item.label);

describe('paletteItemMatches', () => {
  it('keeps the items whose name has the words, whatever the case', () => {
    expect(labelsMatching('rej')).toContain('Reject');
    expect(labelsMatching('rej')).not.toContain('Say');
    expect(labelsMatching('CHECK CALLER')).toEqual(['Check caller']);
  });

  it('keeps the items whose description has the words', () => {
    const item = { label: 'Say', description: 'Answer the call and speak a text to the caller.' };
    expect(paletteItemMatches('speak', item)).toBe(true);
    expect(paletteItemMatches('record', item)).toBe(false);
  });

  it('keeps every item for an empty filter', () => {
    expect(labelsMatching('  ')).toHaveLength(paletteVerbs.length + decisionDefs.length);
  });
});
