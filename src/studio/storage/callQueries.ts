/**
 * Call counts, call details and the call-details switch. Counts arrive in batches (one per
 * process and second at most): each row is added to the stored row of its key in one upsert,
 * `count = count + excluded.count`, which is atomic on both engines however many processes add.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { CallCountRecord, CallDetailRecord, CallSettingsRecord } from './types';

type Db = Kysely<Database>;

/** Rows per INSERT: well under SQLite's limit of bound values, and PostgreSQL's. */
const ROWS_PER_INSERT = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += ROWS_PER_INSERT) {
    out.push(items.slice(at, at + ROWS_PER_INSERT));
  }
  return out;
}

export async function addCalls(
  db: Db,
  counts: readonly CallCountRecord[],
  details: readonly CallDetailRecord[],
): Promise<void> {
  if (counts.length === 0 && details.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunks(counts)) {
      await trx
        .insertInto('call_counts')
        .values(
          chunk.map((count) => ({
            flow_id: count.flowId,
            version: count.version,
            path: count.path,
            outlet: count.outlet,
            hour: count.hour,
            count: count.count,
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['flow_id', 'hour', 'version', 'path', 'outlet']).doUpdateSet((eb) => ({
            count: eb('call_counts.count', '+', eb.ref('excluded.count')),
          })),
        )
        .execute();
    }
    for (const chunk of chunks(details)) {
      await trx
        .insertInto('call_details')
        .values(
          chunk.map((detail) => ({
            flow_id: detail.flowId,
            version: detail.version,
            path: detail.path,
            caller: detail.caller,
            at: detail.at,
          })),
        )
        .execute();
    }
  });
}

export async function readCallCounts(db: Db, flowId: string, since: number) {
  const rows = await db
    .selectFrom('call_counts')
    .select(['version', 'path', 'outlet', (eb) => eb.fn.sum<number>('count').as('count')])
    .where('flow_id', '=', flowId)
    .where('hour', '>=', since)
    .groupBy(['version', 'path', 'outlet'])
    .orderBy('version', 'desc')
    .orderBy('path')
    .orderBy('outlet')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    path: row.path,
    outlet: row.outlet,
    count: Number(row.count),
  }));
}

export async function readCallDetails(
  db: Db,
  flowId: string,
  since: number,
  limit: number,
): Promise<CallDetailRecord[]> {
  const rows = await db
    .selectFrom('call_details')
    .selectAll()
    .where('flow_id', '=', flowId)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    flowId: row.flow_id,
    version: row.version,
    path: row.path,
    caller: row.caller,
    at: row.at,
  }));
}

export async function purgeCalls(db: Db, before: number): Promise<void> {
  await db.deleteFrom('call_counts').where('hour', '<', before).execute();
  await db.deleteFrom('call_details').where('at', '<', before).execute();
}

const SETTINGS_ROW = 'team';

export async function readCallSettings(db: Db): Promise<CallSettingsRecord> {
  const row = await db
    .selectFrom('call_settings')
    .selectAll()
    .where('id', '=', SETTINGS_ROW)
    .executeTakeFirst();
  return {
    callDetails: Number(row?.call_details ?? 0) === 1,
    changedById: row?.changed_by_id ?? null,
    changedByName: row?.changed_by_name ?? null,
    changedAt: row?.changed_at ?? null,
  };
}

export async function writeCallSettings(db: Db, settings: CallSettingsRecord): Promise<void> {
  const values = {
    call_details: settings.callDetails ? 1 : 0,
    changed_by_id: settings.changedById,
    changed_by_name: settings.changedByName,
    changed_at: settings.changedAt,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('call_settings')
      .values({ id: SETTINGS_ROW, ...values })
      .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
      .execute();
    if (!settings.callDetails) await trx.deleteFrom('call_details').execute();
  });
}
