/**
 * What a flow file, a stored flow or a pasted fragment can hold but the designer cannot: names
 * XML cannot carry (the writer refuses them, which once blanked the page) and structure the
 * verb catalog does not allow (a Dial inside a Say, a Number on its own, a connection from an
 * outlet a verb does not have, two connections from one outlet). Each is repaired here, where a
 * flow enters, with a note in plain words for the person who opens it.
 */
import { createNode } from '../model/flow';
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type AttributeValues,
  type Flow,
  type FlowEdge,
  type FlowNode,
  type NestedElement,
  type RawElement,
} from '../schema/flow';
import { isInCall, kindLabel, kindOf, nodeOutlets, type NodeKind } from '../kinds';
import { elementVerbs, getVerb, type VerbDef } from '../verbs';
import { orList, shortened } from '../verbs/summaries';
import { isXmlName } from '../xml/names';

export interface Repaired {
  /** The flow as given when nothing needed repair. */
  readonly flow: Flow;
  /** One sentence per repair, in the order of the flow. */
  readonly notes: readonly string[];
}

/** Repairs a flow whose fields have been checked (every verb is one the catalog knows). */
export function repairFlow(flow: Flow): Repaired {
  const notes: string[] = [];
  const nodes: FlowNode[] = [];
  let nodesChanged = false;
  for (const node of flow.nodes) {
    const repaired = repairNode(node, flow, notes);
    if (repaired !== node) nodesChanged = true;
    if (repaired) nodes.push(repaired);
  }
  const edges = repairEdges(flow.edges, nodes, notes);
  if (!nodesChanged && edges === flow.edges) return { flow, notes };
  return { flow: { ...flow, nodes: nodesChanged ? nodes : flow.nodes, edges }, notes };
}

/** The node repaired, itself when nothing was wrong, or undefined when it cannot stay. */
function repairNode(node: FlowNode, flow: Flow, notes: string[]): FlowNode | undefined {
  const kind = kindOf(node);
  // What a node may hold follows its face: a decision values only, a note its text only.
  if (kind?.face === 'decision') return repairDecision(node, kind, notes);
  if (kind?.face === 'note') return repairNote(node, kind, notes);
  const def = getVerb(node.kind);
  if (def.isStart && node.id !== START_NODE_ID) {
    notes.push(`A second “${def.label}” was removed: a flow starts in one place.`);
    return undefined;
  }
  if (def.noun) return wrapNoun(node, def, flow, notes);
  // Worked out only for a note: most nodes need none.
  const name = () => nodeName(node, def);
  let next = node;
  const attributes = keepXmlNames(node.attributes, name, notes);
  if (attributes !== node.attributes) next = { ...next, attributes };
  if (node.raw) {
    const raw = repairRaw(node.raw, notes);
    if (!raw) {
      notes.push(`${capitalize(name())} was removed: ${notAName(node.raw.name)}`);
      return undefined;
    }
    if (raw !== node.raw) next = { ...next, raw };
  }
  if (node.children) {
    const children = repairChildren(node.children, def, name, notes);
    if (children !== node.children) next = { ...next, children };
  }
  return next;
}

/** A decision writes no XML: it holds its fields and nothing nested. */
function repairDecision(node: FlowNode, def: NodeKind, notes: string[]): FlowNode {
  if (!node.children?.length && !node.raw && node.text === undefined) return node;
  notes.push(
    `${capitalize(nodeName(node, def))} held elements or text, which a decision does not have; they were left out.`,
  );
  const kept: FlowNode = {
    id: node.id,
    kind: node.kind,
    attributes: node.attributes,
    position: node.position,
  };
  return node.label === undefined ? kept : { ...kept, label: node.label };
}

/**
 * A note (and any kind drawn as one) holds only the values its kind defines and its text: no
 * other values, nested elements or label.
 */
function repairNote(node: FlowNode, def: NodeKind, notes: string[]): FlowNode {
  const defined = def.fields.attributes;
  const foreign = Object.keys(node.attributes).some((name) => !defined.has(name));
  if (!foreign && !node.children?.length && !node.raw && node.label === undefined) return node;
  notes.push(
    `${capitalize(nodeName(node, def))} held values, elements or a label, which a ${def.label.toLowerCase()} does not have; they were left out.`,
  );
  const attributes = Object.fromEntries(
    Object.entries(node.attributes).filter(([name]) => defined.has(name)),
  );
  const kept: FlowNode = { id: node.id, kind: node.kind, attributes, position: node.position };
  return node.text === undefined ? kept : { ...kept, text: node.text };
}

/**
 * A noun on its own (a Number as a top-level verb), which the platform skips: it is put inside
 * a new verb of the kind the catalog nests it in (a Dial), in its place and with its connections.
 */
function wrapNoun(node: FlowNode, def: VerbDef, flow: Flow, notes: string[]): FlowNode | undefined {
  const name = nodeName(node, def);
  const parent = elementVerbs.find((d) => !d.noun && d.nesting?.allowed.includes(def.id));
  if (!parent) {
    notes.push(`${capitalize(name)} was removed: it only works nested in another verb.`);
    return undefined;
  }
  const lost = node.children?.length ? ` What was nested in it was left out.` : '';
  notes.push(
    `${capitalize(name)} stood on its own, where the platform skips it; it is now inside a new ${parent.label}.${lost}`,
  );
  const child: NestedElement = {
    id: `${def.id}-1`,
    kind: def.id,
    attributes: node.attributes,
    ...(node.text !== undefined ? { text: node.text } : {}),
    ...(node.raw ? { raw: node.raw } : {}),
  };
  const wrapper: FlowNode = {
    ...createNode(parent.id, node.id, node.position, flow.dialect),
    ...(node.label !== undefined ? { label: node.label } : {}),
    children: [child],
  };
  return repairNode(wrapper, flow, notes);
}

/** Nested elements the verb may hold, with their names repaired. */
function repairChildren(
  children: readonly NestedElement[],
  parent: VerbDef,
  parentName: () => string,
  notes: string[],
): readonly NestedElement[] {
  const kept: NestedElement[] = [];
  let changed = false;
  for (const child of children) {
    const def = getVerb(child.kind);
    const name = () => `${nodeName(child, def)} inside ${parentName()}`;
    if (!mayHold(parent, def)) {
      notes.push(`${capitalize(name())} was removed: ${cannotHold(parent, def)}`);
      changed = true;
      continue;
    }
    let next = child;
    const attributes = keepXmlNames(child.attributes, name, notes);
    if (attributes !== child.attributes) next = { ...next, attributes };
    if (child.raw) {
      const raw = repairRaw(child.raw, notes);
      if (!raw) {
        notes.push(`${capitalize(name())} was removed: ${notAName(child.raw.name)}`);
        changed = true;
        continue;
      }
      if (raw !== child.raw) next = { ...next, raw };
    }
    if (next !== child) changed = true;
    kept.push(next);
  }
  return changed ? kept : children;
}

/**
 * What the catalog lets a verb hold. An element the catalog does not know may sit in any verb
 * that writes an element (import keeps them there, and they export unchanged); the start node
 * and an unknown element write no children at all.
 */
function mayHold(parent: VerbDef, child: VerbDef): boolean {
  if (parent.nesting?.allowed.includes(child.id)) return true;
  return child.isUnknown === true && parent.element !== '';
}

function cannotHold(parent: VerbDef, child: VerbDef): string {
  if (!parent.nesting || parent.element === '') {
    return `${article(parent.label)} cannot hold other elements.`;
  }
  const may = orList(parent.nesting.allowed.map((id) => getVerb(id).label));
  return `${article(parent.label)} holds only ${may}, not ${article(child.label)}.`;
}

/** Attributes whose names XML can carry; the others are left out, and named in a note. */
function keepXmlNames(
  attributes: AttributeValues,
  where: () => string,
  notes: string[],
): AttributeValues {
  let bad: string[] | undefined;
  for (const key in attributes) {
    if (Object.hasOwn(attributes, key) && !isXmlName(key)) (bad ??= []).push(key);
  }
  if (!bad) return attributes;
  notes.push(`${capitalize(where())} ${leftOut(bad)}`);
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => isXmlName(key)));
}

/**
 * An element kept from an import, with attributes and nested elements XML cannot name left
 * out; undefined when its own name is not an XML name.
 */
function repairRaw(raw: RawElement, notes: string[]): RawElement | undefined {
  if (!isXmlName(raw.name)) return undefined;
  const where = `the element “${shortened(raw.name)}”`;
  let next = raw;
  const bad = raw.attributes.filter(([key]) => !isXmlName(key)).map(([key]) => key);
  if (bad.length > 0) {
    notes.push(`${capitalize(where)} ${leftOut(bad)}`);
    next = { ...next, attributes: raw.attributes.filter(([key]) => isXmlName(key)) };
  }
  const children: RawElement[] = [];
  let childrenChanged = false;
  for (const child of raw.children) {
    const repaired = repairRaw(child, notes);
    if (!repaired) notes.push(`An element inside ${where} was left out: ${notAName(child.name)}`);
    else children.push(repaired);
    if (repaired !== child) childrenChanged = true;
  }
  return childrenChanged ? { ...next, children } : next;
}

/**
 * Connections the catalog allows: from an outlet the verb has, never into the start node or
 * back to the same verb, one per outlet. Of two from one outlet, the last is kept: it is the one
 * the export followed.
 */
function repairEdges(
  edges: readonly FlowEdge[],
  nodes: readonly FlowNode[],
  notes: string[],
): readonly FlowEdge[] {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  const defs: readonly Outlets[] = nodes.map((node) => ({
    label: kindLabel(node.kind),
    outlets: nodeOutlets(node),
  }));
  let width = 1;
  for (const def of defs) width = Math.max(width, def.outlets.length);
  // Each edge's outlet as a slot (node index × most outlets a verb has + outlet position), and the
  // last edge seen in each slot: numbers, not text keys, since flows have thousands of edges.
  const slotOf = new Int32Array(edges.length).fill(-1);
  const lastIn = new Int32Array(nodes.length * width).fill(-1);
  edges.forEach((edge, at) => {
    const source = indexOf.get(edge.source);
    const outlet =
      source === undefined ? -1 : defs[source]!.outlets.findIndex((o) => o.id === edge.outlet);
    if (outlet < 0) return;
    slotOf[at] = source! * width + outlet;
    lastIn[slotOf[at]!] = at;
  });
  const kept: FlowEdge[] = [];
  edges.forEach((edge, at) => {
    const sourceAt = indexOf.get(edge.source);
    const targetAt = indexOf.get(edge.target);
    // Connections of a removed node go with it; its note says so.
    if (sourceAt === undefined || targetAt === undefined) return;
    const slot = slotOf[at]!;
    if (
      edge.target !== START_NODE_ID &&
      isInCall(nodes[targetAt]!) &&
      edge.source !== edge.target &&
      slot >= 0 &&
      lastIn[slot] === at
    ) {
      kept.push(edge);
      return;
    }
    const def = defs[sourceAt]!;
    const target = nodes[targetAt]!;
    let problem: string;
    if (edge.target === START_NODE_ID) problem = 'nothing can lead into the incoming call.';
    else if (!isInCall(target)) problem = 'a note cannot be connected.';
    else if (edge.source === edge.target) problem = 'a verb cannot lead to itself.';
    else if (slot < 0) problem = missingOutlet(def, edge.outlet);
    else {
      const other = nodes[indexOf.get(edges[lastIn[slot]!]!.target)!]!;
      const outlet = def.outlets[slot % width]!;
      problem = `its “${outlet.label}” also led to ${nodeName(other, defs[indexOf.get(other.id)!]!)}, and one outlet leads to one verb.`;
    }
    notes.push(
      `The connection from ${nodeName(nodes[sourceAt]!, def)} to ${nodeName(target, defs[targetAt]!)} was removed: ${problem}`,
    );
  });
  return kept.length === edges.length ? edges : kept;
}

/** What the connection notes need of a verb or decision. */
interface Outlets {
  readonly label: string;
  readonly outlets: readonly { readonly id: string; readonly label: string }[];
}

function missingOutlet(def: Outlets, outlet: string): string {
  if (def.outlets.length === 0) return `nothing runs after ${article(def.label)}.`;
  const outlets = orList(def.outlets.map((o) => `“${o.label}”`));
  const what = outlet === NEXT_OUTLET ? '“Then”' : `“${shortened(outlet)}”`;
  return `${article(def.label)} has no connection point ${what}, only ${outlets}.`;
}

/* Words ---------------------------------------------------------------------------------- */

/** How a note names a node or nested element: its label, else its verb and what it says. */
function nodeName(element: FlowNode | NestedElement, def: { readonly label: string }): string {
  if ('label' in element && element.label) return `“${shortened(element.label)}”`;
  if (element.raw) return `the element “${shortened(element.raw.name)}”`;
  const text = element.text?.trim();
  return text ? `the ${def.label} “${shortened(text)}”` : article(def.label);
}

function leftOut(names: readonly string[]): string {
  const quoted = names.map((n) => `“${shortened(n)}”`).join(', ');
  return names.length === 1
    ? `had an attribute named ${quoted}, which is not a name XML can carry; it was left out.`
    : `had attributes named ${quoted}, which are not names XML can carry; they were left out.`;
}

function notAName(name: string): string {
  return `“${shortened(name)}” is not a name XML can carry.`;
}

function article(label: string): string {
  return /^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How many repair notes a notice lists before it only counts the rest. */
const NOTES_SHOWN = 3;

/** The repairs in a few sentences, for a notice: the first few, then how many more. */
export function summarizeRepairs(notes: readonly string[]): string {
  const shown = notes.slice(0, NOTES_SHOWN).join(' ');
  const more = notes.length - NOTES_SHOWN;
  const rest =
    more > 0 ? ` ${more === 1 ? 'One more repair' : `${more} more repairs`} like these.` : '';
  return `Repaired so that it can be shown and exported: ${shown}${rest}`;
}
