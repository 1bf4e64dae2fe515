/**
 * Migration 3: flow format version 5 names a node's kind `kind` instead of `verb` (issue 24).
 * Every stored flow (drafts and published versions, deleted ones too) is rewritten once, so
 * that what the server reads and sends on is always of the current format. A document that
 * does not need it (already version 5, or not a flow) is left byte for byte as it is.
 */
import type { Kysely } from 'kysely';
import { nameNodeKinds } from '../../../persist/migrations';

// Migrations see the database as it was when they were written, not as `Database` says today.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = Kysely<any>;

/** The document at version 5, or undefined when it is not a version-4 flow. */
export function withNodeKinds(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const flow = data as Record<string, unknown>;
  if (flow.version !== 4) return undefined;
  return JSON.stringify(nameNodeKinds(flow, { flowId: String(flow.id) }));
}

export async function up(db: Any): Promise<void> {
  const drafts = await db.selectFrom('flows').select(['id', 'document']).execute();
  for (const { id, document } of drafts as { id: string; document: string }[]) {
    const upgraded = withNodeKinds(document);
    if (upgraded !== undefined) {
      await db.updateTable('flows').set({ document: upgraded }).where('id', '=', id).execute();
    }
  }
  const versions = await db.selectFrom('versions').select(['flow_id', 'number', 'flow']).execute();
  for (const row of versions as { flow_id: string; number: number; flow: string }[]) {
    const upgraded = withNodeKinds(row.flow);
    if (upgraded !== undefined) {
      await db
        .updateTable('versions')
        .set({ flow: upgraded })
        .where('flow_id', '=', row.flow_id)
        .where('number', '=', row.number)
        .execute();
    }
  }
}
