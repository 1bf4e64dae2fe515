/** The loop rules (endless-loop, loop-on-some-platforms) on flows with decisions. */
import { describe, expect, it } from 'vitest';
import { NEXT_OUTLET } from '../../schema/flow';
import { buildFlow, gather, link, redirect, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, PLAIN_SENTENCE, problemsOf } from '../../test/validation';

const ENDLESS = 'endless-loop';
const SOME = 'loop-on-some-platforms';
const HANGUP = { kind: 'hangup' };
const blockList = { kind: 'checkCaller', attributes: { numbers: '+14155550199' } };
const hours = { kind: 'checkHours', attributes: { timeZone: 'Europe/Paris' } };

/** Gather → Menu (keys 1 2), Gather's “Then” → `noInput`; each key's branch from `branches`. */
function menuFlow(noInput: 'hang up' | 'ask again') {
  const { flow, ids } = buildFlow('rcml', say('Welcome'), gather({ numDigits: '1' }));
  const [welcome, ask] = [ids[0]!, ids[1]!];
  const menu = addAt(flow, ask, 'action', { kind: 'menu', attributes: { keys: '1 2' } });
  const then =
    noInput === 'hang up'
      ? addAt(menu.flow, ask, NEXT_OUTLET, HANGUP)
      : addAt(menu.flow, ask, NEXT_OUTLET, redirect);
  let looped = then.flow;
  if (noInput === 'ask again') looped = link(looped, then.nodeId, 'action', welcome);
  return { flow: looped, welcome, ask, menu: menu.nodeId };
}

/** A Say and a Redirect back to `to`, on `outlet` of `from`. */
function backTo(
  flow: ReturnType<typeof menuFlow>['flow'],
  from: string,
  outlet: string,
  to: string,
  text: string,
) {
  const spoken = addAt(flow, from, outlet, say(text));
  const again = addAt(spoken.flow, spoken.nodeId, NEXT_OUTLET, redirect);
  return link(again.flow, again.nodeId, 'action', to);
}

describe('loops through decisions', () => {
  it('lets a caller leave a Menu loop by the one key that leads out', () => {
    const m = menuFlow('ask again');
    let flow = backTo(m.flow, m.menu, 'key:1', m.welcome, 'Sorry, sales is closed');
    flow = backTo(flow, m.menu, 'other', m.welcome, 'I did not get that');
    flow = addAt(flow, m.menu, 'key:2', HANGUP).flow;
    expect(problemsOf(flow, ENDLESS)).toEqual([]);
  });

  it('leaves a Menu loop by an outlet that leads nowhere: the call ends there', () => {
    const m = menuFlow('ask again');
    let flow = backTo(m.flow, m.menu, 'key:1', m.welcome, 'One');
    flow = backTo(flow, m.menu, 'key:2', m.welcome, 'Two');
    expect(problemsOf(flow, ENDLESS)).toEqual([]);
  });

  it('reports a Menu whose every key, and no key at all, come back', () => {
    const m = menuFlow('ask again');
    let flow = backTo(m.flow, m.menu, 'key:1', m.welcome, 'One');
    flow = backTo(flow, m.menu, 'key:2', m.welcome, 'Two');
    flow = backTo(flow, m.menu, 'other', m.welcome, 'Again');
    const problems = problemsOf(flow, ENDLESS);
    expect(problems.map(brief)).toEqual([
      { ruleId: ENDLESS, severity: 'error', nodeId: m.welcome, field: undefined },
    ]);
    expect(problems[0]!.message).toContain('“Welcome” again and again');
  });

  it('reports callers a Check caller sends round a loop: it answers the same way each time', () => {
    // Blocked callers hear "Blocked" and are sent back to the same Check caller, for ever;
    // everyone else is welcomed. The loop has a way out, but never for those callers.
    const { flow, ids } = buildFlow('rcml', blockList);
    const check = ids[0]!;
    const looped = backTo(flow, check, 'matches', check, 'Blocked');
    const welcomed = addAt(looped, check, 'otherwise', say('Welcome')).flow;
    const problems = problemsOf(welcomed, ENDLESS);
    expect(problems.map(brief)).toEqual([
      { ruleId: ENDLESS, severity: 'error', nodeId: check, field: 'matches' },
    ]);
    expect(problems[0]!.message).toBe(
      'Callers that Check caller sends to “Matches” come back to it, and it sends them the same way every time round: the caller hears “Blocked” again and again until they hang up. Nothing they press gets them out. Give that branch a way out: end it with a Hangup, or connect “Matches” elsewhere.',
    );
    expect(problemsOf(welcomed, SOME)).toEqual([]);
  });

  it('lets a Check caller loop be left where the way round has a choice that leads out', () => {
    const { flow, ids } = buildFlow('rcml', blockList);
    const check = ids[0]!;
    const ask = addAt(flow, check, 'matches', gather({ numDigits: '1' }));
    const out = addAt(ask.flow, ask.nodeId, 'action', HANGUP);
    const again = addAt(out.flow, ask.nodeId, NEXT_OUTLET, redirect);
    const looped = link(again.flow, again.nodeId, 'action', check);
    const welcomed = addAt(looped, check, 'otherwise', say('Welcome')).flow;
    expect(problemsOf(welcomed, ENDLESS)).toEqual([]);
  });

  it('reports decisions leading to each other with no verb between them', () => {
    const { flow, ids } = buildFlow('rcml', blockList);
    const check = ids[0]!;
    const time = addAt(flow, check, 'matches', hours);
    let circle = link(time.flow, time.nodeId, 'open', check);
    circle = addAt(circle, time.nodeId, 'closed', say('Closed')).flow;
    circle = addAt(circle, time.nodeId, 'holiday', say('Holiday')).flow;
    circle = addAt(circle, check, 'otherwise', say('Welcome')).flow;
    const problems = problemsOf(circle, ENDLESS);
    expect(problems.map(brief)).toEqual([
      { ruleId: ENDLESS, severity: 'error', nodeId: check, field: undefined },
    ]);
    expect(problems[0]!.message).toMatch(
      /^Check caller and Check hours lead to each other in a circle with no verb in between/,
    );
    expect(problems[0]!.message).toMatch(PLAIN_SENTENCE);
  });

  it('warns about after-hours voicemail: the documented Record fetches the decision again', () => {
    // Closed → Record with no “After recording”. As documented, the platform fetches the address
    // it got the document from again: the Check hours route, which still says Closed.
    const { flow, ids } = buildFlow('rcml', hours);
    const open = addAt(flow, ids[0]!, 'open', say('Welcome')).flow;
    const holiday = addAt(open, ids[0]!, 'holiday', HANGUP).flow;
    const closed = addAt(holiday, ids[0]!, 'closed', say('Leave a message'));
    const record = addAt(closed.flow, closed.nodeId, NEXT_OUTLET, { kind: 'record' });
    expect(problemsOf(record.flow, ENDLESS)).toEqual([]);
    const problems = problemsOf(record.flow, SOME);
    expect(problems.map(brief)).toEqual([
      { ruleId: SOME, severity: 'warning', nodeId: record.nodeId, field: 'action' },
    ]);
    expect(problems[0]!.message).toContain('callers that Check hours sends to “Closed”');
    expect(problems[0]!.message).toContain('“Leave a message” again and again');
    expect(problems[0]!.message).toContain('Some platforms go on to the next step instead');
  });

  it('reports a Call outcome loop only when every outcome comes back', () => {
    const { flow, ids } = buildFlow('rcml', say('Connecting'), {
      kind: 'dial',
      attributes: {},
    });
    const outcome = addAt(flow, ids[1]!, 'action', { kind: 'callOutcome' });
    let looped = outcome.flow;
    for (const o of ['busy', 'noAnswer', 'failed']) {
      looped = backTo(looped, outcome.nodeId, o, ids[0]!, `Retry ${o}`);
    }
    expect(problemsOf(looped, ENDLESS)).toEqual([]); // “Answered” leads nowhere: the call ends
    const closed = backTo(looped, outcome.nodeId, 'answered', ids[0]!, 'Again');
    expect(problemsOf(closed, ENDLESS).map((p) => p.nodeId)).toEqual([ids[0]]);
  });
});
