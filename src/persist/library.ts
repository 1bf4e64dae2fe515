/**
 * The user's flows in the browser's local storage. Each flow is stored with a revision number
 * and the tab that wrote it, so a tab never silently overwrites a newer save from another tab.
 * Every storage call can fail (private mode, quota): failures are returned, never thrown.
 *
 * Storage can also be damaged. The list of flows is therefore checked against the flows that
 * are actually stored (and rebuilt from them when it is lost), a flow that cannot be read is
 * listed with the reason, and such a flow is never written over unless the user asks.
 *
 * A save writes only what changed since the flow's stored copy (its journal, flowJournal.ts);
 * the copy is rewritten with the changes in it when they pause or grow (`compact`). Reading a
 * flow is always its copy with its journal applied.
 */
import type { Flow } from '../schema/flow';
import { headOf, readHead, type Head } from './flowHead';
import { diffFlow } from './flowPatch';
import { journalDamage, withJournal, type FlowJournal } from './flowJournal';
import {
  changesKey,
  flowKey,
  headKey,
  INDEX_KEY,
  keysOfFlow,
  LAST_KEY,
  TRASH_KEY,
} from './storageKeys';
import {
  readDeleted,
  readStoredFlow,
  readSummary,
  summarize,
  summarizeUnreadable,
  type DeletedFlow,
  type FlowDamage,
  type FlowSummary,
  type ReadStoredResult,
  type StoredFlow,
} from './storedRecords';

export type { DeletedFlow, FlowDamage, FlowSummary, StoredFlow } from './storedRecords';

/** The part of `window.localStorage` the library uses; tests pass an in-memory one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** With `key`: every stored key, to find flows that the list of flows has lost. */
  readonly length: number;
  key(index: number): string | null;
}

const FLOW_PREFIX = flowKey('');

/** How many deleted flows can be brought back. */
export const TRASH_LIMIT = 20;

/**
 * Past this many characters of changes, the stored copy is rewritten at the next idle moment
 * even while the user keeps editing: every save writes all changes since the copy, so a journal
 * that kept growing would make saves as slow as writing the copy.
 */
export const JOURNAL_LIMIT_CHARS = 64 * 1024;

/** How many flows' stored copies are kept in memory, to find what changed since them. */
const COPIES_KEPT = 3;

/** When the stored copy of a flow should be rewritten with its changes (see `compact`). */
export type Compaction = 'none' | 'after a pause' | 'soon';

/** A listed flow; `damage` says why it cannot be opened, when it cannot. */
export interface FlowEntry extends FlowSummary {
  readonly damage?: FlowDamage;
}

/** Everything the Flows dialog shows, every stored flow checked. */
export interface Inventory {
  readonly flows: FlowEntry[];
  readonly trash: DeletedFlow[];
  /** Plain sentences on damage that was found and repaired. */
  readonly notes: string[];
}

export type SaveResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly reason: 'conflict'; readonly theirs: StoredFlow }
  | { readonly ok: false; readonly reason: 'storage'; readonly message: string }
  /** The stored copy cannot be read, so it was not written over. */
  | { readonly ok: false; readonly reason: 'unreadable'; readonly message: string };

/** What reading a stored flow in full found, without the flow itself. */
type Verdict =
  | { readonly ok: true; readonly summary: FlowSummary }
  | { readonly ok: false; readonly damage: FlowDamage; readonly unreadable: FlowSummary };

/** Sorts unknown dates last. */
const UNKNOWN_TIME = -1e16;

export class FlowLibrary {
  /**
   * What each stored flow's text was found to be when the list was last checked, so that showing
   * the list again parses only the flows that changed. Only the verdict is kept (with the text
   * it is for), not the parsed flow.
   */
  private readonly checked = new Map<
    string,
    { readonly text: string; readonly journal: string | null; readonly verdict: Verdict }
  >();
  /**
   * The stored copy of recently read or written flows, as a flow in memory: a save stores the
   * difference from it. Unchanged nodes are the very objects the editor holds, so the difference
   * is found by identity. Only a copy stored exactly as it is read (not repaired) is kept.
   */
  private readonly copies = new Map<string, { readonly revision: number; readonly flow: Flow }>();
  /** What this tab last saved of each flow as changes, to write it into the stored copy. */
  private readonly journaled = new Map<
    string,
    { readonly stored: StoredFlow; readonly chars: number }
  >();

  constructor(
    private readonly storage: KeyValueStore | null,
    /** Identifies this tab in what it saves. */
    readonly tabId: string,
    private readonly now: () => number = Date.now,
  ) {}

  get available(): boolean {
    return this.storage !== null;
  }

  /**
   * Every stored flow that is not in the trash, newest first. Summaries come from the list of
   * flows; a stored flow the list lacks (the list was damaged, or lost a write) is read to be
   * summarized, and a listed flow that is no longer stored is left out.
   */
  list(): FlowSummary[] {
    return this.collect().flows;
  }

  /** The list with every flow checked (read in full), for the Flows dialog. */
  inventory(): Inventory {
    const { flows, indexDamaged, trashDamaged, recovered } = this.collect();
    const checked = flows.map((summary) => this.check(summary.id, summary) ?? summary);
    const notes: string[] = [];
    if (indexDamaged) {
      notes.push(
        'The list of your flows was damaged. It has been rebuilt from the flows stored in this browser.',
      );
    } else if (recovered > 0 && !trashDamaged) {
      notes.push(
        recovered === 1
          ? 'A flow stored in this browser was missing from the list of your flows. It is listed again.'
          : `${recovered} flows stored in this browser were missing from the list of your flows. They are listed again.`,
      );
    }
    if (trashDamaged) {
      notes.push(
        'The list of recently deleted flows was damaged. Deleted flows that are still stored are listed with your flows again.',
      );
    }
    return { flows: checked, trash: this.trash(), notes };
  }

  /** The stored flow, or why it cannot be read; undefined when nothing is stored under the id. */
  read(id: string): ReadStoredResult | undefined {
    const text = this.readText(flowKey(id));
    if (text === null) return undefined;
    const copy = readStoredFlow(id, text);
    if (copy.ok && copy.exact) this.keepCopy(id, copy.stored.revision, copy.stored.flow);
    return withJournal(id, copy, this.readText(changesKey(id)));
  }

  /**
   * A stored flow, read in full (once for as long as its text stays the same): its summary from
   * the flow itself, or the listed summary (else what its text tells) and why it cannot be read.
   */
  private check(id: string, listed?: FlowSummary): FlowEntry | undefined {
    const text = this.readText(flowKey(id));
    if (text === null) return undefined;
    const journal = this.readText(changesKey(id));
    let known = this.checked.get(id);
    if (known?.text !== text || known.journal !== journal) {
      const result = withJournal(id, readStoredFlow(id, text), journal);
      known = {
        text,
        journal,
        verdict: result.ok
          ? { ok: true, summary: summarize(id, result.stored) }
          : { ok: false, damage: result.damage, unreadable: summarizeUnreadable(id, text) },
      };
      this.checked.set(id, known);
    }
    const { verdict } = known;
    return verdict.ok
      ? { ...verdict.summary, updatedAt: verdict.summary.updatedAt ?? listed?.updatedAt ?? null }
      : { ...(listed ?? verdict.unreadable), damage: verdict.damage };
  }

  load(id: string): StoredFlow | undefined {
    const result = this.read(id);
    return result?.ok ? result.stored : undefined;
  }

  /** Whether anything at all is stored under the id, readable or not. */
  has(id: string): boolean {
    return this.readText(flowKey(id)) !== null;
  }

  /**
   * The stored text of a flow exactly as it is, so a damaged one can be kept and recovered; its
   * changes stored apart (its journal), when there are any, follow on a line of their own.
   */
  rawText(id: string): string | undefined {
    const text = this.readText(flowKey(id));
    const journal = this.readText(changesKey(id));
    if (text === null) return undefined;
    return journal === null ? text : `${text}\n${journal}`;
  }

  /** The revision and tab of a flow's last save, read without reading the flow. */
  lastSave(id: string): { readonly revision: number; readonly savedBy: string } | undefined {
    const head = this.head(id);
    return head.kind === 'head' ? { revision: head.revision, savedBy: head.savedBy } : undefined;
  }

  /**
   * Saves the flow unless another tab saved a newer revision since `baseRevision` (the revision
   * this tab last loaded or saved; null for a flow it created), and unless what is stored under
   * its id cannot be read (that is kept for the user to recover; `overwrite` replaces it).
   */
  save(flow: Flow, baseRevision: number | null): SaveResult {
    if (!this.storage) return storageFailure('Local storage is not available in this browser.');
    const head = this.head(flow.id);
    if (head.kind === 'unreadable') return unreadable(flow, head.damage);
    if (head.kind === 'head' && head.revision !== baseRevision && head.savedBy !== this.tabId) {
      // Only now is the whole stored flow read: to show the user the other tab's version.
      const theirs = this.read(flow.id);
      if (theirs?.ok) return { ok: false, reason: 'conflict', theirs: theirs.stored };
      if (theirs) return unreadable(flow, theirs.damage);
    }
    // Changes stored apart that cannot be read, or do not fit the copy, are kept for the user.
    const snapshot = head.kind === 'head' ? head.snapshot : undefined;
    const damage = journalDamage(this.readText(changesKey(flow.id)), snapshot);
    if (damage) return unreadable(flow, damage);
    const revision = (head.kind === 'head' ? head.revision : 0) + 1;
    const copy = this.copies.get(flow.id);
    return copy && snapshot === copy.revision
      ? this.writeChanges(flow, revision, copy)
      : this.write(flow, revision);
  }

  /** Saves over whatever is stored (the user chose to keep this tab's version). */
  overwrite(flow: Flow): SaveResult {
    const head = this.head(flow.id);
    return this.write(flow, (head.kind === 'head' ? head.revision : 0) + 1);
  }

  /** Whether and when the stored copy of a flow this tab saved should take in its changes. */
  compaction(id: string): Compaction {
    const journaled = this.journaled.get(id);
    if (!journaled) return 'none';
    return journaled.chars > JOURNAL_LIMIT_CHARS ? 'soon' : 'after a pause';
  }

  /**
   * Rewrites the stored copy of a flow with the changes this tab saved, and removes them: reading
   * it is then one parse again, and the next saves' changes start from nothing. Done only while
   * this tab's save is still the last one (another tab's save owns what is stored then). Takes
   * as long as writing the whole flow, so it is for pauses, never for a keystroke.
   */
  compact(id: string): SaveResult {
    const journaled = this.journaled.get(id);
    const head = this.head(id);
    if (!journaled) return { ok: true, revision: head.kind === 'head' ? head.revision : 0 };
    this.journaled.delete(id);
    const { stored } = journaled;
    if (
      head.kind !== 'head' ||
      head.revision !== stored.revision ||
      head.savedBy !== this.tabId ||
      this.readText(changesKey(id)) === null
    ) {
      return { ok: true, revision: head.kind === 'head' ? head.revision : 0 };
    }
    const failed = this.writeRaw(flowKey(id), JSON.stringify(stored));
    if (failed) return storageFailure(failed);
    // The copy now holds the changes: a journal left behind is recognized by its revision.
    this.storage?.removeItem(changesKey(id));
    this.keepCopy(id, stored.revision, stored.flow);
    const headFailed = this.writeJson(headKey(id), headOf(stored, stored.revision));
    return headFailed ? storageFailure(headFailed) : { ok: true, revision: stored.revision };
  }

  /**
   * Revision and writer of the stored flow, without parsing the flow itself (a save happens
   * every half second while someone types; the flow can be hundreds of kilobytes). Storage
   * written before heads existed, or whose head is damaged, falls back to the flow record.
   */
  private head(id: string): Head {
    const head = readHead(parseJson(this.readText(headKey(id))));
    if (head) return head;
    const stored = this.read(id);
    if (!stored) return { kind: 'none' };
    if (!stored.ok) return { kind: 'unreadable', damage: stored.damage };
    const { revision, savedAt, savedBy } = stored.stored;
    return { kind: 'head', revision, savedAt, savedBy };
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
    // Out of the trash, a flow goes with everything kept for it (its saved test calls too).
    for (const gone of trash.slice(TRASH_LIMIT)) {
      for (const key of keysOfFlow(gone.summary.id)) this.storage?.removeItem(key);
    }
    this.writeJson(
      INDEX_KEY,
      this.list().filter((s) => s.id !== id),
    );
    return { ok: true };
  }

  /** Deleted flows that can still come back (their stored flow is still there), newest first. */
  trash(): DeletedFlow[] {
    return this.readTrash(new Set(this.storedIds())).entries;
  }

  private readTrash(stored: ReadonlySet<string>): { entries: DeletedFlow[]; damaged: boolean } {
    const { entries, damaged } = this.readList(TRASH_KEY, readDeleted);
    return { entries: entries.filter((t) => stored.has(t.summary.id)), damaged };
  }

  /**
   * Brings a deleted flow back into the list, readable or not (a damaged one comes back as it
   * went, to be downloaded or deleted). The list is written first: if storage refuses, the
   * flow stays in the trash.
   */
  restore(id: string): { ok: true } | { ok: false; message: string } {
    const deleted = this.trash().find((t) => t.summary.id === id);
    const text = this.readText(flowKey(id));
    if (!deleted || text === null) {
      return { ok: false, message: 'It is no longer stored in this browser.' };
    }
    const read = this.read(id);
    const summary = read?.ok ? summarize(id, read.stored) : deleted.summary;
    const failed =
      this.writeJson(INDEX_KEY, [...this.list().filter((s) => s.id !== id), summary]) ??
      this.writeJson(
        TRASH_KEY,
        this.readList(TRASH_KEY, readDeleted).entries.filter((t) => t.summary.id !== id),
      );
    return failed ? { ok: false, message: failed } : { ok: true };
  }

  get lastOpened(): string | null {
    return this.readText(LAST_KEY);
  }

  set lastOpened(id: string | null) {
    if (id) this.writeRaw(LAST_KEY, id);
  }

  /** Writes the whole flow as its stored copy; changes stored apart are then in it. */
  private write(flow: Flow, revision: number): SaveResult {
    const stored: StoredFlow = { revision, savedAt: this.now(), savedBy: this.tabId, flow };
    // Read before this flow is written, so a flow the list lacks is never parsed just to list it.
    const listed = this.list().filter((s) => s.id !== flow.id);
    // The flow record first: other tabs listen for it, and read the head it is written with.
    const failed = this.writeRaw(flowKey(flow.id), JSON.stringify(stored));
    if (failed) return storageFailure(failed);
    this.storage?.removeItem(changesKey(flow.id));
    this.journaled.delete(flow.id);
    this.keepCopy(flow.id, revision, flow);
    const rest =
      this.writeJson(headKey(flow.id), headOf(stored, revision)) ??
      this.writeJson(INDEX_KEY, [...listed, summarize(flow.id, stored)]);
    return rest ? storageFailure(rest) : { ok: true, revision };
  }

  /** Writes what changed since the stored copy `copy` (small), and the head and list. */
  private writeChanges(
    flow: Flow,
    revision: number,
    copy: { readonly revision: number; readonly flow: Flow },
  ): SaveResult {
    const stored: StoredFlow = { revision, savedAt: this.now(), savedBy: this.tabId, flow };
    const journal: FlowJournal = {
      base: copy.revision,
      revision,
      savedAt: stored.savedAt,
      savedBy: stored.savedBy,
      patch: diffFlow(copy.flow, flow),
    };
    const text = JSON.stringify(journal);
    const listed = this.list().filter((s) => s.id !== flow.id);
    // The changes first: other tabs listen for them, and read the head they are written with.
    const failed =
      this.writeRaw(changesKey(flow.id), text) ??
      this.writeJson(headKey(flow.id), headOf(stored, copy.revision)) ??
      this.writeJson(INDEX_KEY, [...listed, summarize(flow.id, stored)]);
    if (failed) return storageFailure(failed);
    this.journaled.set(flow.id, { stored, chars: text.length });
    return { ok: true, revision };
  }

  private keepCopy(id: string, revision: number, flow: Flow): void {
    this.copies.delete(id);
    this.copies.set(id, { revision, flow });
    // The oldest first: a Map iterates in the order its keys were set.
    for (const old of this.copies.keys()) {
      if (this.copies.size <= COPIES_KEPT) break;
      this.copies.delete(old);
    }
  }

  /**
   * The list of flows checked against what is stored: listed flows that are gone are left out,
   * stored flows it lacks are added (unless they are in the trash).
   */
  private collect(): {
    flows: FlowSummary[];
    indexDamaged: boolean;
    trashDamaged: boolean;
    recovered: number;
  } {
    const index = this.readList(INDEX_KEY, readSummary);
    const stored = this.storedIds();
    const storedSet = new Set(stored);
    const trash = this.readTrash(storedSet);
    const trashed = new Set(trash.entries.map((t) => t.summary.id));
    const flows = new Map<string, FlowSummary>();
    for (const entry of index.entries) {
      if (storedSet.has(entry.id) && !flows.has(entry.id)) flows.set(entry.id, entry);
    }
    let recovered = 0;
    for (const id of stored) {
      if (flows.has(id) || trashed.has(id)) continue;
      flows.set(id, this.summaryFromStorage(id));
      recovered++;
    }
    const time = (s: FlowSummary) => s.updatedAt ?? UNKNOWN_TIME;
    return {
      flows: [...flows.values()].sort((a, b) => time(b) - time(a)),
      indexDamaged: index.damaged,
      trashDamaged: trash.damaged,
      recovered,
    };
  }

  /** The summary of a stored flow the list lacks, from the flow itself where it can be read. */
  private summaryFromStorage(id: string): FlowSummary {
    const entry = this.check(id) ?? summarizeUnreadable(id, '');
    return {
      id,
      name: entry.name,
      dialect: entry.dialect,
      verbs: entry.verbs,
      updatedAt: entry.updatedAt,
    };
  }

  /** The ids of every flow stored, found by their keys. */
  private storedIds(): string[] {
    if (!this.storage) return [];
    const ids: string[] = [];
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key?.startsWith(FLOW_PREFIX) && key.length > FLOW_PREFIX.length) {
          ids.push(key.slice(FLOW_PREFIX.length));
        }
      }
    } catch {
      // A storage that cannot be read lists nothing, as its list of flows would.
    }
    return ids;
  }

  /** The text stored under a key; null where there is none or storage cannot be read. */
  private readText(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /**
   * The entries of a stored list that can be read. `damaged` when the list is there but is
   * not a list, or some of its entries could not be read at all.
   */
  private readList<T>(
    key: string,
    readItem: (value: unknown) => T | undefined,
  ): { entries: T[]; damaged: boolean } {
    const text = this.readText(key);
    if (text === null) return { entries: [], damaged: false };
    const value = parseJson(text);
    if (!Array.isArray(value)) return { entries: [], damaged: true };
    const entries = value.map(readItem).filter((item): item is T => item !== undefined);
    return { entries, damaged: entries.length !== value.length };
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

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function storageFailure(message: string): SaveResult {
  return { ok: false, reason: 'storage', message };
}

function unreadable(flow: Flow, damage: FlowDamage): SaveResult {
  return {
    ok: false,
    reason: 'unreadable',
    message: `The copy of “${flow.name}” stored in this browser cannot be read (${damage.message.replace(/\.$/, '')}), so it was not saved over.`,
  };
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
