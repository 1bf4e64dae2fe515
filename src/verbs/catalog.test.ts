/**
 * Element names, attributes and documented defaults of the catalog, against facts transcribed by
 * hand from /work/shared/reference/rcml-verbs.md (§1.1 and §3). Never computed from the catalog.
 */
import { describe, expect, it } from 'vitest';
import { getVerb } from './index';

/** §1.1: element names, case-sensitive (`Sms`, `Sip`, `Hangup`). */
const ELEMENTS: Readonly<Record<string, string>> = {
  say: 'Say',
  play: 'Play',
  gather: 'Gather',
  record: 'Record',
  dial: 'Dial',
  number: 'Number',
  client: 'Client',
  sip: 'Sip',
  conference: 'Conference',
  hold: 'Hold',
  resume: 'Resume',
  refer: 'Refer',
  sms: 'Sms',
  email: 'Email',
  pause: 'Pause',
  redirect: 'Redirect',
  hangup: 'Hangup',
  reject: 'Reject',
};

const STATUS_CALLBACK = ['statusCallback', 'statusCallbackMethod', 'statusCallbackEvent'];

/**
 * §3: attribute names in the order of the reference's tables. Reject is left out: its attributes
 * differ per dialect and are checked against the dialect tables (src/dialects).
 * Omitted on purpose: Gather `startInputKey` (undocumented, code only), Dial `hangupOnStar`
 * (not read by the code), Email's `action`/`method`/`statusCallback` (ignored by the server).
 */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  say: ['voice', 'language', 'loop'],
  play: ['loop'],
  gather: [
    'action',
    'method',
    'timeout',
    'finishOnKey',
    'numDigits',
    'input',
    'language',
    'hints',
    'partialResultCallback',
    'partialResultCallbackMethod',
  ],
  record: [
    'action',
    'method',
    'timeout',
    'finishOnKey',
    'maxLength',
    'transcribe',
    'transcribeCallback',
    'playBeep',
    'media',
  ],
  dial: ['action', 'method', 'timeout', 'timeLimit', 'callerId', 'record'],
  number: ['sendDigits', 'url', 'method', ...STATUS_CALLBACK],
  client: ['url', 'method', ...STATUS_CALLBACK, 'name'],
  sip: ['username', 'password', 'url', 'method', ...STATUS_CALLBACK, 'name'],
  conference: [
    'muted',
    'beep',
    'startConferenceOnEnter',
    'endConferenceOnExit',
    'waitUrl',
    'waitMethod',
    'maxParticipants',
    'name',
  ],
  hold: ['action', 'method', 'holdMusic'],
  resume: ['action', 'method'],
  refer: ['action', 'method'],
  sms: ['to', 'from', 'action', 'method', 'statusCallback'],
  email: ['to', 'from', 'cc', 'bcc', 'subject'],
  pause: ['length'],
  redirect: ['method'],
  hangup: [],
};

/**
 * §3: every documented literal default. Attributes not listed have none: "none", "unlimited",
 * or a value that is not a literal (Sms `to` = the caller, Dial `callerId` = the caller's
 * number, Conference `waitUrl` = built-in music, Number `statusCallbackEvent` where docs and
 * code disagree).
 */
const DEFAULTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  say: { voice: 'man', language: 'en', loop: '1' },
  play: { loop: '1' },
  gather: {
    method: 'POST',
    timeout: '5',
    finishOnKey: '#',
    input: 'dtmf',
    language: 'en-US',
    partialResultCallbackMethod: 'POST',
  },
  // finishOnKey: the code's default when absent (any key); the docs' table says `#`.
  record: {
    method: 'POST',
    timeout: '5',
    finishOnKey: '1234567890*#',
    maxLength: '3600',
    transcribe: 'false',
    playBeep: 'true',
    media: 'audio_only',
  },
  dial: { method: 'POST', timeout: '30', timeLimit: '14400', record: 'false' },
  number: { method: 'POST', statusCallbackMethod: 'POST' },
  client: { method: 'POST', statusCallbackMethod: 'POST' },
  sip: { method: 'POST', statusCallbackMethod: 'POST' },
  conference: {
    muted: 'false',
    beep: 'true',
    startConferenceOnEnter: 'true',
    endConferenceOnExit: 'false',
    waitMethod: 'POST',
    maxParticipants: '40',
  },
  hold: { method: 'POST' },
  resume: { method: 'POST' },
  refer: { method: 'POST' },
  sms: { method: 'POST' },
  email: { subject: 'Restcomm Email Service' },
  pause: { length: '1' },
  redirect: { method: 'POST' },
  hangup: {},
};

/** §3 "Type" columns: bool and int attributes. */
const BOOLEANS = [
  'dial.record',
  'conference.muted',
  'conference.beep',
  'conference.startConferenceOnEnter',
  'conference.endConferenceOnExit',
  'record.transcribe',
  'record.playBeep',
];
const INTEGERS = [
  'dial.timeout',
  'dial.timeLimit',
  'conference.maxParticipants',
  'gather.timeout',
  'gather.numDigits',
  'say.loop',
  'play.loop',
  'pause.length',
  'record.timeout',
  'record.maxLength',
];

/** §3 "Allowed" columns of enumerations. */
const OPTIONS: Readonly<Record<string, readonly string[]>> = {
  'gather.input': ['dtmf', 'speech', 'dtmf speech'],
  'gather.language': ['en-US', 'en-GB', 'es-ES', 'it-IT', 'fr-FR', 'pl-PL', 'pt-PT'],
  'record.media': ['audio_only', 'video_only', 'audio_video'],
  'say.voice': ['man', 'woman'],
};

function field(path: string) {
  const [verbId = '', name] = path.split('.');
  const found = getVerb(verbId).attributes.find((f) => f.name === name);
  if (!found) throw new Error(`No attribute ${path}`);
  return found;
}

describe('verb catalog: names and attributes (rcml-verbs.md §1.1, §3)', () => {
  it.each(Object.entries(ELEMENTS))('%s writes the element <%s>', (id, element) => {
    expect(getVerb(id).element).toBe(element);
  });

  it.each(Object.entries(ATTRIBUTES))('%s has the documented attributes in order', (id, names) => {
    expect(getVerb(id).attributes.map((f) => f.name)).toEqual(names);
  });

  it.each(Object.entries(DEFAULTS))('%s has the documented defaults', (id, defaults) => {
    const actual = Object.fromEntries(
      getVerb(id)
        .attributes.filter((f) => f.platformDefault !== undefined)
        .map((f) => [f.name, f.platformDefault]),
    );
    expect(actual).toEqual(defaults);
  });

  it.each(BOOLEANS)('%s is a boolean', (path) => {
    expect(field(path).kind).toBe('boolean');
  });

  it.each(INTEGERS)('%s is an integer with a lower bound', (path) => {
    const f = field(path);
    expect(f.kind).toBe('integer');
    expect(f.min).toBeDefined();
  });

  it('the loops accept 0 (repeat until hang-up)', () => {
    expect(field('play.loop').min).toBe(0);
    expect(field('say.loop').min).toBe(0);
  });

  it.each(Object.entries(OPTIONS))('%s offers exactly the documented values', (path, values) => {
    const f = field(path);
    expect(f.kind).toBe('enum');
    expect(f.options?.map((o) => o.value)).toEqual(values);
  });

  it('every GET/POST method attribute offers exactly POST and GET', () => {
    for (const id of Object.keys(ATTRIBUTES)) {
      for (const f of getVerb(id).attributes.filter((a) => a.name.endsWith('ethod'))) {
        expect(f.options?.map((o) => o.value).sort(), `${id}.${f.name}`).toEqual(['GET', 'POST']);
      }
    }
  });

  it('Email needs to and from (§3.14)', () => {
    expect(field('email.to').required).toBe(true);
    expect(field('email.from').required).toBe(true);
    expect(field('email.cc').required).toBeFalsy();
  });

  it.each(['sms', 'redirect', 'play', 'number', 'client', 'sip', 'conference'])(
    '%s needs its body',
    (id) => {
      expect(getVerb(id).body?.required).toBe(true);
    },
  );

  it('Redirect and Play bodies are URLs; Redirect’s is filled by its action outlet', () => {
    expect(getVerb('play').body?.kind).toBe('url');
    expect(getVerb('redirect').body).toMatchObject({ kind: 'url', outlet: 'action' });
  });

  it('Sms sends from and to phone numbers', () => {
    expect(field('sms.to').kind).toBe('phone');
    expect(field('sms.from').kind).toBe('phone');
  });

  it('traps of the reference are explained next to the field', () => {
    for (const path of ['gather.numDigits', 'gather.hints', 'email.bcc', 'conference.waitUrl']) {
      expect(field(path).help, path).toBeTruthy();
    }
    expect(field('gather.hints').help).toMatch(/50/);
    expect(field('gather.hints').help).toMatch(/100/);
    expect(field('sms.statusCallback').help).toMatch(/ignore/);
  });
});
