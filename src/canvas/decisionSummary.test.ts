import { describe, expect, it } from 'vitest';
import { findDecision, type DecisionDef } from '../decisions';
import { decisionSummary } from './decisionSummary';

function defOf(kind: string): DecisionDef {
  const def = findDecision(kind);
  if (!def) throw new Error(`no decision ${kind}`);
  return def;
}

describe('decisionSummary', () => {
  it('counts a Check caller’s tidied numbers and prefixes, and says when withheld callers match', () => {
    const summary = decisionSummary(defOf('checkCaller'), {
      numbers: '+1 (415) 555-0199\n+442071838750\n',
      prefixes: '+1900',
      withheld: 'true',
    });
    expect(summary).toBe('2 numbers, 1 prefix, withheld');
  });

  it('leaves out what a Check caller does not check, and lines that are not numbers', () => {
    expect(decisionSummary(defOf('checkCaller'), { numbers: '+14155550199\nnot a number' })).toBe(
      '1 number',
    );
    expect(decisionSummary(defOf('checkCaller'), { prefixes: '+1900\n+1976' })).toBe('2 prefixes');
    expect(decisionSummary(defOf('checkCaller'), { withheld: 'false' })).toBe(
      'No callers listed yet',
    );
  });

  it('says a Check hours’ opening hours in words', () => {
    const week = { mon: '09:00–17:30', tue: '09:00–17:30', wed: '09:00–17:30' };
    expect(
      decisionSummary(defOf('checkHours'), {
        ...week,
        timeZone: 'Europe/Paris',
        closedOn: '25 Dec',
      }),
    ).toBe('Mon–Wed 09:00–17:30, Europe/Paris; closed 25 Dec');
  });

  it('lists a Menu’s keys in the order given, or says there are none', () => {
    expect(decisionSummary(defOf('menu'), { keys: '1 2 *' })).toBe('Keys 1, 2, *');
    expect(decisionSummary(defOf('menu'), { keys: '#' })).toBe('Key #');
    expect(decisionSummary(defOf('menu'), { keys: '' })).toBe('No keys yet');
  });

  it('says a Call outcome belongs after a Dial', () => {
    expect(decisionSummary(defOf('callOutcome'), {})).toBe('After a Dial');
  });
});
