import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS, type Decision, type TimeRange } from '../schema/decisions';
import { ZoneClock } from './clock';
import { decide } from './decide';
import { callRequest } from './request';

const WEEK = 7 * 1440;
const range: fc.Arbitrary<TimeRange> = fc
  .record({ start: fc.integer({ min: 0, max: 1439 }), end: fc.integer({ min: 0, max: 1440 }) })
  .filter(({ start, end }) => start !== end);
const weekArb = fc.record(
  Object.fromEntries(DAYS.map((day) => [day, fc.array(range, { maxLength: 3 })])) as Record<
    (typeof DAYS)[number],
    fc.Arbitrary<TimeRange[]>
  >,
);
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2060-01-01T00:00:00Z'),
  noInvalidDate: true,
});

/**
 * A second, independent reading of the rules: the week as intervals of minutes from Monday
 * 00:00, an overnight range simply running on past its day's end (and Sunday's into Monday).
 */
function openByMinuteOfWeek(week: Record<string, readonly TimeRange[]>, now: Date): boolean {
  const minute = ((now.getUTCDay() + 6) % 7) * 1440 + now.getUTCHours() * 60 + now.getUTCMinutes();
  return DAYS.some((day, index) =>
    week[day]!.some(({ start, end }) => {
      const from = index * 1440 + start;
      const to = index * 1440 + (end < start ? end + 1440 : end);
      return [minute, minute + WEEK].some((m) => m >= from && m < to);
    }),
  );
}

describe('Check hours, for any week and instant', () => {
  it('agrees with the minute-of-week reading of the same hours', () => {
    const clock = new ZoneClock();
    fc.assert(
      fc.property(weekArb, instant, (week, now) => {
        const decision: Decision = { kind: 'checkHours', timeZone: 'UTC', week, closures: [] };
        const expected = openByMinuteOfWeek(week, now) ? 'open' : 'closed';
        expect(decide(decision, callRequest(), now, { clock })).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('answers Holiday all day on a closed date, whatever the hours', () => {
    const clock = new ZoneClock();
    fc.assert(
      fc.property(weekArb, instant, (week, now) => {
        const closures = [{ month: now.getUTCMonth() + 1, day: now.getUTCDate() }];
        const decision: Decision = { kind: 'checkHours', timeZone: 'UTC', week, closures };
        expect(decide(decision, callRequest(), now, { clock })).toBe('holiday');
      }),
    );
  });
});
