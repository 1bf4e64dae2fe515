import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** Port and build folder; a run that shares the machine with others passes its own. */
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'dist-profile';

/**
 * CPU profiles of what the user does in a big flow (`npm run bench:profile`): the production
 * build without minifying, so that the profile names our functions. Prints where the main
 * thread's time goes; asserts nothing.
 */
export default defineConfig({
  ...base,
  testDir: './profile',
  testMatch: '**/*.pw.ts',
  timeout: 300_000,
  reporter: [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  webServer: {
    command: `npx vite build --minify false --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    cwd: '..',
  },
});
