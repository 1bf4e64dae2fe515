import { describe, expect, it } from 'vitest';
import { isXmlName } from './names';
import { writeDocument } from './write';

describe('isXmlName', () => {
  it.each(['Say', 'x:Say', 'xml:lang', 'ünïcödé', '_a-b.c', 'a\u0301'])('accepts %j', (name) => {
    expect(isXmlName(name)).toBe(true);
  });

  it.each(['', 'a b', '1st', 'onclick="x" x', ':a', 'a:', 'a:b:c', '-a', 'a<b'])(
    'refuses %j',
    (name) => {
      expect(isXmlName(name)).toBe(false);
    },
  );

  it('is the rule the writer applies', () => {
    for (const name of ['Say', 'x:Say', 'a b', '1st', 'a:b:c']) {
      const write = () =>
        writeDocument([{ name: 'Say', attributes: [[name, 'v']], text: '', children: [] }]);
      if (isXmlName(name)) expect(write).not.toThrow();
      else expect(write).toThrow(/Invalid XML name/);
    }
  });
});
