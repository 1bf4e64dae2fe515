import { describe, expect, it } from 'vitest';
import { connect, connectionProblem } from '../../model/operations';
import { addVerb, buildFlow, flowOf, say, type VerbSpec } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'never-runs-after-action';
const AFTER = 'https://example.com/after.xml';

/** Every verb whose action takes the call to another document, with an outlet label to expect. */
const ACTION_VERBS: readonly [VerbSpec, string][] = [
  [{ kind: 'dial' }, 'After the call'],
  [{ kind: 'record' }, 'After recording'],
  [{ kind: 'sms', text: 'Thanks' }, 'After sending'],
  [{ kind: 'hold' }, 'After hold'],
  [{ kind: 'resume' }, 'After resume'],
  [{ kind: 'refer' }, 'After transfer'],
];

describe(RULE, () => {
  it.each(ACTION_VERBS)('warns about %o with both outlets connected', (verb, outlet) => {
    const { flow, ids } = buildFlow('rcml', verb, say('Never heard'));
    const both = addAt(flow, ids[0]!, 'action', say('Heard')).flow;
    const problems = problemsOf(both, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: undefined },
    ]);
    expect(problems[0]!.message).toContain(`“${outlet}”`);
    expect(problems[0]!.message).toContain('never run');
  });

  it.each(ACTION_VERBS)('warns about %o with an action URL typed and “Then” connected', (verb) => {
    const typed = { ...verb, attributes: { action: AFTER } };
    const { flow, ids } = buildFlow('rcml', typed, say('Never heard'));
    const problems = problemsOf(flow, RULE);
    expect(problems.map((p) => p.nodeId)).toEqual([ids[0]]);
    expect(problems[0]!.message).toContain('with “Go to URL” filled in, the call continues');
    expect(problems[0]!.message).toContain('Clear “Go to URL”, or disconnect “Then”.');
  });

  it.each(ACTION_VERBS)('stays quiet for %o with only one of the two', (verb) => {
    expect(problemsOf(flowOf('rcml', verb, say('Then')), RULE)).toEqual([]);
    const { flow, ids } = buildFlow('rcml', verb);
    expect(problemsOf(addAt(flow, ids[0]!, 'action', say('After')).flow, RULE)).toEqual([]);
    expect(problemsOf(flowOf('rcml', { ...verb, attributes: { action: AFTER } }), RULE)).toEqual(
      [],
    );
  });

  it('stays quiet for a Gather: its “If no input” runs when the caller enters nothing', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' }, say('No input'));
    expect(problemsOf(addAt(flow, ids[0]!, 'action', say('Input')).flow, RULE)).toEqual([]);
  });

  it('never has to judge a verb after a Redirect: nothing can be connected after it', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), { kind: 'redirect' });
    const { flow: withSay, nodeId } = addVerb(flow, say('Never'));
    expect(connectionProblem(withSay, ids[1]!, 'next', nodeId)).toMatch(/Redirect/);
    expect(connect(withSay, ids[1]!, 'next', nodeId)).toBe(withSay);
  });
});
