/**
 * Every RCML verb and noun, built through the model and written by the serializer: element
 * names exactly as the platform matches them (rcml-verbs.md §1.1), attribute names and order as
 * in the §3 tables, and only what the user set (plus Reject's reason, always written).
 */
import { describe, expect, it } from 'vitest';
import { moveChild } from '../model/operations';
import { buildFlow, flowOf, xmlOf, type VerbSpec } from '../test/builders';
import { addChildren, child, type ChildSpec } from '../test/nested';
import { onlyVerb, type XmlNode } from '../test/xmlTree';

/** Attributes listed in reverse of the catalog order, so that order is really tested. */
function reversed(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).reverse());
}

function written(spec: VerbSpec): XmlNode {
  return onlyVerb(xmlOf(flowOf('rcml', spec)));
}

/** A verb with nested elements, written. */
function writtenWith(spec: VerbSpec, ...children: ChildSpec[]): XmlNode {
  const { flow, ids } = buildFlow('rcml', spec);
  return onlyVerb(xmlOf(addChildren(flow, ids[0]!, ...children).flow));
}

/** Attribute [name, value] pairs in document order. */
function attributesOf(node: XmlNode): [string, string][] {
  return Object.entries(node.attributes);
}

interface Case {
  readonly verb: string;
  readonly element: string;
  /** Expected attributes, in the order they must be written. */
  readonly attributes: [string, string][];
  readonly text?: string;
}

const cases: Case[] = [
  {
    verb: 'say',
    element: 'Say',
    attributes: [
      ['voice', 'woman'],
      ['loop', '2'],
    ],
    text: 'Welcome to Example.',
  },
  { verb: 'play', element: 'Play', attributes: [['loop', '0']], text: 'https://e.com/a.wav' },
  { verb: 'pause', element: 'Pause', attributes: [['length', '3']] },
  {
    verb: 'gather',
    element: 'Gather',
    attributes: [
      ['action', 'https://e.com/menu.xml'],
      ['method', 'GET'],
      ['finishOnKey', '*'],
      ['numDigits', '1'],
      ['input', 'dtmf speech'],
      ['language', 'en-GB'],
      ['hints', 'sales, support'],
      ['partialResultCallback', 'https://e.com/partial'],
      ['partialResultCallbackMethod', 'GET'],
    ],
  },
  {
    verb: 'record',
    element: 'Record',
    attributes: [
      ['timeout', '3'],
      ['finishOnKey', '#'],
      ['maxLength', '60'],
      ['transcribe', 'true'],
      ['transcribeCallback', 'https://e.com/t'],
      ['playBeep', 'false'],
      ['media', 'audio_only'],
    ],
  },
  {
    verb: 'dial',
    element: 'Dial',
    attributes: [
      ['action', 'https://e.com/after.xml'],
      ['timeout', '20'],
      ['timeLimit', '600'],
      ['callerId', '+14155550100'],
      ['record', 'true'],
    ],
  },
  {
    verb: 'redirect',
    element: 'Redirect',
    attributes: [['method', 'GET']],
    text: 'https://e.com/next.xml',
  },
  {
    verb: 'sms',
    element: 'Sms',
    attributes: [
      ['to', '+14155550101'],
      ['from', '+14155550102'],
      ['method', 'GET'],
      ['statusCallback', 'https://e.com/sms'],
    ],
    text: 'Thanks for calling',
  },
  {
    verb: 'email',
    element: 'Email',
    attributes: [
      ['to', 'staff@example.com'],
      ['from', 'calls@example.com'],
      ['cc', 'boss@example.com'],
      ['bcc', 'audit@example.com'],
      ['subject', 'Missed call'],
    ],
    text: 'Someone called.',
  },
  {
    verb: 'hold',
    element: 'Hold',
    attributes: [
      ['action', 'https://e.com/held.xml'],
      ['holdMusic', 'https://e.com/hold.wav'],
    ],
  },
  {
    verb: 'resume',
    element: 'Resume',
    attributes: [
      ['action', 'https://e.com/resumed.xml'],
      ['method', 'GET'],
    ],
  },
  {
    verb: 'refer',
    element: 'Refer',
    attributes: [
      ['action', 'https://e.com/referred.xml'],
      ['method', 'POST'],
    ],
  },
  { verb: 'reject', element: 'Reject', attributes: [['reason', 'busy']] },
  { verb: 'hangup', element: 'Hangup', attributes: [] },
];

describe('every verb', () => {
  it.each(cases)(
    '$verb writes <$element> with its attributes in catalog order',
    ({ verb, element, attributes, text }) => {
      const node = written({
        kind: verb,
        attributes: reversed(Object.fromEntries(attributes)),
        ...(text !== undefined ? { text } : {}),
      });
      expect(node.name).toBe(element);
      expect(attributesOf(node)).toEqual(attributes);
      expect(node.text).toBe(text ?? '');
      expect(node.children).toEqual([]);
    },
  );

  it.each(cases.filter((c) => c.verb !== 'reject'))(
    '$verb with nothing set writes a bare <$element>',
    ({ verb, element }) => {
      const node = written({ kind: verb });
      expect(node.name).toBe(element);
      expect(node.attributes).toEqual({});
      expect(node.text).toBe('');
    },
  );

  it('Reject always writes its reason, even when none is set', () => {
    const node = written({ kind: 'reject', attributes: { reason: undefined } });
    expect(node.name).toBe('Reject');
    expect(attributesOf(node)).toEqual([['reason', 'rejected']]);
  });

  it('spells the casing traps exactly: Sms, Hangup, Email bcc and subject', () => {
    const xml = xmlOf(
      flowOf(
        'rcml',
        { kind: 'sms', text: 'Hi' },
        {
          kind: 'email',
          attributes: { to: 'a@example.com', from: 'b@example.com', bcc: 'c@example.com' },
        },
        { kind: 'email', attributes: { subject: 'Hello' } },
        { kind: 'hangup' },
      ),
    );
    expect(xml).toContain('<Sms>Hi</Sms>');
    expect(xml).toContain(' bcc="c@example.com"');
    expect(xml).toContain(' subject="Hello"');
    expect(xml).toContain('<Hangup/>');
    for (const wrong of ['<SMS', '<sms', 'Bcc=', 'Subject=', '<HangUp']) {
      expect(xml).not.toContain(wrong);
    }
  });
});

describe('nouns inside Dial', () => {
  it('writes Number, Client and Sip in the order given, with their attributes', () => {
    const dial = writtenWith(
      { kind: 'dial', attributes: { timeout: '15' } },
      child(
        'number',
        '+14155550123',
        reversed({
          sendDigits: 'wwww1234',
          url: 'https://e.com/screen.xml',
          method: 'GET',
          statusCallback: 'https://e.com/status',
          statusCallbackMethod: 'GET',
          statusCallbackEvent: 'initiated,answered',
        }),
      ),
      child('client', 'alice', reversed({ url: 'https://e.com/c.xml', name: 'alice-video' })),
      child('sip', 'sip:bob@example.com', reversed({ username: 'bob', password: 'secret' })),
    );
    expect(dial.name).toBe('Dial');
    expect(attributesOf(dial)).toEqual([['timeout', '15']]);
    expect(dial.children.map((c) => [c.name, attributesOf(c), c.text])).toEqual([
      [
        'Number',
        [
          ['sendDigits', 'wwww1234'],
          ['url', 'https://e.com/screen.xml'],
          ['method', 'GET'],
          ['statusCallback', 'https://e.com/status'],
          ['statusCallbackMethod', 'GET'],
          ['statusCallbackEvent', 'initiated,answered'],
        ],
        '+14155550123',
      ],
      [
        'Client',
        [
          ['url', 'https://e.com/c.xml'],
          ['name', 'alice-video'],
        ],
        'alice',
      ],
      [
        'Sip',
        [
          ['username', 'bob'],
          ['password', 'secret'],
        ],
        'sip:bob@example.com',
      ],
    ]);
  });

  it('writes the exact text of a Dial with three nouns', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const withNouns = addChildren(
      flow,
      ids[0]!,
      child('sip', 'sip:desk@example.com'),
      child('number', '+14155550123'),
      child('client', 'alice'),
    ).flow;
    expect(xmlOf(withNouns)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Response>',
        '  <Dial>',
        '    <Sip>sip:desk@example.com</Sip>',
        '    <Number>+14155550123</Number>',
        '    <Client>alice</Client>',
        '  </Dial>',
        '</Response>',
        '',
      ].join('\n'),
    );
  });

  it('writes a Conference with its attributes in catalog order', () => {
    const dial = writtenWith(
      { kind: 'dial' },
      child(
        'conference',
        'team-standup',
        reversed({
          muted: 'true',
          beep: 'false',
          startConferenceOnEnter: 'false',
          endConferenceOnExit: 'true',
          waitUrl: 'https://e.com/wait.wav',
          waitMethod: 'GET',
          maxParticipants: '10',
        }),
      ),
    );
    expect(dial.children).toHaveLength(1);
    const conference = dial.children[0]!;
    expect(conference.name).toBe('Conference');
    expect(conference.text).toBe('team-standup');
    expect(attributesOf(conference)).toEqual([
      ['muted', 'true'],
      ['beep', 'false'],
      ['startConferenceOnEnter', 'false'],
      ['endConferenceOnExit', 'true'],
      ['waitUrl', 'https://e.com/wait.wav'],
      ['waitMethod', 'GET'],
      ['maxParticipants', '10'],
    ]);
  });

  it('writes a Sip noun as Sip, never SIP', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const xml = xmlOf(addChildren(flow, ids[0]!, child('sip', 'sip:a@example.com')).flow);
    expect(xml).toContain('<Sip>sip:a@example.com</Sip>');
    expect(xml).not.toContain('<SIP');
  });
});

describe('prompts inside Gather', () => {
  it('writes Say, Play and Pause in the order given', () => {
    const gather = writtenWith(
      { kind: 'gather', attributes: { numDigits: '1' } },
      child('say', 'Press 1 for sales.', { voice: 'woman' }),
      child('play', 'https://e.com/music.wav', { loop: '2' }),
      child('pause', undefined, { length: '2' }),
    );
    expect(gather.name).toBe('Gather');
    expect(attributesOf(gather)).toEqual([['numDigits', '1']]);
    expect(gather.children.map((c) => [c.name, attributesOf(c), c.text])).toEqual([
      ['Say', [['voice', 'woman']], 'Press 1 for sales.'],
      ['Play', [['loop', '2']], 'https://e.com/music.wav'],
      ['Pause', [['length', '2']], ''],
    ]);
  });

  it('writes prompts in their new order after a move', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const gatherId = ids[0]!;
    const { flow: prompted, childIds } = addChildren(
      flow,
      gatherId,
      child('say', 'one'),
      child('play', 'two.wav'),
      child('say', 'three'),
    );
    const moved = moveChild(prompted, gatherId, childIds[2]!, 0);
    expect(onlyVerb(xmlOf(moved)).children.map((c) => [c.name, c.text])).toEqual([
      ['Say', 'three'],
      ['Say', 'one'],
      ['Play', 'two.wav'],
    ]);
  });
});

describe('escaping', () => {
  const TEXT = `Tom & Jerry say "hi" <loudly> & 'bye'`;

  it('escapes verb text and reads it back exactly', () => {
    const xml = xmlOf(flowOf('rcml', { kind: 'say', text: TEXT }));
    expect(xml).toContain('Tom &amp; Jerry');
    expect(xml).toContain('&lt;loudly&gt;');
    expect(xml).not.toContain('<loudly>');
    expect(onlyVerb(xml).text).toBe(TEXT);
  });

  it('escapes attribute values and reads them back exactly', () => {
    const xml = xmlOf(flowOf('rcml', { kind: 'email', attributes: { subject: TEXT }, text: 'x' }));
    expect(xml).not.toContain('<loudly>');
    expect(onlyVerb(xml).attributes.subject).toBe(TEXT);
  });

  it('escapes the text of nested elements', () => {
    const gather = writtenWith({ kind: 'gather' }, child('say', TEXT));
    expect(gather.children[0]!.text).toBe(TEXT);
  });

  it('escapes an ampersand in an action URL', () => {
    const url = 'https://e.com/next?a=1&b=2';
    const xml = xmlOf(flowOf('rcml', { kind: 'dial', attributes: { action: url } }));
    expect(xml).toContain('action="https://e.com/next?a=1&amp;b=2"');
    expect(onlyVerb(xml).attributes.action).toBe(url);
  });
});
