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
  'Layers run one way: schema → verbs, decisions, notes → dialects → kinds → model → xml → validate → router → platform, server; templates and versions on the model; then persist, ui, simulator, the UI (store, canvas, inspector, preview, app), team, studio.';

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A relative import that leaves the layer's folder for anything but `allowed` (folders or files
 * under src/; `../x` for x beside src/), from a file `depth` folders below src/: such a file
 * leaves its layer's folder with exactly `depth` `../`, so fewer stay inside it.
 */
const onlyFrom = (allowed, depth) => ({
  regex:
    allowed.length === 0
      ? `^(\\.\\./){${depth}}`
      : `^(\\.\\./){${depth}}(?!(${allowed.map(escapeRegex).join('|')})(/|$))`,
  message:
    allowed.length === 0
      ? `${order} This layer imports nothing else from src.`
      : `${order} This layer may import only ${allowed.join(', ')}.`,
});

// Only the server itself (and tests) import src/studio: the designer's bundle never holds it.
const noStudio = {
  regex: '^(\\.\\./)+studio(/|$)',
  message: 'Only the RCML Studio server imports src/studio: the designer and the core never do.',
};

const serverImports = ['router', 'decisions', 'schema', 'xml'];

/**
 * Each layer (a folder under src/) and the only folders it may import: every rule is a whitelist.
 * `noFramework` layers stay framework-free (no React, no UI); `node: true` allows `node:*` imports.
 * Where a layer imports a folder the order puts above it, the entry says so.
 */
const layers = [
  // The floor: plain data types, nothing else from src.
  { folder: 'schema', allowed: [], noFramework: true },
  { folder: 'verbs', allowed: ['schema'], noFramework: true },
  { folder: 'decisions', allowed: ['schema'], noFramework: true },
  { folder: 'notes', allowed: ['schema'], noFramework: true },
  { folder: 'dialects', allowed: ['schema', 'verbs', 'decisions', 'notes'], noFramework: true },
  // The registry of node kinds: what every layer above asks of a node, whatever its kind.
  {
    folder: 'kinds',
    allowed: ['schema', 'verbs', 'decisions', 'notes', 'dialects'],
    noFramework: true,
  },
  {
    folder: 'model',
    allowed: ['schema', 'verbs', 'dialects', 'decisions', 'notes', 'kinds'],
    noFramework: true,
  },
  { folder: 'xml', allowed: ['schema', 'verbs', 'dialects', 'model', 'kinds'], noFramework: true },
  {
    folder: 'validate',
    allowed: ['schema', 'verbs', 'decisions', 'dialects', 'model', 'kinds', 'xml'],
    noFramework: true,
  },
  {
    folder: 'router',
    allowed: ['schema', 'decisions', 'model', 'kinds', 'verbs', 'dialects', 'xml'],
    noFramework: true,
  },
  {
    folder: 'platform',
    allowed: ['schema', 'decisions', 'model', 'kinds', 'verbs', 'dialects', 'xml', 'router'],
    noFramework: true,
  },
  { folder: 'server', ignores: serverNode, allowed: serverImports, noFramework: true },
  { files: serverNode, allowed: serverImports, noFramework: true, node: true },
  {
    folder: 'templates',
    allowed: ['schema', 'decisions', 'model', 'kinds', 'verbs', 'dialects'],
    noFramework: true,
  },
  {
    folder: 'versions',
    allowed: ['schema', 'model', 'kinds', 'verbs', 'decisions', 'notes', 'dialects', 'xml'],
    noFramework: true,
  },
  {
    folder: 'persist',
    allowed: ['schema', 'verbs', 'decisions', 'notes', 'dialects', 'model', 'kinds', 'xml'],
    noFramework: true,
  },
  // The UI's building blocks: React, no store.
  { folder: 'ui', allowed: ['schema', 'decisions'] },
  {
    folder: 'simulator',
    // store and app sit above the simulator in the order: Simulator.tsx, TestCalls.tsx,
    // CallSetupForm.tsx and callActions.ts read the store, Simulator.tsx takes the app's action
    // registry and copyText (issue 24).
    allowed: [
      'schema',
      'decisions',
      'model',
      'kinds',
      'router',
      'platform',
      'persist',
      'ui',
      'styles',
      'store',
      'app',
    ],
  },
  // The UI side: the store, canvas, inspector, preview and app.
  {
    folder: 'store',
    // canvas: addStep.ts measures steps with canvas/nodeBoxes.
    allowed: [
      'schema',
      'verbs',
      'decisions',
      'notes',
      'dialects',
      'model',
      'kinds',
      'xml',
      'validate',
      'platform',
      'persist',
      'canvas',
    ],
  },
  {
    folder: 'canvas',
    // team sits above the UI side: CallCount.tsx shows team/callOverlay's call counts.
    allowed: [
      'schema',
      'verbs',
      'decisions',
      'notes',
      'dialects',
      'model',
      'kinds',
      'ui',
      'styles',
      'store',
      'app',
      'team',
    ],
  },
  {
    folder: 'inspector',
    allowed: [
      'schema',
      'verbs',
      'decisions',
      'notes',
      'dialects',
      'model',
      'kinds',
      'validate',
      'ui',
      'styles',
      'store',
      'canvas',
      'app',
    ],
  },
  { folder: 'preview', allowed: ['schema', 'model', 'kinds', 'xml', 'store'] },
  {
    folder: 'app',
    // team sits above the UI side: the app's team actions, dialogs and sync wire team/ in.
    allowed: [
      'schema',
      'verbs',
      'decisions',
      'notes',
      'dialects',
      'model',
      'kinds',
      'xml',
      'validate',
      'router',
      'server',
      'templates',
      'versions',
      'persist',
      'ui',
      'simulator',
      'styles',
      'store',
      'canvas',
      'inspector',
      'preview',
      'team',
    ],
  },
  // Shared flows on an RCML Studio server: on the store and persistence.
  { folder: 'team', allowed: ['schema', 'dialects', 'model', 'kinds', 'persist', 'store'] },
  // The RCML Studio server (src/studio) sits above the core and persistence, and beside the UI,
  // never on it; besides those layers it takes the Content-Security-Policy it shares with the
  // build.
  {
    folder: 'studio',
    allowed: [
      'schema',
      'model',
      'kinds',
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
      '../vite/contentSecurityPolicy',
    ],
    noFramework: true,
    node: true,
  },
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// How many folders below src/ a file may lie (src/xml/parse/x.ts: 2; the deepest today: 3).
const depths = [1, 2, 3, 4, 5];

// One block per layer and depth (a relative import's depth is all the rule sees). ESLint does
// not merge one rule's options across blocks, so each block repeats the framework boundary;
// tests keep only that boundary.
const layerBlocks = layers.flatMap(
  ({ folder, files, ignores = [], allowed, noFramework = false, node = false }) =>
    (files
      ? [[files, 1]]
      : depths.map((depth) => [[`src/${folder}/${'*/'.repeat(depth - 1)}*`], depth])
    ).map(([blockFiles, depth]) => ({
      files: blockFiles,
      ignores: [...ignores, ...testFiles],
      rules: restrict([
        ...(noFramework ? frameworkFree : []),
        onlyFrom(allowed, depth),
        noStudio,
        ...(node ? [] : [noNode]),
      ]),
    })),
);

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
