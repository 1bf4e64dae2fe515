/**
 * What the simulator says aloud when the user turns sound on: each Say in the browser's speech
 * synthesis, with the nearest voice the browser has for its language (and, where the voice's
 * name tells, the man or woman asked for), and each Pause as a silence.
 */
import type { CallEvent } from '../platform';

/** Restcomm's language codes that are not BCP 47 tags, as the browser names them. */
const RCML_LANGUAGES: Readonly<Record<string, string>> = {
  'en-gb': 'en-GB',
  cf: 'fr-CA',
  bp: 'pt-BR',
  dan: 'da',
  bf: 'fr-BE',
};

/** The BCP 47 tag for a Say's language (`bp` → `pt-BR`); English when none is given. */
export function speechLanguage(language: string): string {
  const code = language.trim();
  if (!code) return 'en';
  return RCML_LANGUAGES[code.toLowerCase()] ?? code;
}

export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
}

const tag = (lang: string) => lang.toLowerCase().replace(/_/g, '-');
const WOMAN = /\b(female|woman)\b/i;
const MAN = /\b(male|man)\b/i;

/**
 * The browser's voice for a Say: one for exactly its language, else for the language without
 * its region; among those the man or woman asked for when a name says which. Undefined when
 * the browser has no voice for the language (it then speaks with its default).
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  language: string,
  voice: string,
): V | undefined {
  const wanted = tag(speechLanguage(language));
  const primary = wanted.split('-')[0]!;
  const exact = voices.filter((v) => tag(v.lang) === wanted);
  const near = exact.length ? exact : voices.filter((v) => tag(v.lang).split('-')[0] === primary);
  const gender = /woman|female|alice/i.test(voice)
    ? WOMAN
    : /^(man|male)$/i.test(voice)
      ? MAN
      : null;
  return (gender && near.find((v) => gender.test(v.name))) || near[0];
}

export type SpeechItem =
  | {
      readonly kind: 'say';
      readonly text: string;
      readonly language: string;
      readonly voice: string;
    }
  | { readonly kind: 'pause'; readonly seconds: number };

/** What to say or wait for, for events of a call. */
export function speechItems(events: readonly CallEvent[]): SpeechItem[] {
  return events.flatMap((event): SpeechItem[] => {
    if (event.kind === 'say' && event.text.trim()) {
      return [{ kind: 'say', text: event.text, language: event.language, voice: event.voice }];
    }
    if (event.kind === 'pause' && event.seconds > 0) {
      return [{ kind: 'pause', seconds: event.seconds }];
    }
    return [];
  });
}
