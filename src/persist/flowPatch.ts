/**
 * What changed between two versions of a flow, as plain JSON data, and how to apply it: local
 * saves store it instead of the whole flow, and the team's server receives it instead of the
 * whole flow. Framework-free.
 *
 * Flows are immutable: an edit replaces the nodes it changes (and the arrays holding them) and
 * keeps every other node object as it was. The diff therefore compares by identity first, which
 * is one pass even at thousands of verbs; objects that are not the same are compared by value, so
 * a flow read back from storage (new objects throughout) still gives the smallest patch.
 */
import type { Flow, FlowEdge, FlowNode } from '../schema/flow';
import { isRecord } from './flowFile';

/**
 * The changes to a list of records with ids (the nodes, the edges). The new list is the old one
 * with `removed` left out, `changed` records put in place of those with their id, and the others
 * of `changed` added at its end. Then, when that is not the new order: the records of `last`
 * are taken out and put at the end in that order (a node or a connection moved to the end, as
 * removing a step reconnects its neighbours), or, failing that, the whole `order` is given.
 */
export interface ListPatch<T extends { readonly id: string }> {
  readonly changed?: readonly T[];
  readonly removed?: readonly string[];
  /** The ids that end the new list, in order. */
  readonly last?: readonly string[];
  /** Every id of the new list, in order: only when the rules above do not give that order. */
  readonly order?: readonly string[];
}

/** The flow's fields besides its nodes and edges (name, dialect, base URL, fill-ins, …). */
type FlowFields = Omit<Flow, 'nodes' | 'edges'>;

export interface FlowPatch {
  readonly nodes?: ListPatch<FlowNode>;
  readonly edges?: ListPatch<FlowEdge>;
  /** The fields that changed, with their new values. */
  readonly fields?: Partial<FlowFields>;
  /** Optional fields the new version no longer has (a flow whose fill-ins are all done). */
  readonly unset?: readonly string[];
}

/** The patch that turns `before` into `after` (applyFlowPatch(before, patch) equals `after`). */
export function diffFlow(before: Flow, after: Flow): FlowPatch {
  const nodes = diffList(before.nodes, after.nodes);
  const edges = diffList(before.edges, after.edges);
  const fields: Record<string, unknown> = {};
  const unset: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'nodes' || key === 'edges') continue;
    const was = (before as unknown as Record<string, unknown>)[key];
    const is = (after as unknown as Record<string, unknown>)[key];
    if (is === undefined) {
      if (was !== undefined) unset.push(key);
    } else if (!sameValue(was, is)) {
      fields[key] = is;
    }
  }
  return {
    ...(nodes ? { nodes } : {}),
    ...(edges ? { edges } : {}),
    ...(Object.keys(fields).length > 0 ? { fields: fields as Partial<FlowFields> } : {}),
    ...(unset.length > 0 ? { unset } : {}),
  };
}

/** Whether the patch changes nothing. */
export function isEmptyPatch(patch: FlowPatch): boolean {
  return !patch.nodes && !patch.edges && !patch.fields && !patch.unset;
}

/**
 * The flow with the patch applied; unchanged nodes and edges keep their objects. Never throws:
 * the ids a patch names that the flow lacks are passed over (the reader checks the result).
 */
export function applyFlowPatch(flow: Flow, patch: FlowPatch): Flow {
  const result: Record<string, unknown> = { ...flow };
  for (const key of patch.unset ?? []) delete result[key];
  for (const [key, value] of Object.entries(patch.fields ?? {})) {
    // A patch is data from storage or the network: it sets fields, never the prototype.
    if (key !== '__proto__') result[key] = value;
  }
  result.nodes = patch.nodes ? applyList(flow.nodes, patch.nodes) : flow.nodes;
  result.edges = patch.edges ? applyList(flow.edges, patch.edges) : flow.edges;
  return result as unknown as Flow;
}

/**
 * A patch read from storage or from the network, checked for its shape only (lists of records
 * with string ids, string lists, a record of fields); what the patched flow holds is checked by
 * the flow's reader. Undefined when it is not a patch.
 */
export function readFlowPatch(value: unknown): FlowPatch | undefined {
  if (!isRecord(value)) return undefined;
  const { nodes, edges, fields, unset } = value;
  if (nodes !== undefined && !isListPatch(nodes)) return undefined;
  if (edges !== undefined && !isListPatch(edges)) return undefined;
  if (fields !== undefined && (!isRecord(fields) || 'nodes' in fields || 'edges' in fields)) {
    return undefined;
  }
  if (unset !== undefined && !isStringList(unset)) return undefined;
  if (isStringList(unset) && unset.some((key) => key === 'nodes' || key === 'edges')) {
    return undefined;
  }
  return value as FlowPatch;
}

function diffList<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): ListPatch<T> | undefined {
  if (before === after) return undefined;
  const inPlace = diffInPlace(before, after);
  if (inPlace !== 'moved') return inPlace;
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set<string>();
  const changed: T[] = [];
  for (const item of after) {
    kept.add(item.id);
    const was = old.get(item.id);
    if (was !== item && !sameValue(was, item)) changed.push(item);
  }
  const removed = before.filter((item) => !kept.has(item.id)).map((item) => item.id);
  const patch: ListPatch<T> = {
    ...(changed.length > 0 ? { changed } : {}),
    ...(removed.length > 0 ? { removed } : {}),
  };
  // The order is written out only when keeping, replacing and appending does not give it.
  const result = applyList(before, patch);
  const inOrder = sameOrder(result, after);
  const last = inOrder ? undefined : movedToEnd(result, after);
  const ordered = inOrder
    ? patch
    : last
      ? { ...patch, last }
      : { ...patch, order: after.map((item) => item.id) };
  return Object.keys(ordered).length > 0 ? ordered : undefined;
}

/**
 * The common edits — a node changed, added at the end, or removed from the end — found in one
 * pass without building any index: 'moved' when the ids do not line up and the full comparison
 * is needed.
 */
function diffInPlace<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): ListPatch<T> | undefined | 'moved' {
  const common = Math.min(before.length, after.length);
  const changed: T[] = [];
  for (let i = 0; i < common; i++) {
    const was = before[i]!;
    const is = after[i]!;
    if (was === is) continue;
    if (was.id !== is.id) return 'moved';
    if (!sameValue(was, is)) changed.push(is);
  }
  const added = after.slice(common);
  const removed = before.slice(common).map((item) => item.id);
  const ids = new Set(removed);
  // An appended record with the id of one removed at the end is a move, not a new record.
  if (added.some((item) => ids.has(item.id))) return 'moved';
  changed.push(...added);
  const patch: ListPatch<T> = {
    ...(changed.length > 0 ? { changed } : {}),
    ...(removed.length > 0 ? { removed } : {}),
  };
  return Object.keys(patch).length > 0 ? patch : undefined;
}

function applyList<T extends { readonly id: string }>(
  list: readonly T[],
  patch: ListPatch<T>,
): readonly T[] {
  const removed = new Set(patch.removed);
  const changed = new Map((patch.changed ?? []).map((item) => [item.id, item]));
  const result: T[] = [];
  const placed = new Set<string>();
  for (const item of list) {
    if (removed.has(item.id) || placed.has(item.id)) continue;
    result.push(changed.get(item.id) ?? item);
    placed.add(item.id);
  }
  for (const [id, item] of changed) {
    if (!placed.has(id)) {
      result.push(item);
      placed.add(id);
    }
  }
  if (patch.last) return putLast(result, patch.last);
  if (!patch.order) return result;
  const byId = new Map(result.map((item) => [item.id, item]));
  const inOrder = patch.order.flatMap((id) => {
    const item = byId.get(id);
    byId.delete(id);
    return item ? [item] : [];
  });
  // Records the order forgot are kept, at the end, rather than lost.
  return [...inOrder, ...byId.values()];
}

/**
 * When `after` is `kept` with some records taken out and put at its end, the ids of that end;
 * else undefined. One pass: walks both lists, setting aside what `after` has later.
 */
function movedToEnd(
  kept: readonly { id: string }[],
  after: readonly { id: string }[],
): string[] | undefined {
  const setAside = new Set<string>();
  let j = 0;
  for (const item of kept) {
    if (j < after.length && after[j]!.id === item.id) j++;
    else setAside.add(item.id);
  }
  const end = after.slice(j).map((item) => item.id);
  // Every record set aside must come back at the end, and nothing else be there.
  if (end.length !== setAside.size || !end.every((id) => setAside.has(id))) return undefined;
  return end;
}

function putLast<T extends { readonly id: string }>(
  list: readonly T[],
  last: readonly string[],
): readonly T[] {
  const ids = new Set(last);
  const byId = new Map(list.filter((item) => ids.has(item.id)).map((item) => [item.id, item]));
  const end = last.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  return [...list.filter((item) => !ids.has(item.id)), ...end];
}

function sameOrder(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i]!.id);
}

/** Equal as JSON data (a field set to undefined counts as absent, as it does once stored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    if (!sameValue(x[key], y[key])) return false;
  }
  return true;
}

function isListPatch(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { changed, removed, last, order } = value;
  return (
    (changed === undefined ||
      (Array.isArray(changed) &&
        changed.every((item) => isRecord(item) && typeof item.id === 'string'))) &&
    (removed === undefined || isStringList(removed)) &&
    (last === undefined || isStringList(last)) &&
    (order === undefined || isStringList(order))
  );
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
