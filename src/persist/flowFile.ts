/**
 * Flow files: the flow as JSON, stamped with format and version. Reading migrates older versions
 * forward and checks every field, repairing a damaged part with a note; only what is not a flow
 * at all is refused, with a plain message.
 */
import { getDialect, isDialectId } from '../dialects';
import { megabytes } from '../xml/parse/limits';
import {
  FLOW_FORMAT,
  FLOW_VERSION,
  START_NODE_ID,
  START_VERB,
  type AttributeValues,
  type DialectId,
  type FillIn,
  type Flow,
  type FlowEdge,
  type FlowNode,
  type NestedElement,
  type RawElement,
} from '../schema/flow';
import { findKind } from '../kinds';
import { createFlow, newFlowId } from '../model/flow';
import { overVerbLimit } from '../model/limits';
import { migrate, type FlowData } from './migrations';
import { repairFlow } from './repair';

export type ReadResult =
  | {
      readonly ok: true;
      readonly flow: Flow;
      readonly migratedFrom?: number;
      /** What was repaired so that the flow can be shown and exported, one sentence each. */
      readonly repairs?: readonly string[];
    }
  | {
      readonly ok: false;
      readonly error: string;
      /** Refused for being over the size limit (src/model/limits.ts), not for its form. */
      readonly overLimit?: true;
    };

/** Larger than any flow people build (20,000 verbs is about 5 MB), small enough to parse. */
export const MAX_FLOW_FILE_BYTES = 25 * 1024 * 1024;
const MAX_RAW_DEPTH = 32;

export const FLOW_FILE_EXTENSION = '.rcmlflow.json';

export function writeFlowFile(flow: Flow): string {
  return `${JSON.stringify(flow, null, 2)}\n`;
}

export function readFlowFile(text: string): ReadResult {
  if (text.length > MAX_FLOW_FILE_BYTES) {
    return fail(`The file is ${megabytes(text.length)}; flow files are at most 25 MB.`);
  }
  const trimmed = text.trimStart();
  if (trimmed === '') return fail('The file is empty.');
  if (trimmed.startsWith('<')) {
    return fail('This is an XML document, not a flow file. Use Import to open RCML as a flow.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not valid JSON, so it is not a flow file.');
  }
  return restoreFlow(data);
}

/**
 * Checks and upgrades parsed data (from a file, local storage or the clipboard) into a flow.
 * Like excalidraw's restore: only data that is not a flow at all (no flow format stamp, no
 * version RCML Studio reads, over the size limits) is refused. A damaged part (a verb with a
 * field of the wrong type, a connection to nowhere) is repaired on its own: a default is filled
 * in, or the part is dropped, and a note says which. Fields RCML Studio does not know are kept,
 * so a file from a newer minor version or another tool loses nothing it does not understand.
 * What the designer could not show or export is repaired after that (see repair.ts).
 *
 */
export function restoreFlow(data: unknown, options: RestoreOptions = {}): ReadResult {
  const { newId = newFlowId, damagedParts = 'repair', verbLimit = true } = options;
  if (!isRecord(data) || data.format !== FLOW_FORMAT) {
    return fail('This is not an RCML Studio flow file.');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The flow file has no valid version number.');
  }
  if (version > FLOW_VERSION) {
    return fail(
      `This flow was saved by a newer RCML Studio (file version ${version}; this one reads up to ${FLOW_VERSION}). Update RCML Studio to open it.`,
    );
  }
  const tooBig = verbLimit && Array.isArray(data.nodes) ? overVerbLimit(data.nodes) : undefined;
  if (tooBig) return { ok: false, error: tooBig, overLimit: true };
  try {
    const context = version < FLOW_VERSION ? { flowId: newId() } : NO_NEW_ID;
    const checked = checkFlow(migrate(data, version, FLOW_VERSION, context), newId);
    if (damagedParts === 'refuse' && checked.notes.length > 0) {
      return fail(`The flow file is damaged: ${checked.notes[0]!}`);
    }
    const { flow, notes } = repairFlow(checked.flow);
    const repairs = [...checked.notes, ...notes];
    return {
      ok: true,
      flow,
      ...(version < FLOW_VERSION ? { migratedFrom: version } : {}),
      ...(repairs.length > 0 ? { repairs } : {}),
    };
  } catch (error) {
    return fail(
      `The flow file is damaged: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}

export interface RestoreOptions {
  /** Names a flow that has none (version 1 files had none, or the id was damaged). */
  newId?: () => string;
  /**
   * What to do with a damaged part: repair it (files and stored flows: the user's work), or
   * refuse the whole (a clipboard fragment, which is better not pasted than pasted in part).
   */
  damagedParts?: 'repair' | 'refuse';
  /**
   * Whether a flow over the verb limit is refused here (files, stored flows). A clipboard
   * fragment is read whatever its size: the paste it makes is held to the limit, and says so.
   */
  verbLimit?: boolean;
}

/** For a file of the current version, which no migration step asks for an id. */
const NO_NEW_ID = {
  get flowId(): string {
    throw new Error('no migration step is left to run');
  },
};

/** A refusal of one part of the file: the part is dropped, and the message says why. */
class Damage extends Error {}

interface Checked {
  readonly flow: Flow;
  readonly notes: readonly string[];
}

/** The flow's fields checked one by one, each damaged part repaired or dropped with a note. */
function checkFlow(data: FlowData, newId: () => string): Checked {
  const notes: string[] = [];
  const {
    id: rawId,
    name: rawName,
    dialect: rawDialect,
    baseUrl: rawBaseUrl,
    nodes: rawNodes,
    edges: rawEdges,
    fillIn: rawFillIn,
    ...others
  } = data;
  // Kept as they are; format and version are stamped anew below.
  const unknown = Object.fromEntries(
    Object.entries(others).filter(([key]) => key !== 'format' && key !== 'version'),
  );
  const defaults = createFlow({ id: '' });
  let id: string;
  if (typeof rawId === 'string' && rawId !== '') id = rawId;
  else {
    id = newId();
    notes.push('The flow had no valid id; it was given a new one.');
  }
  let name: string;
  if (typeof rawName === 'string') name = rawName;
  else {
    name = defaults.name;
    notes.push(`The flow’s name was not text; it is now “${defaults.name}”.`);
  }
  let dialect: DialectId;
  if (isDialectId(rawDialect)) dialect = rawDialect;
  else {
    dialect = defaults.dialect;
    notes.push(
      `The flow’s dialect was not one RCML Studio knows; it is now ${getDialect(defaults.dialect).label}. Choose another in the toolbar if it was meant to be.`,
    );
  }
  let baseUrl = '';
  if (typeof rawBaseUrl === 'string') baseUrl = rawBaseUrl;
  else if (rawBaseUrl !== undefined) {
    notes.push('The flow’s base URL was not text; it was left empty.');
  }

  // Without its list of verbs there is nothing of the flow to keep.
  if (!Array.isArray(rawNodes)) throw new Error('it has no list of verbs');
  const nodes: FlowNode[] = [];
  const ids = new Set<string>();
  for (const [index, value] of rawNodes.entries()) {
    const where = `Verb ${index + 1} of the flow`;
    try {
      const node = checkNode(value, where, notes);
      if (ids.has(node.id))
        throw new Damage(`it has the same id as another verb (“${short(node.id)}”)`);
      if (node.id === START_NODE_ID && node.kind !== START_VERB) {
        throw new Damage('it has the id of the “Incoming call”, which is not what it is');
      }
      ids.add(node.id);
      nodes.push(node);
    } catch (error) {
      notes.push(`${where} was removed: ${reason(error)}.`);
    }
  }
  if (!ids.has(START_NODE_ID)) {
    nodes.unshift(defaults.nodes[0]!);
    ids.add(START_NODE_ID);
    notes.push('The flow had no “Incoming call”; one was added.');
  }

  const edges: FlowEdge[] = [];
  const edgeIds = new Set<string>();
  if (!Array.isArray(rawEdges)) {
    notes.push('The flow had no list of connections; its verbs are not connected.');
  }
  for (const [index, value] of (Array.isArray(rawEdges) ? rawEdges : []).entries()) {
    try {
      const edge = checkEdge(value);
      if (!ids.has(edge.source) || !ids.has(edge.target)) {
        throw new Damage('it leads from or to a verb that is not in the flow');
      }
      if (edgeIds.has(edge.id)) throw new Damage('another connection has the same id');
      edgeIds.add(edge.id);
      edges.push(edge);
    } catch (error) {
      notes.push(`Connection ${index + 1} of the flow was removed: ${reason(error)}.`);
    }
  }
  const fillIn = rawFillIn === undefined ? undefined : checkFillIn(rawFillIn, notes);
  const flow: Flow = {
    ...unknown,
    format: FLOW_FORMAT,
    version: FLOW_VERSION,
    id,
    name,
    dialect,
    baseUrl,
    nodes,
    edges,
    ...(fillIn ? { fillIn } : {}),
  };
  return { flow, notes };
}

/**
 * The fields a template left to fill: each must say, as text, where it is and what goes there.
 * A damaged entry is dropped with a note (it only ever adds a warning); one whose verb is no
 * longer in the flow is kept, as the store keeps it, so that undoing the delete brings it back.
 */
function checkFillIn(value: unknown, notes: string[]): FillIn[] | undefined {
  if (!Array.isArray(value)) {
    notes.push('The flow’s list of fields to fill in was not a list; it was left out.');
    return undefined;
  }
  const kept: FillIn[] = [];
  for (const [index, entry] of value.entries()) {
    if (
      isRecord(entry) &&
      isText(entry.nodeId) &&
      isText(entry.field) &&
      isText(entry.what) &&
      typeof entry.example === 'string' &&
      (entry.childId === undefined || isText(entry.childId))
    ) {
      kept.push(entry as unknown as FillIn);
    } else {
      notes.push(
        `Field to fill in ${index + 1} of the flow was removed: it does not say, as text, which field it is and what goes there.`,
      );
    }
  }
  return kept;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * A verb, with what cannot be kept of it left out (a note each); throws a Damage when the verb
 * itself cannot be kept (no id, a verb RCML Studio does not know, a damaged unknown element).
 */
function checkNode(value: unknown, where: string, notes: string[]): FlowNode {
  if (!isRecord(value)) throw new Damage('it is not a verb at all');
  const { position, label, children, ...rest } = value;
  const element = checkElement(rest, notes);
  const named = `${where} (“${short(element.id)}”)`;
  let at = { x: 0, y: 0 };
  if (isRecord(position) && isFiniteNumber(position.x) && isFiniteNumber(position.y)) {
    at = { x: position.x, y: position.y };
  } else notes.push(`${named} had no valid position; it was placed at the top left.`);
  if (label !== undefined && typeof label !== 'string') {
    notes.push(`${named} had a label that is not text; the label was left out.`);
  }
  let nested: NestedElement[] | undefined;
  if (children !== undefined) {
    if (!Array.isArray(children)) {
      notes.push(`${named} had nested elements that are not a list; they were left out.`);
    } else {
      nested = [];
      for (const [index, child] of children.entries()) {
        const childWhere = `Element ${index + 1} inside ${named}`;
        try {
          if (!isRecord(child)) throw new Damage('it is not an element at all');
          nested.push(checkElement(child, notes, childWhere));
        } catch (error) {
          notes.push(`${childWhere} was removed: ${reason(error)}.`);
        }
      }
    }
  }
  return {
    ...element,
    ...(typeof label === 'string' ? { label } : {}),
    ...(nested ? { children: nested } : {}),
    position: at,
  };
}

/**
 * The fields a verb and a nested element share. Unknown fields are kept as they are; `where`
 * names the element in notes once its id is known.
 */
function checkElement(value: FlowData, notes: string[], where?: string): NestedElement {
  const { id, kind, attributes, text: body, raw, ...unknown } = value;
  if (typeof id !== 'string' || id === '') throw new Damage('it has no id');
  if (typeof kind !== 'string') throw new Damage('it does not say which verb it is');
  // Only the verb catalog's kinds are read nested (decisions and notes never are); which of
  // them a verb may hold is repaired after (repair.ts), with a note that names the verb.
  const known = findKind(kind);
  if (!known || (where !== undefined && known.face !== 'verb')) {
    throw new Damage(`it is a “${short(kind)}”, which RCML Studio does not know`);
  }
  const named = where ?? `The verb “${short(id)}”`;
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  if (isRecord(attributes)) {
    for (const [key, attribute] of Object.entries(attributes)) {
      if (typeof attribute === 'string') kept[key] = attribute;
      else dropped.push(key);
    }
    if (dropped.length > 0) {
      notes.push(
        `${named} had ${dropped.length === 1 ? 'a value' : 'values'} that ${dropped.length === 1 ? 'is' : 'are'} not text (${dropped.map(short).join(', ')}); ${dropped.length === 1 ? 'it was' : 'they were'} left out.`,
      );
    }
  } else {
    notes.push(`${named} had no valid list of values; it starts with none.`);
  }
  if (body !== undefined && typeof body !== 'string') {
    notes.push(`${named} had a text that is not text; the text was left out.`);
  }
  return {
    ...unknown,
    id,
    kind,
    attributes:
      isRecord(attributes) && dropped.length === 0 ? (attributes as AttributeValues) : kept,
    ...(typeof body === 'string' ? { text: body } : {}),
    ...(raw !== undefined ? { raw: checkRaw(raw, 0) } : {}),
  };
}

function checkRaw(value: unknown, depth: number): RawElement {
  if (depth > MAX_RAW_DEPTH) throw new Error('an unknown element in it is nested too deeply');
  if (!isRecord(value) || typeof value.name !== 'string' || !Array.isArray(value.children)) {
    throw new Damage('the element it keeps from an import is damaged');
  }
  const attributes = value.attributes;
  if (
    !Array.isArray(attributes) ||
    !attributes.every(
      (a) => Array.isArray(a) && a.length === 2 && a.every((v) => typeof v === 'string'),
    ) ||
    (value.text !== undefined && typeof value.text !== 'string')
  ) {
    throw new Damage('the element it keeps from an import is damaged');
  }
  return {
    name: value.name,
    attributes: attributes as [string, string][],
    ...(value.text !== undefined ? { text: value.text } : {}),
    children: value.children.map((c) => checkRaw(c, depth + 1)),
  };
}

function checkEdge(value: unknown): FlowEdge {
  if (!isRecord(value)) throw new Damage('it is not a connection at all');
  const { id, source, outlet, target, ...unknown } = value;
  if (
    typeof id !== 'string' ||
    typeof source !== 'string' ||
    typeof outlet !== 'string' ||
    typeof target !== 'string'
  ) {
    throw new Damage('it does not say, as text, what it connects');
  }
  return { ...unknown, id, source, outlet, target };
}

/** Why a part was dropped, for a note. A nesting deeper than allowed refuses the file. */
function reason(error: unknown): string {
  if (error instanceof Damage) return error.message;
  throw error;
}

/** Ids and names quoted in notes stay short: a file can hold anything. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A plain object (not null, not an array): what every stored record must be. */
export function isRecord(value: unknown): value is FlowData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function fail(error: string): ReadResult {
  return { ok: false, error };
}
