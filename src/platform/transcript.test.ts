/** The transcript a user reads and copies: the front desk, line by line. */
import { describe, expect, it } from 'vitest';
import { BLOCKED, SALES, frontDesk } from '../test/frontDesk';
import { CALLED, CALLER, call } from '../test/simulate';
import { flowOf, reject } from '../test/builders';
import { dialOutcome, press, run, transcript, transcriptText } from '.';

const desk = frontDesk({ baseUrl: 'https://desk.example.com' });

describe('the transcript', () => {
  it('of a blocked caller ends with what the carrier receives', () => {
    expect(transcript(run(call(desk.flow, { from: BLOCKED })))).toEqual([
      `Call from ${BLOCKED} to ${CALLED} on 2026-11-30 11:00 Europe/Paris (RCML)`,
      '→ POST https://desk.example.com/ (the incoming call)',
      '◆ Blocked callers (Check caller): Matches → /blocked.xml',
      '← blocked.xml',
      'Reject (busy): the carrier receives 486 Busy Here. The caller hears a busy signal.',
      'Call ended: rejected, 486 Busy Here',
    ]);
  });

  it('of a caller who presses 1 and reaches sales', () => {
    const session = run(dialOutcome(run(press(run(call(desk.flow)), '1')), 'answered'));
    expect(transcript(session)).toEqual([
      `Call from ${CALLER} to ${CALLED} on 2026-11-30 11:00 Europe/Paris (RCML)`,
      '→ POST https://desk.example.com/ (the incoming call)',
      '◆ Blocked callers (Check caller): Otherwise → /opening-hours',
      '◆ Opening hours (Check hours): Open → /welcome.xml',
      '← welcome.xml',
      'The call is answered (by <Gather>).',
      'Gather prompt: Say (man, en): “Welcome. Press 1 for sales.”',
      'Gather: waiting for keys (1 key; finish with #; 5 s of silence ends it)',
      'Caller pressed 1. Heard 1: the call goes on to “After input” with the keys pressed.',
      '→ POST https://desk.example.com/menu with Digits=1',
      '◆ Menu: Key 1 → /sales.xml',
      '← sales.xml',
      `Dial: ringing number ${SALES} for 20 s`,
      'The dialled call: answered; the call with them lasted 60 s; the call goes on to “After the call”, which is told how it went.',
      '→ POST https://desk.example.com/call-outcome with DialCallStatus=completed, DialCallSid=CA00000000000000000000000000000002, DialCallDuration=60',
      '◆ Call outcome: Answered → /bye.xml',
      '← bye.xml',
      'Say (man, en): “Thank you for calling. Goodbye.”',
      'Call ended: completed, no verbs left to run',
    ]);
    expect(transcriptText(session).split('\n')).toEqual(transcript(session));
  });

  it('of a withheld caller says so', () => {
    expect(transcript(call(desk.flow, { from: null }))[0]).toBe(
      `Call from a withheld number to ${CALLED} on 2026-11-30 11:00 Europe/Paris (RCML)`,
    );
  });
});

describe('the time of the call', () => {
  it('is told in the Check hours’ zone, and in UTC when the flow checks no hours', () => {
    expect(transcript(call(desk.flow))[0]).toContain('on 2026-11-30 11:00 Europe/Paris');
    expect(transcript(call(flowOf('rcml', reject('busy'))))[0]).toContain(
      'on 2026-11-30 10:00 UTC',
    );
  });
});
