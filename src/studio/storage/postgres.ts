/** PostgreSQL, when DATABASE_URL says postgres://… (node-postgres, a small pool). */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { kyselyStorage } from './kyselyStorage';
import type { Database } from './schema';
import type { StudioStorage } from './types';

const INT8_OID = 20;

/**
 * Times are bigint columns, which node-postgres returns as strings (a bigint may not fit a JS
 * number). Ours are milliseconds since 1970 and counts, far below 2^53: read them as numbers.
 * Given to each pool, not set on the pg module, which is shared by everything in the process.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

export function openPostgresStorage(url: string): StudioStorage {
  const pool = new pg.Pool({ connectionString: url, types, max: 10 });
  return kyselyStorage({
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    description: 'PostgreSQL',
    // Rows of the owners stay locked until the transaction ends: a second change of an owner
    // waits, then counts the owners as the first one left them.
    lockOwners: async (trx) => {
      await trx.selectFrom('users').select('id').where('role', '=', 'owner').forUpdate().execute();
    },
  });
}
