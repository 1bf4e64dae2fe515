/**
 * No import cycle anywhere in src/ (issue 16): a cycle makes the load order matter and hides which
 * layer owns what. dpdm reads every file, type-only imports included, so a cycle made only of
 * types counts too.
 */
import { parseCircular, parseDependencyTree } from 'dpdm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('imports in src/', () => {
  it('form no cycle', async () => {
    const tree = await parseDependencyTree('src/**/*.{ts,tsx}', {
      context: root,
      cwd: root,
      tsconfig: `${root}tsconfig.json`,
    });
    expect(Object.keys(tree).length).toBeGreaterThan(100);
    const cycles = parseCircular(tree).map((cycle) => cycle.join(' -> '));
    expect(cycles).toEqual([]);
  });
});
