import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidyNumberList } from '../../decisions/phone';
import { buildFlow, flowOf } from '../../test/builders';
import { child, nestedFlow } from '../../test/nested';
import { brief, located, problemsOf } from '../../test/validation';

const RULE = 'not-e164';

const dialFrom = (callerId: string) => ({ kind: 'dial', attributes: { callerId } });
const sms = (attributes: Record<string, string>) => ({ kind: 'sms', text: 'Hi', attributes });

describe(RULE, () => {
  it.each([
    ['no plus', '14155550123'],
    ['a national number', '04155550123'],
    ['a leading zero after the plus', '+04155550123'],
    ['spaces', '+1 415 555 0123'],
    ['dashes', '+1-415-555-0123'],
    ['16 digits', '+1234567890123456'],
    ['a bare plus', '+'],
    // The one E.164 definition (decisions/phone.ts): a plus and one digit is a country code.
    ['a country code alone', '+1'],
    ['a client without a name', 'client:'],
    ['letters', 'reception'],
  ])('reports a Dial caller ID with %s', (_name, callerId) => {
    const { flow, ids } = buildFlow('rcml', dialFrom(callerId));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'callerId' },
    ]);
    expect(problems[0]!.message).toContain('Caller ID');
    expect(problems[0]!.message).toContain('+14155550123');
    expect(problems[0]!.message).toContain('client:');
  });

  it.each(['+14155550123', '+12', '+123456789012345', 'client:alice', ' +14155550123 '])(
    'accepts a Dial caller ID %j',
    (callerId) => {
      expect(problemsOf(flowOf('rcml', dialFrom(callerId)), RULE)).toEqual([]);
    },
  );

  it.each(['to', 'from'])('reports SMS “%s” that is not E.164, and never offers client:', (f) => {
    const { flow, ids } = buildFlow('rcml', sms({ [f]: 'client:alice' }));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: f },
    ]);
    expect(problems[0]!.message).not.toContain('app user');
  });

  it('accepts SMS numbers in E.164', () => {
    const flow = flowOf('rcml', sms({ to: '+14155550123', from: '+442071234567' }));
    expect(problemsOf(flow, RULE)).toEqual([]);
  });

  it('reports a nested Number that is not E.164, on the Number', () => {
    const { flow, nodeId, childIds } = nestedFlow(
      'rcml',
      { kind: 'dial' },
      child('number', '+14155550123'),
      child('number', '(415) 555-0123'),
    );
    const problems = problemsOf(flow, RULE);
    expect(problems.map(located)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId, field: 'text', childId: childIds[1] },
    ]);
    expect(problems[0]!.message).toContain('Phone number');
  });

  it.each([
    ['custom SIP headers', '+14155550123?X-Customer=42&X-Tier=gold', 0],
    ['bad number before the headers', '4155550123?X-Customer=42', 1],
  ])('reads a Number body with %s without its headers', (_name, number, count) => {
    const { flow } = nestedFlow('rcml', { kind: 'dial' }, child('number', number));
    expect(problemsOf(flow, RULE)).toHaveLength(count);
  });

  it('ignores an empty phone field (the required-field rule speaks for the Number)', () => {
    const { flow } = nestedFlow('rcml', { kind: 'dial' }, child('number'));
    expect(problemsOf(flow, RULE)).toEqual([]);
  });

  it('accepts exactly the numbers a Check caller list accepts as typed', () => {
    // One definition of E.164 (decisions/phone.ts) for phone fields and number lists alike.
    const typed = fc
      .array(fc.constantFrom('+', '0', '1', '4', '9'), { minLength: 1, maxLength: 17 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(typed, (number) => {
        const inList = tidyNumberList(number).values.includes(number);
        const problems = problemsOf(flowOf('rcml', dialFrom(number)), RULE);
        expect(problems.length === 0, number).toBe(inList);
      }),
      { numRuns: 150 },
    );
  });
});
