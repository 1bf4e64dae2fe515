import { describe, expect, it } from 'vitest';
import { frontDesk } from '../test/frontDesk';
import { createFlow } from '../model/flow';
import { tableFromFlow } from '../router/flowTable';
import { callZoneOf, dateToWallClock, wallClockToDate } from './callTime';

describe('the time of a simulated call', () => {
  it('is read in the zone given, summer time included', () => {
    expect(wallClockToDate('2026-11-30T10:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    );
    expect(wallClockToDate('2026-07-01T10:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
    expect(wallClockToDate('2026-07-01T10:00', 'America/New_York')?.toISOString()).toBe(
      '2026-07-01T14:00:00.000Z',
    );
    expect(wallClockToDate('2026-07-01T10:00', 'UTC')?.toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
  });

  it('is right on the days the clocks change', () => {
    // Paris goes to summer time at 02:00 on 29 March 2026: 03:30 is already UTC+2.
    expect(wallClockToDate('2026-03-29T03:30', 'Europe/Paris')?.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(wallClockToDate('2026-03-29T01:30', 'Europe/Paris')?.toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    );
  });

  it('goes back to the same wall clock', () => {
    for (const zone of ['Europe/Paris', 'Asia/Kolkata', 'Australia/Sydney', 'UTC']) {
      const date = wallClockToDate('2026-11-30T23:45', zone)!;
      expect(dateToWallClock(date, zone)).toBe('2026-11-30T23:45');
    }
  });

  it('refuses what is not a date and time', () => {
    expect(wallClockToDate('', 'UTC')).toBeNull();
    expect(wallClockToDate('30/11/2026 10:00', 'UTC')).toBeNull();
  });

  it('is entered in the zone of the flow’s Check hours, else the browser’s', () => {
    expect(callZoneOf(tableFromFlow(frontDesk().flow), 'Asia/Tokyo')).toEqual({
      timeZone: 'Europe/Paris',
      from: 'check-hours',
    });
    expect(callZoneOf(tableFromFlow(createFlow()), 'Asia/Tokyo')).toEqual({
      timeZone: 'Asia/Tokyo',
      from: 'browser',
    });
  });
});
