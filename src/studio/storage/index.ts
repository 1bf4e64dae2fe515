/** Opens the storage the settings ask for: PostgreSQL for a postgres:// DATABASE_URL, else SQLite. */
import { join } from 'node:path';
import { isPostgresUrl, openPostgresStorage } from './postgres';
import { SQLITE_FILE_NAME, openSqliteStorage } from './sqlite';
import type { StudioStorage } from './types';

export interface StorageSettings {
  /** postgres://… for PostgreSQL; anything else is refused. */
  readonly databaseUrl?: string | undefined;
  /** The SQLite file's folder. */
  readonly dataDir: string;
}

export function openStorage({ databaseUrl, dataDir }: StorageSettings): StudioStorage {
  if (databaseUrl !== undefined && databaseUrl !== '') {
    if (!isPostgresUrl(databaseUrl)) {
      throw new Error('DATABASE_URL must start with postgres:// (or leave it unset for SQLite).');
    }
    return openPostgresStorage(databaseUrl);
  }
  return openSqliteStorage(join(dataDir, SQLITE_FILE_NAME));
}

export type * from './types';
export { ROLES } from './types';
