/**
 * Migration 2: publishing (issue 22). Versions (immutable, numbered per flow), the flow's live
 * pointer and Enfonica signing key, call counts by hour, call details (kept only while the owner
 * has them switched on) and that switch, with who turned it and when.
 */
import type { Kysely } from 'kysely';

// Migrations see the database as it was when they were written, not as `Database` says today.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = Kysely<any>;

export async function up(db: Any): Promise<void> {
  await db.schema
    .createTable('versions')
    .addColumn('flow_id', 'text', (column) =>
      column.notNull().references('flows.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull())
    // The flow as published (its base URL set to the version's address), as JSON.
    .addColumn('flow', 'text', (column) => column.notNull())
    // [{ fileName, xml }]: the exact bytes served.
    .addColumn('documents', 'text', (column) => column.notNull())
    .addColumn('route_table', 'text', (column) => column.notNull())
    // No reference: a version keeps who published it after they leave the team.
    .addColumn('published_by_id', 'text', (column) => column.notNull())
    .addColumn('published_by_name', 'text', (column) => column.notNull())
    .addColumn('published_at', 'bigint', (column) => column.notNull())
    // 1 once the version has been live: from then on its own addresses are served for good.
    .addColumn('ever_live', 'integer', (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('versions_pk', ['flow_id', 'number'])
    .execute();

  await db.schema.alterTable('flows').addColumn('live_version', 'integer').execute();
  await db.schema.alterTable('flows').addColumn('signing_key', 'text').execute();

  await db.schema
    .createTable('call_counts')
    .addColumn('flow_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('path', 'text', (column) => column.notNull())
    // The decision's outlet taken at `path`; '' for a document served.
    .addColumn('outlet', 'text', (column) => column.notNull())
    // The hour's start, in ms since 1970.
    .addColumn('hour', 'bigint', (column) => column.notNull())
    .addColumn('count', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('call_counts_pk', ['flow_id', 'hour', 'version', 'path', 'outlet'])
    .execute();
  await db.schema.createIndex('call_counts_hour').on('call_counts').column('hour').execute();

  await db.schema
    .createTable('call_details')
    .addColumn('flow_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('path', 'text', (column) => column.notNull())
    // The caller's number masked to its last 4 digits ("•••• 0102"), never more.
    .addColumn('caller', 'text', (column) => column.notNull())
    .addColumn('at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('call_details_flow_at')
    .on('call_details')
    .columns(['flow_id', 'at'])
    .execute();
  await db.schema.createIndex('call_details_at').on('call_details').column('at').execute();

  // One row (id 'team'): one server holds one team.
  await db.schema
    .createTable('call_settings')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('call_details', 'integer', (column) => column.notNull())
    .addColumn('changed_by_id', 'text')
    .addColumn('changed_by_name', 'text')
    .addColumn('changed_at', 'bigint')
    .execute();
}
