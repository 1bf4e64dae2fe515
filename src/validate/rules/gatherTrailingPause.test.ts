import { describe, expect, it } from 'vitest';
import { child, nestedFlow, type ChildSpec } from '../../test/nested';
import { located, problemsOf } from '../../test/validation';

const RULE = 'gather-trailing-pause';
const GATHER = { kind: 'gather', attributes: { numDigits: '1' } };
const SAY = child('say', 'Press 1 for sales');
const PLAY = child('play', 'https://example.com/menu.wav');
const PAUSE = child('pause', undefined, { length: '2' });

describe(RULE, () => {
  it.each([
    ['Say then Pause', [SAY, PAUSE], 1, /Remove the Pause/],
    ['a lone Pause', [PAUSE], 0, /Add a Say or Play/],
    ['Pause, Say, Pause', [PAUSE, SAY, PAUSE], 2, /Remove the Pause/],
    ['two Pauses', [PAUSE, PAUSE], 1, /only prompts are Pauses/],
  ] as const)('warns about %s, on the last Pause', (_name, prompts, last, advice) => {
    const { flow, nodeId, childIds } = nestedFlow('rcml', GATHER, ...prompts);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(located)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId, field: undefined, childId: childIds[last] },
    ]);
    expect(problems[0]!.message).toMatch(advice);
  });

  it.each<[string, ChildSpec[]]>([
    ['no prompts', []],
    ['a Say', [SAY]],
    ['a Pause before a Say', [PAUSE, SAY]],
    ['a Pause between Say and Play', [SAY, PAUSE, PLAY]],
  ])('stays quiet with %s', (_name, prompts) => {
    expect(problemsOf(nestedFlow('rcml', GATHER, ...prompts).flow, RULE)).toEqual([]);
  });

  it('stays quiet in FlexML (the crash is the open-source server’s)', () => {
    expect(problemsOf(nestedFlow('flexml', GATHER, SAY, PAUSE).flow, RULE)).toEqual([]);
  });
});
