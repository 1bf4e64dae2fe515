import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate';

describe('formatDate', () => {
  it('shows a real time as a date', () => {
    expect(formatDate(Date.UTC(2024, 0, 15, 12))).toMatch(/2024/);
  });

  it.each([Infinity, -Infinity, NaN, 1e300, 8.64e15 + 1, null, undefined])(
    '%s is an unknown date, never an error',
    (time) => {
      expect(formatDate(time)).toBe('unknown date');
    },
  );
});
