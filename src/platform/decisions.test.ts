/**
 * Every outlet of every decision, taken through the router as the flow server takes it, from
 * the request the platform sends in the flow's dialect; each decision is an event that names the
 * node and outlet, so the canvas can mark them.
 */
import { describe, expect, it } from 'vitest';
import { createFlow } from '../model/flow';
import { addNode, updateNode } from '../model/operations';
import { START_NODE_ID, type DialectId, type Flow } from '../schema/flow';
import { addVerb, buildFlow, link, say, type VerbLike } from '../test/builders';
import { BLOCKED, frontDesk } from '../test/frontDesk';
import { addChildren, child } from '../test/nested';
import { call, endOf, eventsOf } from '../test/simulate';
import { dialOutcome, press, run, transcript, type DialOutcome, type Session } from '.';

interface Built {
  readonly flow: Flow;
  readonly decision: string;
}

/** A decision after `before` (the incoming call when none), each listed outlet to a Say. */
function decide(
  kind: string,
  attributes: Record<string, string>,
  branches: Record<string, string>,
  options: { dialect?: DialectId; before?: { flow: Flow; source: string; outlet: string } } = {},
): Built {
  let flow = options.before?.flow ?? createFlow({ dialect: options.dialect ?? 'rcml' });
  const after = options.before ? undefined : START_NODE_ID;
  const added = addNode(flow, kind, { x: 0, y: 0 }, { after, environment: { timeZone: 'UTC' } });
  flow = updateNode(added.flow, added.nodeId, { attributes });
  if (options.before) flow = link(flow, options.before.source, options.before.outlet, added.nodeId);
  for (const [outlet, text] of Object.entries(branches)) {
    const verb: VerbLike = { ...say(text), label: text };
    const branch = addVerb(flow, verb);
    flow = link(branch.flow, added.nodeId, outlet, branch.nodeId);
  }
  return { flow, decision: added.nodeId };
}

const said = (session: Session) => eventsOf(session, 'say').map((event) => event.text);
const decisions = (session: Session) =>
  eventsOf(session, 'decision').map((event) => [event.name, event.outlet, event.target]);

describe('Check caller', () => {
  const blockList = (dialect: DialectId = 'rcml') =>
    decide(
      'checkCaller',
      { numbers: BLOCKED, prefixes: '+4420', withheld: 'true' },
      { matches: 'Blocked', otherwise: 'Welcome' },
      { dialect },
    );

  const cases: [string, string | null, string, string][] = [
    ['a listed number', BLOCKED, 'matches', 'Blocked'],
    ['a number with a listed prefix', '+442071234567', 'matches', 'Blocked'],
    ['a withheld number', null, 'matches', 'Blocked'],
    ['any other number', '+14155550111', 'otherwise', 'Welcome'],
  ];
  for (const dialect of ['rcml', 'flexml', 'voiceml'] as const) {
    for (const [what, from, outlet, heard] of cases) {
      it(`${dialect}: ${what} goes to “${outlet}”`, () => {
        const { flow, decision } = blockList(dialect);
        const session = run(call(flow, { from }));
        expect(decisions(session)).toEqual([
          ['Check caller', outlet, `/${heard.toLowerCase()}.xml`],
        ]);
        expect(said(session)).toEqual([heard]);
        expect(session.visitedOutlets).toContainEqual({ nodeId: decision, outlet });
        expect(session.visitedNodes).toContain(decision);
      });
    }
  }

  it('names the decision by its label and the outlet by its label in the transcript', () => {
    const session = run(call(frontDesk().flow, { from: BLOCKED }));
    expect(transcript(session)).toContain(
      '◆ Blocked callers (Check caller): Matches → /blocked.xml',
    );
    expect(eventsOf(session, 'decision')[0]).toMatchObject({
      nodeId: frontDesk().ids.check,
      outletLabel: 'Matches',
    });
  });
});

describe('Check hours', () => {
  const office = (timeZone = 'UTC') =>
    decide(
      'checkHours',
      { mon: '09:00–17:00', timeZone, closedOn: '2026-12-07 Staff day' },
      { open: 'Open', closed: 'Closed', holiday: 'Holiday' },
    );

  const cases: [string, string, string][] = [
    ['within the hours', '2026-11-30T10:00:00Z', 'open'],
    ['after the hours', '2026-11-30T18:00:00Z', 'closed'],
    ['on a listed closure', '2026-12-07T10:00:00Z', 'holiday'],
  ];
  for (const [what, at, outlet] of cases) {
    it(`${what} goes to “${outlet}”`, () => {
      const session = run(call(office().flow, { at: new Date(at) }));
      expect(eventsOf(session, 'decision')[0]).toMatchObject({ outlet, decision: 'checkHours' });
      expect(said(session)).toEqual([outlet[0]!.toUpperCase() + outlet.slice(1)]);
    });
  }

  it('reads the call’s time in the decision’s time zone', () => {
    // 08:30 UTC is 09:30 in Paris: open there, closed in UTC.
    const at = new Date('2026-11-30T08:30:00Z');
    expect(said(run(call(office('Europe/Paris').flow, { at })))).toEqual(['Open']);
    expect(said(run(call(office('UTC').flow, { at })))).toEqual(['Closed']);
  });
});

describe('Menu, after a Gather', () => {
  function menu(): Built {
    const built = buildFlow('rcml', { kind: 'gather', attributes: { numDigits: '1' } });
    const flow = addChildren(built.flow, built.ids[0]!, child('say', 'Press 1 or star')).flow;
    return decide(
      'menu',
      { keys: '1 *' },
      { 'key:1': 'Sales', 'key:*': 'Star', other: 'Sorry' },
      { before: { flow, source: built.ids[0]!, outlet: 'action' } },
    );
  }

  const cases: [string, string, string][] = [
    ['1', 'key:1', 'Sales'],
    ['*', 'key:*', 'Star'],
    ['9', 'other', 'Sorry'],
  ];
  for (const [keys, outlet, heard] of cases) {
    it(`pressing ${keys} goes to “${outlet}”`, () => {
      const { flow, decision } = menu();
      const session = run(press(run(call(flow)), keys));
      expect(eventsOf(session, 'decision')).toHaveLength(1);
      expect(eventsOf(session, 'decision')[0]).toMatchObject({ outlet, nodeId: decision });
      expect(said(session)).toEqual(['Press 1 or star', heard]);
    });
  }

  it('the key branch is labelled as the Menu lists it', () => {
    const session = run(press(run(call(menu().flow)), '*'));
    expect(eventsOf(session, 'decision')[0]!.outletLabel).toBe('Key *');
  });
});

describe('Call outcome, after a Dial', () => {
  function outcome(): Built {
    const built = buildFlow('rcml', { kind: 'dial', text: '+14155550100' });
    return decide(
      'callOutcome',
      {},
      { answered: 'Bye', busy: 'Busy', noAnswer: 'Nobody', failed: 'Failed' },
      { before: { flow: built.flow, source: built.ids[0]!, outlet: 'action' } },
    );
  }

  const cases: [DialOutcome, string, string][] = [
    ['answered', 'answered', 'Bye'],
    ['busy', 'busy', 'Busy'],
    ['no-answer', 'noAnswer', 'Nobody'],
    ['failed', 'failed', 'Failed'],
  ];
  for (const [picked, outlet, heard] of cases) {
    it(`a Dial ${picked} goes to “${outlet}”`, () => {
      const session = run(dialOutcome(run(call(outcome().flow)), picked));
      expect(eventsOf(session, 'decision')[0]).toMatchObject({ outlet });
      expect(said(session)).toEqual([heard]);
    });
  }
});

describe('an outlet left unconnected', () => {
  it('the flow server answers an empty document, and the call ends', () => {
    const { flow } = decide('checkCaller', { numbers: BLOCKED }, { matches: 'Blocked' });
    const session = run(call(flow));
    expect(eventsOf(session, 'decision')[0]).toMatchObject({ outlet: 'otherwise', target: null });
    expect(eventsOf(session, 'document')[0]).toMatchObject({ path: null });
    expect(endOf(session)).toEqual({ how: 'completed' });
    expect(transcript(session)).toContain(
      '◆ Check caller: Otherwise → not connected: the flow server answers an empty document',
    );
  });
});
