import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, reject, say } from '../../test/builders';
import { addChildren, child } from '../../test/nested';
import { brief, located, problemsOf } from '../../test/validation';

const RULE = 'non-xml-characters';

describe(RULE, () => {
  it.each(['\u0001', 'Hello\u0000', 'a\u001Fb', 'bad \uFFFE', 'lone \uD800'])(
    'warns about %j in a Say text',
    (text) => {
      const { flow, ids } = buildFlow('rcml', say(text));
      expect(problemsOf(flow, RULE).map(brief)).toEqual([
        { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: 'text' },
      ]);
    },
  );

  it('warns about a control character in an attribute, naming the attribute', () => {
    const { flow, ids } = buildFlow('voiceml', reject('busy', { errorMessage: 'x\u0007' }));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: 'errorMessage' },
    ]);
  });

  it.each(['tab\there', 'two\nlines', 'crlf\r\n', 'é 日本 😀'])('accepts %j', (text) => {
    expect(problemsOf(flowOf('rcml', say(text)), RULE)).toEqual([]);
  });
});

describe(`${RULE}: nested elements`, () => {
  it('warns about a control character in a nested body and attribute, naming the element', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const nested = addChildren(
      flow,
      ids[0]!,
      child('number', '+14155550123'),
      child('sip', 'sip:a@example.com\u0001', { username: 'bob\u0007' }),
    );
    expect(problemsOf(nested.flow, RULE).map(located)).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        nodeId: ids[0],
        field: 'username',
        childId: nested.childIds[1],
      },
      {
        ruleId: RULE,
        severity: 'warning',
        nodeId: ids[0],
        field: 'text',
        childId: nested.childIds[1],
      },
    ]);
  });
});
