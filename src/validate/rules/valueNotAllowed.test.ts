import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, reject, say } from '../../test/builders';
import { DIALECTS, reasonsOf } from '../../test/rejectFacts';
import { addChildren, child } from '../../test/nested';
import { brief, located, problemsOf } from '../../test/validation';

const RULE = 'value-not-allowed';

const everyReason = DIALECTS.flatMap((dialect) =>
  reasonsOf(dialect).map((reason) => ({ dialect, reason })),
);

describe(RULE, () => {
  it.each([
    ['rcml', 'busy-here'],
    ['rcml', 'service-unavailable'],
    ['rcml', 'Busy'],
    ['flexml', 'no_route'],
    ['voiceml', 'no_route'],
    ['voiceml', 'decline'],
  ] as const)('reports reason %2$s in a %1$s flow', (dialect, reason) => {
    const { flow, ids } = buildFlow(dialect, reject(reason));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'reason' },
    ]);
  });

  it.each(everyReason)('accepts $dialect reason $reason', ({ dialect, reason }) => {
    expect(problemsOf(flowOf(dialect, reject(reason)), RULE)).toEqual([]);
  });

  it.each(['rcml', 'flexml'] as const)('reports an error message in a %s flow', (dialect) => {
    const { flow, ids } = buildFlow(dialect, reject('busy', { errorMessage: 'Nope' }));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'errorMessage' },
    ]);
  });

  it('accepts an error message in VoiceML', () => {
    expect(problemsOf(flowOf('voiceml', reject('busy', { errorMessage: 'Nope' })), RULE)).toEqual(
      [],
    );
  });

  it('reports a Say voice that is not a choice', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi', { voice: 'robot' }));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'voice' },
    ]);
  });

  it('leaves attributes unknown to the catalog alone (kept from an import)', () => {
    expect(problemsOf(flowOf('rcml', say('Hi', { custom: 'x' })), RULE)).toEqual([]);
  });
});

describe(`${RULE}: nested elements`, () => {
  it('reports a choice a nested element does not have, on that element', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const nested = addChildren(
      flow,
      ids[0]!,
      child('number', '+14155550123'),
      child('number', '+14155550124', { method: 'PUT' }),
    );
    expect(problemsOf(nested.flow, RULE).map(located)).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        nodeId: ids[0],
        field: 'method',
        childId: nested.childIds[1],
      },
    ]);
  });

  it('reports a Say voice inside a Gather', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const nested = addChildren(flow, ids[0]!, child('say', 'Press 1', { voice: 'robot' }));
    expect(problemsOf(nested.flow, RULE).map((p) => [p.childId, p.field])).toEqual([
      [nested.childIds[0], 'voice'],
    ]);
  });

  it('leaves a list of status events to its own rule', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const events = { statusCallbackEvent: 'initiated,ringing' };
    const nested = addChildren(flow, ids[0]!, child('number', '+14155550123', events));
    expect(problemsOf(nested.flow, RULE)).toEqual([]);
  });
});

describe(`${RULE}: true or false`, () => {
  it.each(['yes', '1', 'on', 'ture'])('reports Dial “Record the call” %j', (value) => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial', attributes: { record: value } });
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'record' },
    ]);
    expect(problems[0]!.message).toContain('true or false');
  });

  // The platform reads booleans case-insensitively (rcml-verbs.md §1).
  it.each(['true', 'false', 'TRUE', 'False'])('accepts %j', (value) => {
    const flow = flowOf('rcml', { kind: 'dial', attributes: { record: value } });
    expect(problemsOf(flow, RULE)).toEqual([]);
  });

  it('checks the booleans of a nested Conference', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const nested = addChildren(flow, ids[0]!, child('conference', 'room', { beep: 'off' }));
    expect(problemsOf(nested.flow, RULE).map(located)).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        nodeId: ids[0],
        field: 'beep',
        childId: nested.childIds[0],
      },
    ]);
  });
});
