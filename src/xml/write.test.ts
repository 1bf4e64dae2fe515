/**
 * The hand-written XML writer against the xmlbuilder2 writer it replaced (kept here as the
 * oracle, exactly as it was: ampersands pre-escaped, values sanitized, pretty-printed with a
 * two-space indent). On random element trees both must write the same bytes.
 *
 * Where they differ on purpose, xmlbuilder2 is wrong for us, and the random trees leave those
 * inputs out (each has its own example below):
 * - it reads names as namespaces: it drops an `xmlns` or `xmlns:p` declaration that repeats one
 *   in scope, and even a prefix it finds redundant (`<x:C>` under `xmlns:x="u"` and
 *   `xmlns="u"` comes out `<C>`), so an imported unknown element would not export unchanged;
 * - it drops an attribute named `__proto__` (it collected attributes into a plain object);
 * - it writes an element or attribute with an empty name as `</>` or ` ="v"` (broken XML);
 * - it reads some strings given as names as something else: `a@urn` as the name `a` in the
 *   namespace `urn`, and one starting with `---` as a YAML document (neither is an XML name; the
 *   new writer refuses them, as it refuses every other string that is not a name).
 * Without the pre-escaping step it would also leave an entity-shaped `&name;` or `&#60;` of the
 * user's text unescaped; the oracle keeps that step, so every `&` is escaped exactly once.
 * Tabs and line breaks in attribute values: xmlbuilder2 writes them as they are, and a parser
 * then reads them as spaces (the old writer made them spaces first). The new writer writes them
 * as character references so that they survive; the oracle is given them as references, after
 * its pre-escaping step (xmlbuilder2 leaves a reference alone), which it writes unchanged.
 *
 * fast-check 4 has no `fullUnicodeString`: `fc.string({ unit: 'binary' })` is its replacement
 * (any code point but lone surrogates), mixed with strings made of the characters that matter.
 */
import fc from 'fast-check';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { describe, expect, it } from 'vitest';
import { dialects, resolveVerb } from '../dialects';
import { getVerb } from '../verbs';
import { buildFlow, say as sayVerb } from '../test/builders';
import { parseXml } from '../test/xmlTree';
import type { XmlElement } from './element';
import { xmlText } from './sanitize';
import { readXml } from './parse/read';
import { serializeFlow } from './serialize';
import { escapeAttribute, escapeText, ROOT_ELEMENT, writeDocument } from './write';

/* The oracle: the writer as it was before (src/xml/write.ts with xmlbuilder2). ------------ */

function xmlbuilder2Document(verbs: readonly XmlElement[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ROOT_ELEMENT);
  for (const verb of verbs) append(root, verb);
  return `${root.end({ prettyPrint: true, indent: '  ' })}\n`;
}

function append(parent: XMLBuilder, element: XmlElement): void {
  const attributes: Record<string, string> = {};
  for (const [name, value] of element.attributes) {
    const clean = attributeAsRead(value);
    // The old writer also dropped attributes that were empty from the start; that lost an
    // imported `a=""` (the fix is in write.ts), so the oracle keeps them too.
    if (clean !== '' || value === '') {
      attributes[name] = breaksAsReferences(ampersandsAsEntities(clean));
    }
  }
  const node = parent.ele(element.name, attributes);
  const text = element.text === undefined ? '' : xmlText(element.text);
  if (text) node.txt(ampersandsAsEntities(text));
  for (const child of element.children) append(node, child);
}

function ampersandsAsEntities(value: string): string {
  return value.replace(/&/g, '&amp;');
}

/** Tab, LF and CR as character references: in an attribute, only those survive a parser. */
function breaksAsReferences(value: string): string {
  return value.replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An attribute value as a parser reads it back: only characters XML cannot carry are gone. */
function attributeAsRead(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/* Random trees ---------------------------------------------------------------------------- */

const VERB_IDS = [
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
/** The catalog's element names, and a few an import keeps as unknown elements. */
const ELEMENT_NAMES = [
  ...VERB_IDS.map((id) => getVerb(id).element),
  'Enqueue',
  'Task',
  'x:Say',
  'ns:Élément',
];
/** Attribute names of every verb in every dialect, and a few from imports. */
const ATTRIBUTE_NAMES = [
  ...new Set(
    VERB_IDS.flatMap((id) =>
      dialects.flatMap((d) => resolveVerb(id, d.id).attributes.map((f) => f.xmlName)),
    ),
  ),
  'custom',
  'data-step',
  'xml:lang',
  'x:priority',
  'é',
];

/** Characters that escaping and cleaning treat specially, and strings that look like markup. */
const TRICKY = fc.constantFrom(
  '&',
  '<',
  '>',
  '"',
  "'",
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u0085',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '\uE000',
  '😀',
  'é',
  '日本',
  '&amp;',
  '&#60;',
  '&#x3C;',
  '&copy;',
  'R&D;',
  ']]>',
  '<![CDATA[',
  '<!--',
  'a',
  'Hi',
);

const valueArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 4, arbitrary: fc.string({ unit: TRICKY, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

const MAX_DEPTH = 4;

function elementArb(depth: number): fc.Arbitrary<XmlElement> {
  return fc.record(
    {
      name: fc.constantFrom(...ELEMENT_NAMES),
      // Names may repeat: both writers keep the first place and the last value.
      attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), valueArb), {
        maxLength: 5,
      }),
      text: valueArb,
      children:
        depth >= MAX_DEPTH
          ? fc.constant([])
          : fc.oneof(
              { weight: 2, arbitrary: fc.constant([]) },
              { weight: 1, arbitrary: fc.array(elementArb(depth + 1), { maxLength: 3 }) },
            ),
    },
    { requiredKeys: ['name', 'attributes', 'children'] },
  );
}

const documentArb = fc.array(elementArb(1), { maxLength: 5 });

/**
 * The same trees without text beside children: there the writers differ on purpose (xmlbuilder2
 * indents such text on a line of its own, which a reader cannot tell from the text's own
 * whitespace; ours writes it right after the start tag). Checked by its own tests below.
 */
function withoutMixedText(element: XmlElement): XmlElement {
  if (element.children.length === 0) return element;
  return {
    name: element.name,
    attributes: element.attributes,
    children: element.children.map(withoutMixedText),
  };
}

const RUNS = { numRuns: 300 };

describe('writeDocument against the xmlbuilder2 writer', () => {
  it('writes the same bytes for random trees (depth ≤ 4, any text, any attributes)', () => {
    fc.assert(
      fc.property(documentArb, (trees) => {
        const verbs = trees.map(withoutMixedText);
        expect(writeDocument(verbs)).toBe(xmlbuilder2Document(verbs));
      }),
      RUNS,
    );
  });

  it('writes well-formed XML that reads back as the cleaned values', () => {
    fc.assert(
      fc.property(elementArb(MAX_DEPTH), (element) => {
        const [verb] = parseXml(writeDocument([element])).children;
        expect(verb!.name).toBe(element.name);
        if (element.children.length === 0) {
          expect(verb!.text).toBe(xmlText(element.text ?? ''));
        }
        // Kept: values with something left after cleaning, and values empty to begin with.
        const kept = (v: string) => v === '' || attributeAsRead(v) !== '';
        for (const [name] of element.attributes) {
          const last = element.attributes.filter(([n, v]) => n === name && kept(v));
          const expected = last.length > 0 ? attributeAsRead(last.at(-1)![1]) : undefined;
          expect(verb!.attributes[name]).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it('refuses the same names: whatever the name, both throw or both write it', () => {
    const nameArb = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
      fc.string({
        unit: fc.constantFrom('a', 'Z', '1', '-', '.', ':', '_', 'é', '·', '😀', ' '),
        minLength: 1,
        maxLength: 6,
      }),
    );
    const outcome = (write: () => string) => {
      try {
        return write();
      } catch {
        return 'refused';
      }
    };
    fc.assert(
      fc.property(nameArb, (name) => {
        // Not names to xmlbuilder2: `a@urn` is its shorthand for a namespace, and a string that
        // starts with `---` a YAML document it parses (neither is an XML name).
        fc.pre(!name.includes('@') && !/^\s*---/.test(name));
        fc.pre(name !== '__proto__' && !/^xmlns(:|$)/.test(name));
        const asElement: XmlElement[] = [{ name, attributes: [], children: [] }];
        expect(outcome(() => writeDocument(asElement))).toBe(
          outcome(() => xmlbuilder2Document(asElement)),
        );
        const asAttribute: XmlElement[] = [
          { name: 'Say', attributes: [[name, 'v']], children: [] },
        ];
        expect(outcome(() => writeDocument(asAttribute))).toBe(
          outcome(() => xmlbuilder2Document(asAttribute)),
        );
      }),
      RUNS,
    );
  });
});

function say(text: string, attributes: [string, string][] = []): XmlElement {
  return { name: 'Say', attributes, text, children: [] };
}

describe('writeDocument: the format', () => {
  it('writes an empty document as a self-closed root', () => {
    expect(writeDocument([])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Response/>\n');
  });

  it('self-closes empty elements, keeps text inline and indents children by two spaces', () => {
    const dial: XmlElement = {
      name: 'Dial',
      attributes: [['timeout', '30']],
      children: [
        { name: 'Number', attributes: [], text: '+14155550123', children: [] },
        { name: 'Conference', attributes: [['beep', 'false']], children: [] },
      ],
    };
    expect(
      writeDocument([{ name: 'Reject', attributes: [['reason', 'busy']], children: [] }, dial]),
    ).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Response>',
        '  <Reject reason="busy"/>',
        '  <Dial timeout="30">',
        '    <Number>+14155550123</Number>',
        '    <Conference beep="false"/>',
        '  </Dial>',
        '</Response>',
        '',
      ].join('\n'),
    );
  });

  it('writes an element whose text cleans to nothing as empty', () => {
    expect(writeDocument([say('\u0001\uFFFE')])).toContain('  <Say/>\n');
  });

  it('escapes & < > in text, and also " in attributes; never apostrophes', () => {
    const xml = writeDocument([say(`a&b<c>d"e'f`, [['x', `a&b<c>d"e'f`]])]);
    expect(xml).toContain(`<Say x="a&amp;b&lt;c&gt;d&quot;e'f">a&amp;b&lt;c&gt;d"e'f</Say>`);
  });

  it('writes tabs and line breaks in attribute values as character references', () => {
    const xml = writeDocument([say('a\tb\nc', [['x', 'a\tb\nc\r\nd\re']])]);
    // In text they stay as they are (a parser keeps them there, reading CR LF as LF).
    expect(xml).toContain('<Say x="a&#9;b&#10;c&#13;&#10;d&#13;e">a\tb\nc</Say>');
    expect(parseXml(xml).children[0]!.attributes.x).toBe('a\tb\nc\r\nd\re');
  });

  it('escapes every ampersand once, even one that looks like an entity', () => {
    expect(writeDocument([say('&amp; &#60; &copy; R&D;')])).toContain(
      '<Say>&amp;amp; &amp;#60; &amp;copy; R&amp;D;</Say>',
    );
  });

  it('matches sanitize.ts in text, the oracle in attributes: line ends, tabs, surrogates', () => {
    const samples = [
      'a\r\nb\rc\nd\te',
      '\r\u0001\n',
      '\r\n\n\r\r\n',
      '\r\uD800\n',
      'x\uD800y\uDC00z😀\uFFFF',
      '\u0000\u0008\u000B\u000C\u001F',
      'plain',
      '',
    ];
    for (const sample of samples) {
      expect(escapeText(sample)).toBe(xmlText(sample).replace(/&/g, '&amp;'));
      expect(escapeAttribute(sample)).toBe(
        breaksAsReferences(ampersandsAsEntities(attributeAsRead(sample))),
      );
    }
  });

  it('writes a name given twice once, where it first appears, with its last value', () => {
    const element = say('Hi', [
      ['voice', 'man'],
      ['language', 'en'],
      ['voice', 'woman'],
      ['language', '\u0001'],
    ]);
    expect(writeDocument([element])).toContain('<Say voice="woman" language="en">Hi</Say>');
    expect(writeDocument([element])).toBe(xmlbuilder2Document([element]));
  });
});

describe('writeDocument: where xmlbuilder2 was wrong', () => {
  it('writes text beside children (an imported unknown element) right after the start tag', () => {
    const mixed: XmlElement = {
      name: 'Enqueue',
      attributes: [],
      text: '  waiting\nroom ',
      children: [{ name: 'Task', attributes: [], text: '{"a":1}', children: [] }],
    };
    expect(writeDocument([mixed])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Response>',
        '  <Enqueue>  waiting\nroom ',
        '    <Task>{"a":1}</Task>',
        '  </Enqueue>',
        '</Response>',
        '',
      ].join('\n'),
    );
    // xmlbuilder2 indented it on a line of its own: its own spaces were lost among the layout.
    expect(xmlbuilder2Document([mixed])).toContain('  <Enqueue>\n      waiting\nroom \n');
  });

  it('writes text beside children so that the importer reads it back as it was', () => {
    const mixedArb = fc.record({
      text: valueArb,
      children: fc.array(elementArb(MAX_DEPTH), { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(mixedArb, ({ text, children }) => {
        const clean = xmlText(text);
        // Whitespace alone across lines is layout to the reader: the one text it cannot keep.
        fc.pre(!(/^\s*$/.test(clean) && clean.includes('\n')));
        const read = readXml(writeDocument([{ name: 'Foo', attributes: [], text, children }]));
        if (!read.ok) throw new Error(read.error.message);
        expect(read.document.root.children[0]!.text).toBe(clean);
      }),
      RUNS,
    );
  });

  it('writes namespaced unknown elements exactly as they came in', () => {
    const element: XmlElement = {
      name: 'A',
      attributes: [
        ['xmlns', 'urn:u'],
        ['xmlns:x', 'urn:u'],
      ],
      children: [
        {
          name: 'B',
          attributes: [['xmlns', 'urn:u']],
          children: [{ name: 'x:C', attributes: [['xmlns:x', 'urn:u']], children: [] }],
        },
      ],
    };
    const xml = writeDocument([element]);
    expect(xml).toContain('  <A xmlns="urn:u" xmlns:x="urn:u">\n');
    expect(xml).toContain('    <B xmlns="urn:u">\n');
    expect(xml).toContain('      <x:C xmlns:x="urn:u"/>\n');
    // xmlbuilder2 dropped the repeated declarations, and the prefix of x:C with them.
    expect(xmlbuilder2Document([element])).toContain('    <B>\n      <C/>\n');
  });

  it('writes an attribute named __proto__', () => {
    const element = say('Hi', [['__proto__', 'x']]);
    expect(writeDocument([element])).toContain('<Say __proto__="x">Hi</Say>');
    expect(xmlbuilder2Document([element])).toContain('<Say>Hi</Say>');
  });

  it('refuses an empty name instead of writing broken XML', () => {
    expect(() => writeDocument([{ name: '', attributes: [], children: [] }])).toThrow(
      /Invalid XML name/,
    );
    expect(() => writeDocument([say('Hi', [['', 'v']])])).toThrow(/Invalid XML name/);
    expect(xmlbuilder2Document([{ name: '', attributes: [], children: [] }])).toContain('</>');
  });

  it('refuses strings xmlbuilder2 read as something else than a name', () => {
    for (const name of ['a@urn', '---', '---x']) {
      expect(() => writeDocument([{ name, attributes: [], children: [] }])).toThrow(
        /Invalid XML name/,
      );
    }
    expect(xmlbuilder2Document([{ name: 'a@urn', attributes: [], children: [] }])).toContain(
      '<a xmlns="urn"/>',
    );
  });
});

describe('serializeFlow: what writes no element', () => {
  it('leaves the "Incoming call" out of a document a damaged flow file puts it in', () => {
    // Only a hand-edited file can lead an edge into the start node: the start then sits in the
    // chain of main.xml. It used to be written as `</>`, which no parser reads.
    const { flow, ids } = buildFlow('rcml', sayVerb('Hi'));
    const looped = {
      ...flow,
      edges: [...flow.edges, { id: 'loop', source: ids[0]!, outlet: 'next', target: 'start' }],
    };
    const [main, ...others] = serializeFlow(looped);
    expect(others).toEqual([]);
    expect(main!.xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Response>',
        '  <Say>Hi</Say>',
        '  <Redirect>main.xml</Redirect>',
        '</Response>',
        '',
      ].join('\n'),
    );
    expect(() => parseXml(main!.xml)).not.toThrow();
  });
});
