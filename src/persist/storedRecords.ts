/**
 * Reading what the flow library finds in local storage, which anything can have changed: an
 * older or newer RCML Studio, an extension, a person in the developer tools, a disk error.
 * Nothing here throws. What can be recovered is; what cannot is described in plain words, so
 * the user hears about it and nothing still stored disappears from view.
 */
import { FLOW_FORMAT, FLOW_VERSION, type Flow } from '../schema/flow';
import { isInCall } from '../kinds';
import { isRecord, restoreFlow } from './flowFile';

export interface FlowSummary {
  readonly id: string;
  readonly name: string;
  /** Empty when unknown (a flow that cannot be read). */
  readonly dialect: string;
  /** Null when unknown. */
  readonly verbs: number | null;
  /** Milliseconds since 1970; null when unknown or not a date a browser can show. */
  readonly updatedAt: number | null;
}

export interface DeletedFlow {
  readonly summary: FlowSummary;
  /** Null when unknown or not a date a browser can show. */
  readonly deletedAt: number | null;
}

export interface StoredFlow {
  readonly revision: number;
  readonly savedAt: number;
  /** The tab that saved it. */
  readonly savedBy: string;
  readonly flow: Flow;
  /** What was repaired so that the flow can be shown and exported (see repair.ts). */
  readonly repairs?: readonly string[];
}

/** Why a stored flow cannot be opened. */
export interface FlowDamage {
  /** `newer`: saved by a newer RCML Studio, intact but unreadable here. */
  readonly kind: 'damaged' | 'newer';
  /** A plain sentence for the user. */
  readonly message: string;
}

export type ReadStoredResult =
  | {
      readonly ok: true;
      readonly stored: StoredFlow;
      /**
       * The flow is exactly what is stored (not migrated from an older format, nothing repaired):
       * changes can be stored as a patch against it.
       */
      readonly exact?: true;
    }
  | { readonly ok: false; readonly damage: FlowDamage };

/** The largest time a JavaScript Date can hold; past it, formatting a date throws. */
const MAX_TIME = 8.64e15;

/** The time itself when a Date can hold it, else null ("unknown date"). */
export function validTime(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_TIME
    ? value
    : null;
}

/**
 * The stored record of one flow (`{ revision, savedAt, savedBy, flow }`), read as leniently as
 * is safe: a record missing its revision or times still opens (they start again from 0), and a
 * bare flow with no record around it opens too. The flow always takes the id of the key it is
 * stored under, so saving it again writes to the same place.
 */
export function readStoredFlow(id: string, text: string): ReadStoredResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return damaged(
      looksCutOff(text)
        ? 'Its stored copy is cut off: it ends in the middle.'
        : 'Its stored copy is not in the form flows are saved in.',
    );
  }
  const data = parsed;
  const wrapped = isRecord(data) && isRecord(data.flow);
  const flowData: unknown = wrapped ? data.flow : data;
  if (!isRecord(flowData) || flowData.format !== FLOW_FORMAT) {
    return damaged('Its stored copy is not an RCML Studio flow.');
  }
  const restored = restoreFlow(flowData);
  if (!restored.ok) return { ok: false, damage: unrestoredDamage(flowData, restored.error) };
  const record = wrapped ? data : {};
  return {
    ok: true,
    stored: {
      revision: nonNegativeInteger(record.revision) ?? 0,
      savedAt: validTime(record.savedAt) ?? 0,
      savedBy: typeof record.savedBy === 'string' ? record.savedBy : '',
      flow: restored.flow.id === id ? restored.flow : { ...restored.flow, id },
      ...(restored.repairs ? { repairs: restored.repairs } : {}),
    },
    ...(restored.repairs || restored.migratedFrom !== undefined || restored.flow.id !== id
      ? {}
      : { exact: true }),
  };
}

/**
 * Why stored flow data that restoreFlow refused cannot be opened: written by a newer RCML Studio,
 * or damaged, in the reader's words said of a stored flow.
 */
export function unrestoredDamage(
  flowData: { readonly version?: unknown },
  error: string,
): FlowDamage {
  const newer = typeof flowData.version === 'number' && flowData.version > FLOW_VERSION;
  return {
    kind: newer ? 'newer' : 'damaged',
    message: error.replace(/\bflow file\b/g, 'stored flow'),
  };
}

/**
 * A summary from a stored list, leniently: only the id is required; a missing name, count or
 * out-of-range date becomes "unknown" instead of hiding the flow.
 */
export function readSummary(value: unknown): FlowSummary | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id === '') return undefined;
  return {
    id: value.id,
    name: typeof value.name === 'string' && value.name.trim() ? value.name : unnamed(value.id),
    dialect: typeof value.dialect === 'string' ? value.dialect : '',
    verbs: nonNegativeInteger(value.verbs),
    updatedAt: validTime(value.updatedAt),
  };
}

export function readDeleted(value: unknown): DeletedFlow | undefined {
  const summary = isRecord(value) ? readSummary(value.summary) : undefined;
  return summary && isRecord(value)
    ? { summary, deletedAt: validTime(value.deletedAt) }
    : undefined;
}

export function summarize(id: string, stored: StoredFlow): FlowSummary {
  return {
    id,
    name: stored.flow.name,
    dialect: stored.flow.dialect,
    // The incoming call and notes are no verbs of the call.
    verbs: stored.flow.nodes.filter(isInCall).length - 1,
    updatedAt: stored.savedAt || null,
  };
}

/**
 * What can be told of a stored flow that cannot be read: its name when the text still holds
 * one (a cut-off flow usually does, near its start), else a name made from its id.
 */
export function summarizeUnreadable(id: string, text: string): FlowSummary {
  return { id, name: nameInText(text) ?? unnamed(id), dialect: '', verbs: null, updatedAt: null };
}

function nameInText(text: string): string | undefined {
  const match = /"name"\s*:\s*("(?:[^"\\]|\\.){1,400}")/.exec(text.slice(0, 4096));
  if (!match) return undefined;
  try {
    const name: unknown = JSON.parse(match[1]!);
    return typeof name === 'string' && name.trim() ? name.slice(0, 120) : undefined;
  } catch {
    return undefined;
  }
}

function unnamed(id: string): string {
  return `Unnamed flow (${id.slice(0, 8)})`;
}

/** Text that starts like JSON but does not close: what a write cut short leaves behind. */
function looksCutOff(text: string): boolean {
  const trimmed = text.trim();
  return /^[[{]/.test(trimmed) && !/[\]}]$/.test(trimmed);
}

function nonNegativeInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function damaged(message: string): ReadStoredResult {
  return { ok: false, damage: { kind: 'damaged', message } };
}
