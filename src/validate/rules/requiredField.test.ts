import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, reject, say } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'required-field';

describe(RULE, () => {
  it.each([
    ['no text', { verb: 'say' }],
    ['an empty text', say('')],
    ['only spaces and line breaks', say('  \n\t ')],
  ])('reports a Say with %s', (_name, verb) => {
    const { flow, ids } = buildFlow('rcml', verb);
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'text' },
    ]);
  });

  it('reports an unconnected Say too (it is still on the canvas)', () => {
    const flow = buildFlow('rcml', say('Hi')).flow;
    const stray = buildFlow('rcml', { verb: 'say' }).flow.nodes[1]!;
    const withStray = { ...flow, nodes: [...flow.nodes, { ...stray, id: 'say-9' }] };
    expect(problemsOf(withStray, RULE).map((p) => p.nodeId)).toEqual(['say-9']);
  });

  it('accepts a Say with text', () => {
    expect(problemsOf(flowOf('rcml', say('Hello')), RULE)).toEqual([]);
  });

  it.each(['rcml', 'flexml', 'voiceml'] as const)(
    'does not require a Reject reason in %s (the default applies)',
    (dialect) => {
      expect(problemsOf(flowOf(dialect, reject(undefined)), RULE)).toEqual([]);
    },
  );
});
