/**
 * What the RCML Studio server keeps, and the one interface it keeps it through. Everything above
 * the storage module talks to `StudioStorage` only: which engine runs (SQLite or PostgreSQL) is
 * known here and nowhere else. Times are milliseconds since 1970; secrets (session ids, API
 * tokens, invitation and set-up codes) are stored only as their SHA-256.
 */

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface UserRecord {
  readonly id: string;
  readonly name: string;
  /** Lower case: emails are compared in lower case. */
  readonly email: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly createdAt: number;
}

export interface SessionRecord {
  readonly idHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly lastUsedAt: number;
}

export interface TokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly createdAt: number;
  readonly lastUsedAt: number | null;
}

export interface InvitationRecord {
  readonly id: string;
  readonly codeHash: string;
  readonly role: Role;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** A flow without its document: what lists show. */
export interface FlowSummaryRecord {
  readonly id: string;
  readonly name: string;
  readonly revision: number;
  readonly updatedAt: number;
  /** Who saved last, by id and by the name they had then (kept when they leave the team). */
  readonly updatedById: string;
  readonly updatedByName: string;
  readonly deletedAt: number | null;
}

export interface FlowRecord extends FlowSummaryRecord {
  /** The flow as JSON text, exactly as it was saved. */
  readonly document: string;
}

/** A new draft of a flow: its document, the name in it, and who saved it when. */
export interface FlowChange {
  readonly name: string;
  readonly document: string;
  readonly updatedAt: number;
  readonly updatedById: string;
  readonly updatedByName: string;
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly summary: FlowSummaryRecord }
  /** Someone saved since `baseRevision`: nothing was written; `summary` is what is stored. */
  | { readonly kind: 'conflict'; readonly summary: FlowSummaryRecord }
  | { readonly kind: 'not-found' };

/** A published version as lists show it (without its flow and documents). */
export interface VersionSummaryRecord {
  readonly flowId: string;
  readonly number: number;
  readonly note: string;
  readonly publishedAt: number;
  readonly publishedById: string;
  readonly publishedByName: string;
  /** Whether it has ever been live (then its own addresses are served for good). */
  readonly everLive: boolean;
}

export interface VersionRecord extends VersionSummaryRecord {
  /** The flow as published, as JSON text. */
  readonly flow: string;
  /** `[{ fileName, xml }]` as JSON text: the exact bytes served. */
  readonly documents: string;
  /** The route table as JSON text. */
  readonly routeTable: string;
}

export type PublishOutcome =
  /** Stored; `live` says whether the pointer moved to it (not when a newer one got there first). */
  | { readonly kind: 'published'; readonly live: boolean }
  /** Another publish took this number first: plan again with the next one. */
  | { readonly kind: 'number-taken' };

/** What the voice routes need of a flow: its live version and its signing key. */
export interface VoiceFlowRecord {
  readonly live: number | null;
  readonly signingKey: string | null;
}

/** Served requests of one route (a document, or a decision's outlet) in one hour. */
export interface CallCountRecord {
  readonly flowId: string;
  readonly version: number;
  readonly path: string;
  /** The decision's outlet taken at `path`; '' for a document. */
  readonly outlet: string;
  /** The hour's start, ms since 1970. */
  readonly hour: number;
  readonly count: number;
}

/** One served request, kept only while call details are switched on. */
export interface CallDetailRecord {
  readonly flowId: string;
  readonly version: number;
  readonly path: string;
  /** Masked to the last 4 digits. */
  readonly caller: string;
  readonly at: number;
}

export interface CallSettingsRecord {
  readonly callDetails: boolean;
  readonly changedById: string | null;
  readonly changedByName: string | null;
  readonly changedAt: number | null;
}

/** A change to the team that must leave at least one owner. */
export type TeamChange = 'done' | 'not-found' | 'last-owner';

export type AcceptOutcome =
  | { readonly kind: 'accepted'; readonly user: UserRecord }
  | { readonly kind: 'gone' }
  | { readonly kind: 'email-taken' };

export type SetupOutcome = 'created' | 'already-set-up' | 'wrong-code';

/** Settings the server keeps in the database, by key. */
export type SettingKey = 'setupCodeHash';

export interface StudioStorage {
  /** For the start-up line: "SQLite <file>" or "PostgreSQL". */
  readonly description: string;
  /** Runs the numbered migrations not yet run. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  readSetting(key: SettingKey): Promise<string | undefined>;
  writeSetting(key: SettingKey, value: string): Promise<void>;

  countUsers(): Promise<number>;
  /**
   * The first account, in one transaction: only while nobody is set up, and only with the
   * set-up code, which is used up by it.
   */
  createFirstOwner(user: UserRecord, setupCodeHash: string): Promise<SetupOutcome>;
  findUserById(id: string): Promise<UserRecord | undefined>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserRecord[]>;
  changeRole(id: string, role: Role): Promise<TeamChange>;
  /** Removes a person with their sessions and API tokens. */
  removeUser(id: string): Promise<TeamChange>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined>;
  touchSession(idHash: string, at: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;

  createToken(token: TokenRecord): Promise<void>;
  listTokens(userId: string): Promise<TokenRecord[]>;
  findToken(tokenHash: string): Promise<{ token: TokenRecord; user: UserRecord } | undefined>;
  touchToken(id: string, at: number): Promise<void>;
  /** Only the token's owner's: another person's token id is as good as none. */
  deleteToken(id: string, userId: string): Promise<boolean>;

  createInvitation(invitation: InvitationRecord): Promise<void>;
  /** Invitations not yet used and not expired at `now`. */
  listInvitations(now: number): Promise<InvitationRecord[]>;
  findInvitation(codeHash: string, now: number): Promise<InvitationRecord | undefined>;
  deleteInvitation(id: string): Promise<boolean>;
  /** Uses the invitation up and creates the person, in one transaction (or neither). */
  acceptInvitation(
    codeHash: string,
    now: number,
    user: Omit<UserRecord, 'role'>,
  ): Promise<AcceptOutcome>;

  /** When each failed sign-in under `key` since `since` happened, oldest first. */
  signInFailures(key: string, since: number): Promise<number[]>;
  /** Counts one failure under each key; forgets failures older than `forgetBefore`. */
  recordSignInFailure(keys: readonly string[], at: number, forgetBefore: number): Promise<void>;
  clearSignInFailures(key: string): Promise<void>;

  /** Flows not deleted, newest change first. */
  listFlows(): Promise<FlowSummaryRecord[]>;
  /** Flows deleted since `since`, most recently deleted first. */
  listDeletedFlows(since: number): Promise<FlowSummaryRecord[]>;
  /** A flow not deleted. */
  readFlow(id: string): Promise<FlowRecord | undefined>;
  /** 'id-taken' when any flow (deleted or not) has the id. */
  insertFlow(flow: FlowRecord): Promise<'created' | 'id-taken'>;
  /** Saves over `baseRevision` only if it is still the stored revision (checked atomically). */
  saveFlow(id: string, baseRevision: number, change: FlowChange): Promise<SaveOutcome>;
  deleteFlow(id: string, at: number): Promise<boolean>;
  /** Brings back a flow deleted since `since`; a flow that is not deleted is returned as it is. */
  restoreFlow(id: string, since: number): Promise<FlowSummaryRecord | undefined>;
  /** Deletes for good the flows deleted before `before` (with their versions). */
  purgeDeletedFlows(before: number): Promise<number>;

  /** The highest version number of a flow, 0 when it has none. */
  lastVersionNumber(flowId: string): Promise<number>;
  /**
   * Stores a version and moves the flow's live pointer to it, in one transaction. Refused
   * ('number-taken') when the flow already has a version with this number.
   */
  publishVersion(version: VersionRecord): Promise<PublishOutcome>;
  /**
   * A flow's versions, newest first, the live one's number and whether a signing key is set;
   * undefined for no flow.
   */
  listVersions(
    flowId: string,
  ): Promise<
    { versions: VersionSummaryRecord[]; live: number | null; signed: boolean } | undefined
  >;
  readVersion(flowId: string, number: number): Promise<VersionRecord | undefined>;
  /** Points the flow's live pointer at an existing version (which is then ever live). */
  makeLive(flowId: string, number: number): Promise<'done' | 'not-found'>;
  /** Sets (or with null removes) a flow's signing key; false when there is no such flow. */
  setSigningKey(flowId: string, key: string | null): Promise<boolean>;
  /** A flow not deleted, as the voice routes see it. */
  readVoiceFlow(flowId: string): Promise<VoiceFlowRecord | undefined>;
  /** A version's route table, only if it was ever live. */
  readServedTable(flowId: string, number: number): Promise<string | undefined>;

  /** Adds counts (to those of the same flow, version, path, outlet and hour) and details. */
  addCalls(counts: readonly CallCountRecord[], details: readonly CallDetailRecord[]): Promise<void>;
  /** A flow's counts since `since`, summed over the hours. */
  readCallCounts(
    flowId: string,
    since: number,
  ): Promise<Omit<CallCountRecord, 'flowId' | 'hour'>[]>;
  /** A flow's details since `since`, newest first, at most `limit`. */
  readCallDetails(flowId: string, since: number, limit: number): Promise<CallDetailRecord[]>;
  /** Forgets counts and details older than `before`. */
  purgeCalls(before: number): Promise<void>;
  readCallSettings(): Promise<CallSettingsRecord>;
  /** Switching call details off forgets the details kept. */
  writeCallSettings(settings: CallSettingsRecord): Promise<void>;
}
