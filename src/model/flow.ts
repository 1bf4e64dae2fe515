import type { DecisionEnvironment } from '../decisions';
import { findKind } from '../kinds';
import {
  FLOW_FORMAT,
  FLOW_VERSION,
  START_NODE_ID,
  START_VERB,
  type DialectId,
  type Flow,
  type FlowNode,
  type Position,
} from '../schema/flow';

export const START_POSITION: Position = { x: 0, y: 0 };

/**
 * A random id: a UUID where the browser makes one (pages served over https or from localhost),
 * else the time and chance, which is unique enough for ids made on one machine.
 */
export function randomId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A new random flow id. */
export function newFlowId(): string {
  return randomId();
}

export function createFlow(
  options: { name?: string; dialect?: DialectId; id?: string } = {},
): Flow {
  return {
    format: FLOW_FORMAT,
    version: FLOW_VERSION,
    id: options.id ?? newFlowId(),
    name: options.name ?? 'Untitled call flow',
    dialect: options.dialect ?? 'rcml',
    baseUrl: '',
    nodes: [
      { id: START_NODE_ID, kind: START_VERB, attributes: {}, position: { ...START_POSITION } },
    ],
    edges: [],
  };
}

/** A readable id that is unique in the flow: `reject-1`, `reject-2`, … */
export function nextNodeId(flow: Flow, verb: string): string {
  const prefix = `${verb}-`;
  let highest = 0;
  for (const node of flow.nodes) {
    if (!node.id.startsWith(prefix)) continue;
    const n = Number(node.id.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

/** The time zone this machine runs in (the browser's, for a new Check hours). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A node of the verb (or decision, or note) with the values a new node starts with in this
 * dialect; a decision's time zone is the environment's. A note starts empty.
 */
export function createNode(
  verb: string,
  id: string,
  position: Position,
  dialect: DialectId,
  environment: DecisionEnvironment = { timeZone: localTimeZone() },
): FlowNode {
  const kind = findKind(verb);
  if (!kind) throw new Error(`Unknown kind of node: ${verb}`);
  const attributes = kind.initialAttributes(dialect, environment);
  return { id, kind: verb, attributes, position: { x: position.x, y: position.y } };
}
