import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, reject, say } from '../../test/builders';
import { addAt, addChildren, child } from '../../test/nested';
import { brief, located, problemsOf } from '../../test/validation';

const RULE = 'required-field';

describe(RULE, () => {
  it.each([
    ['no text', { kind: 'say' }],
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
    const stray = buildFlow('rcml', { kind: 'say' }).flow.nodes[1]!;
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

describe(`${RULE}: fields an outlet fills`, () => {
  const redirect = { kind: 'redirect' };

  it('reports a Redirect with neither a connected “Go to” nor a typed URL', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), redirect);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(located)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[1], field: 'text', childId: undefined },
    ]);
    expect(problems[0]!.message).toContain('“Go to”');
    expect(problems[0]!.message).toContain('Go to URL');
  });

  it('counts a connected “Go to” as filled', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), redirect);
    const connected = addAt(flow, ids[1]!, 'action', say('Elsewhere')).flow;
    expect(problemsOf(connected, RULE)).toEqual([]);
  });

  it('accepts a typed URL instead of a connection', () => {
    const flow = flowOf('rcml', { kind: 'redirect', text: 'https://example.com/next.xml' });
    expect(problemsOf(flow, RULE)).toEqual([]);
  });

  it.each([
    ['no message', { kind: 'sms' }],
    ['a blank message', { kind: 'sms', text: '   ' }],
  ])('reports an SMS with %s', (_name, sms) => {
    const { flow, ids } = buildFlow('rcml', sms);
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'text' },
    ]);
  });

  it('accepts an SMS with a message', () => {
    expect(problemsOf(flowOf('rcml', { kind: 'sms', text: 'Thanks' }), RULE)).toEqual([]);
  });
});

describe(`${RULE}: nested elements`, () => {
  it.each([
    ['Number', 'number', 'Phone number'],
    ['App user', 'client', 'User name'],
    ['SIP address', 'sip', 'SIP address'],
    ['Conference', 'conference', 'Room name'],
  ])('reports a %s without its body, on the nested element', (label, verb, field) => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const nested = addChildren(flow, ids[0]!, child(verb));
    const problems = problemsOf(nested.flow, RULE);
    expect(problems.map(located)).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        nodeId: ids[0],
        field: 'text',
        childId: nested.childIds[0],
      },
    ]);
    expect(problems[0]!.message).toContain(`${label} in Dial needs “${field}”`);
  });

  it('reports only the empty one of several nested elements', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const nested = addChildren(flow, ids[0]!, child('say', 'Press 1'), child('say', ' '));
    expect(problemsOf(nested.flow, RULE).map((p) => p.childId)).toEqual([nested.childIds[1]]);
  });

  it('accepts nested elements that are filled in', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const nested = addChildren(
      flow,
      ids[0]!,
      child('number', '+14155550123'),
      child('client', 'alice'),
    );
    expect(problemsOf(nested.flow, RULE)).toEqual([]);
  });
});
