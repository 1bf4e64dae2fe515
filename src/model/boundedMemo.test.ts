import { describe, expect, it } from 'vitest';
import { boundedMemo } from './boundedMemo';

describe('boundedMemo', () => {
  it('works an answer out once per key, undefined answers included', () => {
    const asked: string[] = [];
    const memo = boundedMemo((key) => {
      asked.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    }, 10);
    expect([memo('a'), memo('a'), memo('none'), memo('none')]).toEqual([
      'A',
      'A',
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(['a', 'none']);
  });

  it('keeps at most its limit of answers, starting over when full', () => {
    const asked: string[] = [];
    const memo = boundedMemo((key) => {
      asked.push(key);
      return key.length;
    }, 2);
    memo('a');
    memo('bb');
    memo('ccc'); // full: starts over, keeping only this one
    memo('a');
    memo('ccc');
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
