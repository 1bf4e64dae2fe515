/**
 * Sends the open flow to the team's server a moment after it is saved in this browser. The
 * browser's copy comes first and stays: when the server cannot be reached, the flow is marked
 * "not sent" here (a reload remembers it) and sent when the server answers again. A save names
 * the server revision it was based on, so when someone else saved in between the server refuses
 * it and the user chooses (their version, or mine as a copy): nothing is overwritten silently.
 * Typing never waits on the network: sends run one at a time, always with the newest flow.
 * A flow whose server copy this tab knows is sent as what changed since that copy (a patch, a
 * few hundred bytes for an edit in a flow of thousands of verbs); otherwise it is sent whole.
 */
import type { Flow } from '../schema/flow';
import type { KeyValueStore } from '../persist/library';
import type { AppStore } from '../store/createAppStore';
import type { SaveState, ServerCopy } from '../store/types';
import { isUnreachable, type StudioApi } from './api';
import { diffFlow } from '../persist/flowPatch';
import { syncRecordKey } from '../persist/storageKeys';

/** Where this browser keeps, per flow, the server revision its copy is based on. */

export interface SyncRecord {
  /** The server revision this browser's copy is based on; null: not on the server yet. */
  readonly revision: number | null;
  /** This browser holds changes the server has not got. */
  readonly unsent: boolean;
}

/** First retry after the server could not be reached; doubles up to RETRY_MAX_MS. */
export const RETRY_FIRST_MS = 1_000;
export const RETRY_MAX_MS = 15_000;

export const OFFLINE_MESSAGE =
  'Not saved: the server cannot be reached; your changes are kept here and sent when it is back.';

export interface ServerSyncOptions {
  readonly retryFirstMs?: number;
  readonly retryMaxMs?: number;
  /** Timers, replaceable in tests. */
  readonly setTimer?: (run: () => void, ms: number) => () => void;
}

export class ServerSync {
  /**
   * The flow last known to be on the server, per flow id, with its server revision: an unchanged
   * flow is not sent again, and a changed one is sent as its difference from this one. Flows are
   * immutable, so the same object is the same content, with no serializing per save.
   */
  private readonly onServer = new Map<string, { readonly flow: Flow; readonly revision: number }>();
  /** The newest flow waiting to be sent (one: only the open flow is edited). */
  private waiting: Flow | undefined;
  private sending = false;
  private retryMs: number;
  private cancelRetry: (() => void) | undefined;
  private readonly setTimer: NonNullable<ServerSyncOptions['setTimer']>;
  /** Who waits for the sends to be over (Publish publishes what the server holds). */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly api: StudioApi,
    private readonly store: AppStore,
    private readonly storage: KeyValueStore | null,
    private readonly options: ServerSyncOptions = {},
  ) {
    this.retryMs = options.retryFirstMs ?? RETRY_FIRST_MS;
    this.setTimer =
      options.setTimer ??
      ((run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      });
  }

  record(flowId: string): SyncRecord | undefined {
    return readSyncRecord(this.storage, flowId);
  }

  /** Whether a browser flow came from (or went to) the server: such flows do not "move in". */
  isKnown(flowId: string): boolean {
    return this.record(flowId) !== undefined;
  }

  /** A flow was opened as the server holds it (or just created there). */
  opened(flow: Flow, revision: number): void {
    this.onServer.set(flow.id, { flow, revision });
    this.writeRecord(flow.id, { revision, unsent: false });
  }

  /** The server's copy no longer concerns this browser (kept mine as a copy, or deleted). */
  forget(flowId: string): void {
    this.onServer.delete(flowId);
    if (this.waiting?.id === flowId) this.waiting = undefined;
    safeRemove(this.storage, syncRecordKey(flowId));
  }

  /** Called after each save in this browser: sends the flow if it differs from the server's. */
  push(flow: Flow): void {
    const state = this.store.getState().saveState.kind;
    if (state === 'server-conflict') return; // nothing is sent until the user chooses
    if (this.onServer.get(flow.id)?.flow === flow) {
      if (!this.sending) this.setState({ kind: 'saved' });
      return;
    }
    const record = this.record(flow.id);
    if (!record?.unsent)
      this.writeRecord(flow.id, { revision: record?.revision ?? null, unsent: true });
    this.waiting = flow;
    if (this.cancelRetry !== undefined) {
      // Waiting for the server to come back: the flow goes with the next try.
      this.setState({ kind: 'offline', message: OFFLINE_MESSAGE });
      return;
    }
    if (state !== 'refused') this.setState({ kind: 'pending' });
    if (!this.sending) void this.sendWaiting();
  }

  /** Tries again now (the browser says it is online again). */
  retryNow(): void {
    if (this.cancelRetry === undefined) return;
    this.cancelRetry();
    this.cancelRetry = undefined;
    void this.sendWaiting();
  }

  /**
   * Resolves once nothing is being sent or waits to be sent but a retry: then the server holds
   * this browser's flow (the save state says whether it does, or why not).
   */
  whenSent(): Promise<void> {
    if (!this.sending && (this.waiting === undefined || this.cancelRetry !== undefined)) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Whether something is still to be sent (the page should not be closed quietly). */
  get hasUnsent(): boolean {
    return this.waiting !== undefined || this.sending;
  }

  private async sendWaiting(): Promise<void> {
    await this.sendOne();
    if (this.sending || (this.waiting !== undefined && this.cancelRetry === undefined)) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private async sendOne(): Promise<void> {
    const flow = this.waiting;
    if (!flow || this.sending) return;
    this.waiting = undefined;
    this.sending = true;
    const record = this.record(flow.id);
    const base = record?.revision ?? null;
    const result = await this.send(flow, base);
    this.sending = false;

    if (result.ok) {
      this.retryMs = this.options.retryFirstMs ?? RETRY_FIRST_MS;
      this.onServer.set(flow.id, { flow, revision: result.value.summary.revision });
      // An edit made while this was on its way is still to be sent.
      const newer = this.isWaiting(flow.id);
      this.writeRecord(flow.id, { revision: result.value.summary.revision, unsent: newer });
      if (this.waiting) return void this.sendWaiting();
      if (this.isOpen(flow.id)) this.setState({ kind: 'saved' });
      return;
    }
    if (isUnreachable(result)) {
      this.waiting ??= flow;
      if (this.isOpen(flow.id)) this.setState({ kind: 'offline', message: OFFLINE_MESSAGE });
      this.scheduleRetry();
      return;
    }
    if (result.status === 409) {
      this.waiting = undefined;
      const theirs = await this.theirCopy(flow.id);
      if (theirs && this.isOpen(flow.id)) this.setState({ kind: 'server-conflict', theirs });
      else if (!theirs)
        this.refused(flow, 'Someone else saved this flow, and their version could not be read.');
      return;
    }
    if (result.status === 401) {
      // Kept as "not sent" in this browser: the next sign-in opens this copy and sends it.
      return this.refused(
        flow,
        'Not saved: you were signed out. Your changes are kept here; sign in again to send them.',
        true,
      );
    }
    if (result.status === 404) {
      return this.refused(
        flow,
        'Not saved: this flow was deleted from the team’s library. Your changes are kept here; keep them as a copy to save them.',
      );
    }
    this.refused(flow, `Not saved: ${result.message} Your changes are kept here.`);
  }

  /**
   * A new flow is created; a known one is sent as what changed since the server's copy, when this
   * tab holds that very revision (another tab of this browser may have sent a later one: then, as
   * after a reload, the flow goes whole).
   */
  private send(flow: Flow, base: number | null) {
    if (base === null) return this.api.createFlow(flow);
    const known = this.onServer.get(flow.id);
    return known?.revision === base
      ? this.api.saveFlowChanges(flow.id, diffFlow(known.flow, flow), base)
      : this.api.saveFlow(flow, base);
  }

  private refused(flow: Flow, message: string, signedOut = false): void {
    if (this.isOpen(flow.id)) this.setState({ kind: 'refused', message, signedOut });
  }

  private async theirCopy(flowId: string): Promise<ServerCopy | undefined> {
    const result = await this.api.flow(flowId);
    if (!result.ok) return undefined;
    const { summary, flow } = result.value;
    return {
      flow,
      revision: summary.revision,
      savedByName: summary.updatedBy?.name ?? 'Someone',
      savedAt: summary.updatedAt,
    };
  }

  private scheduleRetry(): void {
    const wait = this.retryMs;
    this.retryMs = Math.min(wait * 2, this.options.retryMaxMs ?? RETRY_MAX_MS);
    this.cancelRetry = this.setTimer(() => {
      this.cancelRetry = undefined;
      void this.sendWaiting();
    }, wait);
  }

  private isWaiting(flowId: string): boolean {
    return this.waiting?.id === flowId;
  }

  private isOpen(flowId: string): boolean {
    return this.store.getState().flow.id === flowId;
  }

  private writeRecord(flowId: string, record: SyncRecord): void {
    try {
      this.storage?.setItem(syncRecordKey(flowId), JSON.stringify(record));
    } catch {
      // A full or refused storage: the flow itself is what matters, and autosave says so.
    }
  }

  private setState(state: SaveState): void {
    this.store.getState().setSaveState(state);
  }
}

/** What this browser knows of a flow's server copy; undefined: it never went to a server. */
export function readSyncRecord(
  storage: KeyValueStore | null,
  flowId: string,
): SyncRecord | undefined {
  const text = safeRead(storage, syncRecordKey(flowId));
  if (text === null) return undefined;
  try {
    const data = JSON.parse(text) as Partial<SyncRecord>;
    const revision = typeof data.revision === 'number' ? data.revision : null;
    return { revision, unsent: data.unsent === true };
  } catch {
    return undefined;
  }
}

function safeRead(storage: KeyValueStore | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeRemove(storage: KeyValueStore | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: a record left behind only makes a later send name an old revision.
  }
}
