/**
 * What the import refuses, and how it says so: one plain sentence, with the line and column
 * where the problem is (1-based). Hostile documents are refused before they can do harm or take
 * time: no entity is expanded, no file read, nothing deep walked.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_DOCUMENT_SIZE } from './limits';
import { parseRcml } from './parse';
import type { ImportError } from './types';

function refusal(text: string): ImportError {
  const result = parseRcml(text);
  if (result.ok) throw new Error('Expected the document to be refused');
  return result.error;
}

describe('XML that is not well-formed', () => {
  it.each([
    ['an unclosed tag', '<Response>\n  <Say>Hello\n</Response>', 'does not close <Say>', 3, 1],
    [
      'a tag never closed',
      '<Response>\n  <Say>Hello',
      '<Say> is opened here but never closed',
      2,
      3,
    ],
    [
      'bad nesting',
      '<Response><Dial><Number>1</Dial></Number></Response>',
      '</Dial> does not close <Number>, which is still open (line 1, column 17)',
      1,
      26,
    ],
    [
      'a stray &',
      '<Response>\n  <Say>Salt & pepper</Say>\n</Response>',
      'This “&” does not start a character reference',
      2,
      13,
    ],
    ['a stray & in an attribute', '<Response><Sms to="a&b">x</Sms></Response>', 'This “&”', 1, 21],
    [
      'an unknown entity',
      '<Response><Say>&nbsp;</Say></Response>',
      '“&nbsp;” is an entity XML does not know',
      1,
      16,
    ],
    [
      'an entity named like a property',
      '<Response><Say>&__proto__;</Say></Response>',
      '“&__proto__;”',
      1,
      16,
    ],
    [
      'a malformed character reference',
      '<Response><Say>&#xZZ;</Say></Response>',
      'not a valid character reference',
      1,
      16,
    ],
    [
      'a reference to a forbidden character',
      '<Response><Say>&#1;</Say></Response>',
      'character XML does not allow',
      1,
      19,
    ],
    ['an unquoted attribute', '<Response><Pause length=2/></Response>', 'not in quotes', 1, 25],
    [
      'a duplicate attribute',
      '<Response><Pause length="1" length="2"/></Response>',
      'length appears twice',
      1,
      40,
    ],
    ['text after the root', '<Response/>\n\n  trailing', 'text outside <Response>', 3, 3],
    ['a second root', '<Response/><Response/>', 'second element after </Response>', 1, 12],
    [
      'a closing tag never opened',
      '<Response></Say></Response>',
      '</Say> closes an element that was never opened',
      1,
      11,
    ],
  ])('refuses %s', (_, text, message, line, column) => {
    const error = refusal(text);
    expect(error.message).toContain(message);
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it('counts columns in UTF-16 code units and lines at CR LF, CR and LF', () => {
    const error = refusal('<Response>\r\n<Say>😀 &</Say>\r<Say>x</Say>\n</Response>');
    expect([error.line, error.column]).toEqual([2, 9]);
  });
});

describe('DOCTYPEs and entities', () => {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    ' <!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => {
      const previous = i === 0 ? 'lol' : `lol${i}`;
      return ` <!ENTITY lol${i + 1} "${`&${previous};`.repeat(10)}">`;
    }),
    ']>',
    '<Response><Say>&lol9;</Say></Response>',
  ].join('\n');

  it.each([
    ['billion laughs', laughs, 2],
    [
      'an external entity',
      '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Response><Say>&x;</Say></Response>',
      1,
    ],
    [
      'an external DTD',
      '<?xml version="1.0"?>\n<!DOCTYPE Response SYSTEM "http://example.com/rcml.dtd">\n<Response/>',
      2,
    ],
    ['an empty DOCTYPE', '<!DOCTYPE Response><Response/>', 1],
    ['an unfinished DOCTYPE', '<!DOCTYPE Response [ <!ENTITY a "b">', 1],
    ['a DOCTYPE after the root starts', '<Response><!DOCTYPE x></Response>', 1],
  ])('refuses %s, pointing at the DOCTYPE', (_, text, line) => {
    const error = refusal(text);
    expect(error.message).toMatch(/^The document has a DOCTYPE declaration\./);
    expect(error.line).toBe(line);
  });
});

describe('wrong documents', () => {
  it.each([
    ['<response/>', '<response>', 'case-sensitive'],
    ['<?xml version="1.0"?>\n<html><body/></html>', '<html>', 'must start with <Response>'],
    ['<Say>Hello</Say>', '<Say>', 'must start with <Response>'],
  ])('refuses the root of %j, saying what it was', (text, root, hint) => {
    const error = refusal(text);
    expect(error.message).toContain(`root element is ${root}`);
    expect(error.message).toContain(hint);
    expect(error.column).toBe(1);
  });

  it.each(['', '   \n\t ', '\uFEFF'])('refuses an empty document %j', (text) => {
    expect(refusal(text).message).toBe('The document is empty.');
  });

  it.each(['{"format":"rcml-studio/flow"}', '  [1, 2]'])(
    'refuses JSON %j, pointing to Open',
    (text) => {
      expect(refusal(text).message).toMatch(
        /^This looks like a JSON file.*opened with Open, not Import/,
      );
    },
  );

  it('refuses plain text', () => {
    expect(refusal('Hello there').message).toMatch(/^This is not an XML document/);
  });

  it.each([
    [
      'a control character',
      '<Response><Say>a\u0001b</Say></Response>',
      'control character (U+0001)',
      17,
    ],
    ['a NUL', '<Response>\u0000</Response>', 'NUL character', 11],
    ['U+FFFE', '<Response><Say>\uFFFE</Say></Response>', 'non-character U+FFFE', 16],
    ['a lone surrogate', '<Response><Say>\uD800x</Say></Response>', 'half of a UTF-16 pair', 16],
    ['an escape in an attribute', '<Response><Say voice="\u001b">x</Say></Response>', 'U+001B', 23],
  ])('refuses %s where it is', (_, text, message, column) => {
    const error = refusal(text);
    expect(error.message).toContain(message);
    expect([error.line, error.column]).toEqual([1, column]);
  });

  it('reads an XML 1.1 declaration as 1.0, so references to control characters stay refused', () => {
    expect(refusal('<?xml version="1.1"?><Response><Say>&#1;</Say></Response>').message).toContain(
      'character XML does not allow',
    );
  });
});

describe('size and depth', () => {
  it(`refuses more than ${MAX_DEPTH} levels as soon as they are seen, fast even at 10,000`, () => {
    const depth = 10_000;
    const text = `<Response>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</Response>`;
    const error = refusal(text);
    expect(error.message).toMatch(/nested more than 32 levels deep/);
    // The column shows the parser stopped at level 33, not after reading all 10,000.
    expect([error.line, error.column]).toEqual([1, 11 + 3 * (MAX_DEPTH - 1)]);
  });

  it(`accepts exactly ${MAX_DEPTH} levels`, () => {
    /** A document `levels` deep: <Response>, an unknown element, and <a>s inside it. */
    const nested = (levels: number) =>
      `<Response><Foo>${'<a>'.repeat(levels - 2)}${'</a>'.repeat(levels - 2)}</Foo></Response>`;
    expect(parseRcml(nested(MAX_DEPTH)).ok).toBe(true);
    expect(refusal(nested(MAX_DEPTH + 1)).message).toMatch(/levels deep/);
  });

  it('refuses 10 MB before reading it', () => {
    // Broken markup at the start: had the parser read it, the refusal would point at line 1.
    const say = `<Say>${'x'.repeat(10 * 1024 * 1024 - 34)}</Say>`;
    const text = `<Response><<${say}</Response>`;
    expect(text).toHaveLength(10 * 1024 * 1024);
    const error = refusal(text);
    expect(error.message).toMatch(/too large to import \(10\.0 MB; the limit is 5\.0 MB\)/);
    expect(error.line).toBeUndefined();
  });

  it('accepts a document just under the limit', () => {
    const wrapper = '<Response><Say></Say></Response>';
    const say = `<Say>${'x'.repeat(MAX_DOCUMENT_SIZE - wrapper.length)}</Say>`;
    const text = wrapper.replace('<Say></Say>', say);
    expect(text).toHaveLength(MAX_DOCUMENT_SIZE);
    const result = parseRcml(text);
    expect(result.ok && result.flow.nodes[1]!.text).toHaveLength(
      MAX_DOCUMENT_SIZE - wrapper.length,
    );
    expect(refusal(`${text} `).message).toMatch(/too large/);
  });
});

describe('never throws', () => {
  it.each([undefined, null, 42, {}, ['<Response/>']])('refuses %j instead of throwing', (value) => {
    const result = parseRcml(value as unknown as string);
    expect(result.ok).toBe(false);
  });
});
