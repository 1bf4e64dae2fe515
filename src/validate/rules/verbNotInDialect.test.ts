import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, pause, reject, say } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'verb-not-in-dialect';

describe(RULE, () => {
  it.each([
    ['Pause', pause('2')],
    ['Hangup', { kind: 'hangup' }],
  ])('reports %s in VoiceML', (_name, verb) => {
    const { flow, ids } = buildFlow('voiceml', verb);
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: undefined },
    ]);
  });

  it.each([
    ['rcml', pause('2')],
    ['rcml', { kind: 'hangup' }],
    ['flexml', pause('2')],
    ['flexml', { kind: 'hangup' }],
    ['voiceml', say('Hi')],
    ['voiceml', reject('busy')],
  ] as const)('stays quiet in %s for %o', (dialect, verb) => {
    expect(problemsOf(flowOf(dialect, verb), RULE)).toEqual([]);
  });
});
