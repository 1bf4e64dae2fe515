/**
 * The storage engines every storage and API suite runs on: SQLite in a temporary folder, and
 * PostgreSQL on the cluster the global set-up started (a new database for each `open`). No
 * mocks: each is the real engine, migrated as at start-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openPostgresStorage } from '../storage/postgres';
import { SQLITE_FILE_NAME, openSqliteStorage } from '../storage/sqlite';
import type { StudioStorage } from '../storage/types';
import { createDatabase } from './postgresCluster.fixture';

export interface OpenedStorage {
  readonly storage: StudioStorage;
  /** The environment a server process needs to open the same database. */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

export interface TestEngine {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** A new, empty, migrated database. */
  open(): Promise<OpenedStorage>;
}

export const sqliteEngine: TestEngine = {
  name: 'SQLite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'rcml-studio-test-'));
    const storage = openSqliteStorage(join(folder, SQLITE_FILE_NAME));
    await storage.migrate();
    return {
      storage,
      env: { RCML_DATA_DIR: folder },
      async close() {
        await storage.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

export function postgresEngine(): TestEngine {
  const postgres = inject('postgres');
  return {
    name: 'PostgreSQL',
    async open() {
      if (postgres.state === 'failed') throw new Error(postgres.reason);
      if (postgres.state === 'skipped')
        throw new Error('PostgreSQL is skipped (RCML_SKIP_POSTGRES=1).');
      const url = await createDatabase(postgres.adminUrl);
      const storage = openPostgresStorage(url);
      await storage.migrate();
      return { storage, env: { DATABASE_URL: url }, close: () => storage.close() };
    },
  };
}

/** SQLite and PostgreSQL; PostgreSQL left out only when RCML_SKIP_POSTGRES=1. */
export function testEngines(): TestEngine[] {
  return inject('postgres').state === 'skipped' ? [sqliteEngine] : [sqliteEngine, postgresEngine()];
}
