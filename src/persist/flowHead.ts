/**
 * The head of a stored flow: revision, time and tab of its last save, and the revision of its
 * stored copy (the changes since that copy are stored apart, see flowJournal.ts). Small enough
 * to read before every save, where the flow itself can be megabytes.
 */
import { isRecord } from './flowFile';
import type { FlowDamage, StoredFlow } from './storedRecords';

export type Head =
  | { readonly kind: 'none' }
  | ({
      readonly kind: 'head';
      /** The revision of the stored copy, when the head tells it (heads before journals do not). */
      readonly snapshot?: number;
    } & Omit<StoredFlow, 'flow'>)
  | { readonly kind: 'unreadable'; readonly damage: FlowDamage };

/** The head stored as `value` (parsed JSON); undefined when it is not one. */
export function readHead(value: unknown): Head | undefined {
  if (
    !isRecord(value) ||
    typeof value.revision !== 'number' ||
    typeof value.savedAt !== 'number' ||
    typeof value.savedBy !== 'string'
  ) {
    return undefined;
  }
  return {
    kind: 'head',
    revision: value.revision,
    savedAt: value.savedAt,
    savedBy: value.savedBy,
    ...(typeof value.snapshot === 'number' ? { snapshot: value.snapshot } : {}),
  };
}

/** What the head of a save holds: revision, time, tab, and the revision of the stored copy. */
export function headOf(stored: StoredFlow, snapshot: number) {
  return { revision: stored.revision, savedAt: stored.savedAt, savedBy: stored.savedBy, snapshot };
}
