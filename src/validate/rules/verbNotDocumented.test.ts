import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, pause, reject, say } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'verb-not-documented';

describe(RULE, () => {
  it('warns about Pause in FlexML', () => {
    const { flow, ids } = buildFlow('flexml', pause('2'));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: undefined },
    ]);
    expect(problems[0]!.message).toContain('CarrierX');
  });

  it('warns about undocumented options of a verb FlexML only lists', () => {
    const { flow, ids } = buildFlow('flexml', say('Hi', { voice: 'woman' }));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: 'voice' },
    ]);
  });

  it.each([
    ['flexml', say('Hi')],
    ['flexml', { kind: 'hangup' }],
    ['flexml', reject('busy-here')],
    ['rcml', pause('2')],
    ['rcml', say('Hi', { voice: 'woman' })],
    // Absent, not undocumented: verb-not-in-dialect reports it instead.
    ['voiceml', pause('2')],
  ] as const)('stays quiet in %s for %o', (dialect, verb) => {
    expect(problemsOf(flowOf(dialect, verb), RULE)).toEqual([]);
  });
});
