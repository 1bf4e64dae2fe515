import { describe, expect, it } from 'vitest';
import { decisionDefs } from '../../decisions';
import { paletteVerbs } from '../../verbs';
import { bestPaletteMatch, nameMatchRank, paletteItemMatches } from './paletteFilter';

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

describe('bestPaletteMatch', () => {
  const items = [
    { label: 'Play', description: 'Play an audio file, such as a recording.' },
    { label: 'Record', description: 'Record the caller.' },
    { label: 'Gather', description: 'Ask the caller for keys.' },
  ];

  it('prefers a name that starts with the words, then one that has them', () => {
    expect(bestPaletteMatch('record', items)?.label).toBe('Record');
    expect(bestPaletteMatch('ath', items)?.label).toBe('Gather');
  });

  it('falls back to the first item shown when only descriptions have the words', () => {
    const shown = items.filter((item) => paletteItemMatches('caller', item));
    expect(bestPaletteMatch('caller', shown)?.label).toBe('Record');
    expect(nameMatchRank('caller', items[1]!)).toBe(0);
  });
});
