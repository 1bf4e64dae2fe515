import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, reject, say } from '../../test/builders';
import { DIALECTS, reasonsOf } from '../../test/rejectFacts';
import { brief, problemsOf } from '../../test/validation';

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
