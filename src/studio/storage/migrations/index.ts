/**
 * The numbered migrations, listed by hand rather than read from a folder at run time: the server
 * is bundled into one file, where there is no folder of migrations to read.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './001_initial';
import * as publishing from './002_publishing';
import * as nodeKinds from './003_node_kinds';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001_initial': initial,
  '002_publishing': publishing,
  '003_node_kinds': nodeKinds,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) };

/** Runs every migration not yet run, in order; throws when one fails (nothing is half-done). */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error(`A migration failed: ${String(error)}`);
  }
}
