/** The dialect tables against the reference facts, and the one place a verb meets a dialect. */
import { describe, expect, it } from 'vitest';
import { nearestByMeaning } from './convert';
import { bodyAllowed, getDialect, isDialectId, resolveVerb } from './index';
import { DIALECTS, REJECT_FACTS, reasonsOf } from '../test/rejectFacts';
import type { FieldOption } from '../schema/verbs';

function reasonOptions(dialect: (typeof DIALECTS)[number]): readonly FieldOption[] {
  return resolveVerb('reject', dialect).fields.get('reason')?.options ?? [];
}

describe.each(DIALECTS)('%s Reject', (dialect) => {
  const facts = REJECT_FACTS[dialect];

  it('offers exactly the documented reasons, each with its SIP code', () => {
    const offered = Object.fromEntries(
      reasonOptions(dialect).map((o) => [o.value, o.meaning?.sip]),
    );
    expect(offered).toEqual(facts.reasons);
  });

  it('shows the SIP code beside every reason', () => {
    for (const option of reasonOptions(dialect)) {
      expect(option.code?.startsWith(String(facts.reasons[option.value]))).toBe(true);
      expect(option.description).toBeTruthy();
    }
  });

  it('spells the reason attribute as documented, defaulting to rejected', () => {
    const reason = resolveVerb('reject', dialect).fields.get('reason');
    expect(reason?.xmlName).toBe(facts.reasonAttribute);
    expect(reason?.platformDefault).toBe('rejected');
  });

  it('has an ErrorMessage only where documented', () => {
    const field = resolveVerb('reject', dialect).fields.get('errorMessage');
    expect(field?.xmlName).toBe(facts.errorMessageAttribute);
    expect(field?.maxLength).toBe(facts.errorMessageMax);
  });

  it.each(reasonsOf(dialect))('allows a body with reason %s only where documented', (reason) => {
    const { bodyRule } = resolveVerb('reject', dialect);
    expect(bodyAllowed(bodyRule, { reason })).toBe(reason === facts.bodyReason);
  });

  it('is terminal and has no outlets', () => {
    const { def } = resolveVerb('reject', dialect);
    expect(def.terminal).toBe(true);
    expect(def.outlets).toEqual([]);
    expect(def.answersCall).toBe(false);
  });
});

describe('warnings the picker must show', () => {
  it('marks the six extended RCML reasons as hosted-only', () => {
    const withCaveat = reasonOptions('rcml')
      .filter((o) => o.caveat)
      .map((o) => o.value);
    expect(withCaveat.sort()).toEqual(
      [
        'forbidden',
        'anonymity_disallowed',
        'address_incomplete',
        'no_route',
        'service_unavailable',
        'unwanted',
      ].sort(),
    );
  });

  it.each(['rejected', 'busy'])('warns that FlexML %s differs from RCML', (reason) => {
    expect(reasonOptions('flexml').find((o) => o.value === reason)?.caveat).toBeTruthy();
  });
});

describe('verb availability', () => {
  it.each([
    ['rcml', 'pause', 'documented'],
    ['rcml', 'hangup', 'documented'],
    ['flexml', 'pause', 'unknown'],
    ['flexml', 'hangup', 'listed'],
    ['flexml', 'say', 'listed'],
    ['voiceml', 'pause', 'absent'],
    ['voiceml', 'hangup', 'absent'],
    ['voiceml', 'reject', 'documented'],
  ] as const)('%s %s is %s', (dialect, verb, availability) => {
    expect(resolveVerb(verb, dialect).availability).toBe(availability);
  });

  it('knows exactly the three dialects', () => {
    expect(DIALECTS.every(isDialectId)).toBe(true);
    expect(isDialectId('twiml')).toBe(false);
    expect(() => getDialect('twiml' as never)).toThrow();
  });
});

describe('nearestByMeaning', () => {
  const voiceml = reasonOptions('voiceml');
  const flexml = reasonOptions('flexml');
  const option = (
    value: string,
    sip: number,
    family: 'decline' | 'busy' | 'not-found' | 'unavailable',
    q850?: number,
  ): FieldOption => ({
    value,
    label: value,
    meaning: { sip, family, ...(q850 !== undefined ? { q850 } : {}) },
  });

  it('picks the option with the same SIP code and says it is exact', () => {
    const result = nearestByMeaning(option('busy', 486, 'busy'), flexml);
    expect(result).toMatchObject({ option: { value: 'busy-here' }, exact: true });
  });

  it('prefers the same Q.850 cause among options sharing a SIP code', () => {
    expect(nearestByMeaning(option('x', 480, 'busy', 20), voiceml).option.value).toBe(
      'subscriber-absent',
    );
    expect(nearestByMeaning(option('x', 480, 'busy', 19), voiceml).option.value).toBe('no-answer');
  });

  it('prefers the same spelling among options sharing a SIP code', () => {
    expect(nearestByMeaning(option('rejected', 403, 'decline'), flexml).option.value).toBe(
      'rejected',
    );
  });

  it('is not exact when no option has the SIP code, and picks a candidate', () => {
    const result = nearestByMeaning(option('anonymity_disallowed', 433, 'decline'), voiceml);
    expect(result.exact).toBe(false);
    expect(reasonsOf('voiceml')).toContain(result.option.value);
  });

  it('falls back to the given default when nothing is close', () => {
    const candidates = [option('a', 404, 'not-found'), option('rejected', 603, 'decline')];
    const result = nearestByMeaning(option('x', 502, 'unavailable'), candidates, 'rejected');
    expect(result).toMatchObject({ option: { value: 'rejected' }, exact: false });
  });
});
