/** One behaviour per verb, on flows built through the model as a user draws them. */
import { describe, expect, it } from 'vitest';
import type { Flow } from '../schema/flow';
import {
  buildFlow,
  flowOf,
  gather,
  importedFlow,
  link,
  pause,
  say,
  type VerbLike,
} from '../test/builders';
import { addAt, addChildren, child } from '../test/nested';
import { CALLED, CALLER, call, endOf, eventsOf } from '../test/simulate';
import { serializeFlow } from '../xml/serialize';
import {
  dialOutcome,
  end,
  press,
  run,
  speak,
  step,
  stopRecording,
  transcript,
  type DialOutcome,
  type Session,
} from '.';

/** A flow running `first`, whose action leads to a document saying "After". */
function withAction(first: VerbLike, ...children: ReturnType<typeof child>[]) {
  const built = buildFlow('rcml', first, say('Then'));
  let flow = addChildren(built.flow, built.ids[0]!, ...children).flow;
  const after = addAt(flow, built.ids[0]!, 'action', { ...say('After'), label: 'After' });
  flow = after.flow;
  return { flow, verb: built.ids[0]!, then: built.ids[1]!, after: after.nodeId };
}

const said = (session: Session) => eventsOf(session, 'say').map((event) => event.text);
const lastRequest = (session: Session) => eventsOf(session, 'request').at(-1)!.request;
const documentXml = (flow: Flow, fileName: string) =>
  serializeFlow(flow).find((d) => d.fileName === fileName)!.xml;

describe('Say, Play and Pause', () => {
  it('Say answers the call and shows its words with the platform defaults', () => {
    const session = run(call(flowOf('rcml', say('Welcome'))));
    expect(eventsOf(session, 'answered')).toHaveLength(1);
    expect(eventsOf(session, 'say')[0]).toMatchObject({
      text: 'Welcome',
      voice: 'man',
      language: 'en',
      loop: 1,
      inGather: false,
    });
    expect(endOf(session)).toEqual({ how: 'completed' });
  });

  it('Say with a voice, language and repeat as written', () => {
    const flow = flowOf('rcml', say('Bonjour', { voice: 'woman', language: 'fr', loop: '3' }));
    const [event] = eventsOf(run(call(flow)), 'say');
    expect(event).toMatchObject({ voice: 'woman', language: 'fr', loop: 3 });
    expect(transcript(run(call(flow)))).toContain('Say (woman, fr): “Bonjour”, 3 times');
  });

  it('Say with loop 0 repeats until the caller hangs up: nothing after it runs', () => {
    const session = run(call(flowOf('rcml', say('Hold the line', { loop: '0' }), say('Never'))));
    expect(session.state).toEqual({ kind: 'waiting-for-hangup' });
    expect(said(session)).toEqual(['Hold the line']);
    expect(endOf(end(session))).toEqual({ how: 'caller-hung-up' });
  });

  it('Play gives its URL, made absolute against the document for a player', () => {
    const flow: Flow = {
      ...flowOf('rcml', { kind: 'play', text: 'audio/welcome.wav', attributes: { loop: '2' } }),
      baseUrl: 'https://calls.example.com/app',
    };
    const [event] = eventsOf(run(call(flow)), 'play');
    expect(event).toMatchObject({
      url: 'audio/welcome.wav',
      resolvedUrl: 'https://calls.example.com/app/audio/welcome.wav',
      loop: 2,
    });
  });

  it('Pause waits its length; it does not answer, so the phone keeps ringing', () => {
    const session = run(call(flowOf('rcml', pause('3'), say('Hi'), pause())));
    const pauses = eventsOf(session, 'pause');
    expect(pauses.map((p) => [p.seconds, p.ringing])).toEqual([
      [3, true],
      [1, false],
    ]);
    expect(session.events.findIndex((e) => e.kind === 'answered')).toBeGreaterThan(
      session.events.indexOf(pauses[0]!),
    );
  });
});

describe('step runs one element at a time', () => {
  it('each step runs the next verb; the position names the node about to run', () => {
    const { flow, ids } = buildFlow('rcml', say('One'), say('Two'));
    const started = call(flow);
    expect(started.position?.nodeId).toBe(ids[0]);
    const once = step(started);
    expect(said(once)).toEqual(['One']);
    expect(once.position?.nodeId).toBe(ids[1]);
    expect(once.state.kind).toBe('running');
    const twice = step(once);
    expect(said(twice)).toEqual(['One', 'Two']);
    expect(step(twice).state).toEqual({ kind: 'ended', end: { how: 'completed' } });
  });

  it('an ended call is returned as it is', () => {
    const ended = run(call(flowOf('rcml', say('Hi'))));
    expect(step(ended)).toBe(ended);
    expect(run(ended)).toBe(ended);
    expect(end(ended)).toBe(ended);
  });

  it('marks the nodes run and the outlets left, in order', () => {
    const { flow, ids } = buildFlow('rcml', say('One'), say('Two'));
    const session = run(call(flow));
    expect(session.visitedNodes).toEqual(['start', ids[0], ids[1]]);
    expect(session.visitedOutlets).toEqual([
      { nodeId: 'start', outlet: 'next' },
      { nodeId: ids[0], outlet: 'next' },
      { nodeId: ids[1], outlet: 'next' },
    ]);
  });
});

describe('Gather', () => {
  const menu = () =>
    withAction(
      gather({ numDigits: '1', timeout: '7' }),
      child('say', 'Press 1'),
      child('pause', undefined, { length: '2' }),
    );

  it('plays its prompts, then waits for keys with its settings', () => {
    const session = run(call(menu().flow));
    expect(eventsOf(session, 'say')[0]).toMatchObject({ text: 'Press 1', inGather: true });
    expect(eventsOf(session, 'pause')[0]).toMatchObject({ seconds: 2, inGather: true });
    expect(session.state).toEqual({
      kind: 'waiting-for-input',
      listensFor: { keys: true, speech: false },
      numDigits: 1,
      finishOnKey: '#',
      timeout: 7,
      entered: '',
      language: 'en-US',
    });
    expect(session.position?.nodeId).toBe(menu().verb);
  });

  it('with numDigits keys, requests its action with Digits and gets that document', () => {
    const { flow, verb, after } = menu();
    const session = run(press(run(call(flow)), '1'));
    const request = lastRequest(session);
    expect(request).toMatchObject({ method: 'POST', path: '/after.xml', format: 'form' });
    expect(new URLSearchParams(request.body!).get('Digits')).toBe('1');
    expect(eventsOf(session, 'document').at(-1)!.xml).toBe(documentXml(flow, 'after.xml'));
    expect(said(session)).toEqual(['Press 1', 'After']);
    expect(session.visitedOutlets).toContainEqual({ nodeId: verb, outlet: 'action' });
    expect(session.visitedNodes).toContain(after);
    expect(session.inputs).toEqual([{ kind: 'keys', keys: '1' }]);
  });

  it('without numDigits, keys add up until the finish key, which is not sent', () => {
    const { flow } = withAction(gather(), child('say', 'Your code'));
    const waiting = run(call(flow));
    const one = press(waiting, '1');
    expect(one.state).toMatchObject({ kind: 'waiting-for-input', entered: '1' });
    const two = press(one, '2');
    expect(two.state).toMatchObject({ kind: 'waiting-for-input', entered: '12' });
    const done = press(two, '#');
    expect(lastRequest(done).results).toEqual({ Digits: '12' });
  });

  it('keys after the Gather has ended are not heard', () => {
    const session = press(run(call(menu().flow)), '12');
    expect(lastRequest(session).results).toEqual({ Digits: '1' });
    expect(eventsOf(session, 'input')[0]!.outcome).toContain('2 came after the Gather had ended');
  });

  it('no input before the time runs out: the verbs after the Gather run', () => {
    const { flow, verb } = menu();
    const session = run(press(run(call(flow)), 'timeout'));
    expect(said(session)).toEqual(['Press 1', 'Then']);
    expect(eventsOf(session, 'request')).toHaveLength(1);
    expect(session.visitedOutlets).toContainEqual({ nodeId: verb, outlet: 'next' });
    expect(session.visitedOutlets).not.toContainEqual({ nodeId: verb, outlet: 'action' });
  });

  it('keys then silence: what was entered is sent when the time runs out', () => {
    const { flow } = withAction(gather(), child('say', 'Your code'));
    const session = press(press(run(call(flow)), '42'), 'timeout');
    expect(lastRequest(session).results).toEqual({ Digits: '42' });
  });

  it('the finish key alone is no input', () => {
    const session = run(press(run(call(menu().flow)), '#'));
    expect(said(session)).toEqual(['Press 1', 'Then']);
  });

  it('input at a Gather with no action is thrown away, and the platform says so', () => {
    const session = run(
      press(run(call(flowOf('rcml', gather({ numDigits: '1' }), say('Next')))), '5'),
    );
    expect(said(session)).toEqual(['Next']);
    expect(eventsOf(session, 'input')[0]!.outcome).toContain('throws the input away');
  });

  it('speech: keys are not heard, words are sent as SpeechResult', () => {
    const { flow } = withAction(gather({ input: 'speech' }), child('say', 'Say sales'));
    const waiting = run(call(flow));
    expect(press(waiting, '1')).toBe(waiting);
    const session = speak(waiting, ' sales ');
    expect(lastRequest(session).results).toEqual({ SpeechResult: 'sales' });
    expect(session.inputs).toEqual([{ kind: 'speech', words: 'sales' }]);
  });

  it('keys only: words are not heard', () => {
    const waiting = run(call(menu().flow));
    expect(speak(waiting, 'sales')).toBe(waiting);
  });

  it('method GET sends the parameters in the query string', () => {
    const { flow } = withAction(gather({ numDigits: '1', method: 'GET' }), child('say', 'Hi'));
    const request = lastRequest(press(run(call(flow)), '3'));
    expect(request.method).toBe('GET');
    expect(request.body).toBeNull();
    expect(new URL(request.url, 'http://x/').searchParams.get('Digits')).toBe('3');
    expect(request.format).toBe('query');
  });
});

describe('Record', () => {
  const voicemail = () => withAction({ kind: 'record', attributes: { maxLength: '120' } });

  it('records until stopped, then requests its action with the recording', () => {
    const { flow } = voicemail();
    const recording = run(call(flow));
    expect(recording.state).toMatchObject({ kind: 'recording', maxLength: 120 });
    const session = run(stopRecording(recording, { key: '#', seconds: 12 }));
    const { results } = lastRequest(session);
    expect(results.RecordingDuration).toBe('12');
    expect(results.Digits).toBe('#');
    expect(results.RecordingUrl).toMatch(/^https:\/\/recordings\.invalid\/.+\.wav$/);
    expect(eventsOf(session, 'recorded')[0]!.url).toBe(results.RecordingUrl);
    expect(said(session)).toEqual(['After']);
  });

  it('without an action, the verbs after Record run', () => {
    const session = run(stopRecording(run(call(flowOf('rcml', { kind: 'record' }, say('Bye'))))));
    expect(said(session)).toEqual(['Bye']);
    expect(eventsOf(session, 'request')).toHaveLength(1);
  });

  it('a caller hanging up while recording: the action is still requested with Digits=hangup', () => {
    const session = end(run(call(voicemail().flow)));
    expect(lastRequest(session).results.Digits).toBe('hangup');
    expect(said(session)).toEqual([]);
    expect(endOf(session)).toEqual({ how: 'caller-hung-up' });
    expect(transcript(session).at(-1)).toBe('Call ended: the caller hung up');
  });
});

describe('Dial', () => {
  const sales = () =>
    withAction({ kind: 'dial', attributes: { timeout: '20' } }, child('number', '+14155550100'));

  it('rings its numbers and waits for the outcome the user picks', () => {
    const session = run(call(sales().flow));
    expect(session.state).toEqual({
      kind: 'waiting-for-dial-outcome',
      targets: [{ kind: 'number', value: '+14155550100' }],
      timeout: 20,
    });
  });

  const statuses: [DialOutcome, string][] = [
    ['answered', 'completed'],
    ['busy', 'busy'],
    ['no-answer', 'no-answer'],
    ['failed', 'failed'],
  ];
  for (const [outcome, status] of statuses) {
    it(`${outcome}: requests its action with DialCallStatus=${status}`, () => {
      const session = run(dialOutcome(run(call(sales().flow)), outcome));
      expect(lastRequest(session).results.DialCallStatus).toBe(status);
      expect(said(session)).toEqual(['After']);
      expect(session.inputs).toEqual([{ kind: 'dial', outcome }]);
    });
  }

  it('without an action, the verbs after Dial run whatever the outcome', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial', text: '+14155550100' }, say('Next'));
    const session = run(dialOutcome(run(call(flow)), 'busy'));
    expect(said(session)).toEqual(['Next']);
    expect(eventsOf(session, 'dial')[0]!.targets).toEqual([
      { kind: 'number', value: '+14155550100' },
    ]);
    expect(session.visitedOutlets).toContainEqual({ nodeId: ids[0], outlet: 'next' });
  });
});

describe('Sms and Email', () => {
  it('Sms is sent to the caller from the number called; its action is requested at once', () => {
    const { flow } = withAction({ kind: 'sms', text: 'Thanks for calling' });
    const session = run(call(flow));
    expect(eventsOf(session, 'sent')[0]).toMatchObject({
      channel: 'sms',
      to: CALLER,
      from: CALLED,
      text: 'Thanks for calling',
    });
    expect(lastRequest(session).results.SmsStatus).toBe('sending');
    expect(said(session)).toEqual(['After']);
  });

  it('an Sms with no message stops the call with an error', () => {
    const end = endOf(run(call(flowOf('rcml', { kind: 'sms' }, say('Never')))));
    expect(end).toMatchObject({ how: 'error' });
  });

  it('Email is sent with its subject (the platform default when none), and the call goes on', () => {
    const email = {
      kind: 'email',
      attributes: { to: 'desk@example.com', from: 'calls@example.com' },
      text: 'Someone called',
    };
    const session = run(call(flowOf('rcml', email, say('Bye'))));
    expect(eventsOf(session, 'sent')[0]).toMatchObject({
      channel: 'email',
      to: 'desk@example.com',
      subject: 'Restcomm Email Service',
      text: 'Someone called',
    });
    expect(said(session)).toEqual(['Bye']);
  });
});

describe('Redirect, Hangup and elements the platform skips', () => {
  it('Redirect requests its document and carries on there', () => {
    const built = buildFlow('rcml', say('Here'), { kind: 'redirect' });
    const there = addAt(built.flow, built.ids[1]!, 'action', { ...say('There'), label: 'There' });
    const session = run(call(there.flow));
    expect(said(session)).toEqual(['Here', 'There']);
    expect(eventsOf(session, 'request').at(-1)).toMatchObject({
      reason: 'redirect',
      request: { path: '/there.xml' },
      nodeId: built.ids[1],
    });
    expect(session.visitedOutlets).toContainEqual({ nodeId: built.ids[1], outlet: 'action' });
  });

  it('a Redirect to a URL outside the flow ends the simulation there', () => {
    const session = run(
      call(flowOf('rcml', { kind: 'redirect', text: 'https://other.example/x' })),
    );
    expect(endOf(session)).toEqual({ how: 'left-flow', url: 'https://other.example/x' });
  });

  it('Hangup on a ringing call answers it first, then hangs up', () => {
    const session = run(call(flowOf('rcml', { kind: 'hangup' })));
    expect(eventsOf(session, 'answered')).toHaveLength(1);
    expect(transcript(session).at(-1)).toBe('Call ended: hung up by the flow (Hangup)');
  });

  it('an element the platform does not know is skipped', () => {
    const flow = importedFlow('<Response><Foo/><Say>Hi</Say></Response>');
    const session = run(call(flow));
    expect(eventsOf(session, 'skipped')[0]).toMatchObject({ element: 'Foo' });
    expect(said(session)).toEqual(['Hi']);
  });

  it('a hosted-only verb is skipped, and the transcript says why', () => {
    const session = run(call(flowOf('rcml', { kind: 'hold' }, say('Back'))));
    expect(eventsOf(session, 'skipped')[0]!.why).toContain('hosted platform only');
    expect(eventsOf(session, 'answered')[0]).toMatchObject({ element: 'Say' });
  });

  it('a verb the dialect does not have runs as RCML does, with a note', () => {
    const session = run(call(flowOf('voiceml', { kind: 'hangup' })));
    expect(eventsOf(session, 'note')[0]!.text).toContain('VoiceML has no <Hangup>');
    expect(endOf(session)).toEqual({ how: 'hung-up' });
  });

  it('only the first verb that answers marks the call answered', () => {
    const session = run(call(flowOf('rcml', say('One'), say('Two'))));
    expect(eventsOf(session, 'answered')).toHaveLength(1);
    expect(session.answered).toBe(true);
  });
});

describe('a chain that runs into another document', () => {
  it('follows the Redirect the serializer wrote; the `next` it stands for is marked', () => {
    // Two paths lead into "Shared": it starts its own document, reached through a Redirect.
    const built = buildFlow('rcml', gather({ numDigits: '1' }), say('Shared'));
    const shared = built.ids[1]!;
    const action = addAt(built.flow, built.ids[0]!, 'action', say('Pressed'));
    const flow = link(action.flow, action.nodeId, 'next', shared);
    const session = run(press(run(call(flow)), '1'));
    expect(said(session)).toEqual(['Pressed', 'Shared']);
    expect(session.visitedOutlets).toContainEqual({ nodeId: action.nodeId, outlet: 'next' });
    const redirects = eventsOf(session, 'request').filter((e) => e.reason === 'redirect');
    expect(redirects.map((e) => e.request.path)).toEqual([`/${shared}.xml`]);
    expect(session.position?.document.nodes.nodeIds).toEqual([shared]);
  });
});
