import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, reject, say } from '../../test/builders';
import { addChildren, child } from '../../test/nested';
import { brief, located, problemsOf } from '../../test/validation';

const RULE = 'too-long';

function voicemlReject(errorMessage: string) {
  return buildFlow('voiceml', reject('busy', { errorMessage }));
}

describe(RULE, () => {
  it.each([
    ['65 letters', 'a'.repeat(65)],
    ['65 emoji', '😀'.repeat(65)],
    ['65 accented letters', 'é'.repeat(65)],
  ])('reports a VoiceML ErrorMessage of %s', (_name, message) => {
    const { flow, ids } = voicemlReject(message);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'errorMessage' },
    ]);
    expect(problems[0]!.message).toContain('64');
    expect(problems[0]!.message).toContain('65');
  });

  it.each([
    ['64 letters', 'a'.repeat(64)],
    ['64 emoji (64 characters, 128 UTF-16 units)', '😀'.repeat(64)],
    ['64 CJK characters', '日'.repeat(64)],
    ['one letter', 'a'],
  ])('accepts a VoiceML ErrorMessage of %s', (_name, message) => {
    expect(problemsOf(voicemlReject(message).flow, RULE)).toEqual([]);
  });

  it('reports a Say text over 4096 characters, and accepts 4096', () => {
    const { flow, ids } = buildFlow('rcml', say('x'.repeat(4097)));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'text' },
    ]);
    expect(problemsOf(flowOf('rcml', say('x'.repeat(4096))), RULE)).toEqual([]);
  });
});

describe(`${RULE}: nested elements`, () => {
  it('reports a Say prompt of a Gather over 4096 characters, and accepts 4096', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const nested = addChildren(
      flow,
      ids[0]!,
      child('say', 'x'.repeat(4096)),
      child('say', 'x'.repeat(4097)),
    );
    expect(problemsOf(nested.flow, RULE).map(located)).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        nodeId: ids[0],
        field: 'text',
        childId: nested.childIds[1],
      },
    ]);
  });
});
