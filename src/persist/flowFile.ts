/**
 * Flow files: the flow as JSON, stamped with format and version. Reading checks every field,
 * migrates older versions forward, and refuses what it cannot trust with a plain message.
 */
import { isDialectId } from '../dialects';
import { megabytes } from '../xml/parse/limits';
import {
  FLOW_FORMAT,
  FLOW_VERSION,
  START_NODE_ID,
  START_VERB,
  type Flow,
  type FlowEdge,
  type FlowNode,
  type NestedElement,
  type RawElement,
} from '../model/types';
import { findVerb } from '../verbs';
import { MAX_VERBS, tooManyVerbsMessage } from '../model/limits';
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
  | { readonly ok: false; readonly error: string };

/** Larger than any flow people build (20,000 verbs is about 5 MB), small enough to parse. */
export const MAX_FLOW_FILE_BYTES = 25 * 1024 * 1024;
const MAX_NODES = MAX_VERBS + 1; // and the "Incoming call"
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
 * Checks and upgrades parsed data (from a file, local storage or the clipboard) into a flow,
 * and repairs what the designer could not show or export (see repair.ts), saying what.
 */
export function restoreFlow(data: unknown): ReadResult {
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
  if (Array.isArray(data.nodes) && data.nodes.length > MAX_NODES) {
    return fail(tooManyVerbsMessage(data.nodes.length - 1));
  }
  try {
    const { flow, notes } = repairFlow(checkFlow(migrate(data, version, FLOW_VERSION)));
    return {
      ok: true,
      flow,
      ...(version < FLOW_VERSION ? { migratedFrom: version } : {}),
      ...(notes.length > 0 ? { repairs: notes } : {}),
    };
  } catch (error) {
    return fail(
      `The flow file is damaged: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}

function checkFlow(data: FlowData): Flow {
  const name = text(data.name, 'name');
  const id = text(data.id, 'id');
  if (!isDialectId(data.dialect)) throw new Error('its dialect is not one RCML Studio knows');
  const baseUrl = data.baseUrl === undefined ? '' : text(data.baseUrl, 'baseUrl');
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new Error('it has no list of verbs or of connections');
  }
  if (data.nodes.length > MAX_NODES) throw new Error(`it has over ${MAX_NODES} verbs`);
  const nodes = data.nodes.map(checkNode);
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) throw new Error(`two verbs share the id "${node.id}"`);
    ids.add(node.id);
  }
  const start = nodes.find((n) => n.id === START_NODE_ID);
  if (start?.verb !== START_VERB) throw new Error('it has no "Incoming call" node');
  const edges: FlowEdge[] = [];
  const edgeIds = new Set<string>();
  for (const raw of data.edges) {
    const edge = checkEdge(raw);
    if (!ids.has(edge.source) || !ids.has(edge.target)) {
      throw new Error(`connection "${edge.id}" leads to a verb that is not in the flow`);
    }
    if (edgeIds.has(edge.id)) throw new Error(`two connections share the id "${edge.id}"`);
    edgeIds.add(edge.id);
    edges.push(edge);
  }
  return {
    format: FLOW_FORMAT,
    version: FLOW_VERSION,
    id,
    name,
    dialect: data.dialect,
    baseUrl,
    nodes,
    edges,
  };
}

function checkNode(value: unknown, index: number): FlowNode {
  if (!isRecord(value)) throw new Error(`verb ${index + 1} is not an object`);
  const element = checkElement(value, `verb ${index + 1}`);
  const position = value.position;
  if (!isRecord(position) || !isFiniteNumber(position.x) || !isFiniteNumber(position.y)) {
    throw new Error(`verb "${element.id}" has no valid position`);
  }
  const children = value.children;
  if (children !== undefined && !Array.isArray(children)) {
    throw new Error(`verb "${element.id}" has invalid nested elements`);
  }
  return {
    ...element,
    ...(value.label !== undefined ? { label: text(value.label, 'label') } : {}),
    ...(children ? { children: children.map((c, i) => checkChild(c, i, element.id)) } : {}),
    position: { x: position.x, y: position.y },
  };
}

function checkChild(value: unknown, index: number, parent: string): NestedElement {
  if (!isRecord(value)) throw new Error(`element ${index + 1} in "${parent}" is not an object`);
  return checkElement(value, `element ${index + 1} in "${parent}"`);
}

function checkElement(value: FlowData, where: string): NestedElement {
  const id = text(value.id, `${where}: id`);
  const verb = text(value.verb, `${where}: verb`);
  if (!findVerb(verb)) throw new Error(`${where} is a "${verb}", which RCML Studio does not know`);
  const attributes = value.attributes;
  if (!isRecord(attributes) || !Object.values(attributes).every((v) => typeof v === 'string')) {
    throw new Error(`${where} has attributes that are not text`);
  }
  return {
    id,
    verb,
    attributes: attributes as Record<string, string>,
    ...(value.text !== undefined ? { text: text(value.text, `${where}: text`) } : {}),
    ...(value.raw !== undefined ? { raw: checkRaw(value.raw, where, 0) } : {}),
  };
}

function checkRaw(value: unknown, where: string, depth: number): RawElement {
  if (depth > MAX_RAW_DEPTH) throw new Error(`${where} is nested too deeply`);
  if (!isRecord(value) || typeof value.name !== 'string' || !Array.isArray(value.children)) {
    throw new Error(`${where} has a damaged unknown element`);
  }
  const attributes = value.attributes;
  if (
    !Array.isArray(attributes) ||
    !attributes.every(
      (a) => Array.isArray(a) && a.length === 2 && a.every((v) => typeof v === 'string'),
    )
  ) {
    throw new Error(`${where} has a damaged unknown element`);
  }
  return {
    name: value.name,
    attributes: attributes as [string, string][],
    ...(value.text !== undefined ? { text: text(value.text, where) } : {}),
    children: value.children.map((c) => checkRaw(c, where, depth + 1)),
  };
}

function checkEdge(value: unknown): FlowEdge {
  if (!isRecord(value)) throw new Error('a connection is not an object');
  return {
    id: text(value.id, 'connection id'),
    source: text(value.source, 'connection source'),
    outlet: text(value.outlet, 'connection outlet'),
    target: text(value.target, 'connection target'),
  };
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} is not text`);
  return value;
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
