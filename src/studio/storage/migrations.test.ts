/**
 * A database made by an earlier release migrates forward with its data: a flow saved under
 * migration 1 is still there after migration 2, with no live version and no signing key.
 */
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { flowRecord, testFlow, userRecord } from '../test/records.fixture';
import { MIGRATIONS } from './migrations';
import { openSqliteStorage } from './sqlite';

it('takes a database at migration 1, with a flow in it, to the latest', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rcml-studio-migrate-'));
  const file = join(folder, 'rcml-studio.sqlite');
  try {
    const db = new Kysely<Record<string, never>>({
      dialect: new SqliteDialect({ database: new Database(file) }),
    });
    const first = { '001_initial': MIGRATIONS['001_initial']! };
    const migrated = await new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(first) },
    }).migrateToLatest();
    expect(migrated.error).toBeUndefined();
    const flow = testFlow('Saved before publishing existed');
    const record = flowRecord(flow, userRecord());
    await db
      .insertInto('flows' as never)
      .values({
        id: record.id,
        name: record.name,
        document: record.document,
        revision: 1,
        created_at: record.updatedAt,
        updated_at: record.updatedAt,
        updated_by_id: record.updatedById,
        updated_by_name: record.updatedByName,
        deleted_at: null,
      } as never)
      .execute();
    await db.destroy();

    const storage = openSqliteStorage(file);
    await storage.migrate();
    expect(await storage.readFlow(flow.id)).toEqual(record);
    expect(await storage.readVoiceFlow(flow.id)).toEqual({ live: null, signingKey: null });
    expect(await storage.listVersions(flow.id)).toEqual({
      versions: [],
      live: null,
      signed: false,
    });
    expect(await storage.readCallSettings()).toMatchObject({ callDetails: false });
    await storage.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
