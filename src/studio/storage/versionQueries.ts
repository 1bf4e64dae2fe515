/**
 * Versions and the live pointer. A version is inserted once under its (flow, number) key and
 * never changed but for `ever_live`, which only ever goes from 0 to 1. Of two publishes that
 * planned one number, the key lets exactly one in; the other plans again with the next number.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, VersionsTable } from './schema';
import type { PublishOutcome, VersionRecord, VersionSummaryRecord, VoiceFlowRecord } from './types';

type Db = Kysely<Database>;

const SUMMARY_COLUMNS = [
  'flow_id',
  'number',
  'note',
  'published_at',
  'published_by_id',
  'published_by_name',
  'ever_live',
] as const;

type SummaryRow = Pick<Selectable<VersionsTable>, (typeof SUMMARY_COLUMNS)[number]>;

const toSummary = (row: SummaryRow): VersionSummaryRecord => ({
  flowId: row.flow_id,
  number: row.number,
  note: row.note,
  publishedAt: row.published_at,
  publishedById: row.published_by_id,
  publishedByName: row.published_by_name,
  everLive: Number(row.ever_live) === 1,
});

export async function lastVersionNumber(db: Db, flowId: string): Promise<number> {
  const row = await db
    .selectFrom('versions')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('flow_id', '=', flowId)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

export function publishVersion(db: Db, version: VersionRecord): Promise<PublishOutcome> {
  return db.transaction().execute(async (trx): Promise<PublishOutcome> => {
    const inserted = await trx
      .insertInto('versions')
      .values({
        flow_id: version.flowId,
        number: version.number,
        note: version.note,
        flow: version.flow,
        documents: version.documents,
        route_table: version.routeTable,
        published_by_id: version.publishedById,
        published_by_name: version.publishedByName,
        published_at: version.publishedAt,
        ever_live: 0,
      })
      .onConflict((conflict) => conflict.columns(['flow_id', 'number']).doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows !== 1n) return { kind: 'number-taken' };
    // Never back over a newer version that went live first (two publishes at once).
    const moved = await trx
      .updateTable('flows')
      .set({ live_version: version.number })
      .where('id', '=', version.flowId)
      .where('deleted_at', 'is', null)
      .where((eb) =>
        eb.or([eb('live_version', 'is', null), eb('live_version', '<', version.number)]),
      )
      .executeTakeFirst();
    const live = moved.numUpdatedRows === 1n;
    if (live) {
      await trx
        .updateTable('versions')
        .set({ ever_live: 1 })
        .where('flow_id', '=', version.flowId)
        .where('number', '=', version.number)
        .execute();
    }
    return { kind: 'published', live };
  });
}

export async function listVersions(db: Db, flowId: string) {
  const flow = await db
    .selectFrom('flows')
    .select(['live_version', 'signing_key'])
    .where('id', '=', flowId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (flow === undefined) return undefined;
  const rows = await db
    .selectFrom('versions')
    .select(SUMMARY_COLUMNS)
    .where('flow_id', '=', flowId)
    .orderBy('number', 'desc')
    .execute();
  return {
    versions: rows.map(toSummary),
    live: flow.live_version,
    signed: flow.signing_key !== null,
  };
}

export async function readVersion(
  db: Db,
  flowId: string,
  number: number,
): Promise<VersionRecord | undefined> {
  const row = await db
    .selectFrom('versions')
    .innerJoin('flows', 'flows.id', 'versions.flow_id')
    .select([
      ...SUMMARY_COLUMNS.map((column) => `versions.${column}` as const),
      'versions.flow',
      'versions.documents',
      'versions.route_table',
    ])
    .where('versions.flow_id', '=', flowId)
    .where('versions.number', '=', number)
    .where('flows.deleted_at', 'is', null)
    .executeTakeFirst();
  return (
    row && {
      ...toSummary(row),
      flow: row.flow,
      documents: row.documents,
      routeTable: row.route_table,
    }
  );
}

export function makeLive(db: Db, flowId: string, number: number): Promise<'done' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    const version = await trx
      .updateTable('versions')
      .set({ ever_live: 1 })
      .where('flow_id', '=', flowId)
      .where('number', '=', number)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('flows')
            .select('id')
            .where('id', '=', flowId)
            .where('deleted_at', 'is', null),
        ),
      )
      .executeTakeFirst();
    if (version.numUpdatedRows !== 1n) return 'not-found';
    await trx.updateTable('flows').set({ live_version: number }).where('id', '=', flowId).execute();
    return 'done';
  });
}

export async function setSigningKey(db: Db, flowId: string, key: string | null): Promise<boolean> {
  const result = await db
    .updateTable('flows')
    .set({ signing_key: key })
    .where('id', '=', flowId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function readVoiceFlow(db: Db, flowId: string): Promise<VoiceFlowRecord | undefined> {
  const row = await db
    .selectFrom('flows')
    .select(['live_version', 'signing_key'])
    .where('id', '=', flowId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && { live: row.live_version, signingKey: row.signing_key };
}

export async function readServedTable(
  db: Db,
  flowId: string,
  number: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('versions')
    .select('route_table')
    .where('flow_id', '=', flowId)
    .where('number', '=', number)
    .where('ever_live', '=', 1)
    .executeTakeFirst();
  return row?.route_table;
}
