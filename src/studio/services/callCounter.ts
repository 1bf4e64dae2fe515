/**
 * Counting calls, not callers. Each served voice request adds one to every route it went
 * through: each decision's (path, outlet) and the document served (path, ''), in the hour it was
 * served. Counts gather in memory and are written in one batch at most a second after the first
 * one, so that thousands of calls a second cost one upsert per route and second, not one write
 * per call. `flush` writes what is held (main.ts calls it on SIGTERM before exiting); a batch
 * that fails to be written is kept for the next one, so each request is counted exactly once.
 */
import type { RequestLog } from '../../router';
import type { CallCountRecord, CallDetailRecord, StudioStorage } from '../storage';
import { CALL_FLUSH_MS, DAY_MS } from './policy';

const HOUR_MS = 3_600_000;

export interface CallCounterOptions {
  readonly storage: StudioStorage;
  readonly now: () => number;
  /** How long counts are kept: older ones are forgotten (at most once an hour per process). */
  readonly callDays: number;
  readonly flushMs?: number;
  /** Where a failed write is told (its kind only). */
  readonly onError?: (error: unknown) => void;
}

type Pending = { -readonly [K in keyof CallCountRecord]: CallCountRecord[K] };

export class CallCounter {
  readonly #options: CallCounterOptions;
  #counts = new Map<string, Pending>();
  #details: CallDetailRecord[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<void> = Promise.resolve();
  #purgedAt = Number.NEGATIVE_INFINITY;

  constructor(options: CallCounterOptions) {
    this.#options = options;
  }

  /** Counts one served request of `version` of `flowId`, from the router's log of it. */
  count(flowId: string, version: number, log: RequestLog, caller?: string): void {
    const at = this.#options.now();
    const hour = at - (at % HOUR_MS);
    for (const step of log.decisions) this.#add(flowId, version, step.path, step.outlet, hour);
    if (log.document) this.#add(flowId, version, log.document, '', hour);
    if (caller !== undefined) {
      this.#details.push({ flowId, version, path: log.path, caller, at });
    }
    this.#schedule();
  }

  /** How many counts and details wait to be written. */
  get pending(): number {
    let total = this.#details.length;
    for (const count of this.#counts.values()) total += count.count;
    return total;
  }

  /** Writes everything held now; resolves once it is written (or kept again after a failure). */
  flush(): Promise<void> {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    this.#writing = this.#writing.then(() => this.#write());
    return this.#writing;
  }

  #add(flowId: string, version: number, path: string, outlet: string, hour: number): void {
    const key = `${flowId}\u0000${version}\u0000${path}\u0000${outlet}\u0000${hour}`;
    const held = this.#counts.get(key);
    if (held) held.count += 1;
    else this.#counts.set(key, { flowId, version, path, outlet, hour, count: 1 });
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => void this.flush(), this.#options.flushMs ?? CALL_FLUSH_MS);
    this.#timer.unref?.();
  }

  async #write(): Promise<void> {
    const counts = this.#counts;
    const details = this.#details;
    this.#counts = new Map();
    this.#details = [];
    const { storage, now, callDays } = this.#options;
    try {
      await storage.addCalls([...counts.values()], details);
    } catch (error) {
      // Kept for the next batch: added to whatever was counted meanwhile.
      for (const [key, count] of counts) {
        const held = this.#counts.get(key);
        if (held) held.count += count.count;
        else this.#counts.set(key, count);
      }
      this.#details = [...details, ...this.#details];
      this.#options.onError?.(error);
      this.#schedule();
      return;
    }
    const at = now();
    if (at - this.#purgedAt >= HOUR_MS) {
      this.#purgedAt = at;
      await storage.purgeCalls(at - callDays * DAY_MS).catch((error: unknown) => {
        this.#options.onError?.(error);
      });
    }
  }
}
