import { describe, expect, it } from 'vitest';
import { child, nestedFlow } from '../../test/nested';
import { located, problemsOf } from '../../test/validation';

const RULE = 'status-callback-events';
const FIELD = 'statusCallbackEvent';

function numberWithEvents(events: string, noun = 'number', body = '+14155550123') {
  return nestedFlow('rcml', { kind: 'dial' }, child(noun, body, { [FIELD]: events }));
}

describe(RULE, () => {
  it.each([
    ['space-separated', 'initiated ringing', /Separate them with commas.*initiated,ringing\./],
    [
      'mixed',
      'initiated,ringing answered',
      /Separate them with commas.*initiated,ringing,answered\./,
    ],
    ['with spaces after commas', 'initiated, ringing', /without spaces/],
    ['an unknown event', 'initiated,hungup', /“hungup”.*not an event/],
    ['two unknown events', 'ring,done', /“ring”, “done”.*are not events/],
    ['an empty entry', 'initiated,,ringing', /extra comma/],
    ['a trailing comma', 'completed,', /extra comma/],
  ])('reports a list %s, on the nested element', (_name, events, message) => {
    const { flow, nodeId, childIds } = numberWithEvents(events);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(located)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId, field: FIELD, childId: childIds[0] },
    ]);
    expect(problems[0]!.message).toMatch(message);
  });

  it.each(['completed', 'initiated,ringing', 'initiated,ringing,answered,completed'])(
    'accepts %j',
    (events) => {
      expect(problemsOf(numberWithEvents(events).flow, RULE)).toEqual([]);
    },
  );

  it.each([
    ['client', 'alice'],
    ['sip', 'sip:bob@example.com'],
  ])('checks the status events of a nested %s too', (noun, body) => {
    const { flow, childIds } = numberWithEvents('initiated ringing', noun, body);
    expect(problemsOf(flow, RULE).map((p) => p.childId)).toEqual(childIds);
  });
});
