/**
 * The RCML Studio server's JSON API (docs/server-api.md), as the designer calls it. Every call
 * answers a result instead of throwing: the server's own sentence when it refused, or
 * `unreachable` when no answer came (a server that is down, a lost network), which the caller
 * treats as "keep it here and try again later".
 */
import type { Flow } from '../schema/flow';
import type { FlowPatch } from '../persist/flowPatch';

export type Role = 'owner' | 'editor' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

export interface FlowSummaryOnServer {
  readonly id: string;
  readonly name: string;
  readonly revision: number;
  readonly updatedAt: number;
  readonly updatedBy: { readonly id: string; readonly name: string } | null;
  readonly deletedAt?: number;
}

export interface Invitation {
  readonly id: string;
  readonly role: Role;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly lastUsedAt: number | null;
}

export interface PublishedVersion {
  readonly number: number;
  readonly note: string;
  readonly publishedAt: number;
  readonly publishedBy: { readonly id: string; readonly name: string } | null;
  readonly live: boolean;
}

export interface VersionDocuments {
  readonly version: PublishedVersion;
  readonly flow: Flow;
  readonly documents: readonly { readonly fileName: string; readonly xml: string }[];
}

/** A problem the server found when asked to publish (errors block publishing). */
export interface PublishProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly nodeId?: string;
}

/** Served requests of one route of one version, in the period asked. */
export interface CallCount {
  readonly version: number;
  readonly path: string;
  /** The decision's outlet taken; '' for a document. */
  readonly outlet: string;
  readonly count: number;
}

export interface TeamSettings {
  readonly callDetails: boolean;
  readonly callDetailsChangedBy?: string;
  readonly callDetailsChangedAt?: number;
  readonly callDays: number;
}

import { callApi, type ApiResult, type Fetch } from './apiCall';

export { isUnreachable, UNREACHABLE_MESSAGE, type ApiResult, type Fetch } from './apiCall';

export class StudioApi {
  constructor(
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    private readonly base = '',
  ) {}

  session() {
    return this.call<{ user: Person | null; setupNeeded: boolean }>('GET', '/api/session');
  }
  setUp(body: { code: string; name: string; email: string; password: string }) {
    return this.call<{ user: Person }>('POST', '/api/setup', body);
  }
  signIn(body: { email: string; password: string }) {
    return this.call<{ user: Person }>('POST', '/api/sign-in', body);
  }
  signOut() {
    return this.call<void>('POST', '/api/sign-out');
  }

  people() {
    return this.call<{ people: Person[]; invitations: Invitation[] }>('GET', '/api/people');
  }
  changeRole(id: string, role: Role) {
    return this.call<{ person: Person }>('PATCH', `/api/people/${enc(id)}`, { role });
  }
  removePerson(id: string) {
    return this.call<void>('DELETE', `/api/people/${enc(id)}`);
  }
  invite(role: Role) {
    return this.call<Invitation & { code: string }>('POST', '/api/invitations', { role });
  }
  cancelInvitation(id: string) {
    return this.call<void>('DELETE', `/api/invitations/${enc(id)}`);
  }
  invitation(code: string) {
    return this.call<{ role: Role }>('GET', `/api/invitations/${enc(code)}`);
  }
  acceptInvitation(code: string, body: { name: string; email: string; password: string }) {
    return this.call<{ user: Person }>('POST', `/api/invitations/${enc(code)}/accept`, body);
  }

  tokens() {
    return this.call<{ tokens: ApiToken[] }>('GET', '/api/tokens');
  }
  createToken(name: string) {
    return this.call<{ id: string; name: string; token: string }>('POST', '/api/tokens', {
      name,
    });
  }
  revokeToken(id: string) {
    return this.call<void>('DELETE', `/api/tokens/${enc(id)}`);
  }

  flows(deleted = false) {
    return this.call<{ flows: FlowSummaryOnServer[] }>(
      'GET',
      deleted ? '/api/flows?deleted=1' : '/api/flows',
    );
  }
  flow(id: string) {
    return this.call<{ summary: FlowSummaryOnServer; flow: Flow }>('GET', `/api/flows/${enc(id)}`);
  }
  createFlow(flow: Flow) {
    return this.call<{ summary: FlowSummaryOnServer }>('POST', '/api/flows', { flow });
  }
  saveFlow(flow: Flow, baseRevision: number) {
    return this.call<{ summary: FlowSummaryOnServer }>('PUT', `/api/flows/${enc(flow.id)}`, {
      flow,
      baseRevision,
    });
  }
  /** Saves what changed since the server's revision `baseRevision` (its flow is `patch`'s base). */
  saveFlowChanges(id: string, patch: FlowPatch, baseRevision: number) {
    return this.call<{ summary: FlowSummaryOnServer }>('PATCH', `/api/flows/${enc(id)}/draft`, {
      patch,
      baseRevision,
    });
  }
  renameFlow(id: string, name: string) {
    return this.call<{ summary: FlowSummaryOnServer }>('PATCH', `/api/flows/${enc(id)}`, {
      name,
    });
  }
  duplicateFlow(id: string) {
    return this.call<{ summary: FlowSummaryOnServer }>('POST', `/api/flows/${enc(id)}/duplicate`);
  }
  deleteFlow(id: string) {
    return this.call<void>('DELETE', `/api/flows/${enc(id)}`);
  }
  restoreFlow(id: string) {
    return this.call<{ summary: FlowSummaryOnServer }>('POST', `/api/flows/${enc(id)}/restore`);
  }

  publish(id: string, note: string, baseRevision: number) {
    return this.call<{ version: PublishedVersion }>('POST', `/api/flows/${enc(id)}/publish`, {
      note,
      baseRevision,
    });
  }
  versions(id: string) {
    return this.call<{
      versions: PublishedVersion[];
      live: number | null;
      voiceUrl: string;
      /** A signing key is set: every voice request must be signed (Enfonica). */
      signed: boolean;
    }>('GET', `/api/flows/${enc(id)}/versions`);
  }
  version(id: string, number: number) {
    return this.call<VersionDocuments>('GET', `/api/flows/${enc(id)}/versions/${number}`);
  }
  makeLive(id: string, version: number) {
    return this.call<{ live: number }>('PUT', `/api/flows/${enc(id)}/live`, { version });
  }
  setSigningKey(id: string, key: string) {
    return this.call<void>('PUT', `/api/flows/${enc(id)}/signing-key`, { key });
  }
  calls(id: string, days: number) {
    return this.call<{ days: number; counts: CallCount[] }>(
      'GET',
      `/api/flows/${enc(id)}/calls?days=${days}`,
    );
  }
  settings() {
    return this.call<TeamSettings>('GET', '/api/settings');
  }
  changeSettings(settings: { callDetails: boolean }) {
    return this.call<TeamSettings>('PUT', '/api/settings', settings);
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    return callApi<T>(this.fetchImpl, `${this.base}${path}`, method, body);
  }
}

const enc = encodeURIComponent;
