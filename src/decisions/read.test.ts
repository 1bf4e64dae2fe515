import { describe, expect, it } from 'vitest';
import { readDecision } from './read';
import { isKnownTimeZone, suggestTimeZone } from './timeZone';
import { describeHours } from './describe';

describe('readDecision: checkCaller', () => {
  it('tidies both lists and reads the switch', () => {
    const read = readDecision('checkCaller', {
      numbers: '+1 (415) 555-0199\n0044 20 7946 0018',
      prefixes: '+1 900',
      withheld: 'true',
    });
    expect(read).toEqual({
      decision: {
        kind: 'checkCaller',
        numbers: ['+14155550199', '+442079460018'],
        prefixes: ['+1900'],
        withheld: true,
      },
      problems: [],
    });
  });

  it('says when no caller can ever match', () => {
    const { problems } = readDecision('checkCaller', { numbers: '', withheld: 'false' });
    expect(problems).toEqual([
      { field: 'numbers', message: expect.stringContaining('No caller can match') },
    ]);
  });

  it('reports bad lines of both lists', () => {
    const { problems } = readDecision('checkCaller', {
      numbers: '+14155550199\nfoo',
      prefixes: '1900',
    });
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['numbers', 2],
      ['prefixes', 1],
    ]);
  });
});

describe('readDecision: checkHours', () => {
  it('reads the week sorted by opening time, the zone and the closures', () => {
    const { decision, problems } = readDecision('checkHours', {
      mon: '13:00–17:00, 09:00–12:00',
      sat: '22:00–02:00',
      timeZone: 'Europe/Paris',
      closedOn: '25 Dec',
    });
    expect(problems).toEqual([]);
    expect(decision).toEqual({
      kind: 'checkHours',
      timeZone: 'Europe/Paris',
      week: {
        mon: [
          { start: 540, end: 720 },
          { start: 780, end: 1020 },
        ],
        tue: [],
        wed: [],
        thu: [],
        fri: [],
        sat: [{ start: 1320, end: 120 }],
        sun: [],
      },
      closures: [{ month: 12, day: 25 }],
    });
  });

  it('reports unknown and missing time zones, a week with no hours, overlaps and bad lines', () => {
    const fields = (problems: readonly { field: string }[]) => problems.map((p) => p.field);
    expect(
      fields(readDecision('checkHours', { mon: '09:00–17:00', timeZone: 'Mars/Olympus' }).problems),
    ).toEqual(['timeZone']);
    expect(fields(readDecision('checkHours', { mon: '09:00–17:00' }).problems)).toEqual([
      'timeZone',
    ]);
    expect(fields(readDecision('checkHours', { timeZone: 'UTC' }).problems)).toEqual(['mon']);
    expect(
      fields(
        readDecision('checkHours', {
          tue: '09:00–13:00, 12:00–18:00',
          wed: 'all day',
          timeZone: 'UTC',
          closedOn: 'soon',
        }).problems,
      ),
    ).toEqual(['wed', 'tue', 'closedOn']);
  });
});

describe('readDecision: menu and callOutcome', () => {
  it('reads the keys and asks for some when there are none', () => {
    expect(readDecision('menu', { keys: '1 2 *' }).decision).toEqual({
      kind: 'menu',
      keys: ['1', '2', '*'],
    });
    expect(readDecision('menu', {}).problems.map((p) => p.field)).toEqual(['keys']);
  });

  it('has nothing to read for a call outcome', () => {
    expect(readDecision('callOutcome', {})).toEqual({
      decision: { kind: 'callOutcome' },
      problems: [],
    });
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA names and refuses others', () => {
    expect(
      ['Europe/Paris', 'America/New_York', 'UTC', 'Asia/Kolkata'].map(isKnownTimeZone),
    ).toEqual([true, true, true, true]);
    expect(['', ' ', 'Paris', 'Mars/Olympus'].map(isKnownTimeZone)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a time zone typed as a place', () => {
  const ZONES = ['America/New_York', 'America/Sao_Paulo', 'Europe/London', 'Europe/Paris'];

  it('suggests the zone of a city, in any case and with spaces', () => {
    expect(suggestTimeZone('London', ZONES)).toBe('Europe/London');
    expect(suggestTimeZone(' new york ', ZONES)).toBe('America/New_York');
    expect(suggestTimeZone('sao paulo', ZONES)).toBe('America/Sao_Paulo');
    expect(suggestTimeZone('Europe/Paris', ZONES)).toBeUndefined();
    expect(suggestTimeZone('Atlantis', ZONES)).toBeUndefined();
    expect(suggestTimeZone('', ZONES)).toBeUndefined();
  });

  it('is a problem that names the zone meant, and never shown as the zone', () => {
    const read = readDecision('checkHours', { mon: '09:00-17:00', timeZone: 'London' });
    expect(read.problems).toContainEqual({
      field: 'timeZone',
      message: '“London” is a place, not a time zone name: use Europe/London.',
    });
    if (read.decision.kind !== 'checkHours') throw new Error('not hours');
    const words = describeHours(read.decision.week, read.decision.timeZone);
    expect(words).toBe('Mon 09:00–17:00, time zone to fix');
    expect(words).not.toContain('London');
  });
});
