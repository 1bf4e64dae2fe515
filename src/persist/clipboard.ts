/**
 * Where copied verbs wait to be pasted. The browser's local storage is shared by every tab and
 * flow, so verbs copied in one flow paste into another; a memory clipboard serves tests and
 * browsers without storage.
 */
import { createFlow } from '../model/flow';
import { FRAGMENT_FORMAT, type FlowFragment } from '../model/fragment';
import { START_NODE_ID, START_VERB, type Flow } from '../schema/flow';
import { isRecord, restoreFlow } from './flowFile';
import { nodeWithKind } from './migrations';
import type { KeyValueStore } from './library';
import { CLIPBOARD_KEY } from './storageKeys';

export interface FlowClipboard {
  read(): FlowFragment | undefined;
  write(fragment: FlowFragment): void;
}

export function memoryClipboard(): FlowClipboard {
  let content: FlowFragment | undefined;
  return {
    read: () => content,
    write: (fragment) => {
      content = fragment;
    },
  };
}

export function storageClipboard(storage: KeyValueStore | null): FlowClipboard {
  const local = memoryClipboard();
  // When the last copy could not be stored, this tab's copy is newer than the stored one.
  let storedIsStale = storage === null;
  return {
    read() {
      if (storedIsStale) return local.read();
      try {
        return parseFragment(storage?.getItem(CLIPBOARD_KEY) ?? null) ?? local.read();
      } catch {
        return local.read();
      }
    },
    write(fragment) {
      local.write(fragment);
      try {
        storage?.setItem(CLIPBOARD_KEY, JSON.stringify(fragment));
        storedIsStale = storage === null;
      } catch {
        // Storage full: the copy still works in this tab.
        storedIsStale = true;
      }
    },
  };
}

/**
 * A fragment from stored JSON, checked field by field as a flow file is (another tab, or an
 * older version, may have written it): it is wrapped in a flow and read back through
 * restoreFlow. A damaged part refuses the whole fragment (better not pasted than pasted in
 * part); what the designer could not show or export is repaired, and said.
 */
export function parseFragment(text: string | null): FlowFragment | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isFragmentShape(data)) return undefined;
  if (!data.nodes.every(isRecord) || !data.edges.every(isRecord)) return undefined;
  // A tab of an older version may have copied nodes that name their kind `verb`.
  const nodes = data.nodes.map(nodeWithKind) as FlowFragment['nodes'];
  // The wrapper below supplies its own start node: a fragment must not lean on it.
  const ids = new Set<unknown>(nodes.map((n) => n.id));
  if (ids.has(START_NODE_ID) || nodes.some((n) => n.kind === START_VERB)) return undefined;
  if (!data.edges.every((e) => ids.has(e.source) && ids.has(e.target))) return undefined;
  const carrier = createFlow({ dialect: 'rcml' });
  const wrapped: Flow = {
    ...carrier,
    dialect: data.dialect,
    nodes: [...carrier.nodes, ...nodes],
    edges: data.edges,
  };
  const restored = restoreFlow(wrapped, { damagedParts: 'refuse', verbLimit: false });
  if (!restored.ok) return undefined;
  return {
    format: FRAGMENT_FORMAT,
    dialect: restored.flow.dialect,
    nodes: restored.flow.nodes.slice(1),
    edges: restored.flow.edges,
    ...(restored.repairs ? { repairs: restored.repairs } : {}),
  };
}

function isFragmentShape(data: unknown): data is FlowFragment {
  const d = data as Partial<FlowFragment> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.format === FRAGMENT_FORMAT &&
    Array.isArray(d.nodes) &&
    Array.isArray(d.edges)
  );
}
