/**
 * A database made by an earlier release migrates forward with its data: a flow saved under
 * migration 1 is still there after migration 2, with no live version and no signing key; flows
 * and route tables saved under migration 2 are rewritten to the current format by migration 3.
 */
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Flow } from '../../schema/flow';
import { flowRecord, testFlow, userRecord } from '../test/records.fixture';
import { MIGRATIONS } from './migrations';
import { openSqliteStorage } from './sqlite';

/** A database file at the first `count` migrations, as an earlier release left it. */
async function databaseAt(file: string, count: number) {
  const db = new Kysely<Record<string, never>>({
    dialect: new SqliteDialect({ database: new Database(file) }),
  });
  const earlier = Object.fromEntries(Object.entries(MIGRATIONS).slice(0, count));
  const migrated = await new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(earlier) },
  }).migrateToLatest();
  expect(migrated.error).toBeUndefined();
  return db;
}

it('takes a database at migration 1, with a flow in it, to the latest', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rcml-studio-migrate-'));
  const file = join(folder, 'rcml-studio.sqlite');
  try {
    const db = await databaseAt(file, 1);
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

it('takes flows and route tables saved by the last release to format 5 (a node’s `kind`, `requestValues`)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rcml-studio-migrate-'));
  const file = join(folder, 'rcml-studio.sqlite');
  try {
    const db = await databaseAt(file, 2);
    const current = testFlow('Saved by the last release');
    // The same flow as the last release wrote it: version 4, each node's kind named `verb`.
    const asFormat4 = (flow: Flow) =>
      JSON.stringify({
        ...flow,
        version: 4,
        nodes: flow.nodes.map(({ kind, ...node }) => ({ ...node, verb: kind })),
      });
    const old = { ...current, id: 'flow-old' };
    // A route table as the last release wrote it: the request values a document takes were `fills`.
    const route = { kind: 'document', xml: '<Response/>' };
    const oldTable = { entry: '/', routes: { '/': { ...route, fills: ['RecordingUrl'] } } };
    const row = (flow: Flow, document: string) =>
      ({
        id: flow.id,
        name: flow.name,
        document,
        revision: 1,
        created_at: 1,
        updated_at: 1,
        updated_by_id: 'u',
        updated_by_name: 'Ana',
        deleted_at: null,
      }) as never;
    await db
      .insertInto('flows' as never)
      .values([row(old, asFormat4(old)), row(current, JSON.stringify(current))])
      .execute();
    await db
      .insertInto('versions' as never)
      .values({
        flow_id: old.id,
        number: 1,
        note: '',
        flow: asFormat4(old),
        documents: '[]',
        route_table: JSON.stringify(oldTable),
        published_by_id: 'u',
        published_by_name: 'Ana',
        published_at: 1,
        ever_live: 1,
      } as never)
      .execute();
    await db.destroy();

    const storage = openSqliteStorage(file);
    await storage.migrate();
    const draft = JSON.parse((await storage.readFlow(old.id))!.document) as Flow;
    expect(draft).toEqual(old);
    const version = JSON.parse((await storage.readVersion(old.id, 1))!.flow) as Flow;
    expect(version).toEqual(old);
    expect(JSON.parse((await storage.readVersion(old.id, 1))!.routeTable)).toEqual({
      entry: '/',
      routes: { '/': { ...route, requestValues: ['RecordingUrl'] } },
    });
    // A document already of format 5 is left byte for byte.
    expect((await storage.readFlow(current.id))!.document).toBe(JSON.stringify(current));
    await storage.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
