import { describe, expect, it } from 'vitest';
import { updateNode } from '../../model/operations';
import { addVerb, buildFlow, flowOf, say } from '../../test/builders';
import { brief, PLAIN_SENTENCE, problemsOf } from '../../test/validation';
import { validateFlow } from '..';

const RULE = 'decision-field';

const checkCaller = (attributes: Record<string, string>) => ({ kind: 'checkCaller', attributes });
const checkHours = (attributes: Record<string, string>) => ({
  kind: 'checkHours',
  attributes: { timeZone: 'Europe/Paris', ...attributes },
});
const menu = (keys: string) => ({ kind: 'menu', attributes: { keys } });

describe(RULE, () => {
  it('reports a number that is not a phone number, at its field and line', () => {
    const numbers = ['+1 415 555 0199', '', '415-555-0100'].join('\n');
    const { flow, ids } = buildFlow('rcml', checkCaller({ numbers }));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'numbers' },
    ]);
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.key).toBe(`${RULE}|${ids[0]}||numbers|3`);
    expect(problems[0]!.message).toMatch(/^“Numbers”, line 3: “415-555-0100” is not a phone/);
    expect(problems[0]!.message).toContain('Did you mean +4155550100?');
    expect(problems[0]!.message).toContain('leaves this line out');
    expect(problems[0]!.message).toMatch(PLAIN_SENTENCE);
  });

  it('gives each bad line its own problem and key', () => {
    const { flow } = buildFlow('rcml', checkCaller({ numbers: 'reception\n+14155550199\n+0 1' }));
    const problems = problemsOf(flow, RULE);
    expect(problems.map((p) => p.line)).toEqual([1, 3]);
    expect(new Set(problems.map((p) => p.key)).size).toBe(2);
  });

  it('accepts a tidy list, a prefix or withheld callers alone', () => {
    const alone: Record<string, string>[] = [
      { numbers: '+1 (415) 555-0199\n0044 20 7946 0018' },
      { prefixes: '+1900' },
      { withheld: 'true' },
    ];
    for (const attributes of alone) {
      expect(problemsOf(flowOf('rcml', checkCaller(attributes)), RULE)).toEqual([]);
    }
  });

  it('reports a Check caller that nobody can match as an error on “Numbers”', () => {
    const { flow, ids } = buildFlow('rcml', checkCaller({}));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'numbers' },
    ]);
    expect(problems[0]!.message).toMatch(/No caller can match/);
  });

  it('reports hours it cannot read at the day, naming the day', () => {
    const { flow, ids } = buildFlow('rcml', checkHours({ mon: '9 till 5' }));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'mon' },
    ]);
    expect(problems[0]!.message).toMatch(/^Monday: “9 till 5” is not a range of hours/);
  });

  it('reports overlapping hours on one day twice with two keys', () => {
    const tue = '09:00–13:00, 12:00–18:00, 17:00–19:00';
    const { flow, ids } = buildFlow('rcml', checkHours({ tue }));
    const problems = problemsOf(flow, RULE);
    expect(problems.map((p) => p.field)).toEqual(['tue', 'tue']);
    expect(problems.map((p) => p.key)).toEqual([
      `${RULE}|${ids[0]}||tue`,
      `${RULE}|${ids[0]}||tue#2`,
    ]);
    expect(problems[0]!.message).toMatch(/^On Tuesday, 09:00–13:00 and 12:00–18:00 overlap/);
  });

  it('reports a week with no hours, and an unknown time zone', () => {
    const closed = buildFlow('rcml', {
      kind: 'checkHours',
      attributes: { mon: '', tue: '', wed: '', thu: '', fri: '', timeZone: 'Mars/Olympus' },
    }).flow;
    const problems = problemsOf(closed, RULE);
    expect(problems.map((p) => p.field)).toEqual(['mon', 'timeZone']);
    expect(problems[0]!.message).toMatch(/every caller goes to “Closed”/);
    expect(problems[1]!.message).toMatch(/“Mars\/Olympus” is not a time zone/);
  });

  it('reports a bad closure line', () => {
    const { flow } = buildFlow('rcml', checkHours({ closedOn: '25 Dec\nsoon' }));
    const problems = problemsOf(flow, RULE);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['closedOn', 2]]);
    expect(problems[0]!.message).toMatch(/^“Closed on”, line 2: /);
  });

  it('reports keys a caller cannot press, and a Menu with none', () => {
    const bad = problemsOf(flowOf('rcml', menu('1 A')), RULE);
    expect(bad.map((p) => p.field)).toEqual(['keys']);
    expect(bad[0]!.message).toMatch(/“A” is not a key/);
    expect(problemsOf(flowOf('rcml', menu('')), RULE).map((p) => p.field)).toEqual(['keys']);
    expect(problemsOf(flowOf('rcml', menu('1 2 * #')), RULE)).toEqual([]);
  });

  it('has nothing to say about a Call outcome', () => {
    expect(problemsOf(flowOf('rcml', { kind: 'callOutcome' }), RULE)).toEqual([]);
  });

  it('checks a decision that is not connected yet, as it checks verb fields', () => {
    const { flow, nodeId } = addVerb(flowOf('rcml', say('Hi')), checkCaller({ withheld: 'x' }));
    expect(problemsOf(flow, RULE).map((p) => p.nodeId)).toEqual([nodeId]);
  });

  it('follows an edit of the field, and keeps its answer through edits elsewhere', () => {
    const numbers = '+14155550199\nx';
    const { flow, ids } = buildFlow('rcml', checkCaller({ numbers }), say('Hi'));
    expect(problemsOf(flow, RULE)).toHaveLength(1);
    const fixed = updateNode(flow, ids[0]!, { attributes: { numbers: '+14155550199' } });
    expect(problemsOf(fixed, RULE)).toEqual([]);
    // Another node's edit keeps this node's attributes object, and its answer.
    const other = updateNode(flow, ids[1]!, { text: 'Hello' });
    expect(other.nodes[1]!.attributes).toBe(flow.nodes[1]!.attributes);
    expect(validateFlow(other).filter((p) => p.ruleId === RULE)).toHaveLength(1);
  });
});
