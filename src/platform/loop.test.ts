/** A call that goes round without the caller doing anything is stopped, with a message. */
import { describe, expect, it } from 'vitest';
import { buildFlow, gather, link, say } from '../test/builders';
import { addAt } from '../test/nested';
import { call, endOf, eventsOf } from '../test/simulate';
import { MAX_FETCHES_IN_A_ROW, press, run, transcript } from '.';

describe('a loop', () => {
  it('a Redirect back to an earlier document is stopped after a bounded number of fetches', () => {
    // main.xml: Say A, Redirect → b.xml: Say B, Redirect → main.xml …
    const built = buildFlow(
      'rcml',
      say('A'),
      { kind: 'redirect' },
      { ...say('B'), label: 'B' },
      { kind: 'redirect' },
    );
    const [sayA, toB, sayB, toA] = built.ids as [string, string, string, string];
    const flow = link(link(built.flow, toB, 'action', sayB), toA, 'action', sayA);
    const session = run(call(flow));
    const end = endOf(session);
    expect(end.how).toBe('loop');
    expect(eventsOf(session, 'request')).toHaveLength(MAX_FETCHES_IN_A_ROW);
    expect(eventsOf(session, 'say').length).toBe(MAX_FETCHES_IN_A_ROW);
    const last = transcript(session).at(-1)!;
    expect(last).toMatch(/^Call ended: it loops\. The call went round /);
    expect(last).toContain(`more than ${MAX_FETCHES_IN_A_ROW} documents`);
    expect(last).toContain('main.xml → b.xml → main.xml → b.xml → …');
  });

  it('a menu the caller goes round again and again is no loop: each input starts the count again', () => {
    // main.xml: Gather → after input, again.xml: Say "Again", Redirect → main.xml.
    const built = buildFlow('rcml', gather({ numDigits: '1' }));
    const gatherId = built.ids[0]!;
    const again = addAt(built.flow, gatherId, 'action', { ...say('Again'), label: 'Again' });
    const flow = link(again.flow, again.nodeId, 'next', gatherId);
    let session = run(call(flow));
    const rounds = MAX_FETCHES_IN_A_ROW;
    for (let i = 0; i < rounds; i++) session = run(press(session, '1'));
    expect(session.state.kind).toBe('waiting-for-input');
    expect(eventsOf(session, 'request').length).toBeGreaterThan(MAX_FETCHES_IN_A_ROW);
    expect(eventsOf(session, 'say').filter((e) => e.text === 'Again')).toHaveLength(rounds);
  });
});
