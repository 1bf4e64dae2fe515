/**
 * Namespace declarations an imported element relies on travel with it: the export of a flow
 * stays namespace-well-formed (every prefix bound) and reads back as the same elements.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { importedFlow } from '../../test/builders';
import { serializeFlow } from '../serialize';

/** The main document's verbs, as written (one per line, indentation removed). */
function exported(xml: string): { main: string; lines: string[] } {
  const main = serializeFlow(importedFlow(xml, 'rcml'))[0]!.xml;
  return { main, lines: main.split('\n').map((line) => line.trim()) };
}

/** Throws unless every prefix in the document is declared where it is used. */
function checkNamespaces(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

describe('namespace declarations of kept elements', () => {
  it('gives an unknown <x:Say> the xmlns:x declared on <Response>', () => {
    const { main, lines } = exported(
      '<Response xmlns:x="urn:x"><Say>Hi</Say><x:Say>Hola</x:Say></Response>',
    );
    expect(lines).toContain('<x:Say xmlns:x="urn:x">Hola</x:Say>');
    expect(() => checkNamespaces(main)).not.toThrow();
  });

  it('takes along only the declarations the element and its descendants use', () => {
    const { main, lines } = exported(
      [
        '<Response xmlns:a="urn:a" xmlns:unused="urn:u">',
        '<Gather xmlns:b="urn:b"><Say>Press 1</Say><b:Foo><Bar a:z="1" xml:lang="en"/></b:Foo></Gather>',
        '</Response>',
      ].join(''),
    );
    expect(lines).toContain('<b:Foo xmlns:a="urn:a" xmlns:b="urn:b">');
    expect(main).not.toContain('urn:u');
    expect(() => checkNamespaces(main)).not.toThrow();
  });

  it('keeps an element’s own declaration, and the nearest one in scope', () => {
    const own = exported('<Response xmlns:x="urn:outer"><x:Foo xmlns:x="urn:own"/></Response>');
    expect(own.lines).toContain('<x:Foo xmlns:x="urn:own"/>');
    const nearest = exported(
      '<Response xmlns:x="urn:outer"><Gather xmlns:x="urn:inner"><x:Foo/></Gather></Response>',
    );
    expect(nearest.lines).toContain('<x:Foo xmlns:x="urn:inner"/>');
  });

  it('keeps an unknown element in the default namespace it was in', () => {
    const { lines } = exported('<Response xmlns="urn:d"><Foo>1</Foo></Response>');
    expect(lines).toContain('<Foo xmlns="urn:d">1</Foo>');
  });

  it('declares the prefix of an attribute a known verb keeps', () => {
    const { main, lines } = exported('<Response xmlns:x="urn:x"><Say x:p="1">Hi</Say></Response>');
    expect(lines).toContain('<Say x:p="1" xmlns:x="urn:x">Hi</Say>');
    expect(() => checkNamespaces(main)).not.toThrow();
  });

  it('exports the same document again after a second import', () => {
    const first = exported(
      '<Response xmlns:x="urn:x" xmlns="urn:d"><x:Say a="1">Hola</x:Say><Foo/><Say x:p="2">Hi</Say></Response>',
    ).main;
    expect(exported(first).main).toBe(first);
  });
});
