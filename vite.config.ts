/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { flowServerRuntime } from './vite/flowServerPlugin.ts';

/**
 * What the page may load: only its own scripts (no inline script, no eval), styles of its own
 * plus inline ones (React's style attributes, CodeMirror's injected sheets), images of its own
 * or data: URLs; no plugins, no <base>, no form posts. Workers fall back to script-src, so only
 * a worker file of our own can start (not a blob: one).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
  },
  preview: {
    // Served as a header too, where `frame-ancestors` (which a <meta> cannot set) also works.
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests run hundreds of cases; a loaded 2-core machine needs more than 5 s.
    testTimeout: 30_000,
  },
});
