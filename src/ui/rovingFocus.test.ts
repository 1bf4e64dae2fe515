import { describe, expect, it } from 'vitest';
import { rovingTarget, tabStopOf } from './rovingFocus';

describe('a roving tab index', () => {
  const items = ['a', 'b', 'c'];

  it('moves one item with the arrow keys, stopping at the ends', () => {
    expect(rovingTarget(items, 0, 'ArrowDown')).toBe('b');
    expect(rovingTarget(items, 0, 'ArrowRight')).toBe('b');
    expect(rovingTarget(items, 2, 'ArrowDown')).toBe('c');
    expect(rovingTarget(items, 1, 'ArrowUp')).toBe('a');
    expect(rovingTarget(items, 0, 'ArrowLeft')).toBe('a');
  });

  it('goes to the first and last with Home and End', () => {
    expect(rovingTarget(items, 1, 'Home')).toBe('a');
    expect(rovingTarget(items, 1, 'End')).toBe('c');
  });

  it('ignores other keys and a position outside the list', () => {
    expect(rovingTarget(items, 1, 'Enter')).toBeUndefined();
    expect(rovingTarget(items, 1, 'constructor')).toBeUndefined();
    expect(rovingTarget(items, -1, 'ArrowDown')).toBeUndefined();
    expect(rovingTarget([], 0, 'Home')).toBeUndefined();
  });

  it('keeps the Tab stop on the last focused item while it is there, else the first', () => {
    expect(tabStopOf(items, 'b')).toBe('b');
    expect(tabStopOf(items, 'gone')).toBe('a');
    expect(tabStopOf(items, undefined)).toBe('a');
    expect(tabStopOf([], 'a')).toBeUndefined();
  });
});
