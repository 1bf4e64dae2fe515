import { describe, expect, it } from 'vitest';
import { START_NODE_ID } from '../../schema/flow';
import { flowOf, say } from '../../test/builders';
import { brief, PLAIN_SENTENCE, problemsOf } from '../../test/validation';

const RULE = 'base-url';

const withBase = (baseUrl: string, decides = false) => ({
  ...flowOf('rcml', decides ? { kind: 'checkCaller' } : say('Hi')),
  baseUrl,
});

describe(RULE, () => {
  it.each([
    '',
    'https://example.com/ivr',
    'https://example.com/ivr/',
    'http://10.0.0.5:8080',
    '/calls',
  ])('accepts %j, with decisions or without', (base) => {
    expect(problemsOf(withBase(base), RULE)).toEqual([]);
    expect(problemsOf(withBase(base, true), RULE)).toEqual([]);
  });

  it('leaves a folder relative to static documents alone (an import keeps such a base)', () => {
    expect(problemsOf(withBase('flows'), RULE)).toEqual([]);
  });

  it.each([
    ['a space', 'https://example.com/my ivr', /contains a space/],
    ['another scheme', 'ftp://example.com/ivr', /starts with “ftp:”/],
    ['a query', 'https://example.com/ivr?key=1', /has a \? or #/],
    ['no host', 'https://', /is not a web address/],
  ])('reports a base URL with %s, at the incoming call’s field', (_name, base, problem) => {
    const problems = problemsOf(withBase(base), RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: START_NODE_ID, field: 'baseUrl' },
    ]);
    expect(problems[0]!.message).toMatch(problem);
    expect(problems[0]!.message).toMatch(PLAIN_SENTENCE);
    expect(problems[0]!.message).toContain('upload the documents to');
  });

  it.each(['flows.example.com', 'ivr/'])(
    'reports %j when the flow decides per call, asking for the flow server’s address',
    (base) => {
      const problems = problemsOf(withBase(base, true), RULE);
      expect(problems.map(brief)).toEqual([
        { ruleId: RULE, severity: 'error', nodeId: START_NODE_ID, field: 'baseUrl' },
      ]);
      expect(problems[0]!.message).toMatch(/does not start with https:\/\//);
      expect(problems[0]!.message).toContain('type the flow server’s public address');
      expect(problems[0]!.message).toContain('https://flows.example.com/');
      expect(problems[0]!.message).toMatch(PLAIN_SENTENCE);
    },
  );
});
