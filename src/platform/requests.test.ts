/**
 * What the platform sends for the next document, in each dialect's form (call-requests.md), and
 * what it gets back: exactly the bytes the flow server serves.
 */
import { describe, expect, it } from 'vitest';
import type { Flow } from '../schema/flow';
import { tableFromFlow } from '../router';
import { buildFlow, flowOf, gather, say } from '../test/builders';
import { frontDesk } from '../test/frontDesk';
import { addAt, addChildren, child } from '../test/nested';
import { CALLED, CALLER, call, eventsOf } from '../test/simulate';
import { press, run, WITHHELD_FROM, type Session } from '.';

const requests = (session: Session) => eventsOf(session, 'request').map((event) => event.request);

function gatherFlow(dialect: 'rcml' | 'flexml' | 'voiceml', baseUrl = ''): Flow {
  const built = buildFlow(dialect, gather({ numDigits: '1' }));
  const flow = addChildren(built.flow, built.ids[0]!, child('say', 'Press a key')).flow;
  return {
    ...addAt(flow, built.ids[0]!, 'action', { ...say('Thanks'), label: 'Next' }).flow,
    baseUrl,
  };
}

describe('RCML', () => {
  it('POSTs a form to the flow server’s root, then to the action, with the call’s parameters', () => {
    const session = run(press(run(call(gatherFlow('rcml', 'https://calls.example.com/app'))), '4'));
    const [incoming, action] = requests(session);
    expect(incoming).toMatchObject({
      method: 'POST',
      url: 'https://calls.example.com/app/',
      path: '/',
      format: 'form',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const first = new URLSearchParams(incoming!.body!);
    expect(first.get('From')).toBe(CALLER);
    expect(first.get('To')).toBe(CALLED);
    expect(first.get('CallStatus')).toBe('ringing');
    expect(first.get('Direction')).toBe('inbound');
    expect(first.has('Digits')).toBe(false);
    expect(action!.url).toBe('https://calls.example.com/app/next.xml');
    const second = new URLSearchParams(action!.body!);
    expect(second.get('Digits')).toBe('4');
    expect(second.get('CallStatus')).toBe('in-progress');
    expect(second.get('CallSid')).toBe(first.get('CallSid'));
  });

  it('a withheld caller is sent as anonymous', () => {
    const [incoming] = requests(call(flowOf('rcml', say('Hi')), { from: null }));
    expect(new URLSearchParams(incoming!.body!).get('From')).toBe(WITHHELD_FROM);
  });

  it('without a base URL the requests are shown by path', () => {
    const session = run(press(run(call(gatherFlow('rcml'))), '4'));
    expect(requests(session).map((r) => r.url)).toEqual(['/', '/next.xml']);
  });
});

describe('FlexML', () => {
  it('POSTs flat JSON with CarrierX’s fields, and Digits after a Gather', () => {
    const session = run(press(run(call(gatherFlow('flexml'))), '7'));
    const [incoming, action] = requests(session);
    expect(incoming!.format).toBe('flexml');
    expect(incoming!.headers['content-type']).toBe('application/json');
    const body = JSON.parse(incoming!.body!);
    expect(body).toMatchObject({ AccountSid: '', From: CALLER, To: CALLED, OriginalTo: CALLED });
    const next = JSON.parse(action!.body!);
    expect(next.Digits).toBe('7');
    expect(next.RequestUrl).toBe('/main.xml');
  });
});

describe('VoiceML', () => {
  it('POSTs { call, parameters } JSON with the Enfonica event header', () => {
    const [incoming] = requests(call(flowOf('voiceml', say('Hi'))));
    expect(incoming!.headers['x-enfonica-event']).toBe('CALL');
    const body = JSON.parse(incoming!.body!);
    expect(body.call).toMatchObject({ from: CALLER, to: CALLED, state: 'STARTING' });
    expect(body.parameters).toEqual({});
  });

  it('a withheld caller has no `from`, and is private', () => {
    const [incoming] = requests(call(flowOf('voiceml', say('Hi')), { from: null }));
    const body = JSON.parse(incoming!.body!);
    expect(body.call.from).toBeUndefined();
    expect(body.call.isPrivate).toBe(true);
  });
});

describe('the documents the platform gets back', () => {
  it('are exactly the bytes of the flow server’s table, each decision on the way an event', () => {
    const { flow } = frontDesk({ baseUrl: 'https://desk.example.com' });
    const table = tableFromFlow(flow);
    const session = run(press(run(call(flow)), '1'));
    const documents = eventsOf(session, 'document');
    expect(documents.map((d) => d.fileName)).toEqual(['welcome.xml', 'sales.xml']);
    for (const document of documents) {
      const route = table.routes[document.path!];
      expect(route?.kind === 'document' && route.xml).toBe(document.xml);
    }
    expect(eventsOf(session, 'decision').map((d) => d.outlet)).toEqual([
      'otherwise',
      'open',
      'key:1',
    ]);
  });
});
