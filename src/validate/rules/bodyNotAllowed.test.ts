import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, reject, say } from '../../test/builders';
import { reasonsOf } from '../../test/rejectFacts';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'body-not-allowed';
const MESSAGE = 'Calls from this number are screened';

describe(RULE, () => {
  it.each([
    ['rcml', 'busy'],
    ['rcml', 'rejected'],
    ['voiceml', 'busy'],
    ['voiceml', 'service-unavailable'],
    ...reasonsOf('flexml')
      .filter((r) => r !== 'intermediary-rejected')
      .map((r) => ['flexml', r] as const),
  ] as const)('reports a Reject body in %s with reason %s', (dialect, reason) => {
    const { flow, ids } = buildFlow(dialect, reject(reason, { text: MESSAGE }));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'text' },
    ]);
  });

  it('accepts a FlexML body with intermediary-rejected', () => {
    const flow = flowOf('flexml', reject('intermediary-rejected', { text: MESSAGE }));
    expect(problemsOf(flow, RULE)).toEqual([]);
  });

  it.each(['rcml', 'flexml', 'voiceml'] as const)('accepts a Reject without body in %s', (d) => {
    expect(problemsOf(flowOf(d, reject('busy')), RULE)).toEqual([]);
  });

  it('accepts the text of a Say', () => {
    expect(problemsOf(flowOf('rcml', say('Hello')), RULE)).toEqual([]);
  });

  it('tells a FlexML user which reason allows a message', () => {
    const flow = flowOf('flexml', reject('busy', { text: MESSAGE }));
    expect(problemsOf(flow, RULE)[0]!.message).toMatch(/Intermediary rejected/i);
  });
});
