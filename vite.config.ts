/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // The code view (CodeMirror) is one lazy chunk of about 420 KB; nothing is loaded eagerly.
    chunkSizeWarningLimit: 1024,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests run hundreds of cases; a loaded 2-core machine needs more than 5 s.
    testTimeout: 30_000,
  },
});
