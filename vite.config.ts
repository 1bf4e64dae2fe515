/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // `events` is satisfied by the npm package of that name; `url` needs this small shim.
      url: fileURLToPath(new URL('./src/shims/node-url.ts', import.meta.url)),
    },
  },
  build: {
    chunkSizeWarningLimit: 1024,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
