import { describe, expect, it } from 'vitest';
import { resolveVerb } from '../dialects';
import {
  characterCount,
  cutToLength,
  DEFAULT_LENGTH_LIMITS,
  isLongerThan,
  lengthLimit,
} from './limits';

const chars = (value: string) => [...value].length;

describe('cutToLength', () => {
  it('leaves a value within the limit as it is', () => {
    expect(cutToLength('hello', 5)).toBe('hello');
    expect(cutToLength('', 0)).toBe('');
  });

  it('cuts 1 MB of mixed-script text to the limit in characters, not UTF-16 units', () => {
    const sample = 'Hello مرحبا こんにちは Привет 👋🏽 नमस्ते ';
    const huge = sample.repeat(Math.ceil(1_000_000 / sample.length));
    const cut = cutToLength(huge, 4096);
    expect(chars(cut)).toBeLessThanOrEqual(4096);
    // At most one grapheme (a few code points) short of the limit.
    expect(chars(cut)).toBeGreaterThan(4096 - 4);
    expect(huge.startsWith(cut)).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(10);
    const cut = cutToLength(emoji, 3);
    expect(cut).toBe('😀😀😀');
    expect(cut.length).toBe(6);
  });

  it('keeps an accent with its letter and a flag whole', () => {
    // "e" + combining acute is one letter of two code points: cutting at 2 keeps "a" only.
    expect(cutToLength('ae\u0301b', 2)).toBe('a');
    // A flag is two regional indicators: never cut in half.
    expect(cutToLength('x🇫🇷y', 2)).toBe('x');
  });

  it('counts characters like validation does', () => {
    for (const value of ['', 'abc', '😀😀', 'a😀b', '\ud800x', 'x\udc00', 'मस्ते 👋🏽']) {
      expect(characterCount(value)).toBe([...value].length);
    }
    expect(isLongerThan('😀😀', 2)).toBe(false);
    expect(isLongerThan('😀😀😀', 2)).toBe(true);
    expect(isLongerThan('abc', 2)).toBe(true);
  });
});

describe('lengthLimit', () => {
  it('reads the documented limit of the verb', () => {
    expect(lengthLimit(resolveVerb('say', 'rcml').body!)).toBe(4096);
  });

  it('reads the dialect table: VoiceML allows 64 characters of Error message', () => {
    const field = resolveVerb('reject', 'voiceml').fields.get('errorMessage')!;
    expect(lengthLimit(field)).toBe(64);
  });

  it('caps every field without a documented limit', () => {
    const dial = resolveVerb('dial', 'rcml');
    expect(lengthLimit(dial.fields.get('action')!)).toBe(DEFAULT_LENGTH_LIMITS.url);
    expect(lengthLimit(dial.fields.get('callerId')!)).toBe(DEFAULT_LENGTH_LIMITS.phone);
  });
});
