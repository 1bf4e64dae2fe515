/**
 * Vitest global set-up of the studio tests: one PostgreSQL cluster for the whole run, handed to
 * the tests with `provide` and stopped at the end. When PostgreSQL cannot start, the tests get
 * the reason and the PostgreSQL suites fail with it (RCML_SKIP_POSTGRES=1 leaves them out).
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgresCluster.fixture';

export type PostgresForTests =
  | { readonly state: 'running'; readonly adminUrl: string }
  | { readonly state: 'skipped' }
  | { readonly state: 'failed'; readonly reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresForTests;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.RCML_SKIP_POSTGRES === '1') {
    project.provide('postgres', { state: 'skipped' });
    return undefined;
  }
  try {
    const cluster = await startPostgresCluster();
    project.provide('postgres', { state: 'running', adminUrl: cluster.adminUrl });
    return () => cluster.stop();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    project.provide('postgres', { state: 'failed', reason });
    return undefined;
  }
}
