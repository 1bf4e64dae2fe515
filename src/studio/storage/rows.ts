/** Rows to records: the storage's snake_case columns to the camelCase records above it. */
import type { Selectable } from 'kysely';
import type {
  ApiTokensTable,
  FlowsTable,
  InvitationsTable,
  SessionsTable,
  UsersTable,
} from './schema';
import type {
  FlowRecord,
  FlowSummaryRecord,
  InvitationRecord,
  SessionRecord,
  TokenRecord,
  UserRecord,
} from './types';

export const toUser = (row: Selectable<UsersTable>): UserRecord => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

export const fromUser = (user: UserRecord): UsersTable => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  password_hash: user.passwordHash,
  created_at: user.createdAt,
});

export const toSession = (row: Selectable<SessionsTable>): SessionRecord => ({
  idHash: row.id_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

export const toToken = (row: Selectable<ApiTokensTable>): TokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

export const toInvitation = (row: Selectable<InvitationsTable>): InvitationRecord => ({
  id: row.id,
  codeHash: row.code_hash,
  role: row.role,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/** The columns a flow summary needs: lists never read the documents. */
export const SUMMARY_COLUMNS = [
  'id',
  'name',
  'revision',
  'updated_at',
  'updated_by_id',
  'updated_by_name',
  'deleted_at',
] as const;

type SummaryRow = Pick<Selectable<FlowsTable>, (typeof SUMMARY_COLUMNS)[number]>;

export const toSummary = (row: SummaryRow): FlowSummaryRecord => ({
  id: row.id,
  name: row.name,
  revision: row.revision,
  updatedAt: row.updated_at,
  updatedById: row.updated_by_id,
  updatedByName: row.updated_by_name,
  deletedAt: row.deleted_at,
});

export const toFlow = (row: SummaryRow & { document: string }): FlowRecord => ({
  ...toSummary(row),
  document: row.document,
});
