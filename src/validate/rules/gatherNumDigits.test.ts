import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'gather-num-digits';
const gather = (attributes: Record<string, string> = {}) => ({ kind: 'gather', attributes });

describe(RULE, () => {
  it.each([
    ['no number of keys', gather()],
    ['only spaces', gather({ numDigits: '  ' })],
  ])('warns about a Gather with %s', (_name, verb) => {
    const { flow, ids } = buildFlow('rcml', verb);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: 'numDigits' },
    ]);
    expect(problems[0]!.message).toBe(
      '“Number of keys” is not set, so some platforms reuse the number set on an earlier Gather in the same call, if there was one, and may stop listening before the caller has finished. Set it on this Gather.',
    );
  });

  it('warns about each Gather without it, and not the one with it', () => {
    const { flow, ids } = buildFlow('rcml', gather({ numDigits: '4' }), gather(), gather());
    expect(problemsOf(flow, RULE).map((p) => p.nodeId)).toEqual([ids[1], ids[2]]);
  });

  it('stays quiet when the number of keys is set', () => {
    expect(problemsOf(flowOf('rcml', gather({ numDigits: '1' })), RULE)).toEqual([]);
  });

  it('stays quiet in FlexML (the kept value is the open-source server’s bug)', () => {
    expect(problemsOf(flowOf('flexml', gather()), RULE)).toEqual([]);
  });
});
