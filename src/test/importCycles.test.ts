/**
 * No import cycle anywhere in src/ (issue 16): a cycle makes the load order matter and hides which
 * layer owns what. dpdm reads every file, type-only imports included, so a cycle made only of
 * types counts too.
 */
import { parseCircular, parseDependencyTree } from 'dpdm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Cycles still being removed by issue 16, item 2, written as dpdm reports them. Empty this list
 * as they go; a new cycle anywhere fails the test.
 */
const knownCycles: readonly string[] = [];

describe('imports in src/', () => {
  it('form no cycle', async () => {
    const tree = await parseDependencyTree('src/**/*.{ts,tsx}', {
      context: root,
      cwd: root,
      tsconfig: `${root}tsconfig.json`,
    });
    expect(Object.keys(tree).length).toBeGreaterThan(100);
    const cycles = parseCircular(tree).map((cycle) => cycle.join(' -> '));
    expect(cycles.filter((cycle) => !knownCycles.includes(cycle))).toEqual([]);
  });
});
