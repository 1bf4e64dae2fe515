import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The core runs in Node unit tests and in the flow server as it is: it must not reach into React,
// the store or the UI.
const coreLayers = [
  'src/schema/**',
  'src/model/**',
  'src/verbs/**',
  'src/dialects/**',
  'src/xml/**',
  'src/validate/**',
  'src/decisions/**',
  'src/notes/**',
  'src/router/**',
  'src/server/**',
  'src/platform/**',
  'src/templates/**',
  'src/versions/**',
];

// Tests and their support files sit above every layer: they may import anything, and Node.
const testFiles = ['**/*.test.{ts,tsx}', '**/*.fixture.ts', 'src/server/childServer.ts'];

const frameworkFree = [
  {
    group: ['react', 'react-dom', '@xyflow/*', 'zustand', 'zundo'],
    message: 'Core layers stay framework-free.',
  },
  {
    group: ['**/store/**', '**/canvas/**', '**/inspector/**', '**/preview/**', '**/app/**'],
    message: 'Core layers do not import the UI.',
  },
];

// The flow server's Node entry and its HTTP on Node's objects (shared with the studio).
const serverNode = ['src/server/node.ts', 'src/server/nodeHttp.ts'];

const noNode = {
  regex: '^node:',
  message: `The core runs in browsers and on any server platform: only ${serverNode.join(' and ')} use Node.`,
};

const order =
  'Layers run one way: schema → verbs → decisions → dialects → model → xml → validate → router → platform, server (notes sit beside decisions).';

/** A relative import that leaves the file's folder for anything but `allowed` (paths under src/). */
const onlyFrom = (allowed) => ({
  regex: `^(\\.\\./)+(?!\\.\\./)(?!(${allowed.join('|')})(/|$))`,
  message: `${order} This layer may import only ${allowed.join(', ')}.`,
});

/** A relative import of one of `above` (folders under src/), from any depth. */
const notFrom = (above) => ({
  regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
  message: `${order} This layer does not import ${above.join(', ')}.`,
});

const serverImports = onlyFrom(['router', 'decisions', 'schema', 'xml']);

// The RCML Studio server (src/studio) sits above the core and persistence, and beside the UI,
// never on it. Besides those layers, it names its own folders (a relative path's depth is not
// seen here) and the Content-Security-Policy it shares with the build.
const studioImports = onlyFrom([
  'schema',
  'model',
  'verbs',
  'decisions',
  'dialects',
  'xml',
  'validate',
  'router',
  'platform',
  'server',
  'persist',
  'notes',
  'templates',
  'storage',
  'services',
  'http',
  'routes',
  'test',
  'build',
  'settings',
  'vite/contentSecurityPolicy',
]);

// Only the server itself (and tests) import src/studio: the designer's bundle never holds it.
const noStudio = {
  regex: '^(\\.\\./)+studio(/|$)',
  message: 'Only the RCML Studio server imports src/studio: the designer and the core never do.',
};

// Each layer and what it may import. `node: true` allows `node:*` imports.
const layers = [
  {
    files: ['src/schema/**'],
    pattern: {
      regex: '^\\.\\./',
      message: `${order} src/schema holds plain data types and imports nothing else from src.`,
    },
  },
  { files: ['src/verbs/**'], pattern: onlyFrom(['schema']) },
  { files: ['src/dialects/**'], pattern: onlyFrom(['schema', 'verbs', 'decisions', 'notes']) },
  {
    files: ['src/model/**'],
    pattern: onlyFrom(['schema', 'verbs', 'dialects', 'decisions', 'notes']),
  },
  { files: ['src/xml/**'], pattern: notFrom(['validate', 'router', 'server']) },
  { files: ['src/validate/**'], pattern: notFrom(['router', 'server']) },
  { files: ['src/decisions/**'], pattern: onlyFrom(['schema']) },
  { files: ['src/notes/**'], pattern: onlyFrom(['schema']) },
  {
    files: ['src/router/**'],
    pattern: onlyFrom(['schema', 'decisions', 'model', 'verbs', 'dialects', 'xml']),
  },
  {
    files: ['src/templates/**'],
    pattern: onlyFrom(['schema', 'decisions', 'model', 'verbs', 'dialects']),
  },
  {
    files: ['src/versions/**'],
    pattern: onlyFrom(['schema', 'model', 'verbs', 'decisions', 'notes', 'dialects', 'xml']),
  },
  {
    files: ['src/platform/**'],
    pattern: onlyFrom(['schema', 'decisions', 'model', 'verbs', 'dialects', 'xml', 'router']),
  },
  { files: ['src/server/**'], ignores: serverNode, pattern: serverImports },
  { files: serverNode, pattern: serverImports, node: true },
  { files: ['src/studio/**'], pattern: studioImports, node: true },
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// ESLint does not merge one rule's options across blocks, so each layer's block repeats the
// framework boundary; tests keep only that boundary.
const layerBlocks = layers.map(({ files, ignores = [], pattern, node = false }) => ({
  files,
  ignores: [...ignores, ...testFiles],
  rules: restrict([...frameworkFree, pattern, noStudio, ...(node ? [] : [noNode])]),
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'data',
      'test-results-*',
      'node_modules',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/studio/**', ...testFiles],
    rules: restrict([noStudio]),
  },
  { files: coreLayers, rules: restrict(frameworkFree) },
  ...layerBlocks,
  { files: ['src/studio/**'], languageOptions: { globals: globals.node } },
  {
    files: ['*.config.{js,ts}', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs}', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
);
