import fc from 'fast-check';
import hljs from 'highlight.js/lib/core';
import xml from 'highlight.js/lib/languages/xml';
import { describe, expect, it } from 'vitest';
import { dialectIds, flowArb } from '../test/arbitraries';
import { generateFlow } from '../test/generateFlow';
import { serializeFlow } from '../xml/serialize';
import { highlightLine } from './highlight';

// highlight.js is the oracle: the preview's markup is what it wrote before the scanner.
hljs.registerLanguage('xml', xml);
const oracle = (line: string) =>
  hljs.highlight(line, { language: 'xml', ignoreIllegals: true }).value;

const linesOf = (documents: readonly { xml: string }[]) =>
  documents.flatMap((document) => document.xml.split('\n'));

describe('highlightLine', () => {
  it.each([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Response>',
    '<Response/>',
    '</Response>',
    '  <Say voice="woman" loop="2">Hello &amp; goodbye &lt;3 &gt; "quoted" \'apos\'</Say>',
    '  <Redirect method="POST">https://example.com/a?b=1&amp;c=2</Redirect>',
    '  <Gather input="dtmf speech" numDigits="1" action="menu.xml">',
    '    <Number sendDigits="ww1">+15551234567</Number>',
    '  <Pause length="2"/>',
    '  <Say a="tab&#9;and&#10;lines &quot;&amp;&lt;&gt;">x</Say>',
    '<Dial timeout="30"><Number>+1</Number></Dial>',
    '  <Say>first line of a text',
    'a line inside a text &amp; more',
    'its last line</Say>',
    '  <!-- a comment -->',
    'a < b > c',
    '<x-y a:b="1" xml:lang="en"/>',
    "<a b=c d='e'>",
    '<?xml version="1.0" a="&amp;" b=\'x\'?>',
    'x &amp; <Say/> &bogus & &#x1F; < <Say a="b"',
    '',
  ])('writes what highlight.js writes: %s', (line) => {
    expect(highlightLine(line)).toBe(oracle(line));
  });

  it('writes what highlight.js writes for every line of generated flows', () => {
    for (const dialect of dialectIds) {
      for (const seed of [1, 2, 3]) {
        const flow = generateFlow({ verbs: 300, seed, dialect });
        for (const line of linesOf(serializeFlow(flow))) {
          expect(highlightLine(line)).toBe(oracle(line));
        }
      }
    }
  });

  it('writes what highlight.js writes for the lines of any flow', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dialectIds).chain((dialect) => flowArb(dialect)),
        (flow) => {
          for (const line of linesOf(serializeFlow(flow))) {
            expect(highlightLine(line)).toBe(oracle(line));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
