/**
 * The server's build: `vite build --config src/studio/build/vite.server.config.ts` bundles
 * src/studio/main.ts (and the core it uses) into dist-server/main.js for Node 20, with every
 * package in node_modules left as an import (better-sqlite3 and pg are native or need their
 * own files). Nothing of the designer's build (React, the public folder) takes part.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/studio/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
  },
});
