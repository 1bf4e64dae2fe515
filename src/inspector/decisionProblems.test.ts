import { describe, expect, it } from 'vitest';
import { readDecision } from '../decisions';
import type { Problem } from '../validate/types';
import { fieldProblems, LINE_PROBLEMS_SHOWN, problemText } from './decisionProblems';

const validated = (field: string, message: string, severity: Problem['severity']): Problem => ({
  key: `rule:node:${field}`,
  ruleId: 'rule',
  severity,
  nodeId: 'node',
  field,
  message,
});

describe('fieldProblems', () => {
  it('shows the problems readDecision finds in the field, naming their line', () => {
    const { problems } = readDecision('checkCaller', {
      numbers: '+14155550199\n+1 (415) 555-0100\nnot a number',
      prefixes: '+1900\nabc',
    });
    const shown = fieldProblems('numbers', problems, []);
    expect(shown.map(problemText)).toEqual([
      expect.stringMatching(/^Line 3: “not a number” is not a phone number/),
    ]);
    expect(shown[0]!.severity).toBe('error');
    expect(fieldProblems('prefixes', problems, []).map((p) => p.line)).toEqual([2]);
  });

  it('reads a list pasted from a spreadsheet: CRLF line ends and tabs', () => {
    const { problems } = readDecision('checkCaller', {
      numbers: '+1 415 555 0199\t\r\n+44 20 7946 0958\r\n12345\t\r\n',
    });
    expect(fieldProblems('numbers', problems, []).map((p) => p.line)).toEqual([3]);
  });

  it('shows the first lines of a long list of problems and counts the rest', () => {
    const bad = Array.from({ length: LINE_PROBLEMS_SHOWN + 7 }, (_, i) => `bad ${i}`).join('\n');
    const { problems } = readDecision('checkCaller', { numbers: `+14155550199\n${bad}` });
    const shown = fieldProblems('numbers', problems, []);
    expect(shown).toHaveLength(LINE_PROBLEMS_SHOWN + 1);
    expect(shown.at(-1)!.message).toBe('7 more lines need fixing too.');
  });

  it('shows a problem validation restates once, with validation’s severity', () => {
    const { problems } = readDecision('checkCaller', {});
    const [empty] = problems;
    const shown = fieldProblems('numbers', problems, [
      validated('numbers', `Check caller: ${empty!.message}`, 'warning'),
      validated('numbers', 'Something only validation knows.', 'error'),
      validated('prefixes', 'About another field.', 'error'),
    ]);
    expect(shown.map((p) => [p.severity, p.message])).toEqual([
      ['warning', empty!.message],
      ['error', 'Something only validation knows.'],
    ]);
  });
});
