import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** Port and build folder; a run that shares the machine with others passes its own. */
const PORT = Number(process.env.BENCH_PORT ?? 4189);
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'dist';
// The RCML Studio server (bench/app/teamLibrary.pw.ts starts it) serves this build.
process.env.E2E_OUT_DIR = OUT_DIR;
process.env.E2E_SERVER_ENTRY = `${OUT_DIR}-server/main.js`;

/**
 * Browser benchmarks of the production build: `npm run bench:app`. Same Chromium and flags as
 * the end-to-end tests; one worker, so nothing else competes for the two cores.
 */
export default defineConfig({
  ...base,
  testDir: './app',
  testMatch: '**/*.pw.ts',
  timeout: 300_000,
  reporter: [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite build --config src/studio/build/vite.server.config.ts --outDir ${OUT_DIR}-server --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    cwd: '..',
  },
});
