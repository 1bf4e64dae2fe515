/**
 * Saves the open flow to the library shortly after every change, and notices when another tab
 * saved the same flow: from then on nothing is written until the user chooses whose version to
 * keep. Framework-free: it talks to the store and the library only.
 */
import { newFlowId } from '../model/flow';
import type { Flow } from '../schema/flow';
import type { FlowLibrary } from '../persist/library';
import { changesKey, flowKey, headKey } from '../persist/storageKeys';
import type { AppStore } from '../store/createAppStore';
import type { SaveState } from '../store/types';
import { whenIdle, whenIdleAfter } from '../store/whenIdle';

/** Saves follow the last change by this much. */
export const AUTOSAVE_DELAY_MS = 300;
/**
 * …but a burst of changes is never held back longer than this, so even a crash in the middle of
 * continuous editing loses at most about half a second.
 */
export const AUTOSAVE_MAX_WAIT_MS = 500;
/**
 * A save that took longer than this (ms) cannot hide between two frames. Most saves write only
 * what changed (well under a millisecond, see library.ts), but some still write the whole flow,
 * tens of milliseconds at thousands of verbs on the main thread: the first save of a flow made,
 * imported or repaired in this tab, and every save while storage refuses to keep the changes
 * apart. The slow mode below keeps typing smooth through those; fast saves never enter it.
 */
export const SLOW_SAVE_MS = 12;
/**
 * After a slow save, a burst of changes is saved when it pauses (AUTOSAVE_DELAY_MS after the
 * last change), so typing is not held up twice a second; continuous editing is still saved at
 * least this often, and everything pending is saved when the page is hidden or closed.
 */
export const AUTOSAVE_SLOW_MAX_WAIT_MS = 3_000;
/**
 * The stored copy of a flow takes in the changes saved apart once the changes pause this long
 * (and the page is idle): rewriting it costs as much as a whole save, so never while typing.
 */
export const COMPACT_PAUSE_MS = 2_000;
/** How long a due rewrite of the stored copy may wait for the page to be idle. */
export const COMPACT_IDLE_TIMEOUT_MS = 2_000;

export class Autosave {
  /** Cancels the save that is waiting (for its timer, or for the page to be idle). */
  private cancelPending: (() => void) | undefined;
  /** Cancels the rewrite of the stored copy that waits for a pause (see COMPACT_PAUSE_MS). */
  private cancelCompaction: (() => void) | undefined;
  /** Whether that rewrite waits for a pause (a change then puts it off) or is due at once. */
  private compactionWaitsForPause = false;
  /** When the oldest unsaved change was made. */
  private pendingSince: number | undefined;
  private unsubscribe: () => void;
  /** The page failed to show the open flow (see suspend): nothing is saved until another opens. */
  private suspended = false;
  /** How long the last save took. */
  private lastSaveMs = 0;

  constructor(
    private readonly store: AppStore,
    private readonly library: FlowLibrary,
    /** Revision of the open flow as this tab last loaded or saved it; null if never saved. */
    private baseRevision: number | null,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
    /** The team's server, signed in: each flow saved here is then sent there (it says "Saved"). */
    private readonly remote?: { push(flow: Flow): void },
  ) {
    library.lastOpened = store.getState().flow.id;
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.flow !== previous.flow) this.schedule();
    });
    // A flow that was never saved is saved at once, so it appears in the list.
    if (baseRevision === null) this.save();
  }

  /** Writes a pending change now (before the page goes away, before switching flows). */
  flush(): void {
    if (this.cancelPending === undefined) return;
    this.clearTimer();
    this.save();
  }

  stop(): void {
    this.flush();
    this.cancelCompaction?.();
    this.unsubscribe();
  }

  /**
   * Stops saving the open flow: the page could not show it, and what it holds may be what broke
   * it, so it must not be written over the stored copy. Opening another flow saves again.
   */
  suspend(): void {
    this.clearTimer();
    this.pendingSince = undefined;
    this.suspended = true;
  }

  /** Opens another flow in this tab; the current one is saved first. */
  open(flow: Flow, revision: number | null): void {
    this.flush();
    this.suspended = false;
    this.baseRevision = revision;
    this.library.lastOpened = flow.id;
    this.store.getState().loadFlow(flow);
    this.clearTimer();
    if (revision === null) this.save();
    else this.setState({ kind: 'saved' });
  }

  /** The revision of the open flow as this tab last loaded or saved it. */
  get revision(): number | null {
    return this.baseRevision;
  }

  /**
   * Called when local storage changed in another tab: its saves write the flow's changes (or the
   * whole flow) and its head. The head tells whether that save is newer than this tab's before
   * the flow itself is read.
   */
  onExternalChange(key: string | null): void {
    const { flow } = this.store.getState();
    const id = flow.id;
    if (key !== flowKey(id) && key !== changesKey(id) && key !== headKey(id)) return;
    const last = this.library.lastSave(id);
    if (last && (last.savedBy === this.library.tabId || last.revision === this.baseRevision)) {
      return;
    }
    const theirs = this.library.load(flow.id);
    if (theirs && theirs.savedBy !== this.library.tabId && theirs.revision !== this.baseRevision) {
      this.clearTimer();
      this.setState({ kind: 'conflict', theirs });
    }
  }

  /** Conflict answer: take the other tab's version. */
  loadTheirs(): void {
    const state = this.store.getState().saveState;
    if (state.kind !== 'conflict') return;
    this.open(state.theirs.flow, state.theirs.revision);
  }

  /** Conflict answer: keep this tab's version as a new flow; the other tab's stays as it is. */
  keepMineAsCopy(): void {
    const { flow } = this.store.getState();
    this.open({ ...flow, id: newFlowId(), name: `${flow.name} (copy)` }, null);
  }

  private schedule(): void {
    if (this.suspended) return;
    if (this.store.getState().saveState.kind === 'conflict') return;
    // A change is no pause: the stored copy is rewritten after the next one.
    if (this.compactionWaitsForPause) {
      this.cancelCompaction?.();
      this.cancelCompaction = undefined;
    }
    const now = Date.now();
    this.pendingSince ??= now;
    this.clearTimer();
    // Words about the team's server stay up while the user types: they still hold.
    const { kind } = this.store.getState().saveState;
    if (kind !== 'offline' && kind !== 'refused') this.setState({ kind: 'pending' });
    // Wait for a pause in the changes, but never past the oldest change's deadline.
    const slow = this.lastSaveMs > SLOW_SAVE_MS;
    const untilDeadline =
      this.pendingSince + (slow ? AUTOSAVE_SLOW_MAX_WAIT_MS : AUTOSAVE_MAX_WAIT_MS) - now;
    const delay = Math.max(0, Math.min(this.delayMs, untilDeadline));
    const saveNow = () => {
      this.cancelPending = undefined;
      this.save();
    };
    if (!slow || delay >= untilDeadline) {
      const timer = setTimeout(saveNow, delay);
      this.cancelPending = () => clearTimeout(timer);
    } else {
      // A slow save after a pause also waits for keys still queued (up to the deadline).
      this.cancelPending = whenIdleAfter(delay, saveNow, Math.max(0, untilDeadline - delay));
    }
  }

  private save(): void {
    if (this.suspended) return;
    this.pendingSince = undefined;
    const { flow } = this.store.getState();
    const started = performance.now();
    const result = this.library.save(flow, this.baseRevision);
    this.lastSaveMs = performance.now() - started;
    if (result.ok) {
      this.baseRevision = result.revision;
      this.scheduleCompaction(flow.id);
      if (this.remote) this.remote.push(flow);
      else this.setState({ kind: 'saved' });
    } else if (result.reason === 'conflict') {
      this.setState({ kind: 'conflict', theirs: result.theirs });
    } else {
      this.setState({ kind: result.reason, message: result.message });
    }
  }

  /**
   * Rewrites the stored copy with the saved changes after a pause in them; changes grown past
   * their bound are taken in at the next idle moment, even while the user keeps editing.
   */
  private scheduleCompaction(id: string): void {
    this.cancelCompaction?.();
    const compact = () => {
      this.cancelCompaction = undefined;
      // A copy that cannot be written now stays as it was, with the changes beside it.
      this.library.compact(id);
    };
    const due = this.library.compaction(id);
    this.compactionWaitsForPause = due === 'after a pause';
    this.cancelCompaction =
      due === 'none'
        ? undefined
        : due === 'soon'
          ? whenIdle(compact, COMPACT_IDLE_TIMEOUT_MS)
          : whenIdleAfter(COMPACT_PAUSE_MS, compact, COMPACT_IDLE_TIMEOUT_MS);
  }

  private clearTimer(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
  }

  private setState(state: SaveState): void {
    this.store.getState().setSaveState(state);
  }
}
