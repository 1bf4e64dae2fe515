import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../platform';
import { pickVoice, speechItems, speechLanguage } from './speech';
import { SpeechPlayer, type PlayerState, type SpeechOutput } from './speechPlayer';

const VOICES = [
  { name: 'Google US English', lang: 'en-US' },
  { name: 'Microsoft Zira - English (United States) Female', lang: 'en-US' },
  { name: 'Daniel Male', lang: 'en_GB' },
  { name: 'Amélie', lang: 'fr-CA' },
  { name: 'Thomas', lang: 'fr-FR' },
  { name: 'Luciana', lang: 'pt-BR' },
];

describe('the voice a Say is spoken with', () => {
  it('maps Restcomm’s own language codes to the browser’s', () => {
    expect(speechLanguage('bp')).toBe('pt-BR');
    expect(speechLanguage('cf')).toBe('fr-CA');
    expect(speechLanguage('en-gb')).toBe('en-GB');
    expect(speechLanguage('de')).toBe('de');
    expect(speechLanguage('')).toBe('en');
  });

  it('is one for the language, exactly when the browser has it, else for the language alone', () => {
    expect(pickVoice(VOICES, 'cf', 'man')?.name).toBe('Amélie');
    expect(pickVoice(VOICES, 'bp', 'woman')?.name).toBe('Luciana');
    expect(pickVoice(VOICES, 'en-gb', 'man')?.name).toBe('Daniel Male');
    expect(pickVoice(VOICES, 'fr-BE', 'man')?.name).toBe('Amélie');
    expect(pickVoice(VOICES, 'ja', 'man')).toBeUndefined();
  });

  it('is the woman or man asked for, where a voice’s name says which', () => {
    expect(pickVoice(VOICES, 'en-US', 'woman')?.name).toContain('Zira');
    expect(pickVoice(VOICES, 'en-US', 'man')?.name).toBe('Google US English');
  });
});

describe('what is said aloud', () => {
  it('is each Say, prompts included, and each Pause as a silence', () => {
    const at = { element: 'Say' };
    const events: CallEvent[] = [
      { kind: 'say', text: 'Hello', voice: 'man', language: 'en', loop: 1, inGather: false, ...at },
      { kind: 'pause', seconds: 2, ringing: false, inGather: false, ...at },
      { kind: 'say', text: ' ', voice: 'man', language: 'en', loop: 1, inGather: false, ...at },
      {
        kind: 'say',
        text: 'Press 1',
        voice: 'woman',
        language: 'fr',
        loop: 1,
        inGather: true,
        ...at,
      },
      { kind: 'ended', end: { how: 'completed' } },
    ];
    expect(speechItems(events)).toEqual([
      { kind: 'say', text: 'Hello', language: 'en', voice: 'man' },
      { kind: 'pause', seconds: 2 },
      { kind: 'say', text: 'Press 1', language: 'fr', voice: 'woman' },
    ]);
  });
});

/** An output that records what it was asked, and finishes only when told. */
function fakeOutput() {
  const log: string[] = [];
  const pending: (() => void)[] = [];
  const output: SpeechOutput = {
    say(item, done) {
      log.push(`say ${item.text}`);
      pending.push(done);
      return () => log.push(`stop ${item.text}`);
    },
    wait(seconds, done) {
      log.push(`wait ${seconds}`);
      pending.push(done);
      return () => log.push(`stop wait ${seconds}`);
    },
  };
  return { log, output, finish: () => pending.shift()!() };
}

describe('the speech player', () => {
  const hello = { kind: 'say', text: 'Hello', language: 'en', voice: 'man' } as const;
  const bye = { kind: 'say', text: 'Bye', language: 'en', voice: 'man' } as const;

  it('plays one item after another, and says what it is doing', () => {
    const { log, output, finish } = fakeOutput();
    const states: PlayerState[] = [];
    const player = new SpeechPlayer(output, (state) => states.push(state));
    player.enqueue([hello, { kind: 'pause', seconds: 3 }]);
    player.enqueue([bye]);
    expect(log).toEqual(['say Hello']);
    finish();
    finish();
    finish();
    expect(log).toEqual(['say Hello', 'wait 3', 'say Bye']);
    expect(states.map((s) => s.kind)).toEqual(['saying', 'pausing', 'saying', 'idle']);
  });

  it('skips a pause, and ignores the skipped item finishing late', () => {
    const { log, output, finish } = fakeOutput();
    const player = new SpeechPlayer(output);
    player.enqueue([{ kind: 'pause', seconds: 10 }, bye]);
    expect(player.state).toEqual({ kind: 'pausing', seconds: 10 });
    player.skip();
    expect(player.state).toEqual({ kind: 'saying', text: 'Bye' });
    finish(); // the skipped pause's timer, too late
    expect(player.state).toEqual({ kind: 'saying', text: 'Bye' });
    expect(log).toEqual(['wait 10', 'stop wait 10', 'say Bye']);
  });

  it('stops everything when sound is turned off', () => {
    const { log, output } = fakeOutput();
    const player = new SpeechPlayer(output);
    player.enqueue([hello, bye]);
    player.stop();
    expect(player.state).toEqual({ kind: 'idle' });
    expect(log).toEqual(['say Hello', 'stop Hello']);
  });
});
