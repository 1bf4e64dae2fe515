/**
 * Issue 24, item 3: nothing derived from a flow is kept at module level. Whoever follows a flow
 * (a store's FlowDerived, a serializer, a validation) owns what it derives and passes it in, so
 * the folders that derive from flows hold no module-level map or memo, but for the tables built
 * from the constant catalogs, listed here with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

/** Where flows are derived from: the graph, documents, export, validation, canvas, store. */
const folders = ['model', 'xml', 'validate', 'canvas', 'store'];

/** Module-level tables that hold no flow: each is built from a catalog, or is empty. */
const catalogTables = new Set([
  // An element's attribute fields by XML name, per resolved verb (the dialects' catalog).
  'xml/parse/elements.ts: xmlNameIndex',
  // A tag's and an attribute's markup, per element or attribute name (the catalog's names).
  'xml/write.ts: tagOf',
  'xml/write.ts: attributeStart',
  // A resolved verb's fields, attributes then body (the dialects' catalog).
  'validate/rules/names.ts: fieldsByVerb',
  // An empty map of sizes, never written.
  'canvas/tidyUp.ts: NOTHING_MEASURED',
]);

/** `const name = new Map(`, `new WeakMap(`, `boundedMemo(`, at the top level of a module. */
const MODULE_CACHE =
  /^(?:export )?(?:const|let) (\w+)\b[^\n]*?= (?:new (?:Weak)?Map\b|boundedMemo\()/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function moduleCaches(): string[] {
  return folders.flatMap((folder) =>
    sourceFiles(join(src, folder)).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const name = relative(src, file).split('\\').join('/');
      return [...text.matchAll(MODULE_CACHE)].map((match) => `${name}: ${match[1]}`);
    }),
  );
}

describe('module-level caches', () => {
  it('finds a module-level map or memo, however it is written', () => {
    const text = [
      'const cache = new WeakMap<Flow, Graph>();',
      'export const views = new Map();',
      'const slugOf = boundedMemo(fileNameFromLabel, 5_000);',
      'export const tagOf: (name: string) => Tag = boundedMemo(',
      '  const inside = new Map();',
    ].join('\n');
    expect([...text.matchAll(MODULE_CACHE)].map((m) => m[1])).toEqual([
      'cache',
      'views',
      'slugOf',
      'tagOf',
    ]);
  });

  it('none keeps anything derived from a flow: only catalog tables are left', () => {
    const found = moduleCaches();
    expect(found.filter((cache) => !catalogTables.has(cache))).toEqual([]);
    // The allowlist names only tables that are there.
    expect([...catalogTables].filter((table) => !found.includes(table))).toEqual([]);
  });
});
