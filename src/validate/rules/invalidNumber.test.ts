import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, pause, say } from '../../test/builders';
import { addChildren, child } from '../../test/nested';
import { brief, located, problemsOf } from '../../test/validation';

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

describe(`${RULE}: nested elements`, () => {
  it.each(['lots', '0', '101'])(
    'reports a Conference of %j participants on the Conference',
    (n) => {
      const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
      const nested = addChildren(
        flow,
        ids[0]!,
        child('conference', 'room', { maxParticipants: n }),
      );
      expect(problemsOf(nested.flow, RULE).map(located)).toEqual([
        {
          ruleId: RULE,
          severity: 'error',
          nodeId: ids[0],
          field: 'maxParticipants',
          childId: nested.childIds[0],
        },
      ]);
    },
  );

  it('accepts a nested Say that repeats twice', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const nested = addChildren(flow, ids[0]!, child('say', 'Press 1', { loop: '2' }));
    expect(problemsOf(nested.flow, RULE)).toEqual([]);
  });
});
