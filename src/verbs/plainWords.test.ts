/**
 * What the inspector says about each verb is read by people who run phone numbers, not by the
 * platform's programmers (issue 25 §5): no attribute or request-parameter names, no server
 * internals, and no “0 repeats” that reads as “no repeats”.
 */
import { describe, expect, it } from 'vitest';
import { getVerb } from './index';
import type { FieldDef } from '../schema/verbs';

const VERBS = [
  'say',
  'play',
  'gather',
  'record',
  'dial',
  'number',
  'client',
  'sip',
  'conference',
  'hold',
  'resume',
  'refer',
  'sms',
  'email',
  'pause',
  'redirect',
  'reject',
  'hangup',
];

const INTERNALS: readonly RegExp[] = [
  /\baction URL\b/i,
  /SpeechResult|\(Digits\b/,
  /\blower case\b/i,
  /^0 repeats/,
  /uses the value of an earlier/,
  /open-source/i,
  /\bAction method\b/,
  /point the action at a server/,
  /static document/i,
];

function textsOf(id: string): string[] {
  const def = getVerb(id);
  const fields: FieldDef[] = [...def.attributes, ...(def.body ? [def.body] : [])];
  return [
    def.description,
    def.note ?? '',
    ...fields.flatMap((f) => [f.label, f.help ?? '']),
    ...def.outlets.flatMap((o) => [o.label, o.help]),
  ].filter(Boolean);
}

describe('the words of the verb catalog', () => {
  it.each(VERBS)('%s names no server internals', (id) => {
    for (const text of textsOf(id)) {
      for (const internal of INTERNALS) expect(text).not.toMatch(internal);
    }
  });

  it('says what Repeat 0 means, and what Gather sends on, in plain words', () => {
    const loop = getVerb('say').attributes.find((f) => f.name === 'loop')!;
    expect(loop.help).toBe(
      'How many times the caller hears it; 0 means over and over until they hang up.',
    );
    const input = getVerb('gather').outlets.find((o) => o.id === 'action')!;
    expect(input.help).toContain('the keys they pressed or the words they said');
  });

  it('tells Gather’s user that a Menu after “After input” chooses by key', () => {
    expect(getVerb('gather').note).toContain('a Menu after “After input” chooses by key');
  });
});

describe('the words of the validation rules', () => {
  it('no rule describes itself by a server’s internals', async () => {
    const { rules } = await import('../validate/rules');
    for (const rule of rules) {
      for (const internal of INTERNALS) expect(rule.description).not.toMatch(internal);
    }
  });
});

describe('grey text in an empty field', () => {
  /** An example says so (“e.g. …”); a meaning of the empty field is words (“Closed”). */
  const NOT_A_VALUE = /^(e\.g\. |[A-Z][a-z]+( [a-z]+)*$)/;

  it('never looks like a value, in verbs and decisions alike', async () => {
    const { decisionDefs } = await import('../decisions');
    const placeholders = [
      ...VERBS.flatMap((id) => {
        const def = getVerb(id);
        return [...def.attributes, ...(def.body ? [def.body] : [])].map((f) => f.placeholder);
      }),
      ...decisionDefs.flatMap((def) => def.fields.map((f) => f.placeholder)),
    ].filter((p): p is string => p !== undefined);
    expect(placeholders).toContain('e.g. +14155550199');
    for (const placeholder of placeholders) expect(placeholder).toMatch(NOT_A_VALUE);
  });
});
