import { describe, expect, it } from 'vitest';
import { readDecision } from '../decisions/read';
import { DAYS } from '../schema/decisions';
import { ZoneClock } from './clock';
import { decide } from './decide';
import { callRequest } from './request';

type Fields = Record<string, string>;

function hoursAt(fields: Fields, iso: string, clock = new ZoneClock()): string {
  const { decision } = readDecision('checkHours', { timeZone: 'UTC', ...fields });
  return decide(decision, callRequest(), new Date(iso), { clock });
}

const weekdays = (hours: string): Fields => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});

describe('Check hours: the week', () => {
  // 2026-11-30 is a Monday.
  const dates = [
    '2026-11-30',
    '2026-12-01',
    '2026-12-02',
    '2026-12-03',
    '2026-12-04',
    '2026-12-05',
    '2026-12-06',
  ];

  it.each(DAYS.map((day, index) => [day, index] as const))(
    'is open on %s only when that day has the hours',
    (day, index) => {
      const outcomes = dates.map((date) => hoursAt({ [day]: '10:00–11:00' }, `${date}T10:30:00Z`));
      expect(outcomes).toEqual(dates.map((_, i) => (i === index ? 'open' : 'closed')));
    },
  );

  it('opens at the start minute and closes at the end minute', () => {
    const at = (time: string) => hoursAt(weekdays('09:00–17:30'), `2026-12-01T${time}:00Z`);
    expect(['08:59', '09:00', '12:00', '17:29', '17:30', '23:59'].map(at)).toEqual([
      'closed',
      'open',
      'open',
      'open',
      'closed',
      'closed',
    ]);
  });

  it('handles several ranges a day and a whole day', () => {
    const split = { mon: '09:00–12:00, 13:00–17:00' };
    expect(hoursAt(split, '2026-11-30T12:30:00Z')).toBe('closed');
    expect(hoursAt(split, '2026-11-30T13:00:00Z')).toBe('open');
    expect(hoursAt({ sat: '00:00–24:00' }, '2026-12-05T00:00:00Z')).toBe('open');
    expect(hoursAt({ sat: '00:00–24:00' }, '2026-12-05T23:59:00Z')).toBe('open');
    expect(hoursAt({ sat: '00:00–24:00' }, '2026-12-06T00:00:00Z')).toBe('closed');
  });

  it('is closed on a day with no ranges', () => {
    expect(hoursAt(weekdays('09:00–17:00'), '2026-12-05T10:00:00Z')).toBe('closed');
  });
});

describe('Check hours: overnight ranges belong to the day they start', () => {
  const lateMonday = { mon: '22:00–02:00' };

  it('counts 01:00 on Tuesday inside Monday’s 22:00–02:00', () => {
    expect(hoursAt(lateMonday, '2026-12-01T01:00:00Z')).toBe('open');
  });

  it('opens Monday at 22:00, closes Tuesday at 02:00, and not on Monday morning', () => {
    expect(hoursAt(lateMonday, '2026-11-30T21:59:00Z')).toBe('closed');
    expect(hoursAt(lateMonday, '2026-11-30T22:00:00Z')).toBe('open');
    expect(hoursAt(lateMonday, '2026-11-30T23:59:00Z')).toBe('open');
    expect(hoursAt(lateMonday, '2026-12-01T00:00:00Z')).toBe('open');
    expect(hoursAt(lateMonday, '2026-12-01T02:00:00Z')).toBe('closed');
    expect(hoursAt(lateMonday, '2026-11-30T01:00:00Z')).toBe('closed');
    expect(hoursAt(lateMonday, '2026-12-02T01:00:00Z')).toBe('closed');
  });

  it('runs Sunday night into Monday morning', () => {
    expect(hoursAt({ sun: '23:00–01:00' }, '2026-11-30T00:30:00Z')).toBe('open');
    expect(hoursAt({ sun: '23:00–01:00' }, '2026-11-30T01:00:00Z')).toBe('closed');
  });

  it('treats an end of 00:00 as midnight', () => {
    expect(hoursAt({ fri: '18:00–00:00' }, '2026-12-04T23:59:00Z')).toBe('open');
    expect(hoursAt({ fri: '18:00–00:00' }, '2026-12-05T00:00:00Z')).toBe('closed');
  });
});

describe('Check hours: closures win over weekly hours', () => {
  const december = {
    ...weekdays('09:00–17:00'),
    thu: '22:00–02:00',
    fri: '09:00–17:00, 22:00–02:00',
  };

  it('sends a listed day to Holiday all day, even within opening hours', () => {
    const fields = { ...december, closedOn: '25 Dec Christmas' };
    expect(hoursAt(fields, '2026-12-25T10:00:00Z')).toBe('holiday');
    expect(hoursAt(fields, '2026-12-25T03:00:00Z')).toBe('holiday');
    expect(hoursAt(fields, '2026-12-23T10:00:00Z')).toBe('open');
    expect(hoursAt(fields, '2027-12-27T10:00:00Z')).toBe('open');
    expect(hoursAt(fields, '2031-12-25T10:00:00Z')).toBe('holiday');
  });

  it('counts the part after midnight of a closed day’s overnight range as Holiday', () => {
    const fields = { ...december, closedOn: '25 Dec' };
    expect(hoursAt(fields, '2026-12-26T01:00:00Z')).toBe('holiday');
    expect(hoursAt(fields, '2026-12-26T03:00:00Z')).toBe('closed');
    // 01:00 on the 25th is in the 24th's range, but the 25th is listed: Holiday wins.
    expect(hoursAt(fields, '2026-12-25T01:00:00Z')).toBe('holiday');
  });

  it('applies a single date only in its year', () => {
    const fields = { ...december, closedOn: '2026-12-24' };
    expect(hoursAt(fields, '2026-12-24T10:00:00Z')).toBe('holiday');
    expect(hoursAt(fields, '2027-12-24T10:00:00Z')).toBe('open');
  });

  it('reads the date in the flow’s time zone, not the server’s', () => {
    const at = '2026-12-24T23:30:00Z';
    expect(hoursAt({ ...december, timeZone: 'Europe/Paris', closedOn: '25 Dec' }, at)).toBe(
      'holiday',
    );
    expect(hoursAt({ ...december, timeZone: 'America/New_York', closedOn: '25 Dec' }, at)).toBe(
      'closed',
    );
  });
});

describe('Check hours: daylight-saving changes', () => {
  const office = (timeZone: string) => ({ ...weekdays('09:00–17:00'), timeZone });

  it('Europe/Paris, last Sunday of March (29 March 2026): 09:00 moves from 08:00 to 07:00 UTC', () => {
    expect(hoursAt(office('Europe/Paris'), '2026-03-23T07:30:00Z')).toBe('closed'); // 08:30 CET
    expect(hoursAt(office('Europe/Paris'), '2026-03-23T08:30:00Z')).toBe('open'); // 09:30 CET
    expect(hoursAt(office('Europe/Paris'), '2026-03-30T07:30:00Z')).toBe('open'); // 09:30 CEST
    expect(hoursAt(office('Europe/Paris'), '2026-03-30T15:30:00Z')).toBe('closed'); // 17:30 CEST
  });

  it('Europe/Paris on the night itself: 02:00–03:00 does not exist', () => {
    const night = { sun: '03:00–04:00', timeZone: 'Europe/Paris' };
    expect(hoursAt(night, '2026-03-29T00:59:00Z')).toBe('closed'); // 01:59 CET
    expect(hoursAt(night, '2026-03-29T01:00:00Z')).toBe('open'); // 03:00 CEST
  });

  it('Europe/Paris, last Sunday of October (25 October 2026): 02:30 happens twice', () => {
    const night = { sun: '02:00–03:00', timeZone: 'Europe/Paris' };
    expect(hoursAt(night, '2026-10-25T00:30:00Z')).toBe('open'); // 02:30 CEST
    expect(hoursAt(night, '2026-10-25T01:30:00Z')).toBe('open'); // 02:30 CET
    expect(hoursAt(night, '2026-10-25T02:00:00Z')).toBe('closed'); // 03:00 CET
    expect(hoursAt(office('Europe/Paris'), '2026-10-26T07:30:00Z')).toBe('closed'); // 08:30 CET
    expect(hoursAt(office('Europe/Paris'), '2026-10-26T08:30:00Z')).toBe('open'); // 09:30 CET
  });

  it('America/New_York, second Sunday of March (8 March 2026)', () => {
    expect(hoursAt(office('America/New_York'), '2026-03-06T13:30:00Z')).toBe('closed'); // Fri 08:30 EST
    expect(hoursAt(office('America/New_York'), '2026-03-09T13:30:00Z')).toBe('open'); // Mon 09:30 EDT
    expect(hoursAt(office('America/New_York'), '2026-03-09T21:30:00Z')).toBe('closed'); // 17:30 EDT
  });

  it('America/New_York, first Sunday of November (1 November 2026)', () => {
    expect(hoursAt(office('America/New_York'), '2026-10-30T13:30:00Z')).toBe('open'); // Fri 09:30 EDT
    expect(hoursAt(office('America/New_York'), '2026-11-02T13:30:00Z')).toBe('closed'); // Mon 08:30 EST
    expect(hoursAt(office('America/New_York'), '2026-11-02T14:30:00Z')).toBe('open'); // 09:30 EST
  });

  it('America/New_York: a late range across the change still counts to its day', () => {
    const late = { sat: '23:00–03:00', timeZone: 'America/New_York' };
    expect(hoursAt(late, '2026-11-01T06:30:00Z')).toBe('open'); // Sun 01:30 EST, the second time
    expect(hoursAt(late, '2026-11-01T08:30:00Z')).toBe('closed'); // Sun 03:30 EST
  });
});

describe('Check hours: the clock', () => {
  it('gives the same answers with one clock reused across zones and calls', () => {
    const clock = new ZoneClock();
    const fields = { mon: '09:00–17:00' };
    expect(hoursAt({ ...fields, timeZone: 'Asia/Tokyo' }, '2026-11-30T01:00:00Z', clock)).toBe(
      'open',
    );
    expect(hoursAt({ ...fields, timeZone: 'UTC' }, '2026-11-30T01:00:00Z', clock)).toBe('closed');
    expect(hoursAt({ ...fields, timeZone: 'Asia/Tokyo' }, '2026-11-30T01:00:00Z', clock)).toBe(
      'open',
    );
  });

  it('throws a RangeError for a time zone the runtime does not know', () => {
    expect(() => hoursAt({ timeZone: 'Mars/Olympus' }, '2026-11-30T01:00:00Z')).toThrow(RangeError);
  });
});
