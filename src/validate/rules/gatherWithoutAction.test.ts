import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'gather-without-action';
const gather = (attributes: Record<string, string> = {}) => ({ kind: 'gather', attributes });

describe(RULE, () => {
  it('warns about a Gather with nowhere to send the input', () => {
    const { flow, ids } = buildFlow('rcml', gather());
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: 'action' },
    ]);
    expect(problems[0]!.message).toContain('“After input”');
    expect(problems[0]!.message).toBe(
      'What the caller enters is thrown away: “After input” is not connected and “Go to URL” is empty, so the platform just goes on to the next verb. Connect “After input” to the verbs that use the input, or fill in “Go to URL”.',
    );
  });

  it('still warns when only “If no input” is connected', () => {
    const { flow, ids } = buildFlow('rcml', gather(), say('Goodbye'));
    expect(problemsOf(flow, RULE).map((p) => p.nodeId)).toEqual([ids[0]]);
  });

  it('stays quiet once “After input” is connected', () => {
    const { flow, ids } = buildFlow('rcml', gather());
    const connected = addAt(flow, ids[0]!, 'action', say('You pressed a key')).flow;
    expect(problemsOf(connected, RULE)).toEqual([]);
  });

  it('stays quiet with a typed action URL', () => {
    const flow = flowOf('rcml', gather({ action: 'https://example.com/menu.xml' }));
    expect(problemsOf(flow, RULE)).toEqual([]);
  });

  it.each(['flexml', 'voiceml'] as const)(
    'stays quiet in %s (the fall-through is the open-source server’s)',
    (dialect) => {
      expect(problemsOf(flowOf(dialect, gather()), RULE)).toEqual([]);
    },
  );
});
