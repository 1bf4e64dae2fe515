import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'gather-hints';

function phrases(count: number, length = 6): string {
  return Array.from({ length: count }, (_, i) => `${i}`.padStart(length, 'p')).join(',');
}

function withHints(hints: string, dialect: 'rcml' | 'flexml' = 'rcml') {
  return buildFlow(dialect, { kind: 'gather', attributes: { hints, numDigits: '1' } });
}

describe(RULE, () => {
  it('reports 51 phrases, saying the count and the limit', () => {
    const { flow, ids } = withHints(phrases(51));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'hints' },
    ]);
    expect(problems[0]!.message).toContain('51 phrases');
    expect(problems[0]!.message).toContain('at most 50');
    expect(problems[0]!.message).toMatch(/hangs up/);
  });

  it('reports a phrase of 101 characters, saying its length and the limit', () => {
    const { flow } = withHints(`sales,${'x'.repeat(101)}`);
    const message = problemsOf(flow, RULE)[0]?.message ?? '';
    expect(message).toContain('101 characters');
    expect(message).toContain('at most 100');
  });

  it('reports both limits in one problem, and counts the long phrases', () => {
    const long = 'y'.repeat(150);
    const { flow } = withHints(`${phrases(50)},${'x'.repeat(120)},${long}`);
    const problems = problemsOf(flow, RULE);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('52 phrases');
    expect(problems[0]!.message).toContain('2 phrases over 100 characters (the longest has 150)');
  });

  it.each([
    ['50 phrases', phrases(50)],
    ['a phrase of 100 characters', `sales,${'x'.repeat(100)}`],
    ['spaces after the commas', 'sales, support, billing'],
    ['empty entries, which are not phrases', `${phrases(50)},,`],
    ['100 characters once the surrounding spaces are trimmed', `  ${'x'.repeat(100)}  `],
  ])('accepts %s', (_name, hints) => {
    expect(problemsOf(withHints(hints).flow, RULE)).toEqual([]);
  });

  it('stays quiet without hints, and in FlexML', () => {
    expect(problemsOf(flowOf('rcml', { kind: 'gather' }), RULE)).toEqual([]);
    expect(problemsOf(withHints(phrases(51), 'flexml').flow, RULE)).toEqual([]);
  });
});
