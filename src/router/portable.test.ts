/**
 * The router and the decisions run in Node, browsers and serverless runtimes as they are: only
 * web-standard APIs, no framework. ESLint's core-layer rule does not cover these folders yet.
 */
import { describe, expect, it } from 'vitest';

const sources = {
  ...import.meta.glob<string>(['../decisions/*.ts', '!../decisions/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>(['./*.ts', '!./*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};

const FORBIDDEN: [string, RegExp][] = [
  ['a node: import', /from\s+['"]node:|require\(/],
  ['a Node-only global', /\b(?:Buffer|process|__dirname|setImmediate)\b/],
  [
    'a framework or the UI',
    /from\s+['"](?:react|react-dom|@xyflow\/[^'"]*|zustand|zundo|[^'"]*\/(?:store|canvas|inspector|preview|app|ui)\/[^'"]*)['"]/,
  ],
  ['module-level mutable state', /^(?:export\s+)?let\s/m],
];

describe('decisions and router stay portable', () => {
  it('finds the modules', () => {
    expect(Object.keys(sources).length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(sources))('%s uses only web-standard APIs', (_path, text) => {
    for (const [what, pattern] of FORBIDDEN) expect(text, what).not.toMatch(pattern);
  });
});
