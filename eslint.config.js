import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The core layers run in Node unit tests as they are: they must not reach into React or the store.
const coreLayers = [
  'src/model/**',
  'src/verbs/**',
  'src/dialects/**',
  'src/xml/**',
  'src/validate/**',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
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
    files: coreLayers,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@xyflow/*', 'zustand', 'zundo'],
              message: 'Core layers stay framework-free.',
            },
            {
              group: [
                '**/store/**',
                '**/canvas/**',
                '**/inspector/**',
                '**/preview/**',
                '**/app/**',
              ],
              message: 'Core layers do not import the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs}', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
);
