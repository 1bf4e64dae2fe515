/**
 * The flows side of the storage: drafts with a revision number, soft delete and purge. A save
 * is one conditional UPDATE (WHERE id = ? AND revision = ?), so of two saves from one base
 * revision exactly one wins, whichever process each came through.
 */
import type { Kysely } from 'kysely';
import { SUMMARY_COLUMNS, toFlow, toSummary } from './rows';
import type { Database } from './schema';
import type { FlowChange, FlowRecord, FlowSummaryRecord, SaveOutcome } from './types';

type Db = Kysely<Database>;

export const listFlows = async (db: Db) =>
  (
    await db
      .selectFrom('flows')
      .select(SUMMARY_COLUMNS)
      .where('deleted_at', 'is', null)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .execute()
  ).map(toSummary);

export const listDeletedFlows = async (db: Db, since: number) =>
  (
    await db
      .selectFrom('flows')
      .select(SUMMARY_COLUMNS)
      .where('deleted_at', '>', since)
      .orderBy('deleted_at', 'desc')
      .orderBy('id')
      .execute()
  ).map(toSummary);

export async function readFlow(db: Db, id: string): Promise<FlowRecord | undefined> {
  const row = await db
    .selectFrom('flows')
    .select([...SUMMARY_COLUMNS, 'document'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && toFlow(row);
}

async function readSummary(db: Db, id: string): Promise<FlowSummaryRecord | undefined> {
  const row = await db
    .selectFrom('flows')
    .select(SUMMARY_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toSummary(row);
}

export async function insertFlow(db: Db, flow: FlowRecord): Promise<'created' | 'id-taken'> {
  const result = await db
    .insertInto('flows')
    .values({
      id: flow.id,
      name: flow.name,
      document: flow.document,
      revision: flow.revision,
      created_at: flow.updatedAt,
      updated_at: flow.updatedAt,
      updated_by_id: flow.updatedById,
      updated_by_name: flow.updatedByName,
      deleted_at: flow.deletedAt,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n ? 'created' : 'id-taken';
}

export async function saveFlow(
  db: Db,
  id: string,
  baseRevision: number,
  change: FlowChange,
): Promise<SaveOutcome> {
  const result = await db
    .updateTable('flows')
    .set({
      name: change.name,
      document: change.document,
      revision: baseRevision + 1,
      updated_at: change.updatedAt,
      updated_by_id: change.updatedById,
      updated_by_name: change.updatedByName,
    })
    .where('id', '=', id)
    .where('revision', '=', baseRevision)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 1n) {
    const { name, updatedAt, updatedById, updatedByName } = change;
    return {
      kind: 'saved',
      summary: {
        id,
        name,
        revision: baseRevision + 1,
        updatedAt,
        updatedById,
        updatedByName,
        deletedAt: null,
      },
    };
  }
  // Refused: either the flow is gone, or someone saved since `baseRevision`.
  const stored = await readSummary(db, id);
  if (stored === undefined || stored.deletedAt !== null) return { kind: 'not-found' };
  return { kind: 'conflict', summary: stored };
}

export async function deleteFlow(db: Db, id: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('flows')
    .set({ deleted_at: at })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function restoreFlow(
  db: Db,
  id: string,
  since: number,
): Promise<FlowSummaryRecord | undefined> {
  await db
    .updateTable('flows')
    .set({ deleted_at: null })
    .where('id', '=', id)
    .where('deleted_at', '>', since)
    .execute();
  const stored = await readSummary(db, id);
  return stored?.deletedAt === null ? stored : undefined;
}

export async function purgeDeletedFlows(db: Db, before: number): Promise<number> {
  const result = await db
    .deleteFrom('flows')
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '<=', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
