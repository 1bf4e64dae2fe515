/**
 * The people side of the storage: settings, users, sessions, API tokens, invitations and
 * sign-in failures, as queries over Kysely that read the same on SQLite and PostgreSQL.
 */
import type { Kysely, Transaction } from 'kysely';
import { fromUser, toInvitation, toSession, toToken, toUser } from './rows';
import type { Database } from './schema';
import type {
  AcceptOutcome,
  InvitationRecord,
  Role,
  SessionRecord,
  SettingKey,
  SetupOutcome,
  TeamChange,
  TokenRecord,
  UserRecord,
} from './types';

type Db = Kysely<Database>;

/** How the team's owners are held still while a change checks that one is left. */
export type LockOwners = (trx: Transaction<Database>) => Promise<void>;

/** Thrown inside a transaction to roll it back with an outcome. */
class Rollback<T> extends Error {
  constructor(readonly outcome: T) {
    super('rolled back');
  }
}

async function rollbackOnOutcome<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Rollback) return error.outcome as T;
    throw error;
  }
}

export const readSetting = async (db: Db, key: SettingKey) =>
  (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())
    ?.value;

export async function writeSetting(db: Db, key: SettingKey, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function createFirstOwner(
  db: Db,
  user: UserRecord,
  setupCodeHash: string,
): Promise<SetupOutcome> {
  return rollbackOnOutcome(() =>
    db.transaction().execute(async (trx): Promise<SetupOutcome> => {
      // Using the code up first makes two set-ups with one code meet on its row.
      const used = await trx
        .deleteFrom('settings')
        .where('key', '=', 'setupCodeHash')
        .where('value', '=', setupCodeHash)
        .executeTakeFirst();
      if ((await countUsers(trx)) > 0) throw new Rollback<SetupOutcome>('already-set-up');
      if (used.numDeletedRows !== 1n) throw new Rollback<SetupOutcome>('wrong-code');
      await trx.insertInto('users').values(fromUser(user)).execute();
      return 'created';
    }),
  );
}

export const findUserById = async (db: Db, id: string) => {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
};

export const findUserByEmail = async (db: Db, email: string) => {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  return row && toUser(row);
};

export const listUsers = async (db: Db) =>
  (await db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute()).map(
    toUser,
  );

/**
 * A change to one person that must leave the team an owner: the owners are locked first, so
 * that two owners demoting each other at once cannot both succeed.
 */
function changeTeam(
  db: Db,
  lockOwners: LockOwners,
  id: string,
  change: (trx: Transaction<Database>) => Promise<void>,
  leavesOwner: (target: UserRecord) => boolean,
): Promise<TeamChange> {
  return db.transaction().execute(async (trx) => {
    await lockOwners(trx);
    const target = await findUserById(trx, id);
    if (target === undefined) return 'not-found';
    if (target.role === 'owner' && !leavesOwner(target)) {
      const owners = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('role', '=', 'owner')
        .executeTakeFirstOrThrow();
      if (Number(owners.count) <= 1) return 'last-owner';
    }
    await change(trx);
    return 'done';
  });
}

export const changeRole = (db: Db, lockOwners: LockOwners, id: string, role: Role) =>
  changeTeam(
    db,
    lockOwners,
    id,
    async (trx) => {
      await trx.updateTable('users').set({ role }).where('id', '=', id).execute();
    },
    () => role === 'owner',
  );

export const removeUser = (db: Db, lockOwners: LockOwners, id: string) =>
  changeTeam(
    db,
    lockOwners,
    id,
    async (trx) => {
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await trx.deleteFrom('api_tokens').where('user_id', '=', id).execute();
      await trx.deleteFrom('users').where('id', '=', id).execute();
    },
    () => false,
  );

export async function createSession(db: Db, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      created_at: session.createdAt,
      last_used_at: session.lastUsedAt,
    })
    .execute();
}

export async function findSession(db: Db, idHash: string) {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  if (session === undefined) return undefined;
  const user = await findUserById(db, session.user_id);
  return user && { session: toSession(session), user };
}

export async function touchSession(db: Db, idHash: string, at: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_used_at: at })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function createToken(db: Db, token: TokenRecord): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
      last_used_at: token.lastUsedAt,
    })
    .execute();
}

export const listTokens = async (db: Db, userId: string) =>
  (
    await db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  ).map(toToken);

export async function findToken(db: Db, tokenHash: string) {
  const token = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (token === undefined) return undefined;
  const user = await findUserById(db, token.user_id);
  return user && { token: toToken(token), user };
}

export async function touchToken(db: Db, id: string, at: number): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function deleteToken(db: Db, id: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('api_tokens')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}

export async function createInvitation(db: Db, invitation: InvitationRecord): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: invitation.id,
      code_hash: invitation.codeHash,
      role: invitation.role,
      created_by: invitation.createdBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
    })
    .execute();
}

export const listInvitations = async (db: Db, now: number) =>
  (
    await db
      .selectFrom('invitations')
      .selectAll()
      .where('expires_at', '>', now)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  ).map(toInvitation);

export async function findInvitation(db: Db, codeHash: string, now: number) {
  const row = await db
    .selectFrom('invitations')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && toInvitation(row);
}

export async function deleteInvitation(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('invitations').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows === 1n;
}

export function acceptInvitation(
  db: Db,
  codeHash: string,
  now: number,
  user: Omit<UserRecord, 'role'>,
): Promise<AcceptOutcome> {
  return rollbackOnOutcome(() =>
    db.transaction().execute(async (trx) => {
      // Deleting is the read: of two accepts with one code, only one deletes the row.
      const invitation = await trx
        .deleteFrom('invitations')
        .where('code_hash', '=', codeHash)
        .where('expires_at', '>', now)
        .returning('role')
        .executeTakeFirst();
      if (invitation === undefined) return { kind: 'gone' } as const;
      const created: UserRecord = { ...user, role: invitation.role };
      const inserted = await trx
        .insertInto('users')
        .values(fromUser(created))
        .onConflict((conflict) => conflict.column('email').doNothing())
        .executeTakeFirst();
      // Rolled back, so that the invitation is still there for another email.
      if (inserted.numInsertedOrUpdatedRows !== 1n) {
        throw new Rollback<AcceptOutcome>({ kind: 'email-taken' });
      }
      return { kind: 'accepted', user: created } as const;
    }),
  );
}

export const signInFailures = async (db: Db, key: string, since: number) =>
  (
    await db
      .selectFrom('sign_in_failures')
      .select('at')
      .where('failure_key', '=', key)
      .where('at', '>', since)
      .orderBy('at')
      .execute()
  ).map((row) => row.at);

export async function recordSignInFailure(
  db: Db,
  keys: readonly string[],
  at: number,
  forgetBefore: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sign_in_failures').where('at', '<=', forgetBefore).execute();
    await trx
      .insertInto('sign_in_failures')
      .values(keys.map((key) => ({ failure_key: key, at })))
      .execute();
  });
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('failure_key', '=', key).execute();
}
