import { describe, expect, it } from 'vitest';
import { describeHours } from './describe';
import { readDecision } from './read';

function hoursOf(attributes: Record<string, string>) {
  const { decision } = readDecision('checkHours', attributes);
  if (decision.kind !== 'checkHours') throw new Error('not hours');
  return describeHours(decision.week, decision.timeZone, decision.closures);
}

const weekdays = (hours: string) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});

describe('describeHours', () => {
  it('groups consecutive days with equal hours', () => {
    expect(
      hoursOf({ ...weekdays('09:00–17:30'), timeZone: 'Europe/Paris', closedOn: '25 Dec' }),
    ).toBe('Mon–Fri 09:00–17:30, Europe/Paris; closed 25 Dec');
  });

  it('starts a new group where the hours change or a day is closed', () => {
    expect(
      hoursOf({
        ...weekdays('09:00-12:00, 13:00-17:00'),
        wed: '09:00-12:00',
        sat: '10:00-13:00',
        sun: '10:00-13:00',
        timeZone: 'America/New_York',
      }),
    ).toBe(
      'Mon–Tue 09:00–12:00 and 13:00–17:00, Wed 09:00–12:00, Thu–Fri 09:00–12:00 and 13:00–17:00, Sat–Sun 10:00–13:00, America/New_York',
    );
    expect(hoursOf({ mon: '08:00–12:00', wed: '08:00–12:00', timeZone: 'UTC' })).toBe(
      'Mon 08:00–12:00, Wed 08:00–12:00, UTC',
    );
  });

  it('lists ranges in time order, overnight ones as typed', () => {
    expect(hoursOf({ fri: '22:00–02:00, 08:00–12:00', timeZone: 'Asia/Tokyo' })).toBe(
      'Fri 08:00–12:00 and 22:00–02:00, Asia/Tokyo',
    );
  });

  it('says when the line is never open, and lists several closures', () => {
    expect(
      hoursOf({ timeZone: 'Europe/London', closedOn: '25 Dec\n26 Dec Boxing Day\n2026-12-31' }),
    ).toBe('Closed every day, Europe/London; closed 25 Dec, 26 Dec and 31 Dec 2026');
  });
});
