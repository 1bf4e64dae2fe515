/**
 * The tables as Kysely sees them (snake_case columns, times as ms since 1970 in bigint columns:
 * PostgreSQL's driver is told to read them back as numbers, SQLite returns numbers anyway).
 */
import type { Role } from './types';

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  role: Role;
  password_hash: string;
  created_at: number;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: number;
  last_used_at: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
}

export interface InvitationsTable {
  id: string;
  code_hash: string;
  role: Role;
  created_by: string;
  created_at: number;
  expires_at: number;
}

export interface FlowsTable {
  id: string;
  name: string;
  document: string;
  revision: number;
  created_at: number;
  updated_at: number;
  updated_by_id: string;
  updated_by_name: string;
  deleted_at: number | null;
  /** The live version's number (migration 2); null while none is live. */
  live_version: number | null;
  /** The flow's Enfonica signing key (base64), when its voice requests must be signed. */
  signing_key: string | null;
}

export interface VersionsTable {
  flow_id: string;
  number: number;
  note: string;
  flow: string;
  documents: string;
  route_table: string;
  published_by_id: string;
  published_by_name: string;
  published_at: number;
  ever_live: number;
}

export interface CallCountsTable {
  flow_id: string;
  version: number;
  path: string;
  outlet: string;
  hour: number;
  count: number;
}

export interface CallDetailsTable {
  flow_id: string;
  version: number;
  path: string;
  caller: string;
  at: number;
}

export interface CallSettingsTable {
  id: string;
  call_details: number;
  changed_by_id: string | null;
  changed_by_name: string | null;
  changed_at: number | null;
}

export interface SignInFailuresTable {
  failure_key: string;
  at: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  flows: FlowsTable;
  sign_in_failures: SignInFailuresTable;
  settings: SettingsTable;
  versions: VersionsTable;
  call_counts: CallCountsTable;
  call_details: CallDetailsTable;
  call_settings: CallSettingsTable;
}
