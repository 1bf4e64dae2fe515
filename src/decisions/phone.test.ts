import { describe, expect, it } from 'vitest';
import {
  isE164,
  readCaller,
  tidyNumber,
  tidyNumberList,
  tidyPhoneField,
  tidyPrefixList,
} from './phone';

describe('tidyNumberList', () => {
  it.each([
    ['+1 415 555 0199', '+14155550199'],
    ['+1-415-555-0199', '+14155550199'],
    ['+1.415.555.0199', '+14155550199'],
    ['+1 (415) 555-0199', '+14155550199'],
    ['+44 (0)20 7946 0018'.replace('(0)', ''), '+442079460018'],
    ['0033 1 23 45 67 89', '+33123456789'],
    ['\t+33\u00a01\u202f23 45 67 89 ', '+33123456789'],
    ['+1 – 415 — 555 ‑ 0199', '+14155550199'],
    ['[+49] 30/1234567', '+49301234567'],
  ])('tidies %j to %s', (line, tidied) => {
    expect(tidyNumberList(line)).toEqual({ values: [tidied], problems: [] });
  });

  it('reports each line that is still not E.164 with its line number, and keeps the good ones', () => {
    const pasted = [
      '+1 415 555 0199',
      '',
      '415-555-0100',
      '+0 123',
      'reception',
      '011 44 20 7946 0018',
      '+1234567890123456',
    ].join('\n');
    const { values, problems } = tidyNumberList(pasted);
    expect(values).toEqual(['+14155550199']);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(problems[0]!.message).toContain('“415-555-0100”');
    expect(problems[0]!.message).toContain('Did you mean +4155550100?');
    expect(problems[2]!.message).not.toContain('Did you mean');
    expect(problems.every((p) => p.field === 'numbers')).toBe(true);
  });

  it('accepts Windows and old Mac line ends and drops duplicates', () => {
    expect(tidyNumberList('+14155550199\r\n+1 415 555 0199\r+442079460018').values).toEqual([
      '+14155550199',
      '+442079460018',
    ]);
  });

  it('turns a leading 00 into + but leaves other exit codes alone', () => {
    expect(tidyNumber('0044 20')).toBe('+4420');
    expect(tidyNumber('011 44 20')).toBe('0114420');
  });

  it('accepts 2 to 15 digits after the plus', () => {
    expect(tidyNumberList('+12').problems).toEqual([]);
    expect(tidyNumberList('+1').problems).toHaveLength(1);
    expect(tidyNumberList('+123456789012345').problems).toEqual([]);
  });
});

describe('isE164', () => {
  it('is the number lists’ own test, on the text exactly as written', () => {
    expect(['+12', '+14155550199', '+123456789012345'].every(isE164)).toBe(true);
    for (const no of ['+1', '+', '+0123', '+1234567890123456', '14155550199', '+1 415', ' +12']) {
      expect(isE164(no), no).toBe(false);
    }
    for (const line of ['+1', '+12', '+0123', '+1234567890123456']) {
      expect(isE164(line), line).toBe(tidyNumberList(line).values.length === 1);
    }
  });
});

describe('tidyPrefixList', () => {
  it('tidies prefixes and flags those without a country code', () => {
    const { values, problems } = tidyPrefixList('+1 900\n0044\n1800\n+\n+0');
    expect(values).toEqual(['+1900', '+44']);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['prefixes', 3],
      ['prefixes', 4],
      ['prefixes', 5],
    ]);
  });
});

describe('readCaller', () => {
  it.each(['', '   ', 'anonymous', 'Anonymous', 'RESTRICTED', 'unknown', 'Private', 'unavailable'])(
    'reads %j as withheld',
    (from) => expect(readCaller(from)).toEqual({ kind: 'withheld' }),
  );

  it.each([
    'sip:anonymous@anonymous.invalid',
    'sips:Anonymous@example.com;transport=tls',
    'sip:restricted@10.0.0.1',
    'tel:unknown',
  ])('reads the URI %s as withheld', (from) => {
    expect(readCaller(from)).toEqual({ kind: 'withheld' });
  });

  it.each([
    ['+14155550199', '+14155550199'],
    ['14155550199', '+14155550199'],
    ['sip:+14155550199@sip.example.com', '+14155550199'],
    ['sip:14155550199@10.0.0.1:5060;user=phone', '+14155550199'],
    ['tel:+1-415-555-0199', '+14155550199'],
    [' +1 415 555 0199 ', '+14155550199'],
    ['0044 20 7946 0018', '+442079460018'],
  ])('reads %s as the number %s', (from, e164) => {
    expect(readCaller(from)).toEqual({ kind: 'number', e164 });
  });

  it.each(['client:alice', 'sip:alice@example.com', '0612345678', 'reception'])(
    'reads %s as neither a number nor withheld',
    (from) => expect(readCaller(from).kind).toBe('other'),
  );
});

describe('tidyPhoneField', () => {
  it('tidies a Dial number as a line of Check caller’s numbers is', () => {
    for (const typed of [
      '+1 415 555 0100',
      '+1 (415) 555-0100',
      '0014155550100',
      ' +1.415.555.0100 ',
    ]) {
      expect(tidyPhoneField(typed)).toBe('+14155550100');
      expect(tidyPhoneField(typed)).toBe(tidyNumberList(typed).values[0]);
    }
  });

  it('keeps SIP headers after ?, and leaves what is not a number as typed', () => {
    expect(tidyPhoneField('+1 415 555 0100?X-Team=sales')).toBe('+14155550100?X-Team=sales');
    expect(tidyPhoneField('client:alice')).toBe('client:alice');
    expect(tidyPhoneField('415 555 0100')).toBe('415 555 0100');
    expect(tidyPhoneField('+14155550100')).toBe('+14155550100');
    expect(tidyPhoneField('')).toBe('');
  });
});
