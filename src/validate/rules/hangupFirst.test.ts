import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, pause, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'hangup-first';
const HANGUP = { kind: 'hangup' };

describe(RULE, () => {
  it.each([
    ['Hangup first', [HANGUP]],
    ['Pause then Hangup', [pause('2'), HANGUP]],
    ['two Pauses then Hangup', [pause('1'), pause('1'), HANGUP]],
  ])('warns about %s, suggesting Reject', (_name, verbs) => {
    const { flow, ids } = buildFlow('rcml', ...verbs);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids.at(-1), field: undefined },
    ]);
    expect(problems[0]!.message).toMatch(/billed/);
    expect(problems[0]!.message).toMatch(/Reject/);
  });

  it.each([
    ['Say then Hangup', [say('Goodbye'), HANGUP]],
    ['Pause, Say, then Hangup', [pause('1'), say('Goodbye'), HANGUP]],
  ])('stays quiet for %s (already answered)', (_name, verbs) => {
    expect(problemsOf(flowOf('rcml', ...verbs), RULE)).toEqual([]);
  });

  it('stays quiet for a Hangup that starts another document', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather', attributes: { numDigits: '1' } });
    const withAction = addAt(flow, ids[0]!, 'action', HANGUP).flow;
    expect(problemsOf(withAction, RULE)).toEqual([]);
  });

  it('stays quiet for a Hangup not connected to the call', () => {
    const { flow } = buildFlow('rcml', say('Hi'));
    const stray = buildFlow('rcml', HANGUP).flow.nodes[1]!;
    expect(problemsOf({ ...flow, nodes: [...flow.nodes, stray] }, RULE)).toEqual([]);
  });

  it('stays quiet in FlexML (what Hangup does on a ringing call differs by platform)', () => {
    expect(problemsOf(flowOf('flexml', HANGUP), RULE)).toEqual([]);
  });

  it('warns about a Hangup a decision connected to the incoming call leads to', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'checkCaller', attributes: {} });
    const { flow: hungUp, nodeId } = addAt(flow, ids[0]!, 'matches', HANGUP);
    expect(problemsOf(hungUp, RULE).map((p) => p.nodeId)).toEqual([nodeId]);
  });

  it('stays quiet for a Hangup a decision leads to after a Say', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), { kind: 'checkCaller', attributes: {} });
    expect(problemsOf(addAt(flow, ids[1]!, 'matches', HANGUP).flow, RULE)).toEqual([]);
  });
});
