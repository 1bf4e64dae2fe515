import { describe, expect, it } from 'vitest';
import { addVerb, buildFlow, flowOf, gather, link, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, PLAIN_SENTENCE, problemsOf } from '../../test/validation';

const RULE = 'decision-out-of-place';

const menu = { kind: 'menu', attributes: { keys: '1' } };
const outcome = { kind: 'callOutcome' };

describe(RULE, () => {
  it('stays quiet for a Menu after a Gather’s “After input” and a Call outcome after a Dial', () => {
    const { flow, ids } = buildFlow('rcml', gather({ numDigits: '1' }));
    expect(problemsOf(addAt(flow, ids[0]!, 'action', menu).flow, RULE)).toEqual([]);
    const dialed = buildFlow('rcml', { kind: 'dial' });
    expect(problemsOf(addAt(dialed.flow, dialed.ids[0]!, 'action', outcome).flow, RULE)).toEqual(
      [],
    );
  });

  it('reports a Menu after a Say, naming where it should be', () => {
    const { flow, ids } = buildFlow('rcml', { ...say('Press 1'), label: 'Prompt' }, menu);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[1], field: undefined },
    ]);
    expect(problems[0]!.message).toBe(
      'A Menu decides by what a Gather sends with its “After input”, so it must come straight after one. Here it comes after “Prompt”’s “Then”, where there is nothing to decide by, so every call would go the same way. Connect a Gather’s “After input” to it instead.',
    );
    expect(problems[0]!.message).toMatch(PLAIN_SENTENCE);
  });

  it('reports a Menu that the incoming call runs first', () => {
    const problems = problemsOf(flowOf('rcml', menu), RULE);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('after the incoming call');
  });

  it('reports a Call outcome after a Gather, and after a Dial’s “Then”', () => {
    const { flow, ids } = buildFlow('rcml', gather({ numDigits: '1' }));
    const afterGather = problemsOf(addAt(flow, ids[0]!, 'action', outcome).flow, RULE);
    expect(afterGather[0]!.message).toContain('what a Dial sends with its “After the call”');
    expect(afterGather[0]!.message).toContain('Gather’s “After input”');
    expect(problemsOf(flowOf('rcml', { kind: 'dial' }, outcome), RULE)).toHaveLength(1);
  });

  it('reports a Menu that a Gather reaches and another decision too', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'checkCaller', attributes: {} });
    const input = addAt(flow, ids[0]!, 'otherwise', gather({ numDigits: '1' }));
    const choice = addAt(input.flow, input.nodeId, 'action', menu);
    const both = link(choice.flow, ids[0]!, 'matches', choice.nodeId);
    const problems = problemsOf(both, RULE);
    expect(problems.map((p) => p.nodeId)).toEqual([choice.nodeId]);
    expect(problems[0]!.message).toContain('Check caller’s “Matches”');
  });

  it('leaves a Menu no call reaches to the unreachable-node rule', () => {
    const { flow } = addVerb(flowOf('rcml', say('Hi')), menu);
    expect(problemsOf(flow, RULE)).toEqual([]);
  });

  it('has nothing to say of decisions that may come anywhere', () => {
    const flow = flowOf('rcml', say('Hi'), { kind: 'checkHours', attributes: {} });
    expect(problemsOf(flow, RULE)).toEqual([]);
  });
});
