/** In-memory key-value stores for persistence tests: healthy, full, failing or broken. */
import type { KeyValueStore } from '../persist/library';

export interface TestStorage extends KeyValueStore {
  /** What is stored, by key. */
  readonly data: Map<string, string>;
  /** Every key written, in order (successful writes only). */
  readonly writes: string[];
  /** While set, every setItem throws what this returns (and stores nothing). */
  failWrites: (() => unknown) | undefined;
  /** While set, every getItem (and every look at the keys) throws what this returns. */
  failReads: (() => unknown) | undefined;
  /** Characters stored (keys and values), as a browser counts its quota. */
  readonly used: number;
}

/** The error a browser throws when the site's storage quota is used up. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * A store in memory. With `capacity`, a write that would make the stored keys and values longer
 * than that many characters throws QuotaExceededError and stores nothing, as browsers do.
 */
export function memoryStorage(options: { capacity?: number } = {}): TestStorage {
  const data = new Map<string, string>();
  const writes: string[] = [];
  const sizeOf = (map: ReadonlyMap<string, string>) =>
    [...map].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  const storage: TestStorage = {
    data,
    writes,
    failWrites: undefined,
    failReads: undefined,
    get used() {
      return sizeOf(data);
    },
    getItem(key) {
      if (storage.failReads) throw storage.failReads();
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (storage.failWrites) throw storage.failWrites();
      if (options.capacity !== undefined) {
        const next = new Map(data).set(key, String(value));
        if (sizeOf(next) > options.capacity) throw quotaError();
      }
      data.set(key, String(value));
      writes.push(key);
    },
    removeItem(key) {
      data.delete(key);
    },
    // Keys in the order they were first stored, as browsers mostly (not by contract) keep them.
    get length() {
      if (storage.failReads) throw storage.failReads();
      return data.size;
    },
    key(index) {
      if (storage.failReads) throw storage.failReads();
      return [...data.keys()][index] ?? null;
    },
  };
  return storage;
}
