/**
 * A Reject ends the call with what the caller's carrier receives in the flow's dialect, checked
 * against the facts transcribed by hand from reject-dialects.md (never the code's own tables).
 */
import { describe, expect, it } from 'vitest';
import { buildFlow, flowOf, pause, reject, say } from '../test/builders';
import { DIALECTS, reasonsOf, sipOf } from '../test/rejectFacts';
import { CALLER_HEARS, VOICEML_Q850 } from '../test/rejectHears';
import { call, endOf, eventsOf } from '../test/simulate';
import { run, transcript } from '.';

function rejected(session: ReturnType<typeof call>) {
  const end = endOf(session);
  if (end.how !== 'rejected') throw new Error(`The call ended ${end.how}, not rejected`);
  return end.reject;
}

describe('every Reject reason of every dialect', () => {
  for (const dialect of DIALECTS) {
    for (const reason of reasonsOf(dialect)) {
      it(`${dialect} ${reason}: SIP ${sipOf(dialect, reason)} and what the caller hears`, () => {
        const session = run(call(flowOf(dialect, reject(reason))));
        const outcome = rejected(session);
        const sip = sipOf(dialect, reason)!;
        expect(outcome.reason).toBe(reason);
        expect(outcome.sip).toBe(sip);
        expect(outcome.code.startsWith(`${sip} `)).toBe(true);
        const heard = CALLER_HEARS[dialect][reason];
        if (heard) {
          expect(outcome.callerHearsDocumented).toBe(true);
          expect(outcome.callerHears).toContain(heard);
        } else {
          expect(outcome.callerHears).not.toBe('');
        }
        if (dialect === 'voiceml') expect(outcome.q850).toBe(VOICEML_Q850[reason]);
        else expect(outcome.q850).toBeUndefined();
        expect(session.answered).toBe(false);
        expect(transcript(session).at(-1)).toBe(`Call ended: rejected, ${outcome.code}`);
      });
    }
  }

  it('says "486 Busy Here" for RCML busy, and that the caller hears a busy signal', () => {
    const lines = transcript(run(call(flowOf('rcml', reject('busy')))));
    expect(lines.at(-1)).toBe('Call ended: rejected, 486 Busy Here');
    expect(lines).toContain(
      'Reject (busy): the carrier receives 486 Busy Here. The caller hears a busy signal.',
    );
  });

  it('without a reason, each dialect refuses with its own default: 603 in RCML, 403 in FlexML', () => {
    const sips = DIALECTS.map((dialect) => rejected(run(call(flowOf(dialect, reject())))).sip);
    expect(sips).toEqual(DIALECTS.map((dialect) => sipOf(dialect, 'rejected')));
    expect(sips).toEqual([603, 403, 603]);
  });
});

describe('what else the carrier receives', () => {
  it('FlexML sends the body of an intermediary-rejected Reject in Call-Info', () => {
    const flow = flowOf(
      'flexml',
      reject('intermediary-rejected', { text: 'Calls from this number are screened' }),
    );
    const outcome = rejected(run(call(flow)));
    expect(outcome.sip).toBe(608);
    expect(outcome.callInfo).toBe('"Calls from this number are screened"');
    expect(transcript(run(call(flow)))).toContainEqual(
      expect.stringContaining('Call-Info: "Calls from this number are screened"'),
    );
  });

  it('where the dialect does not say what the caller hears, the transcript says so', () => {
    const session = run(call(flowOf('flexml', reject('redirect'))));
    expect(rejected(session).callerHearsDocumented).toBe(false);
    expect(transcript(session)).toContainEqual(
      expect.stringContaining(
        'the dialect does not say what carriers play for 302 Moved Temporarily',
      ),
    );
  });

  it('VoiceML sets error_code USER and the ErrorMessage on the call', () => {
    const flow = flowOf('voiceml', reject('busy', { errorMessage: 'Blocked caller' }));
    const outcome = rejected(run(call(flow)));
    expect(outcome).toMatchObject({ errorCode: 'USER', errorMessage: 'Blocked caller', q850: 17 });
    expect(transcript(run(call(flow)))).toContainEqual(
      expect.stringContaining('Q.850 cause 17; error_code USER, error_message “Blocked caller”'),
    );
  });

  it('VoiceML without an ErrorMessage sets no error code', () => {
    expect(rejected(run(call(flowOf('voiceml', reject('busy'))))).errorCode).toBeUndefined();
  });

  it('an RCML reason of the hosted platform carries the open-source caveat', () => {
    const outcome = rejected(run(call(flowOf('rcml', reject('unwanted')))));
    expect(outcome.sip).toBe(607);
    expect(outcome.notes.join(' ')).toMatch(
      /other platforms refuse the call as “rejected” \(603\)/,
    );
  });
});

describe('a Reject and the state of the call', () => {
  it('a Pause keeps the call ringing: Pause then Reject still refuses it', () => {
    const session = run(call(flowOf('rcml', pause('2'), reject('busy'))));
    expect(rejected(session).sip).toBe(486);
    expect(eventsOf(session, 'pause')[0]).toMatchObject({ seconds: 2, ringing: true });
    expect(eventsOf(session, 'answered')).toEqual([]);
  });

  it('after a verb answered, the Reject is skipped, the platform says so, and the call goes on', () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'), reject('busy'));
    const session = run(call(flow));
    expect(eventsOf(session, 'answered')).toEqual([
      { kind: 'answered', element: 'Say', nodeId: ids[0] },
    ]);
    const [skipped] = eventsOf(session, 'skipped');
    expect(skipped).toMatchObject({ element: 'Reject', nodeId: ids[1] });
    expect(skipped!.why).toContain('already answered (by <Say>)');
    expect(skipped!.why).toContain('Some platforms skip it');
    expect(endOf(session)).toEqual({ how: 'completed' });
    expect(transcript(session).at(-1)).toBe('Call ended: completed, no verbs left to run');
  });

  it('in FlexML the same, saying that the dialect does not document it', () => {
    const session = run(call(flowOf('flexml', say('Hello'), reject('busy-here'))));
    expect(eventsOf(session, 'skipped')[0]!.why).toContain('FlexML’s documentation does not say');
    expect(endOf(session).how).toBe('completed');
  });
});
