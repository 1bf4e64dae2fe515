import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Benchmarks of the framework-free core, in Node: `npm run bench:core`. They print figures and
 * never fail on a time. One fork, one file at a time, so that nothing else competes for the CPU;
 * `--expose-gc` lets the runner collect garbage between measured runs, outside the timings.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    execArgv: ['--expose-gc'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
