import { describe, expect, it } from 'vitest';
import { child, nestedFlow, type ChildSpec } from '../../test/nested';
import { located, problemsOf } from '../../test/validation';

const RULE = 'dial-conference-mix';
const DIAL = { kind: 'dial' };
const ROOM = child('conference', 'standup');
const OTHER_ROOM = child('conference', 'retro');
const NUMBER = child('number', '+14155550123');
const CLIENT = child('client', 'alice');
const SIP = child('sip', 'sip:bob@example.com');

describe(RULE, () => {
  it.each<[string, ChildSpec[], number[]]>([
    ['a Conference then a Number', [ROOM, NUMBER], [1]],
    ['a Number then a Conference', [NUMBER, ROOM], [0]],
    ['a Conference among an app user and a SIP address', [CLIENT, ROOM, SIP], [0, 2]],
    ['two Conferences', [ROOM, OTHER_ROOM], [1]],
  ])('warns about %s, on each ignored element', (_name, children, ignored) => {
    const { flow, nodeId, childIds } = nestedFlow('rcml', DIAL, ...children);
    expect(problemsOf(flow, RULE).map(located)).toEqual(
      ignored.map((i) => ({
        ruleId: RULE,
        severity: 'warning',
        nodeId,
        field: undefined,
        childId: childIds[i],
      })),
    );
  });

  it('says why each is ignored', () => {
    const { flow } = nestedFlow('rcml', DIAL, ROOM, NUMBER, OTHER_ROOM);
    const [number, room] = problemsOf(flow, RULE).map((p) => p.message);
    expect(number).toMatch(/\+14155550123.*never rung/);
    expect(room).toMatch(/first conference.*“retro”.*ignored/);
  });

  it.each<[string, ChildSpec[]]>([
    ['one Conference', [ROOM]],
    ['Numbers, app users and SIP addresses together', [NUMBER, CLIENT, SIP]],
  ])('stays quiet for %s', (_name, children) => {
    expect(problemsOf(nestedFlow('rcml', DIAL, ...children).flow, RULE)).toEqual([]);
  });
});
