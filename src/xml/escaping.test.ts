import { describe, expect, it } from 'vitest';
import { flowOf, reject, say, xmlOf } from '../test/builders';
import { onlyVerb, parseXml } from '../test/xmlTree';
import { hasNonXmlCharacters, xmlText } from './sanitize';

const MARKUP = `<tag attr="x"> & 'single' "double" </tag> ]]>`;
const NON_ASCII = 'Café é 日本 😀 👍🏽 Ω';
const MIXED = `${MARKUP} ${NON_ASCII}`;

/** C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF: never allowed in XML 1.0. */
function isControlCharacter(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0xfffe && code <= 0xffff)
  );
}

/** Where a user text can appear, and how to read it back from the parsed verb. */
const places = [
  {
    place: 'Say text',
    build: (value: string) => flowOf('rcml', say(value)),
    read: (xml: string) => onlyVerb(xml).text,
  },
  {
    place: 'FlexML Reject Call-Info body',
    build: (value: string) => flowOf('flexml', reject('intermediary-rejected', { text: value })),
    read: (xml: string) => onlyVerb(xml).text,
  },
  {
    place: 'VoiceML ErrorMessage',
    build: (value: string) => flowOf('voiceml', reject('busy', { errorMessage: value })),
    read: (xml: string) => onlyVerb(xml).attributes.ErrorMessage,
  },
];

describe.each(places)('$place', ({ build, read }) => {
  it.each([MARKUP, NON_ASCII, MIXED])('round-trips %j exactly through a strict parser', (value) => {
    const xml = xmlOf(build(value));
    expect(read(xml)).toBe(value);
  });

  // Text the user types that merely looks like an entity is still text: its `&` must be escaped.
  it.each(['Tom &amp; Jerry, &#60;3', '&copy; R&D; team'])(
    'round-trips entity-like text %j exactly',
    (value) => {
      const xml = xmlOf(build(value));
      expect(read(xml)).toBe(value);
    },
  );

  it('escapes markup characters instead of writing them raw', () => {
    const xml = xmlOf(build('a<b>&c'));
    expect(xml).not.toContain('a<b>&c');
    expect(xml).toContain('a&lt;b&gt;&amp;c');
  });

  it('leaves control characters out and stays well-formed', () => {
    const xml = xmlOf(build('a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf'));
    expect(() => parseXml(xml)).not.toThrow();
    expect(read(xml)).toBe('abcdef');
    expect([...xml].filter(isControlCharacter)).toEqual([]);
  });

  it('leaves lone surrogates out and keeps paired ones', () => {
    const xml = xmlOf(build('x\uD800y\uDC00z😀'));
    expect(read(xml)).toBe('xyz😀');
  });
});

describe('line breaks and tabs', () => {
  it('writes attribute newlines and tabs as character references, on one line', () => {
    const xml = xmlOf(flowOf('voiceml', reject('busy', { errorMessage: 'a\nb\tc\r\nd\re' })));
    const line = xml.split('\n').find((l) => l.includes('<Reject'));
    expect(line).toBe('  <Reject Reason="busy" ErrorMessage="a&#10;b&#9;c&#13;&#10;d&#13;e"/>');
    expect(onlyVerb(xml).attributes.ErrorMessage).toBe('a\nb\tc\r\nd\re');
  });

  it('writes CRLF and CR in text as LF', () => {
    const xml = xmlOf(flowOf('rcml', say('one\r\ntwo\rthree\nfour')));
    expect(xml).not.toContain('\r');
    expect(xml).not.toContain('&#xD;');
    expect(xml).not.toContain('&#13;');
    expect(xml).toContain('>one\ntwo\nthree\nfour</Say>');
    expect(onlyVerb(xml).text).toBe('one\ntwo\nthree\nfour');
  });

  it('keeps tabs and surrounding spaces in text', () => {
    const xml = xmlOf(flowOf('rcml', say('  a\tb  ')));
    expect(onlyVerb(xml).text).toBe('  a\tb  ');
  });
});

describe('sanitize helpers', () => {
  it.each([
    ['\u0000', true],
    ['\u0001', true],
    ['\u001F', true],
    ['\uFFFE', true],
    ['\uFFFF', true],
    ['\uD800', true],
    ['\t\n\r', false],
    ['plain text', false],
    ['é 日本 😀', false],
    ['\uE000\uFFFD', false],
  ])('hasNonXmlCharacters(%j) is %s', (value, expected) => {
    expect(hasNonXmlCharacters(value)).toBe(expected);
  });

  it('answers the same when called twice in a row (no regex state leaks)', () => {
    expect([hasNonXmlCharacters('\u0001'), hasNonXmlCharacters('\u0001')]).toEqual([true, true]);
  });

  it('xmlText removes control characters and normalises line ends', () => {
    expect(xmlText('a\u0002\r\nb\rc')).toBe('a\nb\nc');
  });
});
