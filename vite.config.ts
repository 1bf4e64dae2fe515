import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from './vite/contentSecurityPolicy.ts';
import { flowServerRuntime } from './vite/flowServerPlugin.ts';

/**
 * The policy as a <meta> in the built index.html, so it holds on any static host. Build only:
 * the development server injects an inline script (React refresh) that it would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'rcml-studio-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), flowServerRuntime()],
  build: {
    // The code view (CodeMirror) is one lazy chunk of about 420 KB; nothing is loaded eagerly.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first screen needs (everything the entry imports statically) is one chunk.
          // Left to itself, Rolldown splits off each module that a lazy chunk shares with the
          // entry: some forty small chunks, all loaded at once, each gzipped on its own. The
          // entry itself stays out of it: it awaits lazy chunks at its top level (the team's
          // start), and a lazy chunk that imported the entry's chunk would wait for it forever.
          groups: [
            {
              name: 'app',
              tags: ['$initial'],
              // The entry: index.html's module and src/main.tsx.
              test: (id) => !id.endsWith('.html') && !id.endsWith('/src/main.tsx'),
            },
          ],
        },
      },
    },
  },
  preview: {
    // Served as a header too, where `frame-ancestors` (which a <meta> cannot set) also works.
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  test: {
    // Each project names its own files: a project's `include` is added to the root's, not put
    // in its place, so a root `include` would run every designer test in the studio project too.
    environment: 'node',
    // Property tests run hundreds of cases; a loaded 2-core machine needs more than 5 s.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'designer',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'src/studio/**'],
        },
      },
      {
        // The RCML Studio server's suites run on SQLite and on a PostgreSQL server that the
        // global set-up starts (only when a studio test is in the run) and stops.
        extends: true,
        test: {
          name: 'studio',
          include: ['src/studio/**/*.test.ts'],
          globalSetup: ['src/studio/test/postgres.globalSetup.ts'],
        },
      },
    ],
  },
});
