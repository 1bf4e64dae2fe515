import { describe, expect, it } from 'vitest';
import {
  decisionDefs,
  decisionOutlets,
  findDecision,
  isDecisionKind,
  newDecisionAttributes,
} from './index';
import { findVerb } from '../verbs';

const outletsOf = (kind: string, attributes: Record<string, string> = {}) =>
  decisionOutlets(findDecision(kind)!, attributes).map(({ id, label }) => `${id} ${label}`);

describe('decision catalog', () => {
  it('lists the four kinds under the names the palette shows', () => {
    expect(decisionDefs.map((def) => [def.kind, def.label])).toEqual([
      ['checkCaller', 'Check caller'],
      ['checkHours', 'Check hours'],
      ['menu', 'Menu'],
      ['callOutcome', 'Call outcome'],
    ]);
    expect(isDecisionKind('menu')).toBe(true);
    expect(isDecisionKind('say')).toBe(false);
  });

  it('labels fields as a person reads them', () => {
    const labels = (kind: string) => findDecision(kind)!.fields.map((field) => field.label);
    expect(labels('checkCaller')).toEqual([
      'Numbers',
      'Starts with',
      'Withheld or anonymous caller',
    ]);
    expect(labels('checkHours')).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
      'Time zone',
      'Closed on',
    ]);
    expect(labels('menu')).toEqual(['Keys']);
    expect(labels('callOutcome')).toEqual([]);
  });

  it('gives each kind its outlets; a Menu one per key, then “Anything else”', () => {
    expect(outletsOf('checkCaller')).toEqual(['matches Matches', 'otherwise Otherwise']);
    expect(outletsOf('checkHours')).toEqual(['open Open', 'closed Closed', 'holiday Holiday']);
    expect(outletsOf('callOutcome')).toEqual([
      'answered Answered',
      'busy Busy',
      'noAnswer No answer',
      'failed Failed',
    ]);
    expect(outletsOf('menu', { keys: '1 2 * # 10' })).toEqual([
      'key:1 Key 1',
      'key:2 Key 2',
      'key:* Key *',
      'key:# Key #',
      'key:10 Key 10',
      'other Anything else',
    ]);
    expect(outletsOf('menu')).toEqual(['other Anything else']);
  });

  it('says which verb outlet a Menu and a Call outcome follow, and those exist', () => {
    for (const def of decisionDefs.filter((d) => d.follows)) {
      const verb = findVerb(def.follows!.verb);
      expect(verb?.outlets.map((o) => o.id)).toContain(def.follows!.outlet);
    }
    expect(findDecision('menu')!.follows).toEqual({ verb: 'gather', outlet: 'action' });
    expect(findDecision('callOutcome')!.follows).toEqual({ verb: 'dial', outlet: 'action' });
  });

  it('starts a new node with weekday hours and the time zone it is given', () => {
    expect(
      newDecisionAttributes(findDecision('checkHours')!, { timeZone: 'Australia/Sydney' }),
    ).toEqual({
      mon: '09:00–17:00',
      tue: '09:00–17:00',
      wed: '09:00–17:00',
      thu: '09:00–17:00',
      fri: '09:00–17:00',
      timeZone: 'Australia/Sydney',
    });
    expect(newDecisionAttributes(findDecision('checkCaller')!, { timeZone: 'UTC' })).toEqual({
      withheld: 'false',
    });
  });

  it('never collides with a verb id', () => {
    for (const def of decisionDefs) expect(findVerb(def.kind)).toBeUndefined();
  });
});
