/** The embedded engine: one SQLite file (better-sqlite3) in write-ahead-log mode. */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { kyselyStorage } from './kyselyStorage';
import type { Database as Tables } from './schema';
import type { StudioStorage } from './types';

export const SQLITE_FILE_NAME = 'rcml-studio.sqlite';

export function openSqliteStorage(file: string): StudioStorage {
  mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  // WAL: readers do not wait for a writer; a second process (a backup, a look with the sqlite3
  // shell) waits up to 5 s for a lock instead of failing at once.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return kyselyStorage({
    db: new Kysely<Tables>({ dialect: new SqliteDialect({ database }) }),
    description: `SQLite ${file}`,
    // Kysely runs SQLite's queries one at a time on its one connection: a transaction already
    // holds the whole database.
    lockOwners: async () => {},
  });
}
