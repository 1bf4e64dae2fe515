/**
 * Properties of export and import together:
 * (a) a flow built through the model exports documents that import to a flow exporting the
 *     same documents, in every dialect, whether the dialect is given or detected;
 * (b) the import never throws, whatever the text, and what it accepts exports well-formed XML;
 * (c) any text in any text field is written as well-formed XML and reads back exactly, once
 *     normalised as XML itself requires (see `asText` and `asAttribute`);
 * (d) unknown elements export unchanged: tabs and line breaks in attribute values, and through
 *     updateChild.
 * Runs are bounded (numRuns 200) to stay within seconds on a small machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveVerb } from '../dialects';
import type { DialectId, Flow } from '../schema/flow';
import { buildFlow } from '../test/builders';
import { addChildren } from '../test/nested';
import { parseXml } from '../test/xmlTree';
import { catalogElements } from './parse/catalog';
import { dialectIds, flowArb } from '../test/arbitraries';
import { parseRcml, parseRcmlFiles } from './parse/parse';
import type { ImportResult } from './parse/types';
import { serializeFlow } from './serialize';
import { writeDocument } from './write';
import { updateChild } from '../model/operations';

const RUNS = { numRuns: 200 };

function documentsOf(flow: Flow): [string, string][] {
  return serializeFlow(flow).map((d) => [d.fileName, d.xml]);
}

function reimport(flow: Flow, dialect?: DialectId): ImportResult {
  return parseRcmlFiles(
    serializeFlow(flow).map((d) => ({ name: d.fileName, text: d.xml })),
    dialect ? { dialect } : {},
  );
}

describe('(a) export, import, export gives the same documents', () => {
  it.each(dialectIds)('in %s, with the dialect given', (dialect) => {
    fc.assert(
      fc.property(flowArb(dialect), (flow) => {
        const result = reimport(flow, dialect);
        if (!result.ok) throw new Error(result.error.message);
        expect(documentsOf(result.flow)).toEqual(documentsOf(flow));
      }),
      RUNS,
    );
  });

  it.each(dialectIds)('in %s, with the dialect detected', (dialect) => {
    fc.assert(
      fc.property(flowArb(dialect, { availableOnly: true }), (flow) => {
        const result = reimport(flow);
        if (!result.ok) throw new Error(result.error.message);
        expect(documentsOf(result.flow)).toEqual(documentsOf(flow));
      }),
      RUNS,
    );
  });
});

/** Refused or accepted, but never by the import's own failure; accepted exports well-formed. */
function checkImport(text: string): void {
  const result = parseRcml(text);
  if (!result.ok) {
    expect(result.error.message).not.toMatch(/error of its own/);
    return;
  }
  for (const document of serializeFlow(result.flow)) parseXml(document.xml);
}

describe('(b) the import never throws', () => {
  it('on ASCII strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), checkImport), RUNS);
  });

  it('on strings of any code point', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkImport), RUNS);
  });

  it('on strings of any UTF-16 code unit, lone surrogates included', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), checkImport), RUNS);
  });

  it('on strings made of XML’s own pieces', () => {
    const piece = fc.constantFrom(
      ...['<Response>', '</Response>', '<Say>', '</Say>', '<Dial>', '<Number>', '</Dial>'],
      ...[
        '<Reject reason="busy"/>',
        '<!DOCTYPE x>',
        '<!--',
        '-->',
        '<![CDATA[',
        ']]>',
        '&',
        '&amp;',
      ],
      ...['&#0;', '&#x1F600;', '<?xml version="1.0"?>', '<?pi x?>', '"', "'", '=', ' ', 'a', '/>'],
      ...['<SMS>', '<a:b xmlns:a="u">', '</a:b>', '<Redirect>main.xml</Redirect>', ':', '<x'],
    );
    fc.assert(fc.property(fc.string({ unit: piece, maxLength: 40 }), checkImport), RUNS);
  });

  it('on valid documents with characters deleted, inserted or replaced', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 8 }),
      insert: fc.string({
        unit: fc.oneof(
          fc.constantFrom('<', '>', '&', '"', '/', '=', '!', '?', '[', ']', '-', ' ', '\n'),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        ),
        maxLength: 4,
      }),
    });
    const mutated = fc
      .tuple(
        fc.constantFrom(...dialectIds).chain((d) => flowArb(d)),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
      )
      .map(([flow, edits]) =>
        edits.reduce((xml, { at, remove, insert }) => {
          const i = at % (xml.length + 1);
          return xml.slice(0, i) + insert + xml.slice(i + remove);
        }, serializeFlow(flow)[0]!.xml),
      );
    fc.assert(fc.property(mutated, checkImport), RUNS);
  });
});

/**
 * What XML keeps of a text, so what a round trip must give back: characters XML 1.0 cannot
 * carry at all (C0 controls but tab, CR and LF; lone surrogates; U+FFFE, U+FFFF) are removed
 * by the serializer, and a parser reads CR LF and lone CR as LF.
 */
function asText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/\r\n?/g, '\n');
}

/**
 * Attribute values keep their tabs and line breaks, CR LF included: the writer gives them as
 * character references (`&#9;`, `&#10;`, `&#13;`), which a parser reads back as they were.
 */
function asAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A place a user types text: a body or a text attribute, of a verb or of a nested element. */
interface TextField {
  readonly dialect: DialectId;
  readonly verb: string;
  /** The verb it is nested in, for a noun or a prompt. */
  readonly parent?: string;
  /** `text` for the body, else the attribute's catalog name. */
  readonly field: string;
  /** Values the field needs beside the text (FlexML's Reject body needs its reason). */
  readonly attributes?: Record<string, string>;
}

const textFields: readonly TextField[] = dialectIds.flatMap((dialect) =>
  catalogElements().flatMap((def) => {
    // Redirect's body is the URL of a document; it is connected, not typed, when it names one.
    if (def.id === 'redirect') return [];
    const parent = def.noun ? 'dial' : undefined;
    const resolved = resolveVerb(def.id, dialect);
    const fields: TextField[] = resolved.attributes
      .filter((f) => f.kind === 'text')
      .map((f) => ({ dialect, verb: def.id, parent, field: f.name }));
    if (resolved.body && resolved.bodyRule.kind !== 'forbidden') {
      const attributes =
        resolved.bodyRule.kind === 'only-when'
          ? { [resolved.bodyRule.attribute]: resolved.bodyRule.value }
          : undefined;
      fields.push({ dialect, verb: def.id, parent, field: 'text', attributes });
    }
    return fields;
  }),
);

/** A flow whose incoming call runs the verb holding the field, set to `value`. */
function flowWith(place: TextField, value: string): Flow {
  const typed = place.field === 'text' ? { text: value } : {};
  const attributes = {
    ...place.attributes,
    ...(place.field === 'text' ? {} : { [place.field]: value }),
  };
  if (!place.parent)
    return buildFlow(place.dialect, { kind: place.verb, attributes, ...typed }).flow;
  const built = buildFlow(place.dialect, { kind: place.parent });
  return addChildren(built.flow, built.ids[0]!, { verb: place.verb, attributes, ...typed }).flow;
}

describe('(c) any text in any text field', () => {
  it('knows the text fields', () => {
    expect(textFields.length).toBeGreaterThan(30);
    expect(textFields).toContainEqual(
      expect.objectContaining({ dialect: 'voiceml', verb: 'reject', field: 'errorMessage' }),
    );
    expect(textFields).toContainEqual(
      expect.objectContaining({ dialect: 'flexml', verb: 'reject', field: 'text' }),
    );
  });

  it('is written as well-formed XML and reads back exactly, once normalised', () => {
    const value = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(fc.constantFrom(...textFields), value, (place, typed) => {
        const xml = serializeFlow(flowWith(place, typed))[0]!.xml;
        parseXml(xml);
        const result = parseRcml(xml, { dialect: place.dialect });
        if (!result.ok) throw new Error(result.error.message);
        const node = result.flow.nodes[1]!;
        const holder = place.parent ? node.children?.[0] : node;
        const expected = place.field === 'text' ? asText(typed) : asAttribute(typed);
        const read = place.field === 'text' ? holder?.text : holder?.attributes[place.field];
        expect(read).toBe(expected === '' ? undefined : expected);
      }),
      RUNS,
    );
  });
});

describe('(d) unknown elements export unchanged', () => {
  /** Values heavy in what a parser changes when written as they are: tabs and line breaks. */
  const breaks = fc.string({
    unit: fc.constantFrom('\t', '\n', '\r', '\r\n', ' ', 'a', 'é', '&', '"', '<', '&#10;'),
    maxLength: 12,
  });

  it('keeps tabs and line breaks in attribute values, through write, import and write', () => {
    fc.assert(
      // An empty known attribute is dropped on import (with a warning): not this property.
      fc.property(
        breaks.filter((v) => v !== ''),
        breaks,
        (known, unknown) => {
          const written = writeDocument([
            { name: 'Play', attributes: [['loop', '1']], text: 'a.wav', children: [] },
            { name: 'Bar', attributes: [['z', unknown]], text: 'q', children: [] },
            { name: 'Say', attributes: [['language', known]], text: 'Hi', children: [] },
          ]);
          const read = parseXml(written).children;
          expect(read[1]!.attributes.z).toBe(unknown);
          const result = parseRcml(written, { dialect: 'rcml' });
          if (!result.ok) throw new Error(result.error.message);
          expect(documentsOf(result.flow)).toEqual([['main.xml', written]]);
        },
      ),
      RUNS,
    );
  });

  it('keeps an imported unknown child whatever updateChild is asked to change', () => {
    const patch = fc.record(
      {
        attributes: fc.dictionary(fc.constantFrom('z', 'y', 'voice'), fc.option(breaks)),
        text: fc.option(breaks, { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(breaks, breaks, patch, (value, text, change) => {
        const written = writeDocument([
          {
            name: 'Gather',
            attributes: [],
            children: [
              { name: 'Say', attributes: [], text: 'Press 1', children: [] },
              { name: 'Bar', attributes: [['z', value]], text, children: [] },
            ],
          },
        ]);
        const result = parseRcml(written, { dialect: 'rcml' });
        if (!result.ok) throw new Error(result.error.message);
        const gather = result.flow.nodes[1]!;
        const unknown = gather.children!.find((c) => c.raw)!;
        const patched = {
          ...(change.attributes
            ? {
                attributes: Object.fromEntries(
                  Object.entries(change.attributes).map(([k, v]) => [k, v ?? undefined]),
                ),
              }
            : {}),
          ...('text' in change ? { text: change.text } : {}),
        };
        const edited = updateChild(result.flow, gather.id, unknown.id, patched);
        const child = edited.nodes[1]!.children!.find((c) => c.id === unknown.id)!;
        expect(child.raw).toEqual(unknown.raw);
        expect(documentsOf(edited)).toEqual([['main.xml', written]]);
      }),
      RUNS,
    );
  });
});
