import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, pause, say } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'invalid-number';

describe(RULE, () => {
  it.each(['abc', '0', '3601', '1.5', '-1', '2s', '1e2', ' '])(
    'reports Pause length %j',
    (length) => {
      const { flow, ids } = buildFlow('rcml', pause(length));
      expect(problemsOf(flow, RULE).map(brief)).toEqual([
        { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'length' },
      ]);
    },
  );

  it.each(['1', '2', '3600'])('accepts Pause length %j', (length) => {
    expect(problemsOf(flowOf('rcml', pause(length)), RULE)).toEqual([]);
  });

  it('accepts a Pause without length (the platform default applies)', () => {
    expect(problemsOf(flowOf('rcml', pause()), RULE)).toEqual([]);
  });

  it('accepts Say loop 0 (repeat until hang-up) and reports loop "x"', () => {
    expect(problemsOf(flowOf('rcml', say('Hi', { loop: '0' })), RULE)).toEqual([]);
    const { flow, ids } = buildFlow('rcml', say('Hi', { loop: 'x' }));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'loop' },
    ]);
  });

  it('names the field and the unit in its message', () => {
    const message = problemsOf(flowOf('rcml', pause('abc')), RULE)[0]!.message;
    expect(message).toContain('Length');
    expect(message).toContain('seconds');
  });
});
