/**
 * The user's flows in the browser's local storage. Each flow is stored with a revision number
 * and the tab that wrote it, so a tab never silently overwrites a newer save from another tab.
 * Every storage call can fail (private mode, quota): failures are returned, never thrown.
 */
import type { Flow } from '../model/types';
import { isRecord, restoreFlow } from './flowFile';

/** The part of `window.localStorage` the library uses; tests pass an in-memory one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'rcml-studio/';
export const INDEX_KEY = `${PREFIX}flows`;
export const TRASH_KEY = `${PREFIX}trash`;
export const LAST_KEY = `${PREFIX}last-flow`;
export const flowKey = (id: string) => `${PREFIX}flow/${id}`;
/** Revision, time and tab of the last save, small enough to read before every save. */
export const headKey = (id: string) => `${PREFIX}head/${id}`;

/** How many deleted flows can be brought back. */
export const TRASH_LIMIT = 20;

export interface FlowSummary {
  readonly id: string;
  readonly name: string;
  readonly dialect: string;
  readonly verbs: number;
  readonly updatedAt: number;
}

export interface StoredFlow {
  readonly revision: number;
  readonly savedAt: number;
  /** The tab that saved it. */
  readonly savedBy: string;
  readonly flow: Flow;
}

export interface DeletedFlow {
  readonly summary: FlowSummary;
  readonly deletedAt: number;
}

export type SaveResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly reason: 'conflict'; readonly theirs: StoredFlow }
  | { readonly ok: false; readonly reason: 'storage'; readonly message: string };

export class FlowLibrary {
  constructor(
    private readonly storage: KeyValueStore | null,
    /** Identifies this tab in what it saves. */
    readonly tabId: string,
    private readonly now: () => number = Date.now,
  ) {}

  get available(): boolean {
    return this.storage !== null;
  }

  list(): FlowSummary[] {
    return this.readList(INDEX_KEY, isSummary).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  load(id: string): StoredFlow | undefined {
    const stored = this.readJson(flowKey(id));
    if (!isRecord(stored) || typeof stored.revision !== 'number') return undefined;
    if (typeof stored.savedAt !== 'number' || typeof stored.savedBy !== 'string') return undefined;
    const restored = restoreFlow(stored.flow);
    return restored.ok
      ? {
          revision: stored.revision,
          savedAt: stored.savedAt,
          savedBy: stored.savedBy,
          flow: restored.flow,
        }
      : undefined;
  }

  /**
   * Saves the flow unless another tab saved a newer revision since `baseRevision` (the revision
   * this tab last loaded or saved; null for a flow it created).
   */
  save(flow: Flow, baseRevision: number | null): SaveResult {
    if (!this.storage) return storageFailure('Local storage is not available in this browser.');
    const head = this.head(flow.id);
    if (head && head.revision !== baseRevision && head.savedBy !== this.tabId) {
      // Only now is the whole stored flow read: to show the user the other tab's version.
      const theirs = this.load(flow.id);
      if (theirs) return { ok: false, reason: 'conflict', theirs };
    }
    return this.write(flow, (head?.revision ?? 0) + 1);
  }

  /** Saves over whatever is stored (the user chose to keep this tab's version). */
  overwrite(flow: Flow): SaveResult {
    return this.write(flow, (this.head(flow.id)?.revision ?? 0) + 1);
  }

  /**
   * Revision and writer of the stored flow, without parsing the flow itself (a save happens
   * every half second while someone types; the flow can be hundreds of kilobytes). Storage
   * written before heads existed falls back to the flow record.
   */
  private head(id: string): Omit<StoredFlow, 'flow'> | undefined {
    const head = this.readJson(headKey(id));
    if (
      isRecord(head) &&
      typeof head.revision === 'number' &&
      typeof head.savedAt === 'number' &&
      typeof head.savedBy === 'string'
    ) {
      return { revision: head.revision, savedAt: head.savedAt, savedBy: head.savedBy };
    }
    const stored = this.load(id);
    return (
      stored && { revision: stored.revision, savedAt: stored.savedAt, savedBy: stored.savedBy }
    );
  }

  /**
   * Moves a flow to the trash. The trash is written first: if storage refuses, the flow stays
   * listed and the failure is returned, so a delete can never lose the way back.
   */
  remove(id: string): { ok: true } | { ok: false; message: string } {
    const summary = this.list().find((s) => s.id === id);
    if (!summary) return { ok: true };
    const trash = this.trash().filter((t) => t.summary.id !== id);
    trash.unshift({ summary, deletedAt: this.now() });
    const failed = this.writeJson(TRASH_KEY, trash.slice(0, TRASH_LIMIT));
    if (failed) return { ok: false, message: failed };
    // The stored flow stays until it falls out of the trash, so it can come back intact.
    for (const gone of trash.slice(TRASH_LIMIT)) {
      this.storage?.removeItem(flowKey(gone.summary.id));
      this.storage?.removeItem(headKey(gone.summary.id));
    }
    this.writeJson(
      INDEX_KEY,
      this.list().filter((s) => s.id !== id),
    );
    return { ok: true };
  }

  trash(): DeletedFlow[] {
    return this.readList(TRASH_KEY, isDeleted);
  }

  restore(id: string): StoredFlow | undefined {
    const stored = this.load(id);
    if (!stored) return undefined;
    this.writeJson(
      TRASH_KEY,
      this.trash().filter((t) => t.summary.id !== id),
    );
    this.writeJson(INDEX_KEY, [...this.list().filter((s) => s.id !== id), summarize(stored)]);
    return stored;
  }

  get lastOpened(): string | null {
    try {
      return this.storage?.getItem(LAST_KEY) ?? null;
    } catch {
      return null;
    }
  }

  set lastOpened(id: string | null) {
    if (id) this.writeRaw(LAST_KEY, id);
  }

  private write(flow: Flow, revision: number): SaveResult {
    const stored: StoredFlow = { revision, savedAt: this.now(), savedBy: this.tabId, flow };
    const head = { revision, savedAt: stored.savedAt, savedBy: stored.savedBy };
    // The flow record first: other tabs listen for it, and read the head it is written with.
    const failed =
      this.writeRaw(flowKey(flow.id), JSON.stringify(stored)) ??
      this.writeJson(headKey(flow.id), head) ??
      this.writeJson(INDEX_KEY, [
        ...this.list().filter((s) => s.id !== flow.id),
        summarize(stored),
      ]);
    return failed ? storageFailure(failed) : { ok: true, revision };
  }

  /** Parsed JSON, or undefined where there is nothing or it is not JSON. */
  private readJson(key: string): unknown {
    try {
      const text = this.storage?.getItem(key);
      return text ? JSON.parse(text) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The entries of a stored list that have the expected shape; damaged ones are skipped. */
  private readList<T>(key: string, isItem: (value: unknown) => value is T): T[] {
    const value = this.readJson(key);
    return Array.isArray(value) ? value.filter(isItem) : [];
  }

  private writeJson(key: string, value: unknown): string | undefined {
    return this.writeRaw(key, JSON.stringify(value));
  }

  /** Returns a message when the write failed. */
  private writeRaw(key: string, value: string): string | undefined {
    if (!this.storage) return 'Local storage is not available in this browser.';
    try {
      this.storage.setItem(key, value);
      return undefined;
    } catch (error) {
      return isQuotaError(error)
        ? 'The browser’s storage for this site is full.'
        : 'The browser refused to save (storage may be disabled).';
    }
  }
}

function isSummary(value: unknown): value is FlowSummary {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.dialect === 'string' &&
    typeof value.verbs === 'number' &&
    typeof value.updatedAt === 'number'
  );
}

function isDeleted(value: unknown): value is DeletedFlow {
  return isRecord(value) && isSummary(value.summary) && typeof value.deletedAt === 'number';
}

function summarize(stored: StoredFlow): FlowSummary {
  return {
    id: stored.flow.id,
    name: stored.flow.name,
    dialect: stored.flow.dialect,
    verbs: stored.flow.nodes.length - 1,
    updatedAt: stored.savedAt,
  };
}

function storageFailure(message: string): SaveResult {
  return { ok: false, reason: 'storage', message };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * The browser's local storage, or null where even reading it throws (some private modes).
 * A full storage is still returned: its writes fail one by one and are reported as such.
 */
export function browserStorage(): KeyValueStore | null {
  try {
    const storage = window.localStorage;
    storage.getItem(LAST_KEY);
    return storage;
  } catch {
    return null;
  }
}
