import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../test/builders';
import { child, nestedFlow } from '../../test/nested';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'dial-targets';

describe(RULE, () => {
  it('reports a Dial with nobody to call', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: undefined },
    ]);
    expect(problems[0]!.message).toContain('“Who to call”');
  });

  it.each([
    ['a number', child('number', '+14155550123')],
    ['an app user', child('client', 'alice')],
    ['a SIP address', child('sip', 'sip:alice@example.com')],
    ['a conference', child('conference', 'standup')],
    // An empty one is required-field's to report: the Dial does have someone to call.
    ['an empty number', child('number')],
  ])('stays quiet for a Dial with %s', (_name, target) => {
    expect(problemsOf(nestedFlow('rcml', { kind: 'dial' }, target).flow, RULE)).toEqual([]);
  });
});
