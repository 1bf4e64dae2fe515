/**
 * Every fixture under src/xml/__fixtures__, through the whole import as the app runs it: bytes
 * decoded, documents parsed, the flow exported again. Expectations are in __fixtures__/cases.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFlow } from '../../model/graph';
import { fixtureCases, type AcceptedCase, type RefusedCase } from '../__fixtures__/cases';
import { decodeImport } from './decode';
import { baseName } from './links';
import { parseRcmlFiles } from './parse';
import { exported, semanticTree } from '../../test/importing';
import type { ImportOptions, ImportResult } from './types';

const root = new URL('../__fixtures__/', import.meta.url);
const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const textOf = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** What the app does with dropped files: decode each, then import them together. */
function importBytes(
  files: readonly { name: string; bytes: Uint8Array }[],
  options?: ImportOptions,
): ImportResult {
  const texts: { name: string; text: string }[] = [];
  for (const file of files) {
    const decoded = decodeImport(file.bytes, file.name);
    if (!decoded.ok) return decoded;
    texts.push({ name: file.name, text: decoded.text });
  }
  return parseRcmlFiles(texts, options);
}

function importFixture(files: readonly string[], options?: ImportOptions): ImportResult {
  return importBytes(
    files.map((path) => ({ name: baseName(path), bytes: bytesOf(path) })),
    options,
  );
}

const accepted = fixtureCases.filter((c): c is AcceptedCase => c.kind !== 'hostile');
const refused = fixtureCases.filter((c): c is RefusedCase => c.kind === 'hostile');
const label = (c: { files: readonly string[] }) => c.files.join(' + ');

describe.each(accepted.map((c) => [label(c), c] as const))('%s', (_, fixture) => {
  const result = importFixture(fixture.files, fixture.options);
  if (!result.ok) throw new Error(`${label(fixture)} was refused: ${result.error.message}`);
  const { flow } = result;
  const documents = exported(flow);

  it(`imports as ${fixture.dialect}, with the verbs in order`, () => {
    expect(result.dialect).toBe(fixture.dialect);
    expect(analyzeFlow(flow).mainChain.map((n) => n.kind)).toEqual(fixture.verbs);
  });

  it(fixture.warnings.length ? 'warns as expected' : 'imports without warnings', () => {
    expect(result.warnings.map((w) => w.message)).toHaveLength(fixture.warnings.length);
    fixture.warnings.forEach((fragment, i) => {
      expect(result.warnings[i]!.message).toContain(fragment);
    });
  });

  /** The name each file is exported under: one document is always main.xml. */
  const exportName = (path: string) => (fixture.files.length === 1 ? 'main.xml' : baseName(path));

  const expected = fixture.exports;
  if (expected === 'identical') {
    it('exports the same bytes', () => {
      expect(documents).toEqual(
        Object.fromEntries(fixture.files.map((path) => [exportName(path), textOf(path)])),
      );
    });
  } else if (expected) {
    it('exports the expected document', () => {
      expect(Object.keys(documents)).toEqual(['main.xml']);
      expect(documents['main.xml']).toBe(textOf(expected));
    });
  }

  if (fixture.sameMeaning) {
    it('exports documents that mean the same', () => {
      for (const path of fixture.files) {
        expect(semanticTree(documents[exportName(path)]!)).toEqual(semanticTree(textOf(path)));
      }
    });
  }

  it('imports its own export to the same documents', () => {
    const again = parseRcmlFiles(
      Object.entries(documents).map(([name, text]) => ({ name, text })),
      { dialect: flow.dialect },
    );
    expect(again.ok && exported(again.flow)).toEqual(documents);
  });
});

describe.each(refused.map((c) => [label(c), c] as const))('%s', (_, fixture) => {
  it(`is refused: ${fixture.error.message}`, () => {
    const result = importFixture(fixture.files, fixture.options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(fixture.error.message);
    expect(result.error.fileName).toBe(baseName(fixture.files[0]));
    expect([result.error.line, result.error.column]).toEqual([
      fixture.error.line,
      fixture.error.column,
    ]);
  });
});

describe('generated hostile documents', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('refuses 10,000 levels of nesting at level 33', () => {
    const depth = 10_000;
    const bytes = utf8(`<Response>${'<Say>'.repeat(depth)}${'</Say>'.repeat(depth)}</Response>`);
    const result = importBytes([{ name: 'deep.xml', bytes }]);
    expect(!result.ok && result.error).toMatchObject({
      message: expect.stringContaining('nested more than 32 levels deep'),
      line: 1,
      column: 11 + 5 * 31,
      fileName: 'deep.xml',
    });
  });

  it('refuses a 10 MB file before decoding it', () => {
    // Bytes that are not UTF-8: had they been decoded first, the refusal would say so.
    const bytes = new Uint8Array(10 * 1024 * 1024).fill(0xff);
    bytes.set(utf8('<Response>'));
    const result = importBytes([{ name: 'big.xml', bytes }]);
    expect(!result.ok && result.error.message).toMatch(
      /^The file is too large to import \(10\.0 MB/,
    );
  });
});

describe('the fixture folder', () => {
  it('has a case for every document in it', () => {
    const used = new Set(
      fixtureCases.flatMap((c) => [
        ...c.files,
        ...(c.kind !== 'hostile' && c.exports && c.exports !== 'identical' ? [c.exports] : []),
      ]),
    );
    const stored = listFiles('').filter((path) => path !== 'cases.ts');
    expect(stored.filter((path) => !used.has(path))).toEqual([]);
    expect([...used].filter((path) => !stored.includes(path))).toEqual([]);
  });

  it('covers every dialect with valid, legacy and hostile documents', () => {
    for (const dialect of ['rcml', 'flexml', 'voiceml']) {
      for (const kind of ['valid', 'legacy', 'hostile']) {
        expect(listFiles(`${dialect}/${kind}/`).length, `${dialect}/${kind}`).toBeGreaterThan(0);
      }
    }
  });
});

function listFiles(folder: string): string[] {
  return readdirSync(new URL(folder, root)).flatMap((name) => {
    const path = `${folder}${name}`;
    return statSync(new URL(path, root)).isDirectory() ? listFiles(`${path}/`) : [path];
  });
}
