import { describe, expect, it } from 'vitest';
import { START_NODE_ID } from '../../schema/flow';
import { addVerb, flowOf, reject } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'empty-call';

describe(RULE, () => {
  it.each(['rcml', 'flexml', 'voiceml'] as const)('warns on the start of an empty %s flow', (d) => {
    expect(problemsOf(flowOf(d), RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: START_NODE_ID, field: undefined },
    ]);
  });

  it('warns when verbs exist but none is connected to the incoming call', () => {
    const { flow } = addVerb(flowOf('rcml'), reject('busy'));
    expect(problemsOf(flow, RULE)).toHaveLength(1);
  });

  it('stays quiet once a verb is connected', () => {
    expect(problemsOf(flowOf('rcml', reject('busy')), RULE)).toEqual([]);
  });
});
