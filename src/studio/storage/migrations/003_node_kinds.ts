/**
 * Migration 3 (issue 24): flow format version 5 names a node's kind `kind` instead of `verb`,
 * and a route table names the request values a document takes `requestValues` instead of
 * `fills`. Every stored flow (drafts and published versions, deleted ones too) and route table
 * is rewritten once, so that what the server reads and sends on is always of the current
 * format. What does not need it (already current, or not JSON) is left byte for byte.
 */
import type { Kysely } from 'kysely';
import { nameNodeKinds } from '../../../persist/migrations';

// Migrations see the database as it was when they were written, not as `Database` says today.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = Kysely<any>;

/** The JSON object the text holds, or undefined (not JSON, or not an object). */
function objectIn(text: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The document at version 5, or undefined when it is not a version-4 flow. */
export function withNodeKinds(text: string): string | undefined {
  const flow = objectIn(text);
  if (flow?.version !== 4) return undefined;
  return JSON.stringify(nameNodeKinds(flow, { flowId: String(flow.id) }));
}

/** The route table with each document's `fills` named `requestValues`, or undefined. */
export function withRequestValues(text: string): string | undefined {
  const table = objectIn(text);
  const routes = table?.routes;
  if (typeof routes !== 'object' || routes === null) return undefined;
  let changed = false;
  const renamed = Object.fromEntries(
    Object.entries(routes).map(([path, route]: [string, unknown]) => {
      if (typeof route !== 'object' || route === null || !('fills' in route)) return [path, route];
      changed = true;
      const { fills, ...rest } = route as Record<string, unknown>;
      return [path, { ...rest, requestValues: fills }];
    }),
  );
  return changed ? JSON.stringify({ ...table, routes: renamed }) : undefined;
}

export async function up(db: Any): Promise<void> {
  const drafts = await db.selectFrom('flows').select(['id', 'document']).execute();
  for (const { id, document } of drafts as { id: string; document: string }[]) {
    const upgraded = withNodeKinds(document);
    if (upgraded !== undefined) {
      await db.updateTable('flows').set({ document: upgraded }).where('id', '=', id).execute();
    }
  }
  const versions = await db
    .selectFrom('versions')
    .select(['flow_id', 'number', 'flow', 'route_table'])
    .execute();
  type VersionRow = { flow_id: string; number: number; flow: string; route_table: string };
  for (const row of versions as VersionRow[]) {
    const flow = withNodeKinds(row.flow);
    const table = withRequestValues(row.route_table);
    if (flow === undefined && table === undefined) continue;
    await db
      .updateTable('versions')
      .set({ ...(flow ? { flow } : {}), ...(table ? { route_table: table } : {}) })
      .where('flow_id', '=', row.flow_id)
      .where('number', '=', row.number)
      .execute();
  }
}
