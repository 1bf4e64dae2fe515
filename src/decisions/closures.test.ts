import { describe, expect, it } from 'vitest';
import { closureFallsOn, formatClosure, parseClosure, parseClosures } from './closures';

describe('parseClosure', () => {
  it.each([
    ['2026-12-24', { year: 2026, month: 12, day: 24 }],
    ['2026-12-24 Christmas Eve', { year: 2026, month: 12, day: 24, name: 'Christmas Eve' }],
    ['2026-07-14 – Bastille Day', { year: 2026, month: 7, day: 14, name: 'Bastille Day' }],
    ['25 Dec', { month: 12, day: 25 }],
    ['25 Dec Christmas', { month: 12, day: 25, name: 'Christmas' }],
    ['25 december: Christmas', { month: 12, day: 25, name: 'Christmas' }],
    ['Jan 1 New Year', { month: 1, day: 1, name: 'New Year' }],
    ['1 Sept', { month: 9, day: 1 }],
    ['29 Feb', { month: 2, day: 29 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
  ])('reads %j', (line, closure) => {
    expect(parseClosure(line)).toEqual(closure);
  });

  it.each([
    'Christmas',
    '2026-13-01',
    '2026-02-30',
    '2027-02-29',
    '31 Apr',
    '25 De',
    '0 Jan',
    'Dec',
    '25/12',
  ])('refuses %j', (line) => expect(parseClosure(line)).toBeUndefined());
});

describe('parseClosures', () => {
  it('reports lines without a date by number, keeps the rest', () => {
    const { closures, problems } = parseClosures('25 Dec\n\nChristmas\n2026-12-24');
    expect(closures).toEqual([
      { month: 12, day: 25 },
      { year: 2026, month: 12, day: 24 },
    ]);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['closedOn', 3]]);
    expect(problems[0]!.message).toContain('“Christmas” does not start with a date');
  });
});

describe('formatClosure / closureFallsOn', () => {
  it('formats yearly and single dates', () => {
    expect(formatClosure({ month: 12, day: 25 })).toBe('25 Dec');
    expect(formatClosure({ year: 2026, month: 12, day: 24 })).toBe('24 Dec 2026');
  });

  it('matches yearly closures every year and dated ones only in their year', () => {
    expect(closureFallsOn({ month: 12, day: 25 }, 2031, 12, 25)).toBe(true);
    expect(closureFallsOn({ month: 12, day: 25 }, 2031, 12, 24)).toBe(false);
    expect(closureFallsOn({ year: 2026, month: 12, day: 24 }, 2026, 12, 24)).toBe(true);
    expect(closureFallsOn({ year: 2026, month: 12, day: 24 }, 2027, 12, 24)).toBe(false);
  });
});
