import { describe, expect, it } from 'vitest';
import { press, run, step } from '../platform';
import { BLOCKED, SALES, frontDesk } from '../test/frontDesk';
import { call } from '../test/simulate';
import { callStatus, lastHeard } from './callStatus';

const desk = frontDesk();

describe('the status line', () => {
  it('names the next verb and its document while the call runs', () => {
    expect(callStatus(call(desk.flow))).toBe(
      'Next: <Gather> in welcome.xml. Step runs it; Run goes on until the caller is needed.',
    );
  });

  it('says what the caller is asked for, the keys so far, and a Dial’s ringing', () => {
    const waiting = run(call(desk.flow));
    expect(callStatus(waiting)).toBe('The caller is asked to press keys.');
    const ringing = run(press(waiting, '1'));
    expect(callStatus(ringing)).toBe(`Ringing ${SALES} for up to 20 s: choose what happens.`);
  });

  it('says how the call ended', () => {
    expect(callStatus(run(call(desk.flow, { from: BLOCKED })))).toBe(
      'Call ended: rejected, 486 Busy Here',
    );
  });

  it('says when a document has run out', () => {
    const atGoodbye = press(run(call(desk.flow)), '*');
    expect(atGoodbye.position?.document.fileName).toBe('bye.xml');
    expect(callStatus(step(atGoodbye))).toBe('No verbs left in bye.xml: Step ends the call.');
  });
});

describe('the caption', () => {
  it('is the last words the caller heard, until they answer', () => {
    const waiting = run(call(desk.flow));
    expect(lastHeard(waiting)).toBe('“Welcome. Press 1 for sales.”');
    expect(lastHeard(run(press(waiting, '1')))).toBeUndefined();
    expect(lastHeard(run(press(waiting, '*')))).toBe('“Thank you for calling. Goodbye.”');
  });
});
