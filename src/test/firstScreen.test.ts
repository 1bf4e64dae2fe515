/**
 * Issue 23: validation loads after the first paint (src/app/loadValidation.ts), so no module the
 * entry imports statically may import the rules; types are erased and cost nothing. The build
 * puts everything the entry reaches this way into the first screen's chunk (vite.config.ts).
 */
import { parseDependencyTree, type Dependency } from 'dpdm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Modules of src/validate the first screen may have: no rule runs in them. */
const SMALL_PARTS = new Set([
  'src/validate/types.ts',
  'src/validate/byNode.ts',
  // The inspector lists a template's fields still to fill with the rule's own reading.
  'src/validate/rules/fillIn.ts',
]);

describe('the first screen', () => {
  it('loads no validation rule before its first paint', async () => {
    const tree = await parseDependencyTree('src/main.tsx', {
      context: root,
      cwd: root,
      tsconfig: `${root}tsconfig.json`,
      transform: true, // type-only imports left out: they are erased
    });
    const reached = new Set<string>();
    const stack = ['src/main.tsx'];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      for (const dependency of (tree[file] ?? []) as Dependency[]) {
        if (dependency.kind === 'DynamicImport' || !dependency.id) continue;
        stack.push(dependency.id);
      }
    }
    expect(reached.size).toBeGreaterThan(100);
    const validation = [...reached].filter((f) => f.startsWith('src/validate/'));
    expect(validation.filter((f) => !SMALL_PARTS.has(f))).toEqual([]);
  });
});
