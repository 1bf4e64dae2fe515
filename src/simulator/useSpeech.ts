import { useEffect, useRef, useState } from 'react';
import type { CallEvent, Session } from '../platform';
import { pickVoice, speechItems, speechLanguage } from './speech';
import { SpeechPlayer, type PlayerState, type SpeechOutput } from './speechPlayer';

/** Whether this browser can speak (speech synthesis is optional everywhere). */
export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance !== 'undefined'
  );
}

function browserOutput(): SpeechOutput {
  const synth = window.speechSynthesis;
  return {
    say(item, done) {
      const utterance = new SpeechSynthesisUtterance(item.text);
      utterance.lang = speechLanguage(item.language);
      const voice = pickVoice(synth.getVoices(), item.language, item.voice);
      if (voice) utterance.voice = voice;
      utterance.onend = () => done();
      utterance.onerror = () => done();
      synth.speak(utterance);
      return () => {
        utterance.onend = null;
        utterance.onerror = null;
        synth.cancel();
      };
    },
    wait(seconds, done) {
      const timer = setTimeout(done, seconds * 1000);
      return () => clearTimeout(timer);
    },
  };
}

const IDLE: PlayerState = { kind: 'idle' };

/**
 * Speaks what the call says from the moment sound is on: each new Say of the call on show, and
 * each Pause as a silence that can be skipped. A new call starts afresh; sound off stops at once.
 */
export function useSpeech(session: Session | null, on: boolean) {
  const [state, setState] = useState<PlayerState>(IDLE);
  const player = useRef<SpeechPlayer | null>(null);
  /** The events already handed to the player (a prefix of the call's events). */
  const spoken = useRef<readonly CallEvent[] | null>(null);

  useEffect(() => {
    if (!on || !speechAvailable()) {
      player.current?.stop();
      spoken.current = null;
      return;
    }
    player.current ??= new SpeechPlayer(browserOutput(), setState);
    const events = session?.events ?? [];
    const before = spoken.current;
    spoken.current = events;
    // Sound just turned on: only what happens from now on is spoken.
    if (before === null) return;
    const sameCall = before.length === 0 || (events.length > 0 && events[0] === before[0]);
    if (!sameCall) player.current.stop();
    const from = sameCall && before.length <= events.length ? before.length : 0;
    player.current.enqueue(speechItems(events.slice(from)));
  }, [session, on]);

  useEffect(() => () => player.current?.stop(), []);

  return { state, skip: () => player.current?.skip() };
}
