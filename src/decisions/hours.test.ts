import { describe, expect, it } from 'vitest';
import {
  formatRanges,
  formatTime,
  neverOpen,
  overlapProblems,
  parseRanges,
  parseTime,
} from './hours';
import type { DayId, TimeRange, WeeklyHours } from '../schema/decisions';

const closedWeek: WeeklyHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const week = (days: Partial<Record<DayId, TimeRange[]>>): WeeklyHours => ({
  ...closedWeek,
  ...days,
});
const r = (start: string, end: string): TimeRange => ({
  start: parseTime(start)!,
  end: parseTime(end)!,
});

describe('parseTime / formatTime', () => {
  it.each([
    ['00:00', 0],
    ['9:00', 540],
    ['09:05', 545],
    ['17.30', 1050],
    ['8h15', 495],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads %s', (text, minutes) => {
    expect(parseTime(text)).toBe(minutes);
  });

  it.each(['', '9', '0900', '24:01', '25:00', '12:60', '-1:00', '12:3', 'noon'])(
    'refuses %j',
    (text) => expect(parseTime(text)).toBeUndefined(),
  );

  it('formats with two digits each', () => {
    expect([0, 545, 1050, 1440].map(formatTime)).toEqual(['00:00', '09:05', '17:30', '24:00']);
  });
});

describe('parseRanges', () => {
  it('reads several ranges a day with any usual separator', () => {
    const { ranges, problems } = parseRanges(
      '09:00-12:00, 13:00–17:30; 18:00 to 19:00\n20:00—21:00',
      'mon',
    );
    expect(problems).toEqual([]);
    expect(formatRanges(ranges)).toBe('09:00–12:00, 13:00–17:30, 18:00–19:00, 20:00–21:00');
  });

  it('reads an empty day as closed', () => {
    expect(parseRanges('  ', 'sun')).toEqual({ ranges: [], problems: [] });
  });

  it('keeps an overnight range as it is, on the day it starts', () => {
    expect(parseRanges('22:00–02:00', 'mon').ranges).toEqual([{ start: 1320, end: 120 }]);
    expect(parseRanges('00:00–24:00', 'mon').ranges).toEqual([{ start: 0, end: 1440 }]);
  });

  it('flags what is not a range, and empty ranges, on the day’s field', () => {
    const { ranges, problems } = parseRanges(
      '9 to 5, 10:00–10:00, 24:00–01:00, 08:00–09:00',
      'tue',
    );
    expect(ranges).toEqual([{ start: 480, end: 540 }]);
    expect(problems.map((p) => p.field)).toEqual(['tue', 'tue', 'tue']);
    expect(problems[0]!.message).toContain('“9 to 5” is not a range of hours');
    expect(problems[1]!.message).toContain('never open');
    expect(problems[1]!.message).toContain('00:00–24:00');
  });
});

describe('overlapProblems', () => {
  it('finds none in an ordinary week', () => {
    const ordinary = week({
      mon: [r('09:00', '12:00'), r('12:00', '17:30')],
      tue: [r('22:00', '02:00')],
      wed: [r('02:00', '09:00')],
    });
    expect(overlapProblems(ordinary)).toEqual([]);
  });

  it('finds overlaps within a day', () => {
    const problems = overlapProblems(week({ thu: [r('09:00', '13:00'), r('12:00', '17:00')] }));
    expect(problems).toEqual([
      {
        field: 'thu',
        message: 'On Thursday, 09:00–13:00 and 12:00–17:00 overlap. Merge them into one range.',
      },
    ]);
  });

  it('finds an overnight range that runs into the next day’s first range', () => {
    const problems = overlapProblems(
      week({ mon: [r('22:00', '02:00')], tue: [r('01:00', '05:00')] }),
    );
    expect(problems).toEqual([
      {
        field: 'tue',
        message:
          'Monday’s 22:00–02:00 runs past midnight into Tuesday’s 01:00–05:00. Shorten one of them.',
      },
    ]);
  });

  it('finds Sunday’s overnight range running into Monday', () => {
    const problems = overlapProblems(
      week({ mon: [r('00:00', '08:00')], sun: [r('23:00', '01:00')] }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Sunday’s 23:00–01:00 runs past midnight into Monday’s 00:00–08:00. Shorten one of them.',
    ]);
  });

  it('finds an overnight range overlapping a later range of its own day', () => {
    expect(overlapProblems(week({ fri: [r('08:00', '23:30'), r('23:00', '01:00')] }))).toHaveLength(
      1,
    );
  });
});

describe('neverOpen', () => {
  it('is true only when no day has a range', () => {
    expect(neverOpen(closedWeek)).toBe(true);
    expect(neverOpen(week({ sat: [r('10:00', '11:00')] }))).toBe(false);
  });
});
