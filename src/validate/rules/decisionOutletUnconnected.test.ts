import { describe, expect, it } from 'vitest';
import { findDecision } from '../../decisions';
import { addVerb, buildFlow, flowOf, gather, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, PLAIN_SENTENCE, problemsOf } from '../../test/validation';
import { whoGoesThere } from './decisionOutletUnconnected';

const RULE = 'decision-outlet-unconnected';

const hours = { kind: 'checkHours', attributes: { timeZone: 'Europe/Paris' } };
const HANGUP = { kind: 'hangup' };

describe(RULE, () => {
  it('says who reaches an outlet that leads nowhere, and what they get', () => {
    const { flow, ids } = buildFlow('rcml', {
      kind: 'checkHours',
      attributes: { timeZone: 'Europe/Paris', closedOn: '25 Dec' },
    });
    const open = addAt(flow, ids[0]!, 'open', say('Welcome')).flow;
    const problems = problemsOf(open, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: 'closed' },
      { ruleId: RULE, severity: 'warning', nodeId: ids[0], field: 'holiday' },
    ]);
    expect(problems[0]!.message).toBe(
      '“Closed” leads nowhere: callers who go that way (outside the opening hours) hear nothing more, and the call ends without a word. Connect “Closed” to what they should hear.',
    );
    expect(problems[1]!.message).toContain('(on a day listed under “Closed on”)');
    for (const p of problems) expect(p.message).toMatch(PLAIN_SENTENCE);
  });

  it('leaves “Holiday” alone while no day is listed under “Closed on”: no caller goes there', () => {
    const { flow, ids } = buildFlow('rcml', hours);
    const open = addAt(flow, ids[0]!, 'open', say('Welcome'));
    const closed = addAt(open.flow, ids[0]!, 'closed', say('We are closed')).flow;
    expect(problemsOf(closed, RULE)).toEqual([]);
    const listed = problemsOf(
      {
        ...closed,
        nodes: closed.nodes.map((n) =>
          n.id === ids[0] ? { ...n, attributes: { ...n.attributes, closedOn: ' \n ' } } : n,
        ),
      },
      RULE,
    );
    expect(listed).toEqual([]);
  });

  it('leaves “Answered” alone: after a forwarded call is answered, the call has ended', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const outcome = addAt(flow, ids[0]!, 'action', { kind: 'callOutcome' });
    let forward = outcome.flow;
    for (const outlet of ['busy', 'noAnswer', 'failed']) {
      forward = addAt(forward, outcome.nodeId, outlet, say('Please leave a message')).flow;
    }
    expect(problemsOf(forward, RULE)).toEqual([]);
  });

  it('stays quiet once every outlet leads somewhere', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'checkCaller', attributes: {} });
    const blocked = addAt(flow, ids[0]!, 'matches', HANGUP);
    const welcome = addAt(blocked.flow, ids[0]!, 'otherwise', say('Welcome'));
    expect(problemsOf(welcome.flow, RULE)).toEqual([]);
  });

  it('follows a Menu’s keys: one problem per key left unconnected, and for anything else', () => {
    const { flow, ids } = buildFlow('rcml', gather({ numDigits: '1' }));
    const menu = addAt(flow, ids[0]!, 'action', { kind: 'menu', attributes: { keys: '1 2' } });
    const sales = addAt(menu.flow, menu.nodeId, 'key:1', say('Sales'));
    const problems = problemsOf(sales.flow, RULE);
    expect(problems.map((p) => p.field)).toEqual(['key:2', 'other']);
    expect(problems[0]!.message).toContain('“Key 2” leads nowhere');
    expect(problems[0]!.message).toContain('(when the caller enters exactly 2)');
    expect(problems[1]!.message).toContain(
      '(any other keys, or none when the platform still asks)',
    );
  });

  it('names every Call outcome that leads nowhere', () => {
    const dial = { kind: 'dial' };
    const { flow, ids } = buildFlow('rcml', dial);
    const outcome = addAt(flow, ids[0]!, 'action', { kind: 'callOutcome' });
    const answered = addAt(outcome.flow, outcome.nodeId, 'answered', HANGUP);
    expect(problemsOf(answered.flow, RULE).map((p) => p.field)).toEqual([
      'busy',
      'noAnswer',
      'failed',
    ]);
  });

  it('leaves a decision no call reaches to the unreachable-node rule', () => {
    const { flow } = addVerb(flowOf('rcml', say('Hi')), hours);
    expect(problemsOf(flow, RULE)).toEqual([]);
  });
});

describe('whoGoesThere', () => {
  it('makes a phrase of the first sentence of an outlet’s help, without asides', () => {
    expect(whoGoesThere('Outside the opening hours.')).toBe('outside the opening hours');
    expect(whoGoesThere('The call could not be placed or was cancelled (also when…).')).toBe(
      'the call could not be placed or was cancelled',
    );
    expect(whoGoesThere('VoiceML asks again. Then more.')).toBe('VoiceML asks again');
    expect(whoGoesThere(undefined)).toBeUndefined();
    expect(whoGoesThere('')).toBeUndefined();
  });

  it('reads every decision outlet’s help as a phrase', () => {
    for (const kind of ['checkCaller', 'checkHours', 'menu', 'callOutcome']) {
      for (const outlet of findDecision(kind)!.outlets) {
        const who = whoGoesThere(outlet.help);
        expect(who, outlet.id).toMatch(/^[a-z][^()]*[^.]$/);
      }
    }
  });
});
