/**
 * `StudioStorage` over Kysely: one implementation for both engines. What differs between them
 * (the dialect, how owners are locked, how the connection closes) comes in as `EngineParts`.
 */
import type { Kysely } from 'kysely';
import * as accounts from './accountQueries';
import * as calls from './callQueries';
import * as flows from './flowQueries';
import { migrateToLatest } from './migrations';
import type { Database } from './schema';
import type { StudioStorage } from './types';
import * as versions from './versionQueries';

export interface EngineParts {
  readonly db: Kysely<Database>;
  readonly description: string;
  readonly lockOwners: accounts.LockOwners;
}

export function kyselyStorage({ db, description, lockOwners }: EngineParts): StudioStorage {
  return {
    description,
    migrate: () => migrateToLatest(db),
    close: () => db.destroy(),

    readSetting: (key) => accounts.readSetting(db, key),
    writeSetting: (key, value) => accounts.writeSetting(db, key, value),

    countUsers: () => accounts.countUsers(db),
    createFirstOwner: (user, codeHash) => accounts.createFirstOwner(db, user, codeHash),
    findUserById: (id) => accounts.findUserById(db, id),
    findUserByEmail: (email) => accounts.findUserByEmail(db, email),
    listUsers: () => accounts.listUsers(db),
    changeRole: (id, role) => accounts.changeRole(db, lockOwners, id, role),
    removeUser: (id) => accounts.removeUser(db, lockOwners, id),

    createSession: (session) => accounts.createSession(db, session),
    findSession: (idHash) => accounts.findSession(db, idHash),
    touchSession: (idHash, at) => accounts.touchSession(db, idHash, at),
    deleteSession: (idHash) => accounts.deleteSession(db, idHash),

    createToken: (token) => accounts.createToken(db, token),
    listTokens: (userId) => accounts.listTokens(db, userId),
    findToken: (tokenHash) => accounts.findToken(db, tokenHash),
    touchToken: (id, at) => accounts.touchToken(db, id, at),
    deleteToken: (id, userId) => accounts.deleteToken(db, id, userId),

    createInvitation: (invitation) => accounts.createInvitation(db, invitation),
    listInvitations: (now) => accounts.listInvitations(db, now),
    findInvitation: (codeHash, now) => accounts.findInvitation(db, codeHash, now),
    deleteInvitation: (id) => accounts.deleteInvitation(db, id),
    acceptInvitation: (codeHash, now, user) => accounts.acceptInvitation(db, codeHash, now, user),

    signInFailures: (key, since) => accounts.signInFailures(db, key, since),
    recordSignInFailure: (keys, at, forgetBefore) =>
      accounts.recordSignInFailure(db, keys, at, forgetBefore),
    clearSignInFailures: (key) => accounts.clearSignInFailures(db, key),

    listFlows: () => flows.listFlows(db),
    listDeletedFlows: (since) => flows.listDeletedFlows(db, since),
    readFlow: (id) => flows.readFlow(db, id),
    insertFlow: (flow) => flows.insertFlow(db, flow),
    saveFlow: (id, baseRevision, change) => flows.saveFlow(db, id, baseRevision, change),
    deleteFlow: (id, at) => flows.deleteFlow(db, id, at),
    restoreFlow: (id, since) => flows.restoreFlow(db, id, since),
    purgeDeletedFlows: (before) => flows.purgeDeletedFlows(db, before),

    lastVersionNumber: (flowId) => versions.lastVersionNumber(db, flowId),
    publishVersion: (version) => versions.publishVersion(db, version),
    listVersions: (flowId) => versions.listVersions(db, flowId),
    readVersion: (flowId, number) => versions.readVersion(db, flowId, number),
    makeLive: (flowId, number) => versions.makeLive(db, flowId, number),
    setSigningKey: (flowId, key) => versions.setSigningKey(db, flowId, key),
    readVoiceFlow: (flowId) => versions.readVoiceFlow(db, flowId),
    readServedTable: (flowId, number) => versions.readServedTable(db, flowId, number),

    addCalls: (counts, details) => calls.addCalls(db, counts, details),
    readCallCounts: (flowId, since) => calls.readCallCounts(db, flowId, since),
    readCallDetails: (flowId, since, limit) => calls.readCallDetails(db, flowId, since, limit),
    purgeCalls: (before) => calls.purgeCalls(db, before),
    readCallSettings: () => calls.readCallSettings(db),
    writeCallSettings: (settings) => calls.writeCallSettings(db, settings),
  };
}
