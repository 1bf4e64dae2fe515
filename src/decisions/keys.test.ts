import { describe, expect, it } from 'vitest';
import { keyOutlet, parseKeys } from './keys';

describe('parseKeys', () => {
  it('reads single keys, * and #, and multi-digit sequences in any separator', () => {
    expect(parseKeys('1 2, 3\n* #;10 *9 0#')).toEqual({
      keys: ['1', '2', '3', '*', '#', '10', '*9', '0#'],
      problems: [],
    });
  });

  it('flags what a caller cannot press and duplicates', () => {
    const { keys, problems } = parseKeys('1 A 1 two 5');
    expect(keys).toEqual(['1', '5']);
    expect(problems.map((p) => p.message)).toEqual([
      '“A” is not a key a caller can press. Use 0 to 9, * and #, alone or in a sequence such as 10 or *9.',
      'Key 1 is listed twice; only the first one is used.',
      '“two” is not a key a caller can press. Use 0 to 9, * and #, alone or in a sequence such as 10 or *9.',
    ]);
  });

  it('refuses a sequence longer than any platform collects', () => {
    expect(parseKeys('1'.repeat(129)).keys).toEqual([]);
    expect(parseKeys('1'.repeat(128)).keys).toHaveLength(1);
  });
});

describe('keyOutlet', () => {
  it('names each outlet after its key', () => {
    expect(['1', '10', '*', '#'].map(keyOutlet).map(({ id, label }) => [id, label])).toEqual([
      ['key:1', 'Key 1'],
      ['key:10', 'Key 10'],
      ['key:*', 'Key *'],
      ['key:#', 'Key #'],
    ]);
  });
});
